import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markupToRichText, SYSTEM_ACTOR, type ContentReader, type LocalizedDocument } from '../../src/modules/content/index.ts';
import type { LocaleCode } from '../../src/modules/locales/index.ts';
import { createSearchRepository, type SearchRepository } from '../../src/modules/search/search.repository.ts';
import { createSearchService, type SearchService } from '../../src/modules/search/search.service.ts';
import { normaliseText } from '../../src/modules/search/search-text.ts';
import type { SearchDocument } from '../../src/modules/search/search.types.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase, openTestDatabase } from '../helpers/test-database.ts';

/** Search in any locale: indexes made on demand, segmented scripts, stemmers by language, key figures. */

const entry = (documentId: string, locale: string, title: string, body: string): SearchDocument => ({
  documentId,
  locale,
  type: 'page',
  path: documentId,
  title,
  summary: '',
  body,
  folded: { title: normaliseText(title, locale), summary: '', body: normaliseText(body, locale) },
});

/** A published page in `locale`, as the content reader would give it. */
function page(id: string, locale: string, title: string, body: string): LocalizedDocument {
  const now = '2026-12-02T00:00:00.000Z';
  return {
    document: { id, type: 'page', parentId: null, position: 0, fields: {}, version: 1, createdAt: now, updatedAt: now },
    translation: {
      id: `${id}-${locale}`,
      documentId: id,
      locale: locale as LocaleCode,
      slug: id,
      title,
      summary: '',
      body: markupToRichText(body),
      fields: {},
      status: 'published',
      version: 1,
      sourceLocale: null,
      sourceVersion: null,
      sourceFingerprint: null,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    },
    locale: locale as LocaleCode,
    isFallback: false,
    path: id,
  };
}

