import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR, markupToRichText } from '../../src/modules/content/index.ts';
import { fieldOf, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('back office: editing and workflow', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let editorEn: AdminClient;
  let translator: AdminClient;
  let reviewer: AdminClient;
  let homeId: string;
  let counter = 0;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
    editorEn = await signInAs(site, 'editor', { uiLocale: 'en' });
    translator = await signInAs(site, 'translator', { locales: ['en'] });
    reviewer = await signInAs(site, 'reviewer');
    const home = await site.content.service.createDocumentWithTranslation({ type: 'page', locale: 'fr', translation: { slug: '', title: 'Accueil' }, actor: SYSTEM_ACTOR });
    await site.content.service.publishTranslation({ documentId: home.document.id, locale: 'fr', actor: SYSTEM_ACTOR });
    homeId = home.document.id;
  });
  afterAll(() => site.close());

  /** A page under the home page with a published French source, as the demo or an editor would leave it. */
  async function publishedPage(text: string) {
    counter++;
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'page',
      parentId: homeId,
      locale: 'fr',
      translation: { slug: `page-${counter}`, title: `Page ${counter}`, body: markupToRichText(text) },
      actor: SYSTEM_ACTOR,
    });
    await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor: SYSTEM_ACTOR });
    return { id: document.id, slug: `page-${counter}` };
  }

  const version = async (id: string, locale: 'fr' | 'en') => (await site.content.service.findTranslation(id, locale))?.version ?? 0;

  it('keeps an editor’s change to a published page off the public site until a reviewer publishes it', async () => {
    const page = await publishedPage('Texte d’origine.');
    expect((await site.app.inject({ url: `/fr/${page.slug}` })).body).toContain('Texte d’origine.');
    const form = await editor.get(`/admin/documents/${page.id}/fr`);
    expect(form.statusCode).toBe(200);
    expect(fieldOf(form.body, 'body').value).toBe('Texte d’origine.');
    const saved = await editor.post(`/admin/documents/${page.id}/fr`, {
      expectedVersion: String(await version(page.id, 'fr')),
      slug: page.slug,
      title: 'Titre révisé',
      summary: '',
      body: '## Nouveau\n\nTexte **révisé**.',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/admin/documents/${page.id}/fr?done=pending`);
    const before = await site.app.inject({ url: `/fr/${page.slug}` });
    expect(before.body).toContain('Texte d’origine.');
    expect(before.body).not.toContain('Titre révisé');
    const form2 = await editor.get(`/admin/documents/${page.id}/fr`);
    expect(textOf(parse(form2.body))).toContain('Publié · modifications en attente');
    expect(fieldOf(form2.body, 'title').value).toBe('Titre révisé');
    expect((await editor.post(`/admin/documents/${page.id}/fr/publish`, { expectedVersion: String(await version(page.id, 'fr')) })).statusCode).toBe(403);
    expect((await site.app.inject({ url: `/fr/${page.slug}` })).body).toContain('Texte d’origine.');
    const published = await reviewer.post(`/admin/documents/${page.id}/fr/publish`, { expectedVersion: String(await version(page.id, 'fr')) });
    expect(published.statusCode).toBe(303);
    const publicPage = await site.app.inject({ url: `/fr/${page.slug}` });
    expect(publicPage.body).toContain('Titre révisé');
    expect(publicPage.body).toContain('<strong>révisé</strong>');
    expect(publicPage.body).not.toContain('Texte d’origine.');
  });

  it('queues submitted changes for reviewers, oldest first, and shows the author the changes a reviewer asked for', async () => {
    const page = await publishedPage('Bonjour.');
    await translator.post(`/admin/documents/${page.id}/en`, { expectedVersion: '0', slug: `en-${page.slug}`, title: 'Hello page', body: 'Hello.' });
    await reviewer.post(`/admin/documents/${page.id}/en/publish`, { expectedVersion: String(await version(page.id, 'en')) });
    const saved = await translator.post(`/admin/documents/${page.id}/en`, { expectedVersion: String(await version(page.id, 'en')), slug: `en-${page.slug}`, title: 'Hello again', body: 'Hello again.' });
    expect(saved.headers.location).toContain('done=pending');
    const submitted = await translator.post(`/admin/documents/${page.id}/en/submit`, { expectedVersion: String(await version(page.id, 'en')), message: 'Shorter greeting' });
    expect(submitted.statusCode).toBe(303);

    const dashboard = parse((await reviewer.get('/admin')).body);
    const queue = findAll(dashboard, 'section').find((s) => findAll(s, 'h2').some((h) => attr(h, 'id') === 'review-queue'))!;
    const entry = findAll(queue, 'a').find((a) => attr(a, 'href') === `/admin/documents/${page.id}/en`);
    expect(entry && textOf(entry)).toBe('Hello again');
    expect(textOf(queue)).toContain('modifications d’une page publiée');
    expect(textOf(parse((await editor.get('/admin')).body))).not.toContain('En attente de relecture');

    const noComment = await reviewer.post(`/admin/documents/${page.id}/en/request-changes`, { expectedVersion: String(await version(page.id, 'en')), message: ' ' });
    expect(noComment.statusCode).toBe(422);
    const sentBack = await reviewer.post(`/admin/documents/${page.id}/en/request-changes`, { expectedVersion: String(await version(page.id, 'en')), message: 'Keep “Hello page” as the title.' });
    expect(sentBack.statusCode).toBe(303);
    const form = textOf(parse((await translator.get(`/admin/documents/${page.id}/en`)).body));
    expect(form).toContain('Keep “Hello page” as the title.');
    expect(form).toContain('Publié · modifications en attente');
    expect((await site.app.inject({ url: `/en/en-${page.slug}` })).body).toContain('Hello.');

    const discarded = await translator.post(`/admin/documents/${page.id}/en/discard`, { expectedVersion: String(await version(page.id, 'en')), back: 'edit' });
    expect(discarded.statusCode).toBe(303);
    expect(fieldOf((await translator.get(`/admin/documents/${page.id}/en`)).body, 'title').value).toBe('Hello page');
    const history = textOf(parse((await reviewer.get(`/admin/documents/${page.id}`)).body));
    expect(history).toContain('Shorter greeting');
  });

  it('takes a translation from draft through review to publication, recording who and when', async () => {
    const page = await publishedPage('Bonjour.');
    const created = await translator.post(`/admin/documents/${page.id}/en`, { expectedVersion: '0', slug: `en-${page.slug}`, title: 'Hello page', body: 'Hello there.' });
    expect(created.statusCode).toBe(303);
    expect((await site.app.inject({ url: `/en/en-${page.slug}` })).body).not.toContain('Hello there.');
    const submitted = await translator.post(`/admin/documents/${page.id}/en/submit`, { expectedVersion: String(await version(page.id, 'en')) });
    expect(submitted.statusCode).toBe(303);
    expect((await site.content.service.findTranslation(page.id, 'en'))?.status).toBe('in_review');
    const published = await reviewer.post(`/admin/documents/${page.id}/en/publish`, { expectedVersion: String(await version(page.id, 'en')) });
    expect(published.statusCode).toBe(303);
    expect(published.headers.location).toBe(`/admin/documents/${page.id}?done=publish`);
    expect((await site.app.inject({ url: `/en/en-${page.slug}` })).body).toContain('Hello there.');

    const { entries } = await site.audit.list({ documentId: page.id });
    expect(entries.filter((e) => e.locale === 'en').map((e) => [e.action, e.locale, e.actorId])).toEqual([
      ['translation.published', 'en', reviewer.userId],
      ['translation.submitted', 'en', translator.userId],
      ['translation.saved', 'en', translator.userId],
    ]);
    const overview = parse((await reviewer.get(`/admin/documents/${page.id}`)).body);
    const enRow = findAll(overview, 'tr').find((tr) => textOf(tr).startsWith('English'))!;
    expect(textOf(enRow)).toMatch(/Publié.*Publication par reviewer \d+/);
    expect(findAll(enRow, 'time').length).toBe(1);
    // The reviewer may publish but not edit text: no edit link, and the next steps are offered.
    expect(findAll(enRow, 'a')).toEqual([]);
    expect(findAll(enRow, 'button').map(textOf)).toEqual(['Repasser en brouillon (EN)', 'Archiver (EN)']);
  });

  it('lets a translator edit their assigned locale, but neither the source nor another locale', async () => {
    const page = await publishedPage('Source.');
    expect((await translator.get(`/admin/documents/${page.id}/en`)).statusCode).toBe(200);
    for (const locale of ['fr', 'es']) {
      expect((await translator.get(`/admin/documents/${page.id}/${locale}`)).statusCode, locale).toBe(403);
      const post = await translator.post(`/admin/documents/${page.id}/${locale}`, { expectedVersion: locale === 'fr' ? '2' : '0', slug: 'x', title: 'Pirate' });
      expect(post.statusCode, locale).toBe(403);
    }
    expect((await site.content.service.findTranslation(page.id, 'fr'))?.title).toBe(`Page ${counter}`);
    expect(await site.content.service.findTranslation(page.id, 'es')).toBeUndefined();
    expect((await translator.post(`/admin/documents/${page.id}/fr/archive`, { expectedVersion: '2' })).statusCode).toBe(403);
    const overview = parse((await translator.get(`/admin/documents/${page.id}`)).body);
    const editLinks = findAll(overview, 'a').map((a) => attr(a, 'href')).filter((h) => h?.startsWith(`/admin/documents/${page.id}/`));
    expect(editLinks).toEqual([`/admin/documents/${page.id}/en`]);
  });

  it('shows each validation error beside its field in the editor’s language and keeps what was typed', async () => {
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'campaign',
      fields: { date: '2026-12-18' },
      locale: 'fr',
      translation: { slug: 'campagne', title: 'Campagne', fields: { hashtag: '#Ensemble' } },
      actor: SYSTEM_ACTOR,
    });
    const form = { expectedVersion: '1', slug: 'Pas Bon', title: 'Titre gardé', summary: 'Résumé gardé', body: 'Un [lien](javascript:alert(1)) piégé.', 'fields.hashtag': '' };
    const fr = await editor.post(`/admin/documents/${document.id}/fr`, form);
    expect(fr.statusCode).toBe(400);
    expect(fieldOf(fr.body, 'slug')).toMatchObject({ value: 'Pas Bon', error: expect.stringContaining('lettres minuscules') });
    expect(fieldOf(fr.body, 'title')).toMatchObject({ value: 'Titre gardé', error: undefined });
    expect(fieldOf(fr.body, 'summary').value).toBe('Résumé gardé');
    expect(fieldOf(fr.body, 'body')).toMatchObject({ value: 'Un [lien](javascript:alert(1)) piégé.', error: expect.stringMatching(/^Bloc 1 : les liens/) });
    expect(fieldOf(fr.body, 'fields.hashtag').error).toBe('Ce champ est obligatoire.');
    const en = await editorEn.post(`/admin/documents/${document.id}/fr`, form);
    expect(en.statusCode).toBe(400);
    expect(fieldOf(en.body, 'slug').error).toBe('Use lowercase letters a–z, digits and single hyphens.');
    expect(fieldOf(en.body, 'fields.hashtag').error).toBe('This field is required.');
    expect((await site.content.service.findTranslation(document.id, 'fr'))?.version).toBe(1);

    const shared = await editor.post(`/admin/documents/${document.id}`, { expectedVersion: '1', 'shared.date': 'le 18 décembre' });
    expect(shared.statusCode).toBe(400);
    expect(fieldOf(shared.body, 'shared.date')).toMatchObject({ value: 'le 18 décembre', error: 'Saisissez une date au format AAAA-MM-JJ.' });
    const fixed = await editor.post(`/admin/documents/${document.id}`, { expectedVersion: '1', 'shared.date': '2026-12-19' });
    expect(fixed.statusCode).toBe(303);
    expect((await site.content.service.getDocument(document.id)).fields).toEqual({ date: '2026-12-19' });
  });

  it('refuses a workflow step shown on a stale version or not allowed from the current status', async () => {
    const page = await publishedPage('Étapes.');
    const stale = await reviewer.post(`/admin/documents/${page.id}/fr/archive`, { expectedVersion: '1' });
    expect(stale.statusCode).toBe(409);
    expect((await site.content.service.findTranslation(page.id, 'fr'))?.status).toBe('published');
    expect((await reviewer.post(`/admin/documents/${page.id}/fr/publish`, { expectedVersion: '2' })).statusCode).toBe(409);
    expect((await editor.post(`/admin/documents/${page.id}/fr/submit`, { expectedVersion: '2' })).statusCode).toBe(409);
    expect((await reviewer.post(`/admin/documents/${page.id}/fr/unpublish`, { expectedVersion: '2' })).statusCode).toBe(303);
    expect((await site.app.inject({ url: `/fr/${page.slug}` })).statusCode).toBe(404);
  });

  it('creates a document and its first translation from the generated form, or shows every problem at once', async () => {
    const before = await site.content.service.countDocuments();
    const bad = await editor.post('/admin/documents/new', { type: 'statement', 'shared.kind': 'poème', locale: 'fr', slug: 'Mauvais', title: 'Gardé' });
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad.body, 'shared.kind').error).toBe('Choisissez une valeur dans la liste.');
    expect(fieldOf(bad.body, 'shared.deliveredAt').error).toBe('Ce champ est obligatoire.');
    expect(fieldOf(bad.body, 'slug').error).toContain('lettres minuscules');
    expect(fieldOf(bad.body, 'title').value).toBe('Gardé');
    expect(await site.content.service.countDocuments()).toBe(before);

    const good = await editor.post('/admin/documents/new', {
      type: 'statement',
      'shared.kind': 'news',
      'shared.deliveredAt': '2026-11-20',
      locale: 'fr',
      slug: 'communique-cree',
      title: 'Communiqué créé',
      body: 'Premier paragraphe.',
    });
    expect(good.statusCode).toBe(303);
    const id = /^\/admin\/documents\/([^/?]+)\?done=created$/.exec(String(good.headers.location))![1]!;
    expect((await site.content.service.findTranslation(id, 'fr'))).toMatchObject({ title: 'Communiqué créé', status: 'draft', sourceLocale: null });
    const overview = await editor.get(String(good.headers.location));
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('Créé. Il reste en brouillon');
  });

  it('answers 404 for an unknown document or locale', async () => {
    expect((await editor.get('/admin/documents/no-such-document')).statusCode).toBe(404);
    const page = await publishedPage('Quatre cent quatre.');
    expect((await editor.get(`/admin/documents/${page.id}/de`)).statusCode).toBe(404);
    expect((await reviewer.post(`/admin/documents/${page.id}/es/publish`, { expectedVersion: '1' })).statusCode).toBe(404);
  });
});
