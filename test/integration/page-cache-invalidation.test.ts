import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { SYSTEM_ACTOR as actor, type LocalizedDocument } from '../../src/modules/content/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { savePublished } from '../helpers/content-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** A change evicts the cached pages that show it, and only those; nothing stale is served once it is acknowledged. */

const WHO = 'qui-sommes-nous';
const STRUCTURE = `${WHO}/structure-organisationnelle`;
const DG = `${STRUCTURE}/directrice-generale`;
const DDG = `${STRUCTURE}/directrice-generale-adjointe-operations`;
const TAKE_ACTION = 'agir';
const WORK_WITH_US = `${TAKE_ACTION}/travailler-avec-nous`;
const CAMPAIGN = 'journee-internationale-des-migrants-2019';
const BARBER = `${CAMPAIGN}/le-salon-de-karim`;
const ORCHESTRA = `${CAMPAIGN}/mariela-et-joel`;
const WARM = ['', WHO, STRUCTURE, DG, DDG, TAKE_ACTION, WORK_WITH_US, CAMPAIGN, BARBER, ORCHESTRA];

describeEachDatabase('page cache invalidation', (dialect) => {
  let site: TestSite;
  afterAll(() => site?.close());
  beforeEach(async () => {
    await site?.close();
    site = await buildTestSite(dialect);
    for (const path of WARM) {
      for (const locale of ['fr', 'en']) await site.app.inject({ method: 'GET', url: `/${locale}/${path}` });
    }
    await site.app.inject({ method: 'GET', url: '/fr/no-such-page' });
  }, 60_000);

  const cached = (path: string, locale = 'fr') => site.pageCache.has(`page:${locale}/${path}`);
  const get = (path: string) => site.app.inject({ method: 'GET', url: `/fr/${path}` });
  const find = async (path: string): Promise<LocalizedDocument> => (await site.content.reader.findByPath('fr', path, { fallback: 'show' }))!;
  const retitle = async (path: string, title: string) => {
    const { document, translation } = await find(path);
    const t = (await site.content.service.findTranslation(document.id, 'fr'))!;
    await savePublished(site, {
      documentId: document.id,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug: t.slug, title, summary: t.summary, body: t.body, fields: t.fields },
      actor,
    });
    return translation;
  };

  it('tells browsers to revalidate and CDNs how long they may keep a page', async () => {
    const response = await get(WHO);
    expect(response.headers['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30');
    expect(response.headers.vary).toBe('Accept-Encoding');
    const again = await site.app.inject({ method: 'GET', url: `/fr/${WHO}`, headers: { 'if-none-match': String(response.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('evicts a retitled page in every locale and the pages that show its title, and keeps the rest', async () => {
    for (const path of WARM) expect(cached(path), path).toBe(true);
    await retitle(BARBER, 'Le salon de Karim, dix ans après');
    // The story in both locales, the hub that lists and features it, the story that links to it, and
    // the home page, which lists the latest stories.
    for (const [path, locale] of [[BARBER, 'fr'], [BARBER, 'en'], [CAMPAIGN, 'fr'], [ORCHESTRA, 'fr'], ['', 'fr']] as const) {
      expect(cached(path, locale), `${locale}/${path}`).toBe(false);
    }
    // Pages that do not show it stay in memory (the story is in no menu).
    for (const path of [WHO, STRUCTURE, DG, TAKE_ACTION, WORK_WITH_US]) expect(cached(path), path).toBe(true);
    expect(site.pageCache.has('error:notFound:fr')).toBe(true);
    expect((await get(CAMPAIGN)).body).toContain('Le salon de Karim, dix ans après');
  });

  it('evicts every page when a page in the menus is retitled, since every page shows its label', async () => {
    await retitle(DG, 'Bureau de la Directrice générale (nouveau titre)');
    for (const path of WARM) expect(cached(path), path).toBe(false);
    expect((await get(WORK_WITH_US)).body).toContain('Bureau de la Directrice générale (nouveau titre)');
  });

  it('shows a newly published child on its parent’s page at once', async () => {
    const parent = await find(TAKE_ACTION);
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'page',
      parentId: parent.document.id,
      fields: {},
      locale: 'fr',
      translation: { slug: 'benevolat', title: 'Devenir bénévole', summary: 'Donner de son temps.' },
      actor,
    });
    await get(TAKE_ACTION);
    expect((await get(TAKE_ACTION)).body).not.toContain('Devenir bénévole');
    await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor });
    expect(cached(TAKE_ACTION)).toBe(false);
    expect(cached(WHO)).toBe(true);
    expect((await get(TAKE_ACTION)).body).toContain('Devenir bénévole');
  });

  it('evicts every page when a menu changes, since every page shows the menus', async () => {
    const page = await find(WORK_WITH_US);
    await site.content.menus.addItem({ menu: 'footer', documentId: page.document.id, parentId: null, actor: SYSTEM });
    for (const path of WARM) expect(cached(path), path).toBe(false);
    expect(site.pageCache.has('error:notFound:fr')).toBe(false);
    expect((await get('')).body).toContain(`href="/fr/${WORK_WITH_US}"`);
  });

  it('moves the pages below a section when its address changes', async () => {
    const section = await find(WHO);
    const t = (await site.content.service.findTranslation(section.document.id, 'fr'))!;
    await savePublished(site, {
      documentId: section.document.id,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug: 'a-propos', title: t.title, summary: t.summary, body: t.body, fields: t.fields },
      actor,
    });
    for (const path of [WHO, STRUCTURE, DG, DDG]) expect(cached(path), path).toBe(false);
    expect(cached(WORK_WITH_US)).toBe(false); // the menu shows the section: every page links to it
    expect((await get('a-propos/structure-organisationnelle/directrice-generale')).statusCode).toBe(200);
    expect((await get(DG)).statusCode).toBe(301);
  });

  it('evicts the pages showing an image whose alt text changed, and only those', async () => {
    const story = await find(`${CAMPAIGN}/le-salon-de-karim`);
    await get(`${CAMPAIGN}/le-salon-de-karim`);
    const imageId = String(story.document.fields.image);
    await site.media.updateImageDetails({ id: imageId, actor: SYSTEM, alt: { fr: 'Des ciseaux, un peigne : le métier de Karim.' } });
    expect(cached(`${CAMPAIGN}/le-salon-de-karim`)).toBe(false);
    expect(cached(CAMPAIGN)).toBe(false); // its card shows the picture
    expect(cached(WORK_WITH_US)).toBe(true);
  });

  it('never serves an older title once a change is acknowledged, with requests in flight', async () => {
    const titles = Array.from({ length: 6 }, (_, round) => `Titre publié sous charge n° ${round}`);
    let acknowledged = -1;
    let stop = false;
    const stale: string[] = [];
    let checked = 0;
    const readers = Array.from({ length: 4 }, async () => {
      let mine = 0;
      while (!stop && mine < 300) {
        const round = acknowledged;
        if (round < 0) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          continue;
        }
        const body = (await get(DG)).body;
        checked++;
        mine++;
        // Started after round `round` was acknowledged: that title or a later one, never an earlier.
        if (!titles.slice(round).some((title) => body.includes(title)) && stale.length < 10) stale.push(`after ${round}`);
      }
    });
    for (const [round, title] of titles.entries()) {
      await retitle(DG, title);
      acknowledged = round;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    stop = true;
    await Promise.all(readers);
    expect(checked).toBeGreaterThan(0);
    expect(stale).toEqual([]);
  }, 120_000);
});
