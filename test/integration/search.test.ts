import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markupToRichText, SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import type { LocaleCode } from '../../src/modules/locales/index.ts';
import type { SearchResult } from '../../src/modules/search/index.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, findFirst, textOf } from '../helpers/html.ts';
import { savePublished } from '../helpers/content-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

const OPERATOR_QUERIES = ['"cohésion sociale"', 'migrants OR réfugiés', 'NEAR(migrants accueil)', '-migrants', '*', "'", '\\', 'title:migrants', '^migrants', '"unclosed phrase', '(((', 'AND', 'migr*'];

describeEachDatabase('Full-text search', (dialect) => {
  let site: TestSite;
  let parentId: string;

  beforeAll(async () => {
    site = await buildTestSite(dialect);
    const home = (await site.content.reader.findByPath('fr', '', { fallback: 'hide' }))!;
    parentId = home.document.id;
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });

  const search = (locale: LocaleCode, query: string, extra: { type?: string; page?: number; pageSize?: number } = {}) =>
    site.search.search({ locale, query, ...extra });
  const titles = (result: SearchResult) => result.hits.map((h) => h.title);

  /** A French page published through the content service, so the index hears of it like any edit. */
  async function publishPage(slug: string, title: string, body: string, options: { locale?: LocaleCode; summary?: string } = {}) {
    const locale = options.locale ?? 'fr';
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'page',
      parentId,
      locale,
      translation: { slug, title, summary: options.summary ?? '', body: markupToRichText(body) },
      actor: SYSTEM_ACTOR,
    });
    await site.content.service.publishTranslation({ documentId: document.id, locale, actor: SYSTEM_ACTOR });
    return document.id;
  }

  describe('the index', () => {
    it('fills itself while the demo loads through the content service', async () => {
      expect(await site.search.countEntries()).toBeGreaterThan(20);
      const result = await search('fr', 'migrants');
      expect(result.total).toBeGreaterThan(3);
      expect(result.hits.every((h) => h.locale === 'fr' && h.path !== undefined)).toBe(true);
    });

    it('rebuilds to the same entries it keeps up to date', async () => {
      const before = await site.search.countEntries();
      expect(await site.search.rebuild()).toBe(before);
      expect(await site.search.countEntries()).toBe(before);
      expect(await site.search.ensureCurrent()).toBeUndefined();
    });

    it('finds a page as soon as it is published, loses it when unpublished, and follows a new title', async () => {
      expect((await search('fr', 'Quintessor')).total).toBe(0);
      const id = await site.content.service.createDocumentWithTranslation({
        type: 'page',
        parentId,
        locale: 'fr',
        translation: { slug: 'quintessor', title: 'Le programme Quintessor' },
        actor: SYSTEM_ACTOR,
      });
      // A draft is not public, so it is not searchable.
      expect((await search('fr', 'Quintessor')).total).toBe(0);
      await site.content.service.publishTranslation({ documentId: id.document.id, locale: 'fr', actor: SYSTEM_ACTOR });
      expect(titles(await search('fr', 'quintessor'))).toEqual(['Le programme Quintessor']);

      const current = (await site.content.service.findTranslation(id.document.id, 'fr'))!;
      await savePublished(site, {
        documentId: id.document.id,
        locale: 'fr',
        expectedVersion: current.version,
        translation: { slug: 'quintessor', title: 'Le programme Zephyrin' },
        actor: SYSTEM_ACTOR,
      });
      expect((await search('fr', 'Quintessor')).total).toBe(0);
      expect(titles(await search('fr', 'zéphyrin'))).toEqual(['Le programme Zephyrin']);

      await site.content.service.transition({ documentId: id.document.id, locale: 'fr', action: 'unpublish', actor: SYSTEM_ACTOR });
      expect((await search('fr', 'Zephyrin')).total).toBe(0);
    });

    it('moves the entries under a page whose address changes', async () => {
      const parent = await publishPage('rubrique-orvalis', 'Rubrique Orvalis', 'Une rubrique.');
      const { document } = await site.content.service.createDocumentWithTranslation({
        type: 'page',
        parentId: parent,
        locale: 'fr',
        translation: { slug: 'fiche-orvalis', title: 'Fiche Orvalis' },
        actor: SYSTEM_ACTOR,
      });
      await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor: SYSTEM_ACTOR });
      expect((await search('fr', 'fiche orvalis')).hits[0]?.path).toBe('rubrique-orvalis/fiche-orvalis');
      const current = (await site.content.service.findTranslation(parent, 'fr'))!;
      await savePublished(site, {
        documentId: parent,
        locale: 'fr',
        expectedVersion: current.version,
        translation: { slug: 'rubrique-orvalis-2', title: 'Rubrique Orvalis' },
        actor: SYSTEM_ACTOR,
      });
      expect((await search('fr', 'fiche orvalis')).hits[0]?.path).toBe('rubrique-orvalis-2/fiche-orvalis');
    });

    it('indexes the words of story captions (the French and English clips of the demo)', async () => {
      // "partent" and "hands" are only in the captions, not in the stories' text.
      const fr = await search('fr', 'partent');
      expect(fr.hits.some((h) => h.type === 'story' && h.title.includes('Karim'))).toBe(true);
      expect(fr.hits.find((h) => h.type === 'story')?.snippet.some((s) => s.highlighted && s.text === 'partent')).toBe(true);
      const en = await search('en', 'hands', { type: 'story' });
      expect(en.total).toBeGreaterThan(0);
      expect((await search('fr', 'Gaziantep', { type: 'story' })).total).toBeGreaterThan(0);
    });

    it('indexes an edited story transcript', async () => {
      const story = (await search('fr', 'Gaziantep', { type: 'story' })).hits[0]!;
      const current = (await site.content.service.findTranslation(story.documentId, 'fr'))!;
      await savePublished(site, {
        documentId: story.documentId,
        locale: 'fr',
        expectedVersion: current.version,
        translation: { slug: current.slug, title: current.title, summary: current.summary, body: current.body, fields: { ...current.fields, transcript: 'Karim : le salon Ombrelune ouvre à sept heures.' } },
        actor: SYSTEM_ACTOR,
      });
      expect((await search('fr', 'ombrelune')).hits.map((h) => h.documentId)).toEqual([story.documentId]);
    });
  });

  describe('matching', () => {
    it('ignores case and accents, both ways', async () => {
      await publishPage('eleve-pilote', 'Parcours eleve pilote', 'Un parcours pour chaque eleve du programme Tamaris.');
      const upper = await search('fr', 'MIGRANTS');
      const lower = await search('fr', 'migrants');
      expect(upper.total).toBe(lower.total);
      expect(titles(upper)).toEqual(titles(lower));
      // "États" in the demo; typed without its accent.
      const etats = await search('fr', 'etats membres');
      expect(etats.total).toBeGreaterThan(0);
      expect(etats.hits[0]!.snippet.some((s) => s.highlighted && s.text === 'États')).toBe(true);
      // An accent typed where the text has none.
      expect(titles(await search('fr', 'ÉLÈVE Tamaris'))).toEqual(['Parcours eleve pilote']);
    });

    it('finds plurals from the singular and the singular from the plural in French and Spanish', async () => {
      await publishPage('relocalisation', 'Dossier Florimond', 'Le plan de relocalisation des familles.');
      // Each query also names the page, because every term must match and the demo's own pages
      // use these words often enough to push a new page past the first page of results.
      expect(titles(await search('fr', 'relocalisations Florimond'))).toEqual(['Dossier Florimond']);
      expect(titles(await search('fr', 'relocalisation florimond'))).toEqual(['Dossier Florimond']);
      await publishPage('migraciones', 'Informe Valdemora', 'Las migraciones del sur.', { locale: 'es' });
      expect(titles(await search('es', 'migración Valdemora'))).toEqual(['Informe Valdemora']);
      await publishPage('migracion-norte', 'Nota Zarandel', 'Una migración hacia el norte.', { locale: 'es' });
      expect(titles(await search('es', 'migraciones Zarandel'))).toEqual(['Nota Zarandel']);
    });

    if (dialect === 'postgres') {
      it('stems French words across forms with PostgreSQL’s French configuration', async () => {
        await publishPage('migration-gerandis', 'Note Gerandis', 'La migration saisonnière vers le nord.');
        expect(titles(await search('fr', 'migrations Gerandis'))).toEqual(['Note Gerandis']);
        // A verb finds its noun: "migrer" and "migration" share the stem "migr".
        expect(titles(await search('fr', 'migrer gerandis'))).toEqual(['Note Gerandis']);
      });
    } else {
      it('has no French stemmer on SQLite: plurals and prefixes match, other forms of a word do not', async () => {
        await publishPage('migration-gerandis', 'Note Gerandis', 'La migration saisonnière vers le nord.');
        expect(titles(await search('fr', 'migrations Gerandis'))).toEqual(['Note Gerandis']);
        expect(titles(await search('fr', 'saison gerandis'))).toEqual(['Note Gerandis']);
        expect(titles(await search('fr', 'saisonnieres gerandis'))).toEqual(['Note Gerandis']);
        expect((await search('fr', 'migrer gerandis')).total).toBe(0);
      });
    }

    it('stems English on both databases (Porter on SQLite, the english configuration on PostgreSQL)', async () => {
      await publishPage('running-kestrel', 'Kestrel notes', 'The office runs a community kitchen.', { locale: 'en' });
      expect(titles(await search('en', 'running kestrel'))).toEqual(['Kestrel notes']);
    });

    it('matches Arabic with or without diacritics, hamza forms, ta marbuta and the article', async () => {
      const plain = await search('ar', 'آمنة');
      expect(plain.total).toBeGreaterThan(0);
      for (const variant of ['امنه', 'آمِنَة', 'أمنة', 'آمـــنة']) {
        expect(titles(await search('ar', variant)), variant).toEqual(titles(plain));
      }
      // "والمهاجرين" (and the migrants) is found from "مهاجرين" and from "المهاجرين".
      const bare = await search('ar', 'مهاجرين');
      expect(bare.total).toBeGreaterThan(0);
      expect(titles(await search('ar', 'المهاجرين'))).toEqual(titles(bare));
      expect(bare.hits.every((h) => h.locale === 'ar')).toBe(true);
      expect(bare.hits[0]!.snippet.some((s) => s.highlighted)).toBe(true);
    });

    it('keeps a quoted phrase together', async () => {
      await publishPage('cohesion-phrase', 'Atelier Brisemarre', 'La cohésion sociale du quartier.');
      await publishPage('cohesion-loin', 'Atelier Brisemarre bis', 'Une sociale et puis la cohésion plus loin.');
      expect(titles(await search('fr', '"cohésion sociale" Brisemarre'))).toEqual(['Atelier Brisemarre']);
      expect((await search('fr', 'cohésion sociale Brisemarre')).total).toBe(2);
    });

    it('ranks a title match above a body-only match', async () => {
      await publishPage('corps-vortexalune', 'Rapport annuel', 'Le projet Vortexalune a commencé en mars, avec des partenaires locaux et régionaux.');
      await publishPage('titre-vortexalune', 'Vortexalune', 'Un projet régional.');
      expect(titles(await search('fr', 'vortexalune'))).toEqual(['Vortexalune', 'Rapport annuel']);
    });

    it('returns snippets as text segments with the matching words highlighted', async () => {
      const { hits } = await search('fr', 'vortexalune');
      const body = hits.find((h) => h.title === 'Rapport annuel')!;
      expect(body.snippet.filter((s) => s.highlighted).map((s) => s.text)).toEqual(['Vortexalune']);
      expect(body.snippet.map((s) => s.text).join('')).toContain('Le projet Vortexalune a commencé');
    });
  });

  describe('filters and pages', () => {
    it('filters by content type', async () => {
      const all = await search('fr', 'migrants');
      const stories = await search('fr', 'migrants', { type: 'story' });
      const pages = await search('fr', 'migrants', { type: 'page' });
      expect(stories.hits.every((h) => h.type === 'story')).toBe(true);
      expect(pages.hits.every((h) => h.type === 'page')).toBe(true);
      expect(pages.total).toBeGreaterThan(0);
      expect(stories.total + pages.total).toBeLessThanOrEqual(all.total);
      await expect(search('fr', 'migrants', { type: 'fact' })).rejects.toMatchObject({ code: 'SEARCH_INVALID_TYPE', kind: 'validation' });
    });

    it('pages through results without repeats, clamping the page and its size', async () => {
      const all = await search('fr', 'migrants', { pageSize: 50 });
      expect(all.total).toBeGreaterThan(4);
      const first = await search('fr', 'migrants', { pageSize: 2 });
      const second = await search('fr', 'migrants', { pageSize: 2, page: 2 });
      expect(first.total).toBe(all.total);
      expect(first.hits).toHaveLength(2);
      expect([...titles(first), ...titles(second)]).toEqual(titles(all).slice(0, 4));
      const far = await search('fr', 'migrants', { page: 10_000, pageSize: 1_000 });
      expect(far).toMatchObject({ page: 100, pageSize: 50, hits: [] });
      expect((await search('fr', 'migrants', { page: -3 })).page).toBe(1);
    });

    it('answers an empty query with no results and refuses one over 1,000 characters', async () => {
      expect(await search('fr', '   ')).toMatchObject({ total: 0, hits: [] });
      expect(await search('fr', '*** ---')).toMatchObject({ total: 0, hits: [] });
      await expect(search('fr', 'a'.repeat(1_001))).rejects.toMatchObject({ code: 'SEARCH_QUERY_TOO_LONG', kind: 'validation' });
      expect((await search('fr', 'migrants '.repeat(110).slice(0, 1_000))).total).toBeGreaterThan(0);
    });
  });

  describe('the search page and the JSON endpoint', () => {
    it('renders a form that works without script, the count in a status region and marked snippets', async () => {
      const response = await site.app.inject({ method: 'GET', url: '/fr/search?q=Gaziantep' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      const doc = parse(response.body);
      const html = findFirst(doc, 'html');
      expect(attr(html, 'lang')).toBe('fr');
      const form = findAll(doc, 'form').find((f) => attr(f, 'role') === 'search')!;
      expect(attr(form, 'method')).toBe('get');
      expect(attr(form, 'action')).toBe('/fr/search');
      const input = findAll(form, 'input').find((i) => attr(i, 'name') === 'q')!;
      expect(attr(input, 'type')).toBe('search');
      expect(attr(input, 'value')).toBe('Gaziantep');
      expect(findAll(form, 'label').some((l) => attr(l, 'for') === attr(input, 'id'))).toBe(true);
      expect(findAll(form, 'select').map((s) => attr(s, 'name'))).toEqual(['type']);
      const status = findAll(doc, 'p').find((p) => attr(p, 'role') === 'status')!;
      expect(textOf(status)).toMatch(/\d+ résultats? pour « Gaziantep »/);
      expect(findAll(doc, 'mark').map(textOf)).toContain('Gaziantep');
      const link = findAll(doc, 'a').find((a) => attr(a, 'class') === 'site-search-link');
      expect(attr(link!, 'href')).toBe('/fr/search');
      // The site's frame: the main menu is there.
      expect(findAll(doc, 'nav').length).toBeGreaterThan(1);
    });

    it('links previous and next pages with rel', async () => {
      for (let i = 1; i <= 25; i++) await publishPage(`albatrel-${i}`, `Albatrel ${i}`, 'Une page de la série.');
      const response = await site.app.inject({ method: 'GET', url: '/fr/search?q=albatrel&type=page&page=2' });
      expect(response.statusCode).toBe(200);
      const doc = parse(response.body);
      const links = findAll(doc, 'a');
      expect(attr(links.find((a) => attr(a, 'rel') === 'prev')!, 'href')).toBe('/fr/search?q=albatrel&type=page');
      expect(attr(links.find((a) => attr(a, 'rel') === 'next')!, 'href')).toBe('/fr/search?q=albatrel&type=page&page=3');
      expect(findAll(doc, 'li').filter((li) => attr(li, 'class') === 'search__hit')).toHaveLength(10);
      const last = findAll(parse((await site.app.inject({ method: 'GET', url: '/fr/search?q=albatrel&page=3' })).body), 'a');
      expect(last.some((a) => attr(a, 'rel') === 'next')).toBe(false);
    });

    it('speaks Arabic right to left', async () => {
      const response = await site.app.inject({ method: 'GET', url: `/ar/search?q=${encodeURIComponent('مهاجرين')}` });
      expect(response.statusCode).toBe(200);
      const html = findFirst(parse(response.body), 'html');
      expect([attr(html, 'lang'), attr(html, 'dir')]).toEqual(['ar', 'rtl']);
    });

    it('answers JSON with absolute URLs and snippet segments', async () => {
      const response = await site.app.inject({ method: 'GET', url: '/en/search.json?q=Gaziantep&type=story' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json() as { query: string; total: number; page: number; pages: number; hits: { title: string; url: string; type: string; snippet: { text: string; highlighted: boolean }[] }[] };
      expect(body).toMatchObject({ query: 'Gaziantep', page: 1, pages: 1 });
      expect(body.total).toBeGreaterThan(0);
      expect(body.hits[0]!.url.startsWith(`${TEST_PUBLIC_URL}/en/`)).toBe(true);
      expect(body.hits[0]!.type).toBe('story');
      expect(body.hits[0]!.snippet.some((s) => s.highlighted && s.text === 'Gaziantep')).toBe(true);
    });

    it('answers an empty search with the form and no results', async () => {
      const response = await site.app.inject({ method: 'GET', url: '/es/search' });
      expect(response.statusCode).toBe(200);
      expect(findAll(parse(response.body), 'mark')).toHaveLength(0);
      const json = await site.app.inject({ method: 'GET', url: '/es/search.json?q=' });
      expect(json.json()).toMatchObject({ total: 0, pages: 0, hits: [] });
    });

    it('answers a 10 kB query with a 400 that says why, on the page and in JSON', async () => {
      const q = encodeURIComponent('migrants '.repeat(1_200).slice(0, 10_240));
      const page = await site.app.inject({ method: 'GET', url: `/fr/search?q=${q}` });
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('Votre recherche est trop longue : 1\u202f000 caractères au plus.');
      const json = await site.app.inject({ method: 'GET', url: `/fr/search.json?q=${q}` });
      expect(json.statusCode).toBe(400);
      expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(json.json()).toMatchObject({
        type: '/api/v1/errors#SEARCH_QUERY_TOO_LONG',
        status: 400,
        code: 'SEARCH_QUERY_TOO_LONG',
        errors: [{ path: 'q', reason: 'tooLong' }],
      });
    });

    it('refuses an unknown type with a 400 and an unknown locale with a 404', async () => {
      expect((await site.app.inject({ method: 'GET', url: '/fr/search?q=a&type=fact' })).statusCode).toBe(400);
      expect((await site.app.inject({ method: 'GET', url: "/fr/search.json?q=a&type=page'--" })).statusCode).toBe(400);
      expect((await site.app.inject({ method: 'GET', url: '/xx/search?q=a' })).statusCode).toBe(404);
      expect((await site.app.inject({ method: 'GET', url: '/xx/search.json?q=a' })).statusCode).toBe(404);
    });

    it('treats quotes and operators as text', async () => {
      for (const q of OPERATOR_QUERIES) {
        for (const path of ['/fr/search', '/fr/search.json']) {
          const response = await site.app.inject({ method: 'GET', url: `${path}?q=${encodeURIComponent(q)}` });
          expect(response.statusCode, `${path} ${q}`).toBe(200);
        }
      }
      const tautology = await search('fr', "' OR '1'='1");
      expect(tautology.total).toBeLessThan((await search('fr', '')).total + (await site.search.countEntries()));
      expect(tautology.total).toBe((await search('fr', 'OR 1 1')).total);
    });

    it('answers every line of the SQL injection list with 200 or 400 and changes nothing', async () => {
      const counts = async () => [await site.search.countEntries(), await site.content.service.countDocuments()];
      const before = await counts();
      for (const line of readAttackList('sqli.txt')) {
        for (const locale of ['fr', 'ar'] as const) {
          for (const path of [`/${locale}/search`, `/${locale}/search.json`]) {
            const response = await site.app.inject({ method: 'GET', url: `${path}?q=${encodeURIComponent(line)}&page=${encodeURIComponent(line)}` });
            expect([200, 400], `${path} ${line}`).toContain(response.statusCode);
            expect(response.body).not.toMatch(/SQLITE_ERROR|syntax error|unterminated quoted string|fts5:/i);
          }
        }
        const asType = await site.app.inject({ method: 'GET', url: `/fr/search.json?q=migrants&type=${encodeURIComponent(line)}` });
        expect([200, 400], `type ${line}`).toContain(asType.statusCode);
      }
      expect(await counts()).toEqual(before);
    });
  });
});
