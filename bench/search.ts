// Search latency at the seeded size: p50/p95 of 1–3 word queries drawn from the seeded vocabulary.
import { performance } from 'node:perf_hooks';
import type { Modules } from '../src/modules.ts';
import { fmt, skippedRow, type Row } from './report.ts';
import { createRandom, wordsFor, type TextLocale } from './text.ts';
import { percentile } from './wrk.ts';

interface SearchService {
  search(input: { locale: 'fr' | 'en'; query: string; type?: string; page?: number; pageSize?: number }): Promise<{ total: number }>;
}

export const SEARCH_TARGET = 'p95 ≤ 10 ms';

export async function measureSearch(modules: Modules, label: string, translations: number, queries = 200): Promise<Row> {
  const search = (modules as { search?: SearchService }).search;
  const figure = `Search p50 / p95, ${label}, ${translations.toLocaleString('en-GB')} translations`;
  if (!search || typeof search.search !== 'function') return skippedRow(figure, 'not available yet (modules.search)', SEARCH_TARGET);
  const random = createRandom(42);
  const pick = (locale: TextLocale) => {
    // Words of 4+ letters: the stop words of the list would be dropped by any index.
    const words = wordsFor(locale).filter((w) => w.length >= 4);
    const count = 1 + Math.floor(random() * 3);
    return Array.from({ length: count }, () => words[Math.floor(random() * words.length)]!).join(' ');
  };
  const list = Array.from({ length: queries }, (_, i) => ({ locale: (i % 2 === 0 ? 'fr' : 'en') as TextLocale, query: pick(i % 2 === 0 ? 'fr' : 'en') }));
  for (const { locale, query } of list.slice(0, 20)) await search.search({ locale, query, page: 1, pageSize: 10 });
  const times: number[] = [];
  let hits = 0;
  for (const { locale, query } of list) {
    const started = performance.now();
    const result = await search.search({ locale, query, page: 1, pageSize: 10 });
    times.push(performance.now() - started);
    if (result.total > 0) hits++;
  }
  const p95 = percentile(times, 95);
  return {
    figure: `${figure} (${queries} queries, ${hits} with results)`,
    value: `${fmt.ms(percentile(times, 50))} / ${fmt.ms(p95)}`,
    target: SEARCH_TARGET,
    meets: p95 <= 10,
  };
}
