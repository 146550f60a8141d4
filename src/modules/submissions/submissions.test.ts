import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userActor } from '../accounts/index.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createAuditModule } from '../audit/index.ts';
import { createContentModule } from '../content/index.ts';
import { checkSubmissionForm, createSubmissionsModule, storyToRichText, SUBMISSIONS_NOT_PENDING, type SubmissionsModule } from './index.ts';
import { createRateLimiter } from './rate-limiter.ts';

const MODERATOR = userActor({ id: 'mod', role: 'reviewer', locales: [] });

const FORM = { displayName: 'Amal', originCountry: 'SY', residenceCountry: 'FR', story: 'Une histoire.', storyLanguage: 'fr', consent: 'yes' };

describe('checkSubmissionForm', () => {
  it('cleans names and stories: control and bidi-override characters out, line ends kept as LF', () => {
    const { input, problems } = checkSubmissionForm({ ...FORM, displayName: ' A\u202emal\u0000 \n', story: 'Un\r\ndeux\u2028trois\u0007\n\n\n\nquatre  ', originCountry: 'sy' });
    expect(problems).toEqual([]);
    expect(input).toMatchObject({ displayName: 'Amal', story: 'Un\ndeux\ntrois\n\nquatre', originCountry: 'SY', email: null, phone: null });
  });

  it('names every problem: missing fields, unknown countries and languages, lengths in characters, consent', () => {
    const { problems } = checkSubmissionForm({ displayName: 'x'.repeat(81), originCountry: 'ZZ', residenceCountry: 'EU', story: '😀'.repeat(5001), storyLanguage: 'xx', email: 'a@b', phone: 'call me', consent: 'on' });
    expect(problems).toEqual([
      { field: 'displayName', reason: 'tooLong' },
      { field: 'originCountry', reason: 'invalid' },
      { field: 'residenceCountry', reason: 'invalid' },
      { field: 'story', reason: 'tooLong' },
      { field: 'storyLanguage', reason: 'invalid' },
      { field: 'email', reason: 'invalid' },
      { field: 'phone', reason: 'invalid' },
      { field: 'consent', reason: 'required' },
    ]);
    expect(checkSubmissionForm({ ...FORM, story: '😀'.repeat(5000) }).problems).toEqual([]);
    expect(checkSubmissionForm({}).problems.map((p) => p.field)).toEqual(['displayName', 'originCountry', 'residenceCountry', 'story', 'storyLanguage', 'consent']);
  });
});

describe('rate limiter', () => {
  it('allows the limit per key in the window, then says how long to wait', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    const t0 = new Date('2026-11-29T10:00:00Z');
    limiter.hit('a', t0);
    limiter.hit('a', new Date(t0.getTime() + 10_000));
    expect(limiter.retryAfter('a', new Date(t0.getTime() + 20_000))).toBe(40);
    expect(limiter.retryAfter('b', t0)).toBe(0);
    expect(limiter.retryAfter('a', new Date(t0.getTime() + 60_000))).toBe(0);
  });
});

describe('storyToRichText', () => {
  it('makes paragraphs of blank-line blocks and breaks of single line ends, all as text nodes', () => {
    expect(storyToRichText('<b>a</b>\nb\n\nc')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<b>a</b>' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'c' }] },
      ],
    });
  });
});

describeEachDatabase('submissions service', (dialect) => {
  let database: Database;
  let submissions: SubmissionsModule;
  const clock = manualClock('2026-11-29T10:00:00.000Z');

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const audit = createAuditModule({ db: database.db, clock });
    const content = createContentModule({ db: database.db, clock });
    const images = { createImageFromUpload: async () => ({ id: 'image-1' }) };
    submissions = createSubmissionsModule({ db: database.db, clock, audit, content: content.service, images });
  });
  afterEach(() => database.close());

  it('lists pending stories first, oldest first, then the moderated ones', async () => {
    const a = await submissions.submit({ locale: 'fr', form: { ...FORM, displayName: 'A' } });
    clock.advance(1000);
    const b = await submissions.submit({ locale: 'fr', form: { ...FORM, displayName: 'B' } });
    clock.advance(1000);
    const c = await submissions.submit({ locale: 'ar', form: { ...FORM, displayName: 'C', email: 'c@example.org' } });
    await submissions.reject(a.id, MODERATOR);
    const { rows, total } = await submissions.list({ limit: 10, offset: 0 });
    expect(total).toBe(3);
    expect(rows.map((r) => r.displayName)).toEqual(['B', 'C', 'A']);
    expect((await submissions.list({ status: 'rejected', limit: 10, offset: 0 })).rows.map((r) => r.id)).toEqual([a.id]);
    expect(await submissions.findContact(c.id)).toMatchObject({ email: 'c@example.org', phone: null });
    expect(await submissions.findContact(b.id)).toBeUndefined();
  });

  it('approves once: a second decision is refused', async () => {
    const s = await submissions.submit({ locale: 'fr', form: { ...FORM, storyLanguage: 'uk' } });
    const { documentId, submission } = await submissions.approve(s.id, MODERATOR);
    expect(submission).toMatchObject({ status: 'approved', moderatedBy: 'mod', storyDocumentId: documentId });
    await expect(submissions.approve(s.id, MODERATOR)).rejects.toMatchObject({ code: SUBMISSIONS_NOT_PENDING });
    await expect(submissions.reject(s.id, MODERATOR)).rejects.toMatchObject({ code: SUBMISSIONS_NOT_PENDING });
  });
});
