// Forty locales against four: the same documents on two SQLite sites, one with the four locales a
// new site starts with and one with forty, every translation written and published through the
// content service. Saves are measured in interleaved rounds, so both sites run under the same load.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/http/app.ts';
import { loadSiteAssets } from '../src/http/site/site-assets.ts';
import { SYSTEM_ACTOR, type RichTextDoc } from '../src/modules/content/index.ts';
import type { LocaleCode } from '../src/modules/locales/index.ts';
import { createLogger } from '../src/platform/logger.ts';
import { fmt, type Row } from './report.ts';
import { pageSlug, sectionSlug, toRichText } from './seed.ts';
import { openBenchSite, type BenchSite } from './site.ts';
import { createRandom, pageText } from './text.ts';
import { median, percentile } from './wrk.ts';

/** Thirty-six more tags, in a dozen scripts, for a site of forty. */
export const MORE_LOCALES = [
  'zh-Hans', 'ru', 'pt-BR', 'uk', 'bn', 'hi', 'ur', 'fa', 'sw', 'tr', 'de', 'it', 'ja', 'ko', 'vi', 'th', 'id', 'ms',
  'am', 'ha', 'so', 'ps', 'ne', 'si', 'ta', 'my', 'km', 'he', 'el', 'pl', 'ro', 'hu', 'sr-Latn', 'ky', 'uz', 'az',
] as const;
/** Unpublished in every document: the draft saves go there. */
const DRAFT_LOCALE = 'ar';
/** Published in every document: saves there make the working copy. */
const LIVE_LOCALE = 'es';
export const LOCALES_TARGET = '≤ 1.2×';

export interface LocalesPlan {
  readonly documents: number;
  readonly sections: number;
  /** Characters of body per translation: the figures compare locale counts, not text sizes. */
  readonly bodyChars: number;
  readonly saves: number;
  readonly rounds: number;
}

interface LocaleSite {
  readonly label: string;
  readonly site: BenchSite;
  readonly app: FastifyInstance;
  readonly locales: readonly LocaleCode[];
  readonly pages: readonly string[];
  readonly translations: number;
  readonly seedMs: number;
}

const log = (message: string) => process.stderr.write(`[bench]   ${message}\n`);

export async function measureLocales(workDir: string, plan: LocalesPlan): Promise<Row[]> {
  const four = await seedLocaleSite(path.join(workDir, 'locales-4'), 'four locales', [], plan);
  const forty = await seedLocaleSite(path.join(workDir, 'locales-40'), 'forty locales', MORE_LOCALES, plan);
  try {
    const rows: Row[] = [
      { figure: `Seeding ${four.translations.toLocaleString('en-GB')} translations (${plan.documents.toLocaleString('en-GB')} documents × 4 locales) through the content service`, value: `${(four.seedMs / 1000).toFixed(1)} s` },
      { figure: `Seeding ${forty.translations.toLocaleString('en-GB')} translations (× 40 locales)`, value: `${(forty.seedMs / 1000).toFixed(1)} s` },
    ];
    for (const kind of ['draft', 'working copy'] as const) {
      // Warm-up, untimed: the first saves of a freshly seeded site read pages no save has touched yet.
      for (const site of [four, forty]) await timeSaves(site, kind, 20, -1);
      const times = new Map<LocaleSite, number[]>([[four, []], [forty, []]]);
      for (let round = 0; round < plan.rounds; round++) {
        const order = round % 2 === 0 ? [four, forty] : [forty, four];
        for (const site of order) times.get(site)!.push(...(await timeSaves(site, kind, plan.saves, round)));
      }
      const [p95Four, p95Forty] = [percentile(times.get(four)!, 95), percentile(times.get(forty)!, 95)];
      const [p50Four, p50Forty] = [percentile(times.get(four)!, 50), percentile(times.get(forty)!, 50)];
      const ratio = p95Forty / p95Four;
      rows.push({
        figure: `Save ${kind === 'draft' ? 'an unpublished translation (draft)' : 'a published translation (its working copy)'}, p95 (p50) of ${plan.saves * plan.rounds} saves: 40 locales vs 4; ratio of p95s`,
        value: `${fmt.ms(p95Forty)} (${fmt.ms(p50Forty)})`,
        reference: `${fmt.ms(p95Four)} (${fmt.ms(p50Four)})`,
        ratio: fmt.ratio(ratio),
        target: LOCALES_TARGET,
        meets: ratio <= 1.2,
      });
    }
    const [cachedFour, cachedForty] = [await timeCachedPage(four), await timeCachedPage(forty)];
    rows.push({ figure: 'Cached page, p50 of 2,000 in-process requests: 40 locales vs 4', value: fmt.ms(cachedForty), reference: fmt.ms(cachedFour), ratio: fmt.ratio(cachedForty / cachedFour), target: 'unchanged (≤ 1.2×)', meets: cachedForty / cachedFour <= 1.2 });
    const [dashFour, dashForty] = [await medianOf(5, () => four.site.modules.content.service.listTranslationRows()), await medianOf(5, () => forty.site.modules.content.service.listTranslationRows())];
    rows.push({ figure: `Translation dashboard's rows (${(plan.documents + plan.sections + 1).toLocaleString('en-GB')} documents × every locale), median of 5`, value: fmt.ms(dashForty), reference: fmt.ms(dashFour), ratio: fmt.ratio(dashForty / dashFour) });
    for (const url of ['/sitemaps/en.xml', '/sitemap.xml']) {
      const [a, b] = [await timeUncached(four, url), await timeUncached(forty, url)];
      rows.push({ figure: `${url} built uncached (every locale's alternates), median of 5`, value: fmt.ms(b), reference: fmt.ms(a), ratio: fmt.ratio(b / a) });
    }
    return rows;
  } finally {
    for (const s of [four, forty]) {
      await s.app.close();
      await s.site.database.close();
    }
  }
}

