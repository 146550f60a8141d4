/**
 * The site's locale tags as each provider spells them. DeepL wants upper case, a bare language as
 * source (`PT`, `ZH`) and a variant where it has one as target (`PT-BR`, `EN-GB`, `ZH-HANS`);
 * its glossaries take bare languages. LibreTranslate (Argos models) knows bare languages, with
 * `zt` for traditional Chinese; Brazilian Portuguese goes as `pt`, which every server knows.
 */
const DEEPL_TARGET_VARIANTS: Readonly<Record<string, string>> = {
  en: 'EN-GB', 'en-gb': 'EN-GB', 'en-us': 'EN-US',
  pt: 'PT-PT', 'pt-pt': 'PT-PT', 'pt-br': 'PT-BR',
  zh: 'ZH-HANS', 'zh-hans': 'ZH-HANS', 'zh-cn': 'ZH-HANS', 'zh-hant': 'ZH-HANT', 'zh-tw': 'ZH-HANT', 'zh-hk': 'ZH-HANT',
  'es-419': 'ES-419',
};

function language(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

export function deeplSource(tag: string): string {
  return language(tag).toUpperCase();
}

export function deeplTarget(tag: string): string {
  return DEEPL_TARGET_VARIANTS[tag.toLowerCase()] ?? language(tag).toUpperCase();
}

/** Glossaries are made per bare language pair (an `EN` glossary serves EN-GB and EN-US). */
export function deeplGlossaryLanguage(tag: string): string {
  return language(tag);
}

const LIBRE_VARIANTS: Readonly<Record<string, string>> = {
  'zh-hans': 'zh', 'zh-cn': 'zh', 'zh-hant': 'zt', 'zh-tw': 'zt', 'zh-hk': 'zt',
};

export function libreLanguage(tag: string): string {
  return LIBRE_VARIANTS[tag.toLowerCase()] ?? language(tag);
}
