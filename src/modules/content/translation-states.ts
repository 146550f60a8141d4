import { createHash } from 'node:crypto';
import type { LocaleCode } from '../locales/index.ts';
import type { FieldDef } from './content-type.ts';
import type { Translation, TranslationSummary } from './content.types.ts';

/**
 * Where a locale stands for one document: `source` (the text others are made from), `current`
 * (made from the source's present words), `outdated` (the source's words changed since), or
 * `missing`.
 */
export type TranslationState = 'source' | 'current' | 'outdated' | 'missing';

/** A fingerprint of what a translator translates; status and dates do not count. */
export function textFingerprint(t: Pick<Translation, 'title' | 'summary' | 'body' | 'fields'>): string {
  const text = JSON.stringify([t.title, t.summary, t.body, t.fields]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/**
 * The state of each of these locales for one document, from its translations; `fingerprintOf`
 * gives a source's textFingerprint (asked once per source, however many locales follow it).
 */
export function translationStates<T extends TranslationSummary>(translations: readonly T[], locales: readonly LocaleCode[], fingerprintOf: (source: T) => string): Record<LocaleCode, TranslationState> {
  const byLocale = new Map(translations.map((t) => [t.locale, t]));
  const fingerprints = new Map<LocaleCode, string>();
  const states: Record<LocaleCode, TranslationState> = {};
  for (const locale of locales) {
    const t = byLocale.get(locale);
    if (!t) states[locale] = 'missing';
    else if (t.sourceLocale === null) states[locale] = 'source';
    else {
      const source = byLocale.get(t.sourceLocale);
      if (source && !fingerprints.has(source.locale)) fingerprints.set(source.locale, fingerprintOf(source));
      states[locale] = source && t.sourceFingerprint !== fingerprints.get(source.locale) ? 'outdated' : 'current';
    }
  }
  return states;
}

/**
 * Tracks (fields of kind `captions`: captions, audio descriptions) that the source translation has
 * and a locale lacks, per locale: work for translators beyond the text, shown in their queue.
 * Locales without a translation count too; the source locale never does.
 */
export function missingTracks(defs: readonly FieldDef[], translations: readonly TranslationSummary[], locales: readonly LocaleCode[]): Partial<Record<LocaleCode, readonly string[]>> {
  const tracks = defs.filter((d) => d.kind === 'captions').map((d) => d.name);
  const source = translations.find((t) => t.sourceLocale === null);
  if (tracks.length === 0 || !source) return {};
  const has = (t: TranslationSummary | undefined, name: string) => typeof t?.fields[name] === 'string' && t.fields[name] !== '';
  const wanted = tracks.filter((name) => has(source, name));
  const byLocale = new Map(translations.map((t) => [t.locale, t]));
  const out: Partial<Record<LocaleCode, readonly string[]>> = {};
  for (const locale of locales) {
    if (locale === source.locale) continue;
    const missing = wanted.filter((name) => !has(byLocale.get(locale), name));
    if (missing.length > 0) out[locale] = missing;
  }
  return out;
}
