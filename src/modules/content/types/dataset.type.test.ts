import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { CONTENT_INVALID, createContentModule, SYSTEM_ACTOR, type ContentModule } from '../index.ts';
import { checkSeries, parseLabelsText, parseSeriesText, seriesToText } from './dataset-series.ts';

const actor = SYSTEM_ACTOR;
const SHARED = { chart: 'bar', unit: 'count', sourceUrl: 'https://example.org/data', licence: 'CC BY 4.0' } as const;
const TEXTS = { measure: 'Migrants', description: 'Deux valeurs.', source: 'DESA' } as const;

describeEachDatabase('dataset content type', (dialect) => {
  let database: Database;
  let content: ContentModule;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    content = createContentModule({ db: database.db, clock: manualClock('2026-12-03T10:00:00Z') });
  });
  afterEach(() => database.close());

  const create = (series: unknown, extra: Record<string, unknown> = {}) =>
    content.service.createDocument({ type: 'dataset', parentId: null, fields: { ...SHARED, series, ...extra }, actor });
  const problems = async (series: unknown, extra: Record<string, unknown> = {}) => {
    const error = await create(series, extra).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: CONTENT_INVALID });
    return (error as { details: { path: string; message: string }[] }).details;
  };

  it('stores a time series and a breakdown by category through the content operations', async () => {
    const time = await create([{ date: '2010', value: 221_000_000 }, { date: '2019', value: 272_000_000 }]);
    expect((await content.service.getDocument(time.id)).fields.series).toEqual([{ date: '2010', value: 221_000_000 }, { date: '2019', value: 272_000_000 }]);
    const regions = await create([{ date: '2019', category: 'europe', value: 82e6 }, { date: '2019', category: 'IN', value: 1 }]);
    const saved = await content.service.saveTranslation({
      documentId: regions.id,
      locale: 'fr',
      expectedVersion: 0,
      translation: { slug: 'regions', title: 'Régions', fields: { ...TEXTS, labels: { europe: 'Europe' } } },
      actor,
    });
    expect(saved.fields.labels).toEqual({ europe: 'Europe' });
  });

  it('refuses a value that is not a number, naming the row', async () => {
    const [problem] = await problems([{ date: '2010', value: 1 }, { date: '2019', value: '272 millions' }]);
    expect(problem).toEqual({ path: 'fields.series', message: 'row 2 (2019): the value "272 millions" is not a number' });
  });

  it('refuses a date given twice, naming both rows', async () => {
    const [problem] = await problems([{ date: '2019', value: 1 }, { date: '2010', value: 2 }, { date: '2019', value: 3 }]);
    expect(problem?.message).toBe('row 3: the date 2019 is already in row 1');
  });

  it('refuses a category given twice for the same date', async () => {
    const [problem] = await problems([{ date: '2019', category: 'europe', value: 1 }, { date: '2019', category: 'europe', value: 2 }]);
    expect(problem?.message).toBe('row 2: "europe" in 2019 is already in row 1');
  });

  it('refuses an empty series and a missing one', async () => {
    expect((await problems([]))[0]).toEqual({ path: 'fields.series', message: 'must have at least one row' });
    const missing = await content.service.createDocument({ type: 'dataset', parentId: null, fields: SHARED, actor }).catch((e: unknown) => e);
    expect((missing as { details: unknown[] }).details).toContainEqual({ path: 'fields.series', message: 'is required' });
  });

  it('refuses a line through categories, and bad dates, keys and columns', async () => {
    expect(await problems([{ date: '2019', category: 'europe', value: 1 }], { chart: 'line' })).toContainEqual({
      path: 'fields.chart',
      message: expect.stringContaining('line chart needs a time series'),
    });
    expect((await problems([{ date: '2019-13', value: 1 }]))[0]?.message).toMatch(/^row 1: the date "2019-13" must be a year/);
    expect((await problems([{ date: '2019', category: 'Europe!', value: 1 }]))[0]?.message).toMatch(/^row 1: the category "Europe!"/);
    expect((await problems([{ date: '2019', value: 1, note: 'x' }]))[0]?.message).toBe('row 1: "note" is not a column (date, category, value)');
    expect((await problems([{ date: '2019', value: 1 }, { date: '2019', category: 'europe', value: 2 }]))[0]?.message).toBe(
      'row 2: either every row has a category or none has',
    );
    expect((await problems([{ date: '2019', value: Number.NaN }]))[0]?.message).toMatch(/is not a number/);
  });

  it('refuses category names that are not text', async () => {
    const doc = await create([{ date: '2019', category: 'europe', value: 1 }]);
    const error = await content.service
      .saveTranslation({ documentId: doc.id, locale: 'fr', expectedVersion: 0, translation: { slug: 'r', title: 'R', fields: { ...TEXTS, labels: { europe: 3 } } }, actor })
      .catch((e: unknown) => e);
    expect((error as { details: unknown[] }).details).toEqual([{ path: 'fields.labels', message: 'the name of "europe" must be text' }]);
  });

  it('lets a fact name its dataset, and only a dataset', async () => {
    const dataset = await create([{ date: '2019', value: 272e6 }]);
    const factFields = { value: 272e6, unit: 'count', asOf: '2019-09-17', sourceUrl: 'https://example.org' };
    const fact = await content.service.createDocument({ type: 'fact', parentId: null, fields: { ...factFields, dataset: dataset.id }, actor });
    expect((await content.service.getDocument(fact.id)).fields.dataset).toBe(dataset.id);
    const wrong = await content.service.createDocument({ type: 'fact', parentId: null, fields: { ...factFields, dataset: fact.id }, actor }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: CONTENT_INVALID });
  });
});

describe('dataset rows as the back office types them', () => {
  it('reads "date;value" and "date;category;value" lines, keeping a bad value for validation to name', () => {
    const rows = parseSeriesText('2010;221000000\r\n\n2019;272 000 000\n2020;beaucoup');
    expect(rows).toEqual([{ date: '2010', value: 221e6 }, { date: '2019', value: 272e6 }, { date: '2020', value: 'beaucoup' }]);
    expect(checkSeries(rows)).toBe('row 3 (2020): the value "beaucoup" is not a number');
    const categories = [{ date: '2019', category: 'europe', value: 82e6 }];
    expect(parseSeriesText(seriesToText(categories))).toEqual(categories);
    expect(parseLabelsText('europe = Europe\nnorthern-america = Amérique du Nord')).toEqual({ europe: 'Europe', 'northern-america': 'Amérique du Nord' });
  });
});
