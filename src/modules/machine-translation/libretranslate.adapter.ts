import { providerFailed } from './machine-translation.errors.ts';
import type { MachineTranslator } from './machine-translation.types.ts';
import { libreLanguage } from './locale-codes.ts';
import { joinUrl, postJson, type ProviderHttpOptions } from './provider-http.ts';
import { protectTerms, releaseTerms, segmentToHtml, htmlToSegment } from './html-tags.ts';

export interface LibreTranslateOptions {
  readonly baseUrl: string;
  /** Servers run without keys too; then none is sent. */
  readonly apiKey?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

const BATCH = 25;

/**
 * A LibreTranslate-compatible server: `POST /translate` with `format: 'html'`, `q` an array of
 * segments answered by an array `translatedText`. Our `<x/>`/`<g>` tags travel as HTML elements
 * it keeps (`<b data-g="2">`, `<i data-x="1"></i>`). It has no glossaries: do-not-translate terms
 * are wrapped in `translate="no"` spans it leaves alone; other terms are left to the reviewer.
 */
export function createLibreTranslateTranslator(options: LibreTranslateOptions): MachineTranslator {
  const http: ProviderHttpOptions = { name: 'LibreTranslate', timeoutMs: options.timeoutMs ?? 30_000, ...(options.fetch ? { fetch: options.fetch } : {}) };
  return {
    provider: 'libretranslate',
    async translate(texts, from, to, glossary = []) {
      const keep = glossary.filter((t) => t.doNotTranslate).map((t) => t.term);
      const out: string[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => protectTerms(segmentToHtml(t), keep));
        const answer = await postJson(http, joinUrl(options.baseUrl, '/translate'), {}, {
          q: batch,
          source: libreLanguage(from),
          target: libreLanguage(to),
          format: 'html',
          ...(options.apiKey ? { api_key: options.apiKey } : {}),
        });
        const translated = (answer as { translatedText?: unknown }).translatedText;
        if (!Array.isArray(translated) || translated.length !== batch.length || !translated.every((t) => typeof t === 'string')) {
          throw providerFailed('LibreTranslate', `expected ${batch.length} texts in translatedText`);
        }
        out.push(...translated.map((t: string) => htmlToSegment(releaseTerms(t))));
      }
      return out;
    },
  };
}
