import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule } from '../audit/index.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { parseCaptions } from '../captions/index.ts';
import { createContentModule, findContentType, SYSTEM_ACTOR, type ContentModule, type MenuEntry } from '../content/index.ts';
import { createMediaModule, sharpImageProcessor, type MediaModule } from '../media/index.ts';
import { createSettingsModule, type SettingsModule } from '../settings/index.ts';
import { testMediaDir } from '../../../test/helpers/test-media.ts';
import { DEMO_SITE } from './demo-content/index.ts';
import type { DemoDocument, DemoMenuItem } from './demo.types.ts';
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

  it('publishes every page in French and English, and the home, campaign, a story and both menus in Spanish and Arabic', async () => {
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
      const flatten = (entries: readonly MenuEntry[]): MenuEntry[] => entries.flatMap((e) => [e, ...flatten(e.children)]);
      for (const name of ['main', 'footer']) {
        const entries = flatten(await content.reader.getMenu(name, locale, show));
        expect(entries.length, `${name} menu in ${locale}`).toBeGreaterThan(0);
        expect(entries.filter((e) => e.labelLocale !== locale).map((e) => e.path), `${name} menu entries in ${locale}`).toEqual([]);
      }
    }
  });

  it('gives every leader a square portrait, described in each language the leader is published in (issue 11)', async () => {
    await loadDemoOnFirstRun(content.service, settings, { createImage });
    const people = await content.reader.listDocumentsByType('person');
    expect(people.length).toBe(DEMO_SITE.documents.filter((d) => d.type === 'person').length);
    for (const person of people) {
      const portrait = person.fields.portrait;
      expect(typeof portrait, 'portrait field').toBe('string');
      const image = await media.getImage(String(portrait));
      expect(image.width, 'square').toBe(image.height);
      const published = (await content.reader.listPublishedTranslations([person.id])).map((t) => t.locale);
      expect(published.length).toBeGreaterThanOrEqual(4);
      for (const locale of published) {
        expect(await media.findMissingAlt([image.id], locale), `${person.id} ${locale}`).toEqual([]);
        expect(image.alt[locale]).not.toBe('');
      }
    }
  });
});

describe('demo data for the six UN languages (issue 10)', () => {
  const byKey = new Map(DEMO_SITE.documents.map((d) => [d.key, d]));
  const doc = (key: string): DemoDocument => {
    const found = byKey.get(key);
    if (!found) throw new Error(`no demo document "${key}"`);
    return found;
  };
  const refs = (d: DemoDocument, name: string): string[] => {
    const value = d.fields?.[name];
    return value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  };
  const menuKeys = (items: readonly DemoMenuItem[]): string[] => items.flatMap((i) => [i.doc, ...menuKeys(i.children ?? [])]);
  // load-demo.ts builds the footer from these two pages.
  const footerKeys = ['accessibility', 'privacy'];
  const campaign = doc('campaign-imd-2019');
  /** Everything the campaign hub shows: its stories (children), the featured ones, the calls to action, the statement and the figures. */
  const hubKeys = [
    ...DEMO_SITE.documents.filter((d) => d.parent === campaign.key).map((d) => d.key),
    ...['featuredStories', 'actions', 'statement', 'facts'].flatMap((name) => refs(campaign, name)),
  ];
  const stories = DEMO_SITE.documents.filter((d) => d.type === 'story');
  const tracks = ['captions', 'descriptions'];

  /** "key locale: field" for each field the translation lacks; a body is expected wherever the French has one. */
  const gaps = (keys: readonly string[], locales: readonly string[], { full }: { full: boolean }): string[] =>
    [...new Set(keys)].flatMap((key) => {
      const d = doc(key);
      const fr = d.translations.fr;
      return locales.flatMap((locale) => {
        const t = d.translations[locale];
        if (!t) return [`${key} ${locale}: translation`];
        const wanted = ['title', ...(d.type === 'fact' ? [] : ['summary'])];
        const lacking = wanted.filter((name) => !t[name as 'title' | 'summary']?.trim());
        if (typeof t.slug !== 'string' || (t.slug === '' && d.key !== 'home')) lacking.push('slug');
        if (full && fr?.body?.length && !t.body?.length) lacking.push('body');
        if (full) lacking.push(...Object.keys(fr?.fields ?? {}).filter((name) => !t.fields?.[name]?.trim()).map((name) => `fields.${name}`));
        return lacking.map((name) => `${key} ${locale}: ${name}`);
      });
    });

  it('gives every menu and footer document a title, slug and summary in Arabic, Spanish, Chinese and Russian', () => {
    expect(gaps([...menuKeys(DEMO_SITE.menu), ...footerKeys], ['ar', 'es', 'zh-Hans', 'ru'], { full: false })).toEqual([]);
  });

  it('translates the menus, the footer, the home page, the campaign and every card of its hub fully in Arabic and Spanish', () => {
    const keys = [...menuKeys(DEMO_SITE.menu), ...footerKeys, 'home', campaign.key, ...hubKeys, ...stories.map((s) => s.key)];
    expect(gaps(keys, ['ar', 'es'], { full: true })).toEqual([]);
  });

  it('translates the home page, the campaign hub and its figures, and one story with its tracks, in Chinese and Russian', () => {
    expect(gaps(['home', campaign.key, ...refs(campaign, 'facts'), ...refs(doc('home'), 'facts')], ['zh-Hans', 'ru'], { full: true })).toEqual([]);
    const told = stories.filter((s) => gaps([s.key], ['zh-Hans', 'ru'], { full: true }).length === 0);
    expect(told.length, 'stories complete in zh-Hans and ru, captions included').toBeGreaterThanOrEqual(1);
  });

  it('writes slugs in lowercase ASCII, unique among siblings in each locale', () => {
    const seen = new Map<string, string>();
    for (const d of DEMO_SITE.documents) {
      for (const [locale, t] of Object.entries(d.translations)) {
        if (!t) continue;
        expect(t.slug, `${d.key} ${locale}`).toMatch(d.key === 'home' ? /^$/ : /^[a-z0-9]+(-[a-z0-9]+)*$/);
        const place = `${d.parent ?? d.type} ${locale} ${t.slug}`;
        expect(seen.get(place), `${d.key} and ${seen.get(place)} share the slug "${t.slug}" in ${locale}`).toBeUndefined();
        seen.set(place, d.key);
      }
    }
  });

  it('gives each translation of a story the caption tracks its French has, as valid WebVTT', () => {
    for (const story of stories) {
      const wanted = tracks.filter((track) => story.translations.fr?.fields?.[track]);
      for (const [locale, t] of Object.entries(story.translations)) {
        for (const track of wanted) {
          const vtt = t?.fields?.[track] ?? '';
          expect(parseCaptions(vtt).ok, `${story.key} ${locale} ${track}`).toBe(true);
        }
      }
    }
  });

  it('keeps the 2019 figures dated 2019, in every locale', () => {
    const figures2019 = DEMO_SITE.documents.filter((d) => d.type === 'fact' && d.key.endsWith('-2019'));
    expect(figures2019.length).toBeGreaterThan(0);
    for (const fact of figures2019) {
      expect(String(fact.fields?.asOf), fact.key).toMatch(/^2019-/);
      for (const [locale, t] of Object.entries(fact.translations)) expect(t?.title, `${fact.key} ${locale}`).toContain('2019');
    }
  });
});
