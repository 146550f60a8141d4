import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { CONTENT_INVALID, createContentModule, SYSTEM_ACTOR, type ContentModule } from '../index.ts';

const actor = SYSTEM_ACTOR;

describeEachDatabase('country documents', (dialect) => {
  let database: Database;
  let content: ContentModule;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    content = createContentModule({ db: database.db, clock: manualClock('2026-12-03T10:00:00Z') });
  });
  afterEach(() => database.close());

  const problemsOf = async (fields: Record<string, unknown>) => {
    const error = await content.service.createDocument({ type: 'country', parentId: null, fields, actor }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: CONTENT_INVALID, kind: 'validation' });
    return (error as { details: { path: string; message: string }[] }).details;
  };

  it('keeps its code, region, presence, office contact, head and figures', async () => {
    const head = await content.service.createDocument({ type: 'person', parentId: null, fields: {}, actor });
    const figure = await content.service.createDocument({
      type: 'fact',
      parentId: null,
      fields: { value: 13_000_000, unit: 'count', asOf: '2019-09-17', sourceUrl: 'https://www.un.org/development/desa/pd/' },
      actor,
    });
    const fields = {
      code: 'JO',
      region: 'middle-east',
      presenceSince: 1991,
      head: head.id,
      email: 'amman@example.org',
      phone: '+962 6 555 0120',
      website: 'https://jordan.example.org/',
      facts: [figure.id],
    };
    const { document, translation } = await content.service.createDocumentWithTranslation({
      type: 'country',
      fields,
      locale: 'fr',
      translation: { slug: 'jordanie', title: 'Jordanie', fields: { officeName: 'Bureau de pays à Amman', address: '7 rue Imaginaire\r\nAmman' } },
      actor,
    });
    expect((await content.service.getDocument(document.id)).fields).toEqual(fields);
    expect(translation.fields).toEqual({ officeName: 'Bureau de pays à Amman', address: '7 rue Imaginaire\nAmman' });
  });

  it('refuses a code that is not an assigned ISO 3166-1 alpha-2 code, saying which and why', async () => {
    expect(await problemsOf({ code: 'XX', region: 'europe' })).toEqual([
      { path: 'fields.code', message: '"XX" is not an ISO 3166-1 alpha-2 country code (e.g. JO for Jordan)' },
    ]);
    expect(await problemsOf({ code: 'UK', region: 'europe' })).toMatchObject([{ path: 'fields.code' }]);
    expect(await problemsOf({ code: 'jo', region: 'middle-east' })).toEqual([{ path: 'fields.code', message: 'must be a two-letter country code' }]);
    expect(await problemsOf({ code: 'JOR', region: 'middle-east' })).toMatchObject([{ path: 'fields.code' }]);
  });

  it('refuses a missing code or region, an unknown region, and a head who is not a person', async () => {
    const page = await content.service.createDocument({ type: 'page', parentId: null, fields: {}, actor });
    const paths = (await problemsOf({ region: 'atlantis', head: page.id })).map((p) => p.path).sort();
    expect(paths).toEqual(['fields.code', 'fields.head', 'fields.region']);
  });

  it('refuses a presence before the organisation existed, and contacts that are not an e-mail or a telephone number', async () => {
    const details = await problemsOf({ code: 'NE', region: 'africa', presenceSince: 1900, email: 'niamey at example', phone: 'call us' });
    expect(details.map((p) => p.path).sort()).toEqual(['fields.email', 'fields.phone', 'fields.presenceSince']);
    expect((await problemsOf({ code: 'NE', region: 'africa', presenceSince: 2007.5 }))[0]?.message).toMatch(/year from 1951/);
  });

  it('lets a statement be tagged with countries, and only with countries', async () => {
    const country = await content.service.createDocument({ type: 'country', parentId: null, fields: { code: 'CO', region: 'americas' }, actor });
    const base = { kind: 'news', deliveredAt: '2026-12-01' };
    await content.service.createDocument({ type: 'statement', parentId: null, fields: { ...base, countries: [country.id] }, actor });
    const person = await content.service.createDocument({ type: 'person', parentId: null, fields: {}, actor });
    await expect(
      content.service.createDocument({ type: 'statement', parentId: null, fields: { ...base, countries: [person.id] }, actor }),
    ).rejects.toMatchObject({ code: CONTENT_INVALID, details: [{ path: 'fields.countries', message: 'must refer to an existing country' }] });
  });
});
