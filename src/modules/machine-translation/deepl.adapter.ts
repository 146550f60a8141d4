import { createHash } from 'node:crypto';
import { providerFailed } from './machine-translation.errors.ts';
import type { GlossaryTerm, MachineTranslator } from './machine-translation.types.ts';
import { deeplGlossaryLanguage, deeplSource, deeplTarget } from './locale-codes.ts';
import { joinUrl, postJson, type ProviderHttpOptions } from './provider-http.ts';
import { protectTerms } from './html-tags.ts';
import { isAppError } from '../../platform/errors.ts';
import { MT_PROVIDER_FAILED } from './machine-translation.errors.ts';

export interface DeepLOptions {
  /** `https://api.deepl.com` or `https://api-free.deepl.com`. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** Glossary ids already made, by pair and entries (DeepL glossaries cannot change, so equal entries reuse one). */
  readonly glossaryIds?: Map<string, string>;
}

/** DeepL takes at most 50 texts per request. */
const BATCH = 50;

/** The tag DeepL is told to leave alone (`ignore_tags`): do-not-translate terms travel inside it. */
const KEEP = 'keep';

/**
 * DeepL's API: `POST /v2/translate` with `tag_handling: 'xml'`, so the `<x/>` and `<g>` tags of
 * each segment come back in place; glossary terms become a DeepL glossary (`POST /v2/glossaries`,
 * TSV entries) passed by id. A do-not-translate term is both an entry that maps to itself and
 * wrapped in `<keep>` with `ignore_tags`, so it holds even for a pair DeepL has no glossaries for
 * (then the glossary is left out rather than the whole page refused).
 */
export function createDeepLTranslator(options: DeepLOptions): MachineTranslator {
  const http: ProviderHttpOptions = { name: 'DeepL', timeoutMs: options.timeoutMs ?? 20_000, ...(options.fetch ? { fetch: options.fetch } : {}) };
  const headers = { authorization: `DeepL-Auth-Key ${options.apiKey}` };
  const glossaryIds = options.glossaryIds ?? new Map<string, string>();

  const glossaryFor = async (from: string, to: string, terms: readonly GlossaryTerm[]): Promise<string | undefined> => {
    const entries = glossaryEntries(terms);
    if (entries === '') return undefined;
    const source_lang = deeplGlossaryLanguage(from);
    const target_lang = deeplGlossaryLanguage(to);
    const key = `${options.baseUrl}|${source_lang}|${target_lang}|${createHash('sha256').update(entries).digest('hex')}`;
    const known = glossaryIds.get(key);
    if (known) return known;
    let answer: unknown;
    try {
      answer = await postJson(http, joinUrl(options.baseUrl, '/v2/glossaries'), headers, {
        name: `ensemble ${source_lang}-${target_lang}`,
        source_lang,
        target_lang,
        entries,
        entries_format: 'tsv',
      });
    } catch (error) {
      // 400: DeepL makes no glossary for this pair; the key, quota and network errors still stop here.
      if (isAppError(error) && error.code === MT_PROVIDER_FAILED && /HTTP 400\b/.test(error.message)) return undefined;
      throw error;
    }
    const id = (answer as { glossary_id?: unknown }).glossary_id;
    if (typeof id !== 'string' || id === '') throw providerFailed('DeepL', 'the glossary was not created (no glossary_id in the answer)');
    glossaryIds.set(key, id);
    return id;
  };

  return {
    provider: 'deepl',
    async translate(texts, from, to, glossary = []) {
      if (texts.length === 0) return [];
      const glossaryId = await glossaryFor(from, to, glossary);
      const keep = glossary.filter((t) => t.doNotTranslate).map((t) => t.term);
      const out: string[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => (keep.length ? protectTerms(t, keep, `<${KEEP}>`, `</${KEEP}>`) : t));
        const answer = await postJson(http, joinUrl(options.baseUrl, '/v2/translate'), headers, {
          text: batch,
          source_lang: deeplSource(from),
          target_lang: deeplTarget(to),
          tag_handling: 'xml',
          ...(glossaryId ? { glossary_id: glossaryId } : {}),
          ...(keep.length ? { ignore_tags: [KEEP] } : {}),
        });
        const translations = (answer as { translations?: unknown }).translations;
        if (!Array.isArray(translations) || translations.length !== batch.length || !translations.every((t) => typeof (t as { text?: unknown })?.text === 'string')) {
          throw providerFailed('DeepL', `expected ${batch.length} translations in the answer`);
        }
        out.push(...translations.map((t) => (t as { text: string }).text.replace(/<\/?keep>/g, '')));
      }
      return out;
    },
  };
}

/** The terms as DeepL's TSV: one `source<TAB>target` a line, no duplicates, nothing that would break a line. */
function glossaryEntries(terms: readonly GlossaryTerm[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const t of terms) {
    const source = clean(t.term);
    const target = clean(t.doNotTranslate ? t.term : t.translation);
    if (source === '' || target === '' || seen.has(source)) continue;
    seen.add(source);
    lines.push(`${source}\t${target}`);
  }
  return lines.join('\n');
}

function clean(value: string): string {
  return value.replace(/[\t\r\n\u0000-\u001f]+/g, ' ').trim().slice(0, 300);
}
