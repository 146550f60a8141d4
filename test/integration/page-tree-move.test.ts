import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { CONTENT_INVALID, CONTENT_VERSION_CONFLICT, SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { publishedPage } from '../helpers/content-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { inputValue, signInAs, TEST_PASSWORD, type AdminClient } from '../helpers/admin-session.ts';
import { attr, findAll } from '../helpers/html.ts';

describeEachDatabase('page tree: one move operation with undo', (dialect) => {
  let site: TestSite;
  let homeId: string;
  let counter = 0;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    homeId = (await publishedPage(site, null, '', 'Accueil')).id;
  });
  afterAll(() => site.close());

  const page = (parentId: string | null, slug = `p-${++counter}`) => publishedPage(site, parentId, slug, `Page ${slug}`);
  const version = async (id: string) => (await site.content.service.getDocument(id)).version;
  const order = async (parentId: string) => (await site.content.reader.listChildren(parentId, 'fr', { fallback: 'show' })).map((c) => c.document.id);
  const get = (url: string) => site.app.inject({ url });
  const move = async (id: string, parentId: string | null, index: number) =>
    site.content.tree.moveTo({ id, expectedVersion: await version(id), parentId, index, actor: SYSTEM_ACTOR });
  const codeOf = (promise: Promise<unknown>) => promise.then(() => 'none', (error: { code?: string }) => error.code);

  it('reorders among siblings: the page takes the index asked, the others close up', async () => {
    const section = await page(homeId);
    const [a, b, c] = [await page(section.id), await page(section.id), await page(section.id)];
    const result = await move(c.id, section.id, 0);
    expect(result.index).toBe(0);
    expect(await order(section.id)).toEqual([c.id, a.id, b.id]);
    expect(result.undo).toMatchObject({ id: c.id, parentId: section.id, index: 2, version: await version(c.id) });
  });

  it('re-parents at a position in one operation: the old address redirects, one audit entry says from where to where', async () => {
    const from = await page(homeId, 'de-la');
    const to = await page(homeId, 'vers-ici');
    const [x, y] = [await page(to.id), await page(to.id)];
    const mover = await page(from.id, 'voyage');
    const child = await page(mover.id, 'bagage');
    const result = await move(mover.id, to.id, 1);
    expect(await order(to.id)).toEqual([x.id, mover.id, y.id]);
    expect(await order(from.id)).toEqual([]);
    expect((await get('/fr/vers-ici/voyage')).statusCode).toBe(200);
    const old = await get('/fr/de-la/voyage/bagage');
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/fr/vers-ici/voyage/bagage');
    expect(child.slug).toBe('bagage');
    const { entries } = await site.audit.list({ documentId: mover.id, action: 'document.moved' });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ fromParentId: from.id, fromPosition: 0, toParentId: to.id, toPosition: 1, version: result.document.version });
  });

  it('refuses to put a page under itself or one of its descendants, and moves nothing', async () => {
    const top = await page(homeId);
    const middle = await page(top.id);
    const bottom = await page(middle.id);
    for (const parentId of [top.id, middle.id, bottom.id]) expect(await codeOf(move(top.id, parentId, 0))).toBe(CONTENT_INVALID);
    expect((await site.content.service.getDocument(top.id)).parentId).toBe(homeId);
  });

  it('refuses a move from a stale version and leaves the tree as it was', async () => {
    const section = await page(homeId);
    const [a, b] = [await page(section.id), await page(section.id)];
    const stale = await version(b.id);
    await move(b.id, section.id, 0);
    const refused = site.content.tree.moveTo({ id: b.id, expectedVersion: stale, parentId: section.id, index: 1, actor: SYSTEM_ACTOR });
    expect(await codeOf(refused)).toBe(CONTENT_VERSION_CONFLICT);
    expect(await order(section.id)).toEqual([b.id, a.id]);
  });

  it('undoes the last move: back under its old parent at its old place, the address restored', async () => {
    const from = await page(homeId, 'origine');
    const to = await page(homeId, 'destination');
    const [first, mover, last] = [await page(from.id), await page(from.id, 'aller-retour'), await page(from.id)];
    const { undo } = await move(mover.id, to.id, 0);
    expect((await get('/fr/origine/aller-retour')).statusCode).toBe(301);
    const back = await site.content.tree.undoMove({ undo: undo!, actor: SYSTEM_ACTOR });
    expect(back.parentId).toBe(from.id);
    expect(await order(from.id)).toEqual([first.id, mover.id, last.id]);
    expect((await get('/fr/origine/aller-retour')).statusCode).toBe(200);
    expect((await get('/fr/destination/aller-retour')).headers.location).toBe('/fr/origine/aller-retour');
    const { entries } = await site.audit.list({ documentId: mover.id, action: 'document.moved' });
    expect(entries.map((e) => e.details)).toContainEqual(expect.objectContaining({ undo: true, toParentId: from.id, toPosition: 1 }));
  });

  it('refuses to undo a move once the page changed since, and says so', async () => {
    const section = await page(homeId);
    const [a, b] = [await page(section.id), await page(section.id)];
    const { undo } = await move(b.id, section.id, 0);
    await move(b.id, null, 99);
    expect(await codeOf(site.content.tree.undoMove({ undo: undo!, actor: SYSTEM_ACTOR }))).toBe(CONTENT_VERSION_CONFLICT);
    expect((await site.content.service.getDocument(b.id)).parentId).toBeNull();
    expect(await order(section.id)).toEqual([a.id]);
  });

  it('changes nothing, and offers no undo, for a move to where the page already is', async () => {
    const section = await page(homeId);
    const a = await page(section.id);
    const before = await version(a.id);
    const result = await move(a.id, section.id, 0);
    expect(result.undo).toBeUndefined();
    expect(await version(a.id)).toBe(before);
  });
});

