import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { publishedPage } from '../helpers/content-fixtures.ts';
import { attr, findAll, textOf } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('menus edited from the back office', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let reviewer: AdminClient;
  let homeId: string;
  let counter = 0;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
    reviewer = await signInAs(site, 'reviewer');
    homeId = (await page(null, '', 'Accueil')).id;
  });
  afterAll(() => site.close());

  /** A published French page under `parentId`. */
  const page = (parentId: string | null, slug = `page-${++counter}`, title = `Page ${counter}`) =>
    publishedPage(site, parentId, slug, title);

  /** The text of the public main menu, as served (and cached) for the French home page. */
  async function publicMenu(): Promise<string> {
    const response = await site.app.inject({ url: '/fr/' });
    expect(response.statusCode).toBe(200);
    const nav = findAll(parse(response.body), 'nav').find((n) => attr(n, 'aria-label') === 'Menu principal');
    return nav ? textOf(nav) : '';
  }

  async function add(documentId: string, parentId = '', menu = 'main') {
    const response = await editor.post('/admin/menus/items', { menu, documentId, parentId });
    expect(response.statusCode, response.body).toBe(303);
    const id = /#item-(.+)$/.exec(String(response.headers.location))?.[1];
    expect(id).toBeTruthy();
    return id!;
  }

  it('shows both menus with controls, and the add form with routable documents', async () => {
    const p = await page(homeId, 'visible-admin', 'Entrée visible');
    const id = await add(p.id);
    const response = await editor.get('/admin/menus');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Menu principal');
    expect(response.body).toContain('Pied de page');
    expect(response.body).toContain(`action="/admin/menus/items/${id}/remove"`);
    expect(response.body).toContain('aria-label="Retirer « Entrée visible » et ses sous-entrées du menu"');
    expect(response.body).toMatch(new RegExp(`<option value="${p.id}"[^>]*>Entrée visible</option>`));
    const audit = await site.audit.list({ action: 'menu.item-added' });
    expect(JSON.stringify(audit)).toContain(p.id);
  });

  it('adds an entry that shows in the public menu at once, and a sub-entry under it', async () => {
    const p = await page(homeId, 'nouvelle-entree', 'Nouvelle entrée de menu');
    const child = await page(p.id, 'sous-entree', 'Sous-entrée de menu');
    expect(await publicMenu()).not.toContain('Nouvelle entrée de menu');
    const id = await add(p.id);
    expect(await publicMenu()).toContain('Nouvelle entrée de menu');
    await add(child.id, id);
    expect(await publicMenu()).toContain('Sous-entrée de menu');
    const tree = await site.content.menus.getMenu('main', 'fr');
    expect(tree.find((n) => n.id === id)?.children.map((c) => c.documentId)).toEqual([child.id]);
  });

  it('moves an entry among its siblings, which changes the public order', async () => {
    const a = await page(homeId, 'alpha-menu', 'Alpha du menu');
    const b = await page(homeId, 'bravo-menu', 'Bravo du menu');
    await add(a.id);
    const bId = await add(b.id);
    const before = await publicMenu();
    expect(before.indexOf('Alpha du menu')).toBeLessThan(before.indexOf('Bravo du menu'));
    const moved = await editor.post(`/admin/menus/items/${bId}/move`, { direction: 'up' });
    expect(moved.statusCode).toBe(303);
    expect(moved.headers.location).toBe(`/admin/menus?done=moved#item-${bId}`);
    const after = await publicMenu();
    expect(after.indexOf('Bravo du menu')).toBeLessThan(after.indexOf('Alpha du menu'));
    const positions = (await site.content.menus.getMenu('main', 'fr')).map((n) => n.documentId);
    expect(positions.indexOf(b.id)).toBeLessThan(positions.indexOf(a.id));
  });

  it('removes an entry and its children', async () => {
    const p = await page(homeId, 'a-retirer', 'Entrée à retirer');
    const child = await page(p.id, 'enfant-a-retirer', 'Enfant à retirer');
    const id = await add(p.id);
    const childId = await add(child.id, id);
    expect(await publicMenu()).toContain('Enfant à retirer');
    const removed = await editor.post(`/admin/menus/items/${id}/remove`, {});
    expect(removed.statusCode).toBe(303);
    const menu = await publicMenu();
    expect(menu).not.toContain('Entrée à retirer');
    expect(menu).not.toContain('Enfant à retirer');
    expect((await editor.post(`/admin/menus/items/${childId}/move`, { direction: 'up' })).statusCode).toBe(404);
  });

  it('refuses a reviewer', async () => {
    const p = await page(homeId);
    expect((await reviewer.get('/admin/menus')).statusCode).toBe(403);
    expect((await reviewer.post('/admin/menus/items', { menu: 'main', documentId: p.id, parentId: '' })).statusCode).toBe(403);
    const id = await add(p.id, '', 'footer');
    expect((await reviewer.post(`/admin/menus/items/${id}/move`, { direction: 'up' })).statusCode).toBe(403);
    expect((await reviewer.post(`/admin/menus/items/${id}/remove`, {})).statusCode).toBe(403);
    expect((await site.content.menus.getMenu('footer', 'fr')).map((n) => n.id)).toContain(id);
  });

  it('answers 404 for unknown entries and documents, 400 for an incomplete request', async () => {
    expect((await editor.post('/admin/menus/items/nope/move', { direction: 'up' })).statusCode).toBe(404);
    expect((await editor.post('/admin/menus/items/nope/remove', {})).statusCode).toBe(404);
    expect((await editor.post('/admin/menus/items', { menu: 'main', documentId: 'nope', parentId: '' })).statusCode).toBe(404);
    expect((await editor.post('/admin/menus/items', { menu: 'main', documentId: homeId, parentId: 'nope' })).statusCode).toBe(404);
    expect((await editor.post('/admin/menus/items', { menu: 'sidebar', documentId: homeId, parentId: '' })).statusCode).toBe(400);
    const footerId = await add(homeId, '', 'footer');
    const crossed = await editor.post('/admin/menus/items', { menu: 'main', documentId: homeId, parentId: footerId });
    expect(crossed.statusCode).toBe(400);
    expect(crossed.body).toContain('appartient à un autre menu');
  });
});
