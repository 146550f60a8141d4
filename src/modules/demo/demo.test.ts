import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule } from '../audit/index.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createContentModule, findContentType, SYSTEM_ACTOR, type ContentModule } from '../content/index.ts';
import { createMediaModule, sharpImageProcessor, type MediaModule } from '../media/index.ts';
import { createSettingsModule, type SettingsModule } from '../settings/index.ts';
import { testMediaDir } from '../../../test/helpers/test-media.ts';
import { DEMO_SITE } from './demo-content/index.ts';
import { loadDemoOnFirstRun, type CreateImage } from './index.ts';

const show = { fallback: 'show' } as const;
const hide = { fallback: 'hide' } as const;

describeEachDatabase('demo organisation', (dialect) => {
  let database: Database;
  let content: ContentModule;
  let settings: SettingsModule;
  let media: MediaModule;
  const createImage: CreateImage = (bytes, details) => media.createImage(bytes, details);
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    content = createContentModule({ db: database.db, clock: systemClock });
    const audit = createAuditModule({ db: database.db, clock: systemClock });
    settings = createSettingsModule({ db: database.db, audit });
    media = createMediaModule({ db: database.db, clock: systemClock, audit, mediaDir: testMediaDir(), processor: sharpImageProcessor });
  });
  afterEach(() => database.close());

  it('loads on the first run only, so a later start keeps editors’ changes', async () => {
    const first = await loadDemoOnFirstRun(content.service, settings, { createImage });
    expect(first?.documents).toBe(DEMO_SITE.documents.length);
    const home = (await content.reader.findByPath('fr', '', show))!;
    await content.service.saveTranslation({
      documentId: home.document.id,
      locale: 'fr',
      expectedVersion: home.translation.version,
      translation: { slug: '', title: 'Accueil modifié' },
      actor: SYSTEM_ACTOR,
    });
    await content.service.publishTranslation({ documentId: home.document.id, locale: 'fr', actor: SYSTEM_ACTOR });
    expect(await loadDemoOnFirstRun(content.service, settings, { createImage })).toBeUndefined();
    expect((await content.reader.findByPath('fr', '', show))?.translation.title).toBe('Accueil modifié');
    expect(await content.service.countDocuments()).toBe(DEMO_SITE.documents.length);
  });

  it('publishes every page in French and English, and the home, campaign and a story in Spanish and Arabic', async () => {
    await loadDemoOnFirstRun(content.service, settings, { createImage });
    for (const type of ['page', 'office', 'statement', 'campaign', 'story']) {
      expect(findContentType(type)?.routable).toBe(true);
      for (const locale of ['fr', 'en'] as const) {
        const docs = await content.reader.listByType(type, locale, hide);
        const all = await content.reader.listDocumentsByType(type);
        expect(docs.length, `${type} in ${locale}`).toBe(all.length);
      }
    }
    for (const locale of ['es', 'ar'] as const) {
      expect(await content.reader.findByPath(locale, '', hide)).toBeDefined();
      expect(await content.reader.listByType('campaign', locale, hide)).toHaveLength(1);
      expect((await content.reader.listByType('story', locale, hide)).length).toBeGreaterThanOrEqual(1);
      const menu = await content.reader.getMenu('main', locale, show);
      expect(menu.every((entry) => entry.labelLocale === locale), `${locale} top-level menu is translated`).toBe(true);
    }
  });
});
