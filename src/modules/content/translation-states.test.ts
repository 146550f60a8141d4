import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createContentModule, SYSTEM_ACTOR as actor, type ContentModule } from './index.ts';

describeEachDatabase('translation states', (dialect) => {
  let database: Database;
  let content: ContentModule;
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    content = createContentModule({ db: database.db, clock: manualClock('2026-11-28T10:00:00Z') });
  });
  afterEach(() => database.close());

  async function setUp() {
    const home = await content.service.createDocument({ type: 'page', actor });
    await content.service.saveTranslation({ documentId: home.id, locale: 'fr', expectedVersion: 0, translation: { slug: '', title: 'Accueil' }, actor });
    const page = await content.service.createDocument({ type: 'page', parentId: home.id, actor });
    await content.service.saveTranslation({ documentId: page.id, locale: 'fr', expectedVersion: 0, translation: { slug: 'agir', title: 'Agir' }, actor });
    await content.service.saveTranslation({ documentId: page.id, locale: 'en', expectedVersion: 0, translation: { slug: 'take-action', title: 'Take action' }, actor });
    return { home, page };
  }
  const statesOf = async (id: string) => (await content.service.listTranslationRows()).find((r) => r.documentId === id)!.states;

  it('marks a translation made from the source’s present words current, and other locales missing', async () => {
    const { page } = await setUp();
    expect(await statesOf(page.id)).toEqual({ fr: 'source', en: 'current', es: 'missing', ar: 'missing' });
    expect((await content.service.findTranslation(page.id, 'en'))?.sourceLocale).toBe('fr');
  });

  it('marks it outdated when the source’s published words change, not when only its status does or a change waits', async () => {
    const { page } = await setUp();
    await content.service.publishTranslation({ documentId: page.id, locale: 'fr', actor });
    expect((await statesOf(page.id)).en).toBe('current');
    const fr = (await content.service.findTranslation(page.id, 'fr'))!;
    await content.service.saveTranslation({ documentId: page.id, locale: 'fr', expectedVersion: fr.version, translation: { slug: 'agir', title: 'Agir maintenant' }, actor });
    // Translations follow the published source: a working copy may still be discarded.
    expect((await statesOf(page.id)).en).toBe('current');
    await content.service.publishTranslation({ documentId: page.id, locale: 'fr', actor });
    expect((await statesOf(page.id)).en).toBe('outdated');
    const en = (await content.service.findTranslation(page.id, 'en'))!;
    expect(en.sourceVersion).toBe(1);
    await content.service.saveTranslation({ documentId: page.id, locale: 'en', expectedVersion: en.version, translation: { slug: 'take-action', title: 'Act now' }, actor });
    expect((await statesOf(page.id)).en).toBe('current');
  });

  it('groups documents by the top-level section they sit under', async () => {
    const { home, page } = await setUp();
    const rows = await content.service.listTranslationRows();
    expect(rows.find((r) => r.documentId === page.id)?.section).toEqual({ id: page.id, title: 'Agir' });
    expect(rows.find((r) => r.documentId === home.id)?.section).toEqual({ id: home.id, title: 'Accueil' });
  });
});
