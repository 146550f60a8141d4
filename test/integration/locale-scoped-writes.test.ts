import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { markupToRichText, SYSTEM_ACTOR, type ContentChange } from '../../src/modules/content/index.ts';
import type { LocaleCode } from '../../src/modules/locales/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * Saving one translation touches that locale only: the change names it, the search index redoes
 * its entries and leaves the other locales' rows as they were, and a publish still reaches every
 * locale that shows the document through a fallback.
 */
describeEachDatabase('writes scoped to one locale', (dialect) => {
  let site: TestSite;
  const heard: ContentChange[] = [];
  let documentId: string;

  const entryRows = async () =>
    (
      await sql<{ locale: string; title: string; stamp: string }>`select locale, title, ${sql.raw(dialect === 'sqlite' ? 'rowid' : 'xmin::text')} as stamp
        from search_entries where document_id = ${documentId} order by locale`.execute(site.database.db)
    ).rows;

  beforeAll(async () => {
    site = await buildTestSite(dialect);
    site.changes.subscribe((change) => void heard.push(change));
    const content = site.content.service;
    const { document } = await content.createDocumentWithTranslation({
      type: 'page',
      parentId: null,
      locale: 'fr',
      translation: { slug: 'portee', title: 'Portée des écritures', summary: '', body: markupToRichText('Un texte en français.') },
      actor: SYSTEM_ACTOR,
    });
    documentId = document.id;
    for (const [locale, title] of [['en', 'Scope of writes'], ['es', 'Alcance de las escrituras']] as const) {
      await content.saveTranslation({ documentId, locale, expectedVersion: 0, translation: { slug: 'portee', title, sourceLocale: 'fr' }, actor: SYSTEM_ACTOR });
    }
    for (const locale of ['fr', 'en', 'es'] as const) await content.publishTranslation({ documentId, locale, actor: SYSTEM_ACTOR });
  }, 60_000);
  afterAll(() => site?.close());

  it('announces a draft saved in one locale as a change in that locale only', async () => {
    const content = site.content.service;
    await content.saveTranslation({ documentId, locale: 'ar', expectedVersion: 0, translation: { slug: 'portee', title: 'نطاق الكتابة', sourceLocale: 'fr' }, actor: SYSTEM_ACTOR });
    heard.length = 0;
    await content.saveTranslation({ documentId, locale: 'ar', expectedVersion: 1, translation: { slug: 'portee', title: 'نطاق الكتابات', sourceLocale: 'fr' }, actor: SYSTEM_ACTOR });
    expect(heard).toEqual([{ documentIds: [documentId], locales: ['ar'] }]);
  });

  it('announces a publish in its locale, its address unchanged', async () => {
    heard.length = 0;
    await site.content.service.publishTranslation({ documentId, locale: 'ar', actor: SYSTEM_ACTOR });
    expect(heard).toEqual([{ documentIds: [documentId], locales: ['ar'] }]);
  });

  it('still reindexes, in every locale, the pages that show a key figure published in one', async () => {
    const content = site.content.service;
    const { document: fact } = await content.createDocumentWithTranslation({
      type: 'fact',
      fields: { value: 12, unit: 'count', asOf: '2019-06-30', sourceUrl: 'https://example.org/source' },
      locale: 'fr',
      translation: { slug: 'trajets', title: 'Trajets zorglubés', fields: { source: 'Exemple' } },
      actor: SYSTEM_ACTOR,
    });
    await content.publishTranslation({ documentId: fact.id, locale: 'fr', actor: SYSTEM_ACTOR });
    const { document: listing } = await content.createDocumentWithTranslation({
      type: 'page',
      parentId: documentId,
      fields: { listing: 'facts', facts: [fact.id] },
      locale: 'es',
      translation: { slug: 'cifras', title: 'Cifras' },
      actor: SYSTEM_ACTOR,
    });
    await content.publishTranslation({ documentId: listing.id, locale: 'es', actor: SYSTEM_ACTOR });
    const findsListing = async (query: string) => (await site.search.search({ locale: 'es', query })).hits.some((h) => h.documentId === listing.id);
    // Spanish falls back to English, then French: the listing shows the French label.
    expect(await findsListing('zorglubés')).toBe(true);
    await content.saveTranslation({ documentId: fact.id, locale: 'en', expectedVersion: 0, translation: { slug: 'trips', title: 'Quibbled journeys', fields: { source: 'Example' }, sourceLocale: 'fr' }, actor: SYSTEM_ACTOR });
    heard.length = 0;
    await content.publishTranslation({ documentId: fact.id, locale: 'en', actor: SYSTEM_ACTOR });
    expect(heard[0]?.locales).toEqual(['en']);
    expect(await findsListing('quibbled')).toBe(true);
    expect(await findsListing('zorglubés')).toBe(false);
  });

  it('reindexes the named locale and leaves the other locales’ entries untouched', async () => {
    expect((await entryRows()).map((r) => r.locale)).toEqual(['ar', 'en', 'es', 'fr']);
    // Written behind the service's back, so a reindex of Spanish must be what puts it right.
    await sql`update search_entries set title = 'stale' where document_id = ${documentId}`.execute(site.database.db);
    const before = await entryRows();
    await site.search.reindex([documentId], ['es' as LocaleCode]);
    const after = await entryRows();
    expect(after.map((r) => [r.locale, r.title])).toEqual([
      ['ar', 'stale'],
      ['en', 'stale'],
      ['es', 'Alcance de las escrituras'],
      ['fr', 'stale'],
    ]);
    // The other locales' rows are the same rows, not rewritten copies (rowid; PostgreSQL's xmin moves on any write).
    expect(after.filter((r) => r.locale !== 'es').map((r) => r.stamp)).toEqual(before.filter((r) => r.locale !== 'es').map((r) => r.stamp));
    await site.search.reindex([documentId]);
    expect((await entryRows()).map((r) => r.title)).toEqual(['نطاق الكتابات', 'Scope of writes', 'Alcance de las escrituras', 'Portée des écritures']);
  });

  it('finds the Spanish page by its new words once a Spanish save is published, and the French by its old ones', async () => {
    const content = site.content.service;
    const es = await content.findTranslation(documentId, 'es');
    await content.saveTranslation({ documentId, locale: 'es', expectedVersion: es!.version, translation: { slug: 'portee', title: 'Alcance renovado', sourceLocale: 'fr' }, actor: SYSTEM_ACTOR });
    await content.publishTranslation({ documentId, locale: 'es', actor: SYSTEM_ACTOR });
    expect((await site.search.search({ locale: 'es', query: 'renovado' })).hits.map((h) => h.documentId)).toContain(documentId);
    expect((await site.search.search({ locale: 'es', query: 'escrituras' })).hits.map((h) => h.documentId)).not.toContain(documentId);
    expect((await site.search.search({ locale: 'fr', query: 'portée écritures' })).hits.map((h) => h.documentId)).toContain(documentId);
  });
});