describeEachDatabase('search in every language', (dialect) => {
  let database: Database;
  let store: SearchRepository;
  const find = async (locale: string, query: string) => {
    const service = createSearchService({ repo: store, reader: {} as ContentReader, listLocales: () => [], formatFact: () => '' });
    return (await service.search({ locale, query })).hits.map((h) => h.documentId);
  };

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    store = createSearchRepository(database.db);
  }, 60_000);
  afterAll(() => database?.close());

  async function hasIndexOf(tag: string): Promise<boolean> {
    const name = `${tag.toLowerCase().replace('-', '_')}`;
    const found =
      dialect === 'sqlite'
        ? await sql`select name from sqlite_master where type = 'table' and name = ${`search_fts_${name}`}`.execute(database.db)
        : await sql`select indexname from pg_indexes where schemaname = current_schema() and indexname = ${`search_entries_tsv_${name}_idx`}`.execute(database.db);
    return found.rows.length === 1;
  }

  it('makes a new locale’s index on demand, once, named from its tag', async () => {
    expect(await hasIndexOf('zh-Hans')).toBe(false);
    await store.prepareLocale('zh-Hans');
    await store.prepareLocale('zh-Hans');
    expect(await hasIndexOf('zh-Hans')).toBe(true);
    // Another instance, which has not made it itself, finds it there.
    await createSearchRepository(database.db).prepareLocale('zh-Hans');
    // The migration's four are there already.
    for (const tag of ['fr', 'en', 'es', 'ar']) expect(await hasIndexOf(tag), tag).toBe(true);
  });

  it('refuses a tag that is not BCP 47, so no name is made of it', async () => {
    for (const tag of ["fr'; drop table search_entries; --", 'zh_Hans', '', 'x'.repeat(40), 'fr-']) {
      await expect(store.prepareLocale(tag), tag).rejects.toMatchObject({ code: 'SEARCH_INVALID_LOCALE', kind: 'validation' });
    }
    await expect(find('fr"x', 'migrants')).rejects.toMatchObject({ code: 'SEARCH_INVALID_LOCALE' });
  });

  it('finds a two-character Chinese word inside a sentence, in simplified and traditional script', async () => {
    await store.replace(['zh-1', 'zh-2'], [
      entry('zh-1', 'zh-Hans', '社会融合', '我们支持移民融入社会。'),
      entry('zh-2', 'zh-Hans', '年度报告', '今年的工作重点是教育。'),
    ]);
    expect(await find('zh-Hans', '移民')).toEqual(['zh-1']);
    expect(await find('zh-Hans', '融入社会')).toEqual(['zh-1']);
    expect(await find('zh-Hans', '教育')).toEqual(['zh-2']);
    await store.replace(['zh-tw'], [entry('zh-tw', 'zh-Hant', '社會融合', '我們支持移民融入社會。')]);
    expect(await find('zh-Hant', '移民')).toEqual(['zh-tw']);
    // Each locale searches its own index.
    expect(await find('zh-Hans', '我們')).toEqual([]);
  });

  it('finds Thai and Japanese words written without spaces', async () => {
    await store.replace(['th-1', 'ja-1'], [
      entry('th-1', 'th', 'ภาษา', 'ภาษาไทยเป็นภาษาราชการของประเทศไทย'),
      entry('ja-1', 'ja', '移住', '私たちは移民の社会統合を支援しています。'),
    ]);
    expect(await find('th', 'ภาษาราชการ')).toEqual(['th-1']);
    expect(await find('th', 'ประเทศ')).toEqual(['th-1']);
    expect(await find('ja', '移民')).toEqual(['ja-1']);
  });

  it('keeps the vowel signs of Bengali and reads its digits as digits', async () => {
    await store.replace(['bn-1'], [entry('bn-1', 'bn', 'অভিবাসন', 'বিশ্বে ২৭২ মিলিয়ন আন্তর্জাতিক অভিবাসী।')]);
    expect(await find('bn', 'অভিবাসী')).toEqual(['bn-1']);
    expect(await find('bn', '272')).toEqual(['bn-1']);
    expect(await find('bn', '২৭২')).toEqual(['bn-1']);
  });

  if (dialect === 'postgres') {
    it('stems Russian, Brazilian Portuguese and German with PostgreSQL’s configurations for their languages', async () => {
      await store.replace(['ru-1', 'pt-1', 'de-1'], [
        entry('ru-1', 'ru', 'Доклад', 'Помощь для мигрантов и их семей.'),
        entry('pt-1', 'pt-BR', 'Relatório', 'As migrações internacionais cresceram.'),
        entry('de-1', 'de-AT', 'Bericht', 'Schulen für Kindern.'),
      ]);
      expect(await find('ru', 'мигранты')).toEqual(['ru-1']);
      expect(await find('ru', 'мигрант')).toEqual(['ru-1']);
      expect(await find('ru', 'семья')).toEqual(['ru-1']);
      expect(await find('pt-BR', 'cresceu')).toEqual(['pt-1']);
      expect(await find('de-AT', 'Kinder')).toEqual(['de-1']);
      // Ukrainian has no Snowball configuration: 'simple', words and prefixes only.
      await store.replace(['uk-9'], [entry('uk-9', 'uk', 'Звіт', 'Допомога переселенцям.')]);
      expect(await find('uk', 'переселенц')).toEqual(['uk-9']);
      expect(await find('uk', 'переселенці')).toEqual([]);
    });

    it('stems Arabic after folding it: the two plural cases of a word find each other', async () => {
      await store.replace(['ar-1'], [entry('ar-1', 'ar', 'تقرير', 'يعمل المهاجرون في المدينة.')]);
      expect(await find('ar', 'مهاجرين')).toEqual(['ar-1']);
    });
  } else {
    it('matches Russian words and their prefixes on SQLite (FTS5 has no Russian stemmer)', async () => {
      await store.replace(['ru-1'], [entry('ru-1', 'ru', 'Доклад', 'Помощь для мигрантов и их семей.')]);
      expect(await find('ru', 'мигрантов')).toEqual(['ru-1']);
      expect(await find('ru', 'мигрант')).toEqual(['ru-1']);
    });
  }

  it('indexes and searches a locale added at run time from its first reindex', async () => {
    const pages = [page('uk-1', 'uk', 'Міграція', 'Ми допомагаємо мігрантам у 171 країні.'), page('th-2', 'th', 'รายงาน', 'เราช่วยเหลือผู้ย้ายถิ่นฐาน')];
    const reader = {
      findManyById: async (ids: readonly string[], locale: string) => pages.filter((p) => ids.includes(p.document.id) && p.locale === locale),
      listDocumentsByType: async () => [],
      listByType: async () => [],
    } as unknown as ContentReader;
    const locales = ['fr'];
    const service = createSearchService({ repo: store, reader, listLocales: () => locales, formatFact: () => '' });
    await service.reindex(['uk-1', 'th-2']);
    expect((await service.search({ locale: 'uk', query: 'мігрантам' })).total).toBe(0);
    // The locales module adds Ukrainian and Thai, and tells the index.
    locales.push('uk', 'th');
    await service.prepareLocale('uk');
    expect(await hasIndexOf('uk')).toBe(true);
    await service.reindex(['uk-1', 'th-2']);
    const uk = await service.search({ locale: 'uk', query: 'мігрантам 171' });
    expect(uk.hits.map((h) => [h.documentId, h.locale])).toEqual([['uk-1', 'uk']]);
    expect(uk.hits[0]!.snippet.filter((s) => s.highlighted).map((s) => s.text)).toEqual(['мігрантам', '171']);
    const th = await service.search({ locale: 'th', query: 'ผู้ย้ายถิ่นฐาน' });
    expect(th.hits.map((h) => h.documentId)).toEqual(['th-2']);
    expect(th.hits[0]!.snippet.some((s) => s.highlighted)).toBe(true);
  });
});

