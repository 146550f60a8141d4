import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('documents list: filters and bulk workflow steps', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let reviewer: AdminClient;
  let translator: AdminClient;
  let counter = 0;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
    reviewer = await signInAs(site, 'reviewer');
    translator = await signInAs(site, 'translator', { locales: ['en'] });
  });
  afterAll(() => site.close());

  /** A draft page in French, and in English too when `en` is given. */
  async function draft(title: string, options: { en?: string; type?: string } = {}) {
    counter++;
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: options.type ?? 'page',
      locale: 'fr',
      translation: { slug: `brouillon-${counter}`, title },
      actor: SYSTEM_ACTOR,
    });
    if (options.en) {
      await site.content.service.saveTranslation({ documentId: document.id, locale: 'en', expectedVersion: 0, translation: { slug: `draft-${counter}`, title: options.en }, actor: SYSTEM_ACTOR });
    }
    return document.id;
  }
  const statusOf = async (id: string, locale: 'fr' | 'en') => (await site.content.service.findTranslation(id, locale))?.status;
  const rowsOf = (html: string) => [...html.matchAll(/name="item" value="([^"|]+)\|([a-z-]+)"/g)].map((m) => `${m[1]}|${m[2]}`);

  describe('filters', () => {
    it('finds by title, type, status in a locale, and translations missing in a locale, keeping them across pages', async () => {
      const both = await draft('Zèbre bilingue', { en: 'Bilingual zebra' });
      const frOnly = await draft('Zèbre seul');
      await site.content.service.transition({ documentId: both, locale: 'en', action: 'submit', actor: SYSTEM_ACTOR });

      const search = (await editor.get('/admin/documents?search=z%C3%A8bre')).body;
      expect(rowsOf(search).sort()).toEqual([`${both}|fr`, `${frOnly}|fr`].sort());

      const missingEn = (await editor.get('/admin/documents?search=z%C3%A8bre&missing=en')).body;
      expect(rowsOf(missingEn)).toEqual([`${frOnly}|fr`]);
      expect(missingEn).toMatch(/<option value="en" selected/);

      const inReviewEn = (await editor.get('/admin/documents?status=in_review&locale=en&search=zebra')).body;
      expect(rowsOf(inReviewEn)).toEqual([`${both}|en`]);

      const wrongType = (await editor.get('/admin/documents?search=z%C3%A8bre&type=story')).body;
      expect(rowsOf(wrongType)).toEqual([]);

      for (let i = 0; i < 26; i++) await draft(`Lot ${i}`);
      const first = (await editor.get('/admin/documents?search=lot&missing=en')).body;
      expect(rowsOf(first)).toHaveLength(25);
      expect(first).toContain('href="/admin/documents?missing=en&amp;search=lot&amp;page=2"');
      expect(rowsOf((await editor.get('/admin/documents?search=lot&missing=en&page=2')).body)).toHaveLength(1);
    });
  });

  describe('bulk actions', () => {
    it('submits the ticked drafts for review, each with its own result, refusing the one already in review', async () => {
      const a = await draft('Lot A');
      const b = await draft('Lot B');
      const c = await draft('Lot C');
      await site.content.service.transition({ documentId: c, locale: 'fr', action: 'submit', actor: SYSTEM_ACTOR });
      const response = await editor.post('/admin/documents/bulk', { action: 'submit', item: [`${a}|fr`, `${b}|fr`, `${c}|fr`], back: '/admin/documents?search=lot' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('2 faites, 1 refusée.');
      expect(response.body).toMatch(/Lot C<\/a>[\s\S]*?Refusé : impossible depuis son état actuel/);
      expect(response.body).toMatch(/Lot A<\/a>[\s\S]*?Fait : désormais En relecture/);
      expect(response.body).toContain('href="/admin/documents?search=lot"');
      expect([await statusOf(a, 'fr'), await statusOf(b, 'fr'), await statusOf(c, 'fr')]).toEqual(['in_review', 'in_review', 'in_review']);
    });

    it('lets a reviewer publish and archive in bulk, and records each step in the audit log', async () => {
      const a = await draft('Publiable A');
      const b = await draft('Publiable B');
      const published = await reviewer.post('/admin/documents/bulk', { action: 'publish', item: [`${a}|fr`, `${b}|fr`] });
      expect(published.body).toContain('2 faites, aucune refusée.');
      expect(await statusOf(a, 'fr')).toBe('published');
      const archived = await reviewer.post('/admin/documents/bulk', { action: 'archive', item: [`${a}|fr`] });
      expect(archived.body).toContain('1 faite, aucune refusée.');
      expect(await statusOf(a, 'fr')).toBe('archived');
      const { entries } = await site.audit.list({ documentId: b, action: 'translation.published' });
      expect(entries).toHaveLength(1);
    });

    it('never lets a translator publish, and refuses their steps outside their locales row by row', async () => {
      const id = await draft('Traduite', { en: 'Translated' });
      const list = (await translator.get('/admin/documents?search=translated')).body;
      expect(list).toContain('<option value="submit">');
      expect(list).not.toContain('<option value="publish">');
      const publish = await translator.post('/admin/documents/bulk', { action: 'publish', item: [`${id}|en`] });
      expect(publish.statusCode).toBe(400);
      expect(publish.body).toContain('Rien n’a été fait');
      expect(await statusOf(id, 'en')).toBe('draft');
      const submit = await translator.post('/admin/documents/bulk', { action: 'submit', item: [`${id}|en`, `${id}|fr`] });
      expect(submit.body).toContain('1 faite, 1 refusée.');
      expect(submit.body).toMatch(/Traduite<\/a>[\s\S]*?Refusé : votre rôle ne le permet pas dans cette langue/);
      expect([await statusOf(id, 'en'), await statusOf(id, 'fr')]).toEqual(['in_review', 'draft']);
    });

    it('does nothing, and says so, when nothing is ticked or the action is unknown', async () => {
      const id = await draft('Intacte');
      expect((await editor.post('/admin/documents/bulk', { action: 'submit' })).statusCode).toBe(400);
      expect((await editor.post('/admin/documents/bulk', { action: 'explode', item: [`${id}|fr`] })).statusCode).toBe(400);
      expect(await statusOf(id, 'fr')).toBe('draft');
    });
  });
});