describeEachDatabase('page tree: the move form, the undo button and the script’s JSON door', (dialect) => {
  let site: TestSite;
  let homeId: string;
  let editor: AdminClient;
  let translator: AdminClient;
  let json: (url: string, body: Record<string, unknown>) => Promise<{ statusCode: number; body: Record<string, unknown> }>;
  let counter = 0;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    homeId = (await publishedPage(site, null, '', 'Accueil')).id;
    editor = await signInAs(site, 'editor');
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    const { user, setPasswordToken } = await site.accounts.users.createUser({ email: 'json-editor@example.org', role: 'editor', locales: [], actor: SYSTEM });
    await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: TEST_PASSWORD });
    const { token, session } = await site.accounts.sessions.signIn({ email: user.email, password: TEST_PASSWORD, clientAddress: '10.99.0.1' });
    json = async (url, body) => {
      const response = await site.app.inject({ method: 'POST', url, headers: { cookie: `ensemble_session=${token}` }, payload: { _csrf: session.csrfToken, ...body } });
      return { statusCode: response.statusCode, body: response.headers['content-type']?.toString().includes('json') ? (response.json() as Record<string, unknown>) : {} };
    };
  });
  afterAll(() => site.close());

  const page = (parentId: string | null, slug = `q-${++counter}`) => publishedPage(site, parentId, slug, `Page ${slug}`);
  const version = async (id: string) => (await site.content.service.getDocument(id)).version;

  it('shows a compact tree: sections folded except the top and the path to the current page, a status per locale, no select boxes', async () => {
    const section = await page(homeId, 'rubrique-pliee');
    const child = await page(section.id, 'enfant-plie');
    const other = await page(homeId, 'autre-rubrique');
    await page(other.id);
    const body = (await editor.get(`/admin/tree?current=${child.id}`)).body;
    expect(body).not.toContain('<select');
    const doc = parse(body);
    const detailsOf = (id: string) => findAll(findAll(doc, 'li').find((li) => attr(li, 'id') === `node-${id}`)!, 'details')[0]!;
    expect(attr(detailsOf(homeId), 'open')).toBe('');
    expect(attr(detailsOf(section.id), 'open')).toBe('');
    expect(attr(detailsOf(other.id), 'open')).toBeUndefined();
    expect(body).toMatch(/FR<span class="visually-hidden"> \(fr\) Publié<\/span>/);
    expect(body).toMatch(/EN<span class="visually-hidden"> \(en\) manquante<\/span>/);
    expect(body).toContain(`href="/admin/tree/${child.id}/move"`);
  });

  it('moves without a script: the move form, a parent and a position, then an undo button that puts it back', async () => {
    const from = await page(homeId, 'form-depart');
    const to = await page(homeId, 'form-arrivee');
    const existing = await page(to.id);
    const mover = await page(from.id, 'form-voyage');
    const form = await editor.get(`/admin/tree/${mover.id}/move`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="parentId"');
    expect(form.body).not.toContain(`<option value="${mover.id}"`);
    const moved = await editor.post(`/admin/tree/${mover.id}/move`, { expectedVersion: String(await version(mover.id)), parentId: to.id, position: '1' });
    expect(moved.statusCode).toBe(303);
    const children = await site.content.reader.listChildren(to.id, 'fr', { fallback: 'show' });
    expect(children.map((c) => c.document.id)).toEqual([mover.id, existing.id]);
    const tree = await editor.get(String(moved.headers.location));
    expect(tree.body).toContain('action="/admin/tree/undo"');
    const fields = Object.fromEntries(['id', 'version', 'parentId', 'index'].map((name) => [name, inputValue(tree.body, name) ?? '']));
    expect(fields).toEqual({ id: mover.id, version: String(await version(mover.id)), parentId: from.id, index: '0' });
    const undone = await editor.post('/admin/tree/undo', fields);
    expect(undone.statusCode).toBe(303);
    expect((await site.content.service.getDocument(mover.id)).parentId).toBe(from.id);
    // The same undo again: the page changed since (the undo itself), so it is refused with a message.
    const again = await editor.post('/admin/tree/undo', fields);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('n’a pas été annulé');
  });

  it('answers the script in JSON: a move with its undo, a conflict, a move under a descendant', async () => {
    const section = await page(homeId);
    const [a, b] = [await page(section.id), await page(section.id)];
    const ok = await json('/admin/tree/moves', { id: b.id, expectedVersion: await version(b.id), parentId: section.id, index: 0 });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, parentId: section.id, index: 0, undo: { id: b.id, parentId: section.id, index: 1 } });
    const stale = await json('/admin/tree/moves', { id: b.id, expectedVersion: 1, parentId: section.id, index: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.body.ok).toBe(false);
    expect(String(stale.body.message)).toContain('modifiée entre-temps');
    const cycle = await json('/admin/tree/moves', { id: section.id, expectedVersion: await version(section.id), parentId: a.id, index: 0 });
    expect(cycle.statusCode).toBe(400);
    const undo = await json('/admin/tree/moves/undo', { undo: ok.body.undo });
    expect(undo.statusCode).toBe(200);
    expect((await site.content.reader.listChildren(section.id, 'fr', { fallback: 'show' })).map((c) => c.document.id)).toEqual([a.id, b.id]);
  });

  it('answers an unknown page with 404 and a position that is not a whole number from 1 with the tree and its message', async () => {
    const p = await page(homeId);
    expect((await editor.get('/admin/tree/nope/move')).statusCode).toBe(404);
    const before = await version(p.id);
    const bad = await editor.post(`/admin/tree/${p.id}/move`, { expectedVersion: String(before), parentId: homeId, position: 'deux' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choisissez « Monter », « Descendre » ou un nouvel emplacement.');
    expect(await version(p.id)).toBe(before);
  });

  it('keeps moves for those who may edit the structure: a translator gets neither the controls nor the door', async () => {
    const p = await page(homeId);
    const tree = await translator.get('/admin/tree');
    expect(tree.statusCode).toBe(200);
    expect(tree.body).not.toContain('/move"');
    expect(tree.body).not.toContain('admin-tree');
    const refused = await translator.post(`/admin/tree/${p.id}/move`, { expectedVersion: String(await version(p.id)), parentId: '', position: '1' });
    expect(refused.statusCode).toBe(403);
  });
});
