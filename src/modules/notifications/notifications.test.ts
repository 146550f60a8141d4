import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { withUnitOfWork } from '../../platform/db/transaction.ts';
import { isAppError } from '../../platform/errors.ts';
import { SYSTEM, type User } from '../accounts/index.ts';
import { createAuditModule } from '../audit/index.ts';
import { composeDigest, composeMail, createNotificationsModule, MAX_ATTEMPTS, retryDelayMs, type Mailer, type MailMessage, type Notification } from './index.ts';

const ORIGIN = 'https://ensemble.test';

function person(id: string, overrides: Partial<User> = {}): User {
  return { id, email: `${id}@example.org`, displayName: `Person ${id}`, role: 'reviewer', locales: [], uiLocale: 'en', hasPassword: true, createdAt: '2026-01-01T00:00:00.000Z', disabledAt: null, timeZone: null, ...overrides };
}

function notice(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'n1',
    userId: 'u1',
    kind: 'changes-requested',
    documentId: 'd1',
    locale: 'ar',
    subject: 'Title <b>bold</b> & "quoted"',
    message: 'Line one <img src=x onerror=alert(1)>\nline two',
    actorName: 'Reviewer <script>',
    path: '/admin/documents/d1/ar',
    createdAt: '2026-12-03T06:00:00.000Z',
    readAt: null,
    mailState: 'pending',
    attempts: 0,
    nextAttemptAt: null,
    sentAt: null,
    lastError: null,
    ...overrides,
  };
}

