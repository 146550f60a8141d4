import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule } from '../audit/index.ts';
import { createLocalesModule, type LocalesModule } from '../locales/index.ts';
import { createContentModule, SYSTEM_ACTOR as actor, type ContentModule } from './index.ts';

const show = { fallback: 'show' } as const;

describeEachDatabase('addresses in a locale added at run time', (dialect) => {
  let database: Database;
  let content: ContentModule;
  let locales: LocalesModule;
  let touched: string[];

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const clock = manualClock('2026-12-02T10:00:00Z');
    const audit = createAuditModule({ db: database.db, clock });
    touched = [];
    locales = createLocalesModule({ db: database.db, clock, audit, onAdded: () => content.service.addLocalePaths(actor) });
    await locales.load();
    content = createContentModule({ db: database.db, clock, audit, locales, onChange: (change) => touched.push(...change.documentIds) });
  });
  afterEach(() => database.close());

  async function page(parentId: string | null, slugs: Readonly<Record<string, string>>) {
    const doc = await content.service.createDocument({ type: 'page', parentId, actor });
    for (const [locale, slug] of Object.entries(slugs)) {
      await content.service.saveTranslation({ documentId: doc.id, locale, expectedVersion: 0, translation: { slug, title: slug || 'home' }, actor });
      await content.service.publishTranslation({ documentId: doc.id, locale, actor });
    }
    return doc;
  }

  it('gives every page an address in the new locale, borrowed from its fallbacks, and announces the pages', async () => {
    const home = await page(null, { fr: '', en: '' });
    const work = await page(home.id, { fr: 'notre-travail', en: 'our-work' });
    const partners = await page(work.id, { fr: 'partenariats' });
    touched = [];
    await locales.service.add({ tag: 'uk', fallbacks: ['en', 'fr'] }, actor);
    expect((await content.reader.findByPath('uk', '', show))?.document.id).toBe(home.id);
    expect((await content.reader.findByPath('uk', 'our-work', show))?.document.id).toBe(work.id);
    expect((await content.reader.findByPath('uk', 'our-work/partenariats', show))?.document.id).toBe(partners.id);
    expect(new Set(touched)).toEqual(new Set([home.id, work.id, partners.id]));
    // Idempotent: run again, the addresses stay.
    await content.service.addLocalePaths(actor);
    expect((await content.reader.findByPath('uk', 'our-work', show))?.document.id).toBe(work.id);
  });
});
