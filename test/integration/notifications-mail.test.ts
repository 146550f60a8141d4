import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { SYSTEM, userActor, type User } from '../../src/modules/accounts/index.ts';
import { createLogMailer, createSmtpMailer, type Mailer } from '../../src/modules/notifications/index.ts';
import { manualClock } from '../../src/platform/clock.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';

const FROM = 'Ensemble <noreply@ensemble.test>';
// 06:00 UTC: the day's digest (07:00 UTC) is an hour ahead.
const START = '2026-12-03T06:00:00.000Z';

describeEachDatabase('notification mail through a real SMTP server', (dialect) => {
  let sink: SmtpSink;
  let site: TestSite | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());
  afterEach(async () => {
    await site?.close();
    site = undefined;
    sink.received.length = 0;
  });

  /** A site whose mail goes to `mailer`, with a clock the test moves, and its people. */
  async function setUp(mailer: Mailer) {
    const clock = manualClock(START);
    site = await buildTestSite(dialect, { demo: false, clock, notifications: { mailer, config: { adminOrigin: TEST_PUBLIC_URL, digestHourUtc: 7 } } });
    const s = site;
    const editor = await signInAs(s, 'editor', { uiLocale: 'en' });
    const author = await signInAs(s, 'translator', { locales: ['es'], uiLocale: 'es' });
    const reviewer = await signInAs(s, 'reviewer', { uiLocale: 'fr' });
    const user = async (client: AdminClient): Promise<User> => (await s.accounts.users.findUser(client.userId))!;
    const [editorUser, authorUser, reviewerUser] = await Promise.all([user(editor), user(author), user(reviewer)]);
    const { document } = await s.content.service.createDocumentWithTranslation({
      type: 'page',
      parentId: null,
      locale: 'fr',
      translation: { slug: 'qui-sommes-nous', title: 'Qui sommes-nous' },
      actor: userActor(editorUser),
    });
    const saved = await s.content.service.saveTranslation({ documentId: document.id, locale: 'es', expectedVersion: 0, translation: { slug: 'quienes-somos', title: 'Quiénes somos', sourceLocale: 'fr' }, actor: userActor(authorUser) });
    return { site: s, clock, editor, author, reviewer, editorUser, authorUser, reviewerUser, documentId: document.id, esVersion: saved.version };
  }

  it('mails the reviewers of the locale on submit, the author on changes requested (with the comment and the link) and on publish', async () => {
    const { site, documentId, authorUser, reviewerUser, editorUser } = await setUp(createSmtpMailer({ url: sink.url, from: FROM }));
    const step = (action: 'submit' | 'request-changes' | 'publish', actor: User, message?: string) =>
      site.content.service.transition({ documentId, locale: 'es', action, actor: userActor(actor), ...(message ? { message } : {}) });

    await step('submit', authorUser, 'Primera versión');
    await site.notifications.runDue();
    const [review, ...others] = sink.received;
    expect(others).toEqual([]);
    expect(review!.envelopeTo).toEqual([reviewerUser.email]);
    const mail = review!.parsed;
    // In the reviewer's back-office language (French), from the configured sender.
    expect(mail.subject).toBe('Relecture demandée : Quiénes somos (espagnol)');
    expect(mail.from?.value).toEqual([{ name: 'Ensemble', address: 'noreply@ensemble.test' }]);
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(`List-Unsubscribe: <${TEST_PUBLIC_URL}/admin/account#notifications>`);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.text).toContain('a soumis la traduction en espagnol de « Quiénes somos » à relecture.');
    expect(mail.text).toContain('Primera versión');
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/admin/documents/${documentId}`);
    expect(mail.html).toContain(`<a href="${TEST_PUBLIC_URL}/admin/documents/${documentId}">`);
    expect(sink.to(editorUser.email)).toEqual([]);

    const comment = 'Le titre doit suivre <la charte> & le glossaire.\nMerci !';
    await step('request-changes', reviewerUser, comment);
    await site.notifications.runDue();
    const [changes] = sink.to(authorUser.email);
    expect(changes).toBeDefined();
    const back = changes!.parsed;
    expect(back.subject).toBe('Cambios solicitados: Quiénes somos (español)');
    expect(back.text).toContain(comment);
    expect(back.text).toContain(`${TEST_PUBLIC_URL}/admin/documents/${documentId}/es`);
    // The comment is text in the HTML part: escaped, never markup.
    expect(back.html).toContain('Le titre doit suivre &lt;la charte&gt; &amp; le glossaire.<br>Merci !');
    expect(back.html).not.toContain('<la charte>');
    expect(back.html).toContain(`<a href="${TEST_PUBLIC_URL}/admin/documents/${documentId}/es">`);
    expect(back.html).toMatch(/<html lang="es" dir="ltr">/);

    await step('submit', authorUser);
    await step('publish', reviewerUser);
    await site.notifications.runDue();
    const published = sink.to(authorUser.email).map((m) => m.parsed.subject);
    expect(published).toEqual(['Cambios solicitados: Quiénes somos (español)', 'Publicado: Quiénes somos (español)']);
    // Nobody is told of their own action: the reviewer who published got only the two review requests.
    expect(sink.to(reviewerUser.email).map((m) => m.parsed.subject)).toEqual(['Relecture demandée : Quiénes somos (espagnol)', 'Relecture demandée : Quiénes somos (espagnol)']);
  });

  it('respects each person’s choice: in-app only sends nothing, the digest groups the day into one mail at its hour', async () => {
    const { site, clock, documentId, authorUser, reviewerUser, editorUser } = await setUp(createSmtpMailer({ url: sink.url, from: FROM }));
    await site.notifications.setPreferences({ actor: userActor(authorUser), preferences: { 'changes-requested': 'off' } });
    await site.notifications.setPreferences({ actor: userActor(reviewerUser), preferences: { 'review-requested': 'digest' } });
    const second = await site.content.service.createDocumentWithTranslation({ type: 'page', parentId: null, locale: 'fr', translation: { slug: 'actualites', title: 'Actualités' }, actor: userActor(editorUser) });

    await site.content.service.transition({ documentId, locale: 'es', action: 'submit', actor: userActor(authorUser) });
    await site.content.service.transition({ documentId: second.document.id, locale: 'fr', action: 'submit', actor: userActor(editorUser) });
    await site.content.service.transition({ documentId, locale: 'es', action: 'request-changes', message: 'Revoir le titre', actor: userActor(reviewerUser) });
    await site.notifications.runDue();
    expect(sink.received).toEqual([]);
    // Every notice is in the list whatever the mail choice.
    expect((await site.notifications.list(authorUser.id, { limit: 10, offset: 0 })).rows.map((n) => [n.kind, n.mailState])).toEqual([['changes-requested', 'none']]);
    expect((await site.notifications.list(reviewerUser.id, { limit: 10, offset: 0 })).unread).toBe(2);

    clock.advance(61 * 60_000);
    await site.notifications.runDue();
    expect(sink.received).toHaveLength(1);
    const digest = sink.received[0]!;
    expect(digest.envelopeTo).toEqual([reviewerUser.email]);
    expect(digest.parsed.subject).toBe('2 notifications d’Ensemble');
    expect(digest.parsed.text).toContain('« Quiénes somos »');
    expect(digest.parsed.text).toContain('« Actualités »');
    expect(digest.parsed.html).toContain(`<a href="${TEST_PUBLIC_URL}/admin/documents/${documentId}">`);
    expect(digest.parsed.html).toContain(`<a href="${TEST_PUBLIC_URL}/admin/documents/${second.document.id}">`);
    await site.notifications.runDue();
    expect(sink.received).toHaveLength(1);
  });

  it('keeps the step when the SMTP server is down, and sends the mail on a later try', async () => {
    const down = await startSmtpSink();
    await down.close();
    const mailers = { down: createSmtpMailer({ url: down.url, from: FROM }), up: createSmtpMailer({ url: sink.url, from: FROM }) };
    let server: keyof typeof mailers = 'down';
    const switching: Mailer = { kind: 'smtp', sendMail: (message) => mailers[server].sendMail(message), close: async () => void (await Promise.all([mailers.down.close!(), mailers.up.close!()])) };
    const { site, clock, documentId, authorUser, reviewerUser } = await setUp(switching);

    const submitted = await site.content.service.transition({ documentId, locale: 'es', action: 'submit', actor: userActor(authorUser) });
    expect(submitted.status).toBe('in_review');
    // The commit woke the dispatcher already; this waits for that try (and makes another, with nothing due).
    await site.notifications.runDue();
    const [waiting] = (await site.notifications.list(reviewerUser.id, { limit: 10, offset: 0 })).rows;
    expect(waiting).toMatchObject({ kind: 'review-requested', mailState: 'pending', attempts: 1 });
    expect(waiting!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(Date.parse(waiting!.nextAttemptAt!)).toBeGreaterThan(clock.now().getTime());
    // Not before its time.
    server = 'up';
    expect(await site.notifications.runDue()).toEqual({ sent: 0, failed: 0 });
    clock.advance(60_000);
    expect(await site.notifications.runDue()).toEqual({ sent: 1, failed: 0 });
    expect(sink.to(reviewerUser.email)).toHaveLength(1);
    const [sent] = (await site.notifications.list(reviewerUser.id, { limit: 10, offset: 0 })).rows;
    expect(sent).toMatchObject({ mailState: 'sent', attempts: 1 });
  });

  it('without SMTP writes the mail to the log, and the in-app list still fills', async () => {
    const logged: { to: string; subject: string; text: string }[] = [];
    const { site, documentId, authorUser, reviewer, reviewerUser } = await setUp(createLogMailer((entry) => logged.push(entry)));
    await site.content.service.transition({ documentId, locale: 'es', action: 'submit', actor: userActor(authorUser) });
    await site.notifications.runDue();
    expect(logged).toEqual([expect.objectContaining({ to: reviewerUser.email, subject: 'Relecture demandée : Quiénes somos (espagnol)' })]);
    expect(logged[0]!.text).toContain(`${TEST_PUBLIC_URL}/admin/documents/${documentId}`);
    const page = await reviewer.get('/admin/notifications');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Quiénes somos');
    expect(page.body).toContain(`href="/admin/documents/${documentId}"`);
  });

  it('tells moderators of a story from the public form, and whoever scheduled a change that failed', async () => {
    const { site, clock, documentId, editorUser, reviewerUser, authorUser } = await setUp(createSmtpMailer({ url: sink.url, from: FROM }));
    await site.submissions.submit({ locale: 'fr', form: { displayName: 'Amal', originCountry: 'SY', residenceCountry: 'FR', story: 'Mon histoire, assez longue pour être acceptée par le formulaire.', storyLanguage: 'fr', consent: 'yes' } });
    await site.notifications.runDue();
    expect(sink.to(editorUser.email).map((m) => m.parsed.subject)).toEqual(['New story submitted (French)']);
    // Nothing the sender typed leaves in a mail, which no erasure could reach.
    expect(sink.received.some((m) => `${m.parsed.subject} ${m.parsed.text} ${String(m.parsed.html)}`.includes('Amal'))).toBe(false);
    expect(sink.to(reviewerUser.email).map((m) => m.parsed.subject)).toEqual(['Nouveau récit reçu (français)']);
    expect(sink.to(reviewerUser.email)[0]!.parsed.html).toContain(`<a href="${TEST_PUBLIC_URL}/admin/submissions/`);
    expect(sink.to(authorUser.email)).toEqual([]);

    await site.workflow.schedule.scheduleChange({ documentId, locale: 'es', action: 'publish', date: '2026-12-03', time: '09:00', timeZone: 'UTC', actor: userActor(reviewerUser) });
    await site.content.service.transition({ documentId, locale: 'es', action: 'archive', actor: SYSTEM });
    clock.advance(3 * 60 * 60_000);
    const run = await site.workflow.createRunner().runDue();
    expect(run.failed).toHaveLength(1);
    await site.notifications.runDue();
    const failed = sink.to(reviewerUser.email).at(-1)!.parsed;
    expect(failed.subject).toBe('Échec d’une publication programmée : Quiénes somos (espagnol)');
    expect(failed.text).toContain('WORKFLOW_TRANSITION_NOT_ALLOWED: Cannot publish a translation that is archived');
    expect(failed.html).toContain(`<a href="${TEST_PUBLIC_URL}/admin/documents/${documentId}/es/schedule">`);
  });
  it('tells whoever last saved a translation published without review, not the reviewer who published it', async () => {
    const { site, documentId, authorUser, reviewerUser } = await setUp(createSmtpMailer({ url: sink.url, from: FROM }));
    await site.content.service.transition({ documentId, locale: 'es', action: 'publish', actor: userActor(reviewerUser) });
    await site.notifications.runDue();
    expect(sink.received.map((m) => [m.envelopeTo[0], m.parsed.subject])).toEqual([[authorUser.email, 'Publicado: Quiénes somos (español)']]);
  });
});
