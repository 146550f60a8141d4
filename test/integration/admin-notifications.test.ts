import { afterAll, beforeAll, expect, it } from 'vitest';
import { userActor } from '../../src/modules/accounts/index.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** The in-app list (/admin/notifications), the unread count in the navigation, and the preferences form. */
describeEachDatabase('back-office notifications', (dialect) => {
  let site: TestSite;
  let translator: AdminClient;
  let reviewer: AdminClient;
  let documentId: string;
  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    translator = await signInAs(site, 'translator', { locales: ['en'], uiLocale: 'en' });
    reviewer = await signInAs(site, 'reviewer', { uiLocale: 'en' });
    const editor = await signInAs(site, 'editor');
    const editorUser = (await site.accounts.users.findUser(editor.userId))!;
    const translatorUser = (await site.accounts.users.findUser(translator.userId))!;
    const { document } = await site.content.service.createDocumentWithTranslation({ type: 'page', parentId: null, locale: 'fr', translation: { slug: 'charte', title: 'Charte' }, actor: userActor(editorUser) });
    documentId = document.id;
    await site.content.service.saveTranslation({ documentId, locale: 'en', expectedVersion: 0, translation: { slug: 'charter', title: 'Our <script>alert(1)</script> charter', sourceLocale: 'fr' }, actor: userActor(translatorUser) });
    await site.content.service.transition({ documentId, locale: 'en', action: 'submit', message: 'Ready & waiting', actor: userActor(translatorUser) });
  });
  afterAll(() => site.close());

  it('shows the unread count in the navigation and lists the notice with a link to the item, escaped', async () => {
    const home = await reviewer.get('/admin');
    expect(home.body).toMatch(/<a href="\/admin\/notifications">Notifications <span class="nav-count">1 unread<\/span><\/a>/);
    const page = await reviewer.get('/admin/notifications');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Review requested');
    expect(page.body).toContain(`<a href="/admin/documents/${documentId}">Our &lt;script>alert(1)&lt;/script> charter</a>`);
    expect(page.body).toContain('Ready &amp; waiting');
    expect(page.body).toContain('by translator');
    expect(page.body).not.toContain('<script>alert');
    // The translator who submitted is not told of their own step.
    expect((await translator.get('/admin/notifications')).body).toContain('Nothing yet.');
  });

  it('marks one notice read, refuses another person’s or none, and marks all read', async () => {
    const [notice] = (await site.notifications.list(reviewer.userId, { limit: 5, offset: 0 })).rows;
    expect((await translator.post('/admin/notifications/read', { id: notice!.id })).statusCode).toBe(404);
    expect((await reviewer.post('/admin/notifications/read', {})).statusCode).toBe(400);
    const read = await reviewer.post('/admin/notifications/read', { id: notice!.id });
    expect(read.statusCode).toBe(303);
    expect(read.headers.location).toBe('/admin/notifications?done=read');
    const after = await reviewer.get('/admin/notifications?done=read');
    expect(after.body).toContain('Notification marked as read.');
    expect(after.body).not.toContain('class="nav-count"');
    expect(after.body).toContain('1 notification, all read.');

    const translatorUser = (await site.accounts.users.findUser(translator.userId))!;
    const reviewerUser = (await site.accounts.users.findUser(reviewer.userId))!;
    await site.content.service.transition({ documentId, locale: 'en', action: 'request-changes', message: 'Shorter title', actor: userActor(reviewerUser) });
    await site.content.service.transition({ documentId, locale: 'en', action: 'submit', actor: userActor(translatorUser) });
    expect(await site.notifications.countUnread(reviewer.userId)).toBe(1);
    expect((await reviewer.post('/admin/notifications/read', { all: 'yes' })).headers.location).toBe('/admin/notifications?done=allRead');
    expect(await site.notifications.countUnread(reviewer.userId)).toBe(0);
    // The translator was told of the changes requested, with the comment.
    const told = await translator.get('/admin/notifications');
    expect(told.body).toContain('Changes requested');
    expect(told.body).toContain('Shorter title');
    expect(told.body).toContain(`href="/admin/documents/${documentId}/en"`);
  });

  it('saves each kind’s choice from the account page, refuses a value outside the choices, and offers only the kinds of the role', async () => {
    const account = await reviewer.get('/admin/account');
    expect(account.body).toContain('<h2 id="notifications">E-mail notifications</h2>');
    expect(account.body).toMatch(/<input type="radio" name="kind\.review-requested" value="immediate" checked\/?>/);
    // A reviewer submits nothing, so is never told that changes were requested.
    expect(account.body).not.toContain('name="kind.changes-requested"');
    expect((await translator.get('/admin/account')).body).not.toContain('name="kind.review-requested"');

    const saved = await reviewer.post('/admin/account/notifications', { 'kind.review-requested': 'digest', 'kind.story-submitted': 'off' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/admin/account?done=notifications#notifications');
    const again = await reviewer.get('/admin/account?done=notifications');
    expect(again.body).toContain('Your notification preferences are saved.');
    expect(again.body).toMatch(/<input type="radio" name="kind\.review-requested" value="digest" checked\/?>/);
    expect(again.body).toMatch(/<input type="radio" name="kind\.story-submitted" value="off" checked\/?>/);
    expect((await site.audit.list({ actorId: reviewer.userId, action: 'notifications.preferences-updated' })).entries[0]?.details).toEqual({ 'review-requested': 'digest', 'story-submitted': 'off' });

    const refused = await reviewer.post('/admin/account/notifications', { 'kind.review-requested': 'hourly', 'kind.story-submitted': 'immediate' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Nothing was saved');
    expect(await site.notifications.getPreferences(reviewer.userId)).toMatchObject({ 'review-requested': 'digest', 'story-submitted': 'off' });
  });
});
