import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { publishedPage, savePublished } from '../helpers/content-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('page tree and redirects', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let reviewer: AdminClient;
  let homeId: string;
  let counter = 0;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
    reviewer = await signInAs(site, 'reviewer');
    homeId = (await page(null, '')).id;
  });
  afterAll(() => site.close());

  /** A published French page under `parentId`. */
  const page = (parentId: string | null, slug = `page-${++counter}`, title = `Page ${counter}`) =>
    publishedPage(site, parentId, slug, title);
  const get = (url: string) => site.app.inject({ url });
  const version = async (id: string) => (await site.content.service.getDocument(id)).version;
  async function rename(id: string, slug: string) {
    const t = (await site.content.service.findTranslation(id, 'fr'))!;
    await savePublished(site, {
      documentId: id,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug, title: t.title },
      actor: SYSTEM_ACTOR,
    });
  }

  describe('redirects', () => {
    it('answers the old address of a renamed page with a 301 to the new one', async () => {
      const p = await page(homeId, 'ancien-nom');
      await rename(p.id, 'nouveau-nom');
      const old = await get('/fr/ancien-nom');
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe('/fr/nouveau-nom');
      expect((await get('/fr/nouveau-nom')).statusCode).toBe(200);
    });

    it('redirects the children of a renamed parent, and chained renames lead straight to the current path', async () => {
      const parent = await page(homeId, 'rubrique');
      const child = await page(parent.id, 'enfant');
      await rename(parent.id, 'rubrique-2');
      await rename(parent.id, 'rubrique-3');
      for (const old of ['/fr/rubrique/enfant', '/fr/rubrique-2/enfant']) {
        const response = await get(old);
        expect(response.statusCode, old).toBe(301);
        expect(response.headers.location, old).toBe('/fr/rubrique-3/enfant');
      }
      expect((await get('/fr/rubrique')).headers.location).toBe('/fr/rubrique-3');
      expect(child.slug).toBe('enfant');
    });

    it('lets a new page take an old address over the redirect', async () => {
      const p = await page(homeId, 'occupee');
      await rename(p.id, 'liberee');
      expect((await get('/fr/occupee')).statusCode).toBe(301);
      await page(homeId, 'occupee', 'La nouvelle occupante');
      const response = await get('/fr/occupee');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('La nouvelle occupante');
    });

    it('still answers 404 for an address that never existed', async () => {
      expect((await get('/fr/jamais-vue')).statusCode).toBe(404);
    });
  });

  describe('page tree in the back office', () => {
    it('shows the tree as nested lists, titled, with move controls for editors only', async () => {
      const parent = await page(homeId, 'arbre', 'Arbre visible');
      await page(parent.id, 'feuille', 'Feuille visible');
      const response = await editor.get('/admin/tree');
      expect(response.statusCode).toBe(200);
      expect(response.body).toMatch(/Arbre visible<\/a>[\s\S]*<ul class="page-tree">[\s\S]*Feuille visible/);
      expect(response.body).toContain(`href="/admin/tree/${parent.id}/move"`);
      const readOnly = await reviewer.get('/admin/tree');
      expect(readOnly.statusCode).toBe(200);
      expect(readOnly.body).toContain('Arbre visible');
      expect(readOnly.body).not.toContain('/move"');
    });

    it('reorders children, which changes their public order', async () => {
      const parent = await page(homeId, 'ordre');
      await site.content.service.updateDocument({ id: parent.id, expectedVersion: await version(parent.id), fields: { listing: 'children' }, actor: SYSTEM_ACTOR });
      const a = await page(parent.id, 'premier', 'Alpha enfant');
      const b = await page(parent.id, 'second', 'Bravo enfant');
      const before = (await get('/fr/ordre')).body;
      expect(before.indexOf('Alpha enfant')).toBeLessThan(before.indexOf('Bravo enfant'));
      const moved = await editor.post(`/admin/tree/${b.id}/move`, { expectedVersion: String(await version(b.id)), direction: 'up' });
      expect(moved.statusCode).toBe(303);
      expect(moved.headers.location).toMatch(new RegExp(`^/admin/tree\\?done=moved&current=${b.id}&undo=[^#]+#node-${b.id}$`));
      const after = (await get('/fr/ordre')).body;
      expect(after.indexOf('Bravo enfant')).toBeLessThan(after.indexOf('Alpha enfant'));
      const children = await site.content.reader.listChildren(parent.id, 'fr', { fallback: 'show' });
      expect(children.map((c) => c.document.id)).toEqual([b.id, a.id]);
    });

    it('moves a page under another: its public address changes and the old one redirects', async () => {
      const from = await page(homeId, 'depart');
      const to = await page(homeId, 'arrivee');
      const p = await page(from.id, 'voyageuse');
      const moved = await editor.post(`/admin/tree/${p.id}/move`, { expectedVersion: String(await version(p.id)), parentId: to.id });
      expect(moved.statusCode).toBe(303);
      expect((await get('/fr/arrivee/voyageuse')).statusCode).toBe(200);
      const old = await get('/fr/depart/voyageuse');
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe('/fr/arrivee/voyageuse');
    });

    it('refuses to move a page under itself or its descendants, with a message', async () => {
      const p = await page(homeId, 'racine-refus');
      const child = await page(p.id, 'sous-refus');
      for (const parentId of [p.id, child.id]) {
        const response = await editor.post(`/admin/tree/${p.id}/move`, { expectedVersion: String(await version(p.id)), parentId });
        expect(response.statusCode).toBe(400);
        expect(response.body).toContain('ne peut pas aller sous elle-même');
      }
      expect((await get('/fr/racine-refus/sous-refus')).statusCode).toBe(200);
    });

    it('refuses a move made from an outdated tree with a clear message', async () => {
      const p = await page(homeId, 'conflit');
      const stale = String(await version(p.id));
      await site.content.service.updateDocument({ id: p.id, expectedVersion: Number(stale), position: 5, actor: SYSTEM_ACTOR });
      const response = await editor.post(`/admin/tree/${p.id}/move`, { expectedVersion: stale, direction: 'up' });
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('modifiée entre-temps');
    });

    it('answers 404 for an unknown page and 400 for a request without a move', async () => {
      expect((await editor.post('/admin/tree/nope/move', { expectedVersion: '1', direction: 'up' })).statusCode).toBe(404);
      expect((await editor.post(`/admin/tree/${homeId}/move`, { expectedVersion: '1' })).statusCode).toBe(400);
    });
  });
});
