import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { altTextPublishCheck } from '../../media/index.ts';
import { CONTENT_INVALID, createContentModule, SYSTEM_ACTOR, type ContentModule } from '../index.ts';

const actor = SYSTEM_ACTOR;

describeEachDatabase('person documents', (dialect) => {
  let database: Database;
  let content: ContentModule;
  /** Image ids with alt text, by locale: what the media library would answer. */
  let described: Map<string, Set<string>>;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    described = new Map();
    const findMissingAlt = async (ids: readonly string[], locale: string) => ids.filter((id) => !described.get(locale)?.has(id));
    content = createContentModule({ db: database.db, clock: manualClock('2026-12-03T10:00:00Z'), publishChecks: [altTextPublishCheck(findMissingAlt)] });
  });
  afterEach(() => database.close());

  const translation = { slug: 'clara-ndiaye-holm', title: 'Clara Ndiaye-Holm', fields: { role: 'Directrice générale' } };

  it('keeps a portrait, and needs none', async () => {
    const withPortrait = await content.service.createDocument({ type: 'person', parentId: null, fields: { portrait: 'img-123' }, actor });
    expect((await content.service.getDocument(withPortrait.id)).fields).toEqual({ portrait: 'img-123' });
    const without = await content.service.createDocument({ type: 'person', parentId: null, fields: {}, actor });
    expect((await content.service.getDocument(without.id)).fields).toEqual({});
  });

  it('refuses a portrait that is not an image id, naming the field', async () => {
    for (const portrait of ['../etc/passwd', 42, 'x'.repeat(65)]) {
      await expect(content.service.createDocument({ type: 'person', parentId: null, fields: { portrait }, actor })).rejects.toMatchObject({
        code: CONTENT_INVALID,
        details: [{ path: 'fields.portrait', message: 'must be an image id' }],
      });
    }
  });

  it('is not published in a language its portrait is not described in', async () => {
    const { document, translation: saved } = await content.service.createDocumentWithTranslation({
      type: 'person',
      fields: { portrait: 'img-123' },
      locale: 'fr',
      translation,
      actor,
    });
    await expect(content.service.publishTranslation({ documentId: document.id, locale: 'fr', expectedVersion: saved.version, actor })).rejects.toMatchObject({
      details: [{ path: 'fields.portrait' }],
    });
    described.set('fr', new Set(['img-123']));
    await content.service.publishTranslation({ documentId: document.id, locale: 'fr', expectedVersion: saved.version, actor });
    expect((await content.service.getDocument(document.id)).fields.portrait).toBe('img-123');
  });
});