export async function seedLocaleSite(dataDir: string, label: string, extra: readonly string[], plan: LocalesPlan): Promise<LocaleSite> {
  fs.mkdirSync(dataDir, { recursive: true });
  const site = await openBenchSite(dataDir);
  const { modules } = site;
  await modules.locales.load();
  for (const tag of extra) await modules.locales.service.add({ tag, fallbacks: ['en', 'fr'] }, SYSTEM_ACTOR);
  const locales = modules.locales.current().allCodes;
  const started = performance.now();
  const content = modules.content.service;
  const body = (seed: number): RichTextDoc => toRichText(pageText(seed, 'en', plan.bodyChars));
  const createPage = async (parentId: string | null, slug: string, seed: number): Promise<string> => {
    const { document } = await content.createDocumentWithTranslation({
      type: 'page',
      parentId,
      ...(parentId === null || slug.startsWith('section') ? { fields: { listing: 'children' } } : {}),
      locale: 'fr',
      translation: { slug, title: `Page ${seed}`, summary: 'Résumé', body: toRichText(pageText(seed, 'fr', plan.bodyChars)) },
      actor: SYSTEM_ACTOR,
    });
    for (const locale of locales) {
      if (locale === 'fr') continue;
      await content.saveTranslation({ documentId: document.id, locale, expectedVersion: 0, translation: { slug, title: `Page ${seed} (${locale})`, summary: locale, body: body(seed), sourceLocale: 'fr' }, actor: SYSTEM_ACTOR });
    }
    for (const locale of locales) if (locale !== DRAFT_LOCALE) await content.publishTranslation({ documentId: document.id, locale, actor: SYSTEM_ACTOR });
    return document.id;
  };
  const home = await createPage(null, '', 0);
  const sections: string[] = [];
  for (let s = 0; s < plan.sections; s++) sections.push(await createPage(home, sectionSlug(s), 1 + s));
  const pages: string[] = [];
  for (let i = 0; i < plan.documents; i++) {
    pages.push(await createPage(sections[i % plan.sections]!, pageSlug(i), 100 + i));
    if ((i + 1) % 250 === 0) log(`${label}: ${i + 1} documents`);
  }
  const seedMs = performance.now() - started;
  // Seeding leaves a long write-ahead log that the first saves would fold back into the database:
  // both sites start from a checkpoint, as a site does after a quiet minute.
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(site.database.db);
  const app = await buildApp({ ...modules, assets: loadSiteAssets(), logger: createLogger('warn'), publicUrl: 'https://bench.example.org' });
  return { label, site, app, locales, pages, translations: (plan.documents + plan.sections + 1) * locales.length, seedMs };
}

/** `count` saves of random documents' draft (or live) translation; the version is read outside the timing. */
async function timeSaves(s: LocaleSite, kind: 'draft' | 'working copy', count: number, round: number): Promise<number[]> {
  const content = s.site.modules.content.service;
  const locale = (kind === 'draft' ? DRAFT_LOCALE : LIVE_LOCALE) as LocaleCode;
  const random = createRandom(1_000 + round);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const documentId = s.pages[Math.floor(random() * s.pages.length)]!;
    const current = await content.findWorkingCopy(documentId, locale);
    const version = current?.translation.version ?? 0;
    const started = performance.now();
    await content.saveTranslation({
      documentId,
      locale,
      expectedVersion: version,
      translation: { slug: current?.translation.slug ?? 'x', title: `Edited ${round}.${i}`, summary: locale, body: toRichText(pageText(7_000 + i, 'en', 2_000)), sourceLocale: 'fr' },
      actor: SYSTEM_ACTOR,
    });
    times.push(performance.now() - started);
  }
  return times;
}

async function timeCachedPage(s: LocaleSite): Promise<number> {
  const url = `/en/${sectionSlug(0)}/${pageSlug(0)}`;
  const get = () => s.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
  const first = await get();
  if (first.statusCode !== 200) throw new Error(`${url} answered ${first.statusCode} on the ${s.label} site`);
  for (let i = 0; i < 200; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const started = performance.now();
    await get();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

async function timeUncached(s: LocaleSite, url: string): Promise<number> {
  return medianOf(5, async () => {
    s.site.modules.pageCache.clear();
    const response = await s.app.inject({ method: 'GET', url });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode} on the ${s.label} site`);
  });
}

async function medianOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}
