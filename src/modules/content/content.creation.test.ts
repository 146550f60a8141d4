import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { CONTENT_INVALID, CONTENT_SLUG_TAKEN, createContentModule, SYSTEM_ACTOR, type ContentModule } from './index.ts';

const actor = SYSTEM_ACTOR;

describeEachDatabase('creating a document with its first translation', (dialect) => {
  let database: Database;
  let content: ContentModule;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    content = createContentModule({ db: database.db, clock: manualClock('2026-11-28T10:00:00Z') });
  });
  afterEach(() => database.close());

  it('saves the document and its first translation together, as a draft with no source', async () => {
    const { document, translation } = await content.service.createDocumentWithTranslation({
      type: 'statement',
      fields: { kind: 'news', deliveredAt: '2026-11-20' },
      locale: 'fr',
      translation: { slug: 'annonce', title: 'Annonce' },
      actor,
    });
    expect(translation).toMatchObject({ documentId: document.id, locale: 'fr', status: 'draft', version: 1, sourceLocale: null });
    expect((await content.service.getDocument(document.id)).fields).toEqual({ kind: 'news', deliveredAt: '2026-11-20' });
  });

  it('reports the problems of the shared fields and of the translation together, and writes nothing', async () => {
    const error = await content.service
      .createDocumentWithTranslation({ type: 'statement', fields: { kind: 'poem' }, locale: 'fr', translation: { slug: 'Bad Slug', title: '' }, actor })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: CONTENT_INVALID });
    const paths = (error as { details: { path: string }[] }).details.map((d) => d.path).sort();
    expect(paths).toEqual(['fields.deliveredAt', 'fields.kind', 'slug', 'title']);
    expect(await content.service.countDocuments()).toBe(0);
  });

  it('rolls the document back when its slug is taken', async () => {
    const first = { type: 'page', locale: 'fr', translation: { slug: 'contact', title: 'Contact' }, actor } as const;
    await content.service.createDocumentWithTranslation(first);
    await expect(content.service.createDocumentWithTranslation(first)).rejects.toMatchObject({ code: CONTENT_SLUG_TAKEN });
    expect(await content.service.countDocuments()).toBe(1);
  });
});