describe('mail composition', () => {
  it('writes both parts in the recipient’s language, escapes every value in HTML, and links back absolutely', () => {
    for (const [uiLocale, subject] of [
      ['fr', 'Modifications demandées : Title <b>bold</b> & "quoted" (arabe)'],
      ['en', 'Changes requested: Title <b>bold</b> & "quoted" (Arabic)'],
      ['es', 'Cambios solicitados: Title <b>bold</b> & "quoted" (árabe)'],
      ['ar', 'طلب تعديلات: Title <b>bold</b> & "quoted" (العربية)'],
    ] as const) {
      const mail = composeMail(notice(), person('u1', { uiLocale }), ORIGIN);
      expect(mail.subject).toBe(subject);
      expect(mail.text).toContain('Line one <img src=x onerror=alert(1)>\nline two');
      expect(mail.text).toContain(`${ORIGIN}/admin/documents/d1/ar`);
      expect(mail.html).toContain('Title &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
      expect(mail.html).toContain('Reviewer &lt;script&gt;');
      expect(mail.html).toContain('Line one &lt;img src=x onerror=alert(1)&gt;<br>line two');
      expect(mail.html).not.toMatch(/<(b|img|script)[\s>]/);
      expect(mail.html).toContain(`<a href="${ORIGIN}/admin/documents/d1/ar">`);
      expect(mail.html).toContain(`<html lang="${uiLocale}" dir="${uiLocale === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(mail.headers).toMatchObject({ 'List-Unsubscribe': `<${ORIGIN}/admin/account#notifications>`, 'Auto-Submitted': 'auto-generated' });
    }
  });

  it('counts a digest’s notices with the language’s plural rules', () => {
    const two = [notice({ id: 'a' }), notice({ id: 'b', kind: 'published', message: '' })];
    expect(composeDigest(two, person('u1', { uiLocale: 'ar' }), ORIGIN).subject).toBe('إشعاران من Ensemble');
    expect(composeDigest(two.slice(0, 1), person('u1', { uiLocale: 'en' }), ORIGIN).subject).toBe('1 notification from Ensemble');
  });

  it('backs off 1 min, 2, 4… up to 12 hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(12 * 60 * 60_000);
  });
});

describeEachDatabase('notifications outbox', (dialect) => {
  let database: Database;
  const clock = manualClock('2026-12-03T06:00:00.000Z');
  let people: User[];
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    people = [person('author', { role: 'translator', locales: ['es'] }), person('r1'), person('r2'), person('editor', { role: 'editor' })];
  });
  afterEach(() => database.close());

  function build(mailer: Mailer) {
    return createNotificationsModule({
      db: database.db,
      clock,
      audit: createAuditModule({ db: database.db, clock }),
      listUsers: async () => people,
      mailer,
      config: { adminOrigin: ORIGIN, digestHourUtc: 7 },
    });
  }

  const inbox = (sent: MailMessage[]): Mailer => ({ kind: 'memory', sendMail: async (m) => void sent.push(m) });
  const review = (module: ReturnType<typeof build>) =>
    withUnitOfWork(database.db, undefined, (unit) =>
      module.notify({ kind: 'review-requested', actor: { kind: 'user', id: 'author', role: 'translator', locales: ['es'] }, documentId: 'd1', locale: 'es', subject: 'Título', path: '/admin/documents/d1', to: { permission: 'content.publish', locale: 'es' } }, unit),
    );

  it('writes nothing when the step’s transaction rolls back', async () => {
    const sent: MailMessage[] = [];
    const module = build(inbox(sent));
    await expect(
      withUnitOfWork(database.db, undefined, async (unit) => {
        await module.notify({ kind: 'story-submitted', actor: SYSTEM, subject: 'Amal', path: '/admin/submissions/s1', to: { permission: 'submissions.moderate' } }, unit);
        throw new Error('the step failed');
      }),
    ).rejects.toThrow('the step failed');
    await module.runDue();
    expect(sent).toEqual([]);
    expect((await module.list('r1', { limit: 10, offset: 0 })).total).toBe(0);
  });

  it('sends each mail once when two instances dispatch at the same time', async () => {
    const first: MailMessage[] = [];
    const second: MailMessage[] = [];
    const a = build(inbox(first));
    const b = build(inbox(second));
    // r1 and r2 may publish Spanish; the author, who acts, is not told; the editor may not publish.
    expect((await review(a)).map((n) => n.userId).sort()).toEqual(['r1', 'r2']);
    await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
    expect([...first, ...second].map((m) => m.to).sort()).toEqual(['r1@example.org', 'r2@example.org']);
  });

  it('gives a mail up after the last try, keeping the notice in the list', async () => {
    const module = build({ kind: 'smtp', sendMail: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:25')) });
    people = people.filter((p) => p.id !== 'r2');
    await review(module);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await module.runDue();
      clock.advance(retryDelayMs(attempt));
    }
    const [row] = (await module.list('r1', { limit: 10, offset: 0 })).rows;
    expect(row).toMatchObject({ mailState: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null, lastError: 'connect ECONNREFUSED 127.0.0.1:25', readAt: null });
    expect(await module.runDue()).toEqual({ sent: 0, failed: 0 });
  });

  it('sends nothing to an account disabled before its mail went out', async () => {
    const sent: MailMessage[] = [];
    const module = build(inbox(sent));
    await withUnitOfWork(database.db, undefined, (unit) =>
      module.notify({ kind: 'published', actor: SYSTEM, documentId: 'd1', locale: 'es', subject: 'Título', path: '/admin/documents/d1/es', to: { userIds: ['author'] } }, unit),
    );
    people = people.map((p) => (p.id === 'author' ? { ...p, disabledAt: clock.now().toISOString() } : p));
    await module.runDue();
    expect(sent).toEqual([]);
    expect((await module.list('author', { limit: 10, offset: 0 })).rows[0]?.mailState).toBe('none');
  });

  it('refuses an unknown kind or delivery whole, and preferences from a token', async () => {
    const module = build(inbox([]));
    const actor = { kind: 'user', id: 'r1', role: 'reviewer', locales: [] } as const;
    const refused = await module.setPreferences({ actor, preferences: { 'review-requested': 'digest', 'weekly-news': 'off', published: 'sometimes' } }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('NOTIFICATIONS_INVALID');
    expect(isAppError(refused) && refused.details.map((d) => d.path)).toEqual(['weekly-news', 'published']);
    expect((await module.getPreferences('r1'))['review-requested']).toBe('immediate');
    const token = { kind: 'token', id: 'token:t1', tokenId: 't1', scopes: ['read', 'write', 'publish'], locales: null } as const;
    await expect(module.setPreferences({ actor: token, preferences: {} })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await expect(module.markRead({ actor, id: 'no-such-notice' })).rejects.toMatchObject({ code: 'NOTIFICATIONS_NOT_FOUND' });
  });
});
