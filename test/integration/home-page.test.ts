import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { formatFactValue } from '../../src/http/site/format.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlElement } from '../helpers/html.ts';

/** The demo's home page, composed from content: campaign, key figures, latest news, sections, actions. */
describeEachDatabase('home page', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  });
  afterAll(() => site.close());

  const home = async (prefix: string) => parse((await site.app.inject({ method: 'GET', url: `/${prefix}/` })).body);
  const byClass = (root: Parameters<typeof findAll>[0], tag: string, name: string): HtmlElement[] =>
    findAll(root, tag).filter((e) => (attr(e, 'class') ?? '').split(' ').includes(name));

  it('leads with the campaign and a call to action to its hub, in the reader’s language', async () => {
    for (const [prefix, label, slug] of [
      ['fr', 'Découvrir la campagne', 'journee-internationale-des-migrants-2019'],
      ['ar', 'اكتشف الحملة', undefined],
    ] as const) {
      const doc = await home(prefix);
      const [panel] = byClass(doc, 'div', 'home-hero__campaign');
      expect(panel, `${prefix} campaign panel`).toBeDefined();
      const [cta] = byClass(panel!, 'a', 'button');
      expect(textOf(cta!)).toContain(label);
      expect(attr(cta!, 'href')?.startsWith(`/${prefix}/`)).toBe(true);
      if (slug) expect(attr(cta!, 'href')).toBe(`/${prefix}/${slug}`);
      const heroImg = findAll(byClass(doc, 'div', 'home-hero__image')[0]!, 'img')[0]!;
      expect(attr(heroImg, 'alt')?.length).toBeGreaterThan(10);
    }
  });

  it('shows the key figures in the home page’s order, in the reader’s number format', async () => {
    for (const prefix of ['fr', 'ar'] as const) {
      const values = byClass(await home(prefix), 'p', 'fact__value').map(textOf);
      expect(values).toEqual([
        formatFactValue(prefix, 272_000_000, 'count'),
        formatFactValue(prefix, 175, 'count'),
        formatFactValue(prefix, 171, 'count'),
        formatFactValue(prefix, 1951, 'year'),
      ]);
    }
  });

  it('lists the newest stories and statements, and the top sections, as cards with reserved pictures', async () => {
    const doc = await home('fr');
    const list = (headingId: string) => {
      const section = findAll(doc, 'section').find((s) => attr(s, 'aria-labelledby') === headingId);
      return section ? byClass(section, 'li', 'card') : [];
    };
    const latest = list('latest');
    expect(latest.map((card) => textOf(byClass(card, 'p', 'card__kind')[0]!))).toEqual(['Récit', 'Récit', 'Déclaration']);
    const sections = list('sections');
    expect(sections.map((card) => textOf(findAll(card, 'h3')[0]!))).toEqual([
      'Qui sommes-nous',
      'Notre travail',
      'Agir',
      'Données et recherche',
      'Programme 2030',
    ]);
    for (const card of [...latest, ...sections]) {
      const [img] = findAll(card, 'img');
      expect(img, textOf(card)).toBeDefined();
      expect(Number(attr(img!, 'width'))).toBeGreaterThan(0);
      expect(Number(attr(img!, 'height'))).toBeGreaterThan(0);
      expect(attr(img!, 'loading')).toBe('lazy');
    }
  });

  it('offers to share a story and the campaign’s calls to action', async () => {
    const section = findAll(await home('fr'), 'section').find((s) => attr(s, 'aria-labelledby') === 'home-actions')!;
    const links = findAll(section, 'a').map((a) => attr(a, 'href'));
    expect(links).toContain('/fr/share-your-story');
    expect(links.length).toBeGreaterThanOrEqual(3);
  });

  it('leads with a newer campaign as soon as it is published', async () => {
    await home('fr'); // cached before the change, so the test also shows it is evicted
    const parent = await site.content.reader.findByPath('fr', '', { fallback: 'hide' });
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'campaign',
      parentId: parent!.document.id,
      fields: { date: '2026-12-18' },
      locale: 'fr',
      translation: { slug: 'journee-des-migrants-2026', title: 'Journée internationale des migrants 2026', fields: { hashtag: '#Ensemble2026' } },
      actor: SYSTEM_ACTOR,
    });
    await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor: SYSTEM_ACTOR });
    const [panel] = byClass(await home('fr'), 'div', 'home-hero__campaign');
    expect(textOf(panel!)).toContain('Journée internationale des migrants 2026');
    expect(attr(byClass(panel!, 'a', 'button')[0]!, 'href')).toBe('/fr/journee-des-migrants-2026');
  });
});