describeEachDatabase('search finds the key figures pages show', (dialect) => {
  let site: TestSite;

  beforeAll(async () => {
    site = await buildTestSite(dialect);
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });

  const paths = async (locale: LocaleCode, query: string) => (await site.search.search({ locale, query, pageSize: 50 })).hits;

  describe.each(['fr', 'en', 'es', 'ar'] as const)('in %s', (locale) => {
    it('finds the campaign page by the 272 million its body cites, the figure highlighted', async () => {
      const hits = await paths(locale, '272');
      const campaign = hits.find((h) => h.type === 'campaign');
      expect(campaign, JSON.stringify(hits.map((h) => h.title))).toBeDefined();
      expect(campaign!.snippet.some((s) => s.highlighted && s.text === '272')).toBe(true);
      // The value itself, digits only, finds it too.
      expect((await paths(locale, '272000000')).some((h) => h.type === 'campaign')).toBe(true);
    });

    it('finds the pages that show the 175 Member States', async () => {
      const hits = await paths(locale, '175');
      expect(hits.filter((h) => h.type === 'page').length).toBeGreaterThanOrEqual(2);
    });
  });

  it('finds an office, and the page listing the offices, by the name of the person at its head', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const hits = await paths(locale, 'Ndiaye-Holm');
      expect(hits.some((h) => h.type === 'office'), locale).toBe(true);
      expect(hits.some((h) => h.type === 'page' && /structur/i.test(h.path)), locale).toBe(true);
    }
  });

  it('reindexes the pages citing a key figure when its value changes', async () => {
    const fact = (await site.content.service.listDocuments('fact')).find((d) => d.fields.value === 272_000_000)!;
    await site.content.service.updateDocument({ id: fact.id, expectedVersion: fact.version, fields: { ...fact.fields, value: 281_000_000 }, actor: SYSTEM_ACTOR });
    for (const locale of ['fr', 'ar'] as const) {
      expect((await paths(locale, '281')).some((h) => h.type === 'campaign'), locale).toBe(true);
      expect((await paths(locale, '272')).some((h) => h.type === 'campaign'), locale).toBe(false);
    }
    await site.content.service.updateDocument({ id: fact.id, expectedVersion: fact.version + 1, fields: fact.fields, actor: SYSTEM_ACTOR });
    expect((await paths('en', '272')).some((h) => h.type === 'campaign')).toBe(true);
  });

  it('writes the figures as the page does', async () => {
    const [campaign] = (await paths('fr', '272 millions')).filter((h) => h.type === 'campaign');
    expect(campaign!.snippet.map((s) => s.text).join('')).toContain('272 millions');
    const [en] = (await paths('en', '"272 million"')).filter((h) => h.type === 'campaign');
    expect(en).toBeDefined();
  });
});
