import { afterEach, beforeEach, expect, it } from 'vitest';
import { userActor } from '../accounts/index.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { isAppError } from '../../platform/errors.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { createContentModule, SYSTEM_ACTOR, type ContentService, type PublishCheck } from '../content/index.ts';
import { CONSENT_ALREADY_WITHDRAWN, CONSENT_INVALID, CONSENT_NOT_A_STORY, createConsentModule, type ConsentModule } from './index.ts';
import { buildConsentInput, createTestStory } from './testing.ts';

const DAY = 86_400_000;
const EDITOR = userActor({ id: 'u-editor', role: 'editor', locales: [] });

/** Wired as src/modules.ts does: content gets a late-bound check, since consent needs content. */
function wire(database: Database, clock: ReturnType<typeof manualClock>) {
  const checks: PublishCheck[] = [];
  const changes: string[][] = [];
  const content = createContentModule({ db: database.db, clock, publishChecks: checks, onChange: (c) => changes.push([...c.documentIds]) }).service;
  const audit = createAuditModule({ db: database.db, clock });
  const consent = createConsentModule({ db: database.db, clock, content, audit });
  checks.push(consent.publishCheck);
  return { content, audit, consent, changes };
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachDatabase('consent records', (dialect) => {
  let database: Database;
  let clock: ReturnType<typeof manualClock>;
  let content: ContentService;
  let audit: AuditModule;
  let consent: ConsentModule;
  let changes: string[][];

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    clock = manualClock('2026-12-01T09:00:00.000Z');
    ({ content, audit, consent, changes } = wire(database, clock));
  });
  afterEach(() => database.close());

  const publish = (documentId: string, locale: 'fr' | 'en' = 'fr') => content.publishTranslation({ documentId, locale, actor: SYSTEM_ACTOR });
  const statusOf = async (documentId: string, locale: 'fr' | 'en') => (await content.findTranslation(documentId, locale))?.status;

  it('stores a record with its flags and channels, and lists it for the story', async () => {
    const story = await createTestStory(content);
    const saved = await consent.record(buildConsentInput(story, { minor: true, guardianConsent: true, expiresAt: '2028-12-31' }), EDITOR);
    const [listed] = await consent.listForDocument(story);
    expect(listed).toEqual(saved);
    expect(listed).toMatchObject({ personLabel: 'Amina', identifiable: true, minor: true, guardianConsent: true, channels: ['web', 'social'], expiresAt: '2028-12-31', withdrawnAt: null, recordedBy: 'u-editor', version: 1 });
  });

  it('refuses an invalid record with a problem beside each field', async () => {
    const story = await createTestStory(content);
    const error = await refusal(
      consent.record(
        buildConsentInput(story, { personLabel: 'x'.repeat(81), channels: ['web', 'tv'], collectedAt: '2026-02-30', expiresAt: 'soon' }),
        EDITOR,
      ),
    );
    expect(error.code).toBe(CONSENT_INVALID);
    expect(error.details.map((d) => d.path).sort()).toEqual(['channels', 'collectedAt', 'expiresAt', 'personLabel']);
    const dates = await refusal(consent.record(buildConsentInput(story, { collectedAt: '2026-11-01', expiresAt: '2026-11-01' }), EDITOR));
    expect(dates.details).toEqual([{ path: 'expiresAt', message: 'must be after the collection date' }]);
    const future = await refusal(consent.record(buildConsentInput(story, { collectedAt: '2026-12-02', channels: [] }), EDITOR));
    expect(future.details.map((d) => d.path)).toEqual(['channels', 'collectedAt']);
    const contact = await refusal(consent.record(buildConsentInput(story, { personLabel: 'amina@example.org' }), EDITOR));
    expect(contact.details).toEqual([{ path: 'personLabel', message: 'must be a first name or pseudonym, not contact details' }]);
    expect(await consent.listForDocument(story)).toEqual([]);
  });

  it('keeps consent records for stories only', async () => {
    const page = await content.createDocument({ type: 'page', actor: SYSTEM_ACTOR });
    expect((await refusal(consent.record(buildConsentInput(page.id), EDITOR))).code).toBe(CONSENT_NOT_A_STORY);
  });

  it('refuses to publish a story without any consent record, saying why', async () => {
    const story = await createTestStory(content);
    const error = await refusal(publish(story));
    expect(error.code).toBe('CONTENT_INVALID');
    expect(error.details).toEqual([{ path: 'consent', message: 'no consent is recorded for the people in this story', reason: 'none' }]);
    expect(await statusOf(story, 'fr')).toBe('draft');
  });

  it('refuses to publish when consent does not cover the web, or a minor has no guardian consent', async () => {
    const story = await createTestStory(content);
    await consent.record(buildConsentInput(story, { channels: ['print'] }), EDITOR);
    await consent.record(buildConsentInput(story, { personLabel: 'Sami', minor: true, guardianConsent: false }), EDITOR);
    expect((await refusal(publish(story))).details.map((d) => d.message)).toEqual([
      'a person’s consent does not cover the web',
      'a minor’s consent lacks a guardian’s consent',
    ]);
  });

  it('publishes a story once every identifiable person’s consent covers the web; other types are unaffected', async () => {
    const story = await createTestStory(content);
    await consent.record(buildConsentInput(story), EDITOR);
    await consent.record(buildConsentInput(story, { personLabel: 'Sami', minor: true, guardianConsent: true }), EDITOR);
    // Someone a reader cannot recognise needs no web consent (DOMAIN §8 item 10).
    await consent.record(buildConsentInput(story, { personLabel: 'Voisin', identifiable: false, channels: ['print'] }), EDITOR);
    expect((await publish(story)).status).toBe('published');
    const page = await content.createDocument({ type: 'page', actor: SYSTEM_ACTOR });
    await content.saveTranslation({ documentId: page.id, locale: 'fr', expectedVersion: 0, translation: { slug: '', title: 'Accueil' }, actor: SYSTEM_ACTOR });
    expect((await publish(page.id)).status).toBe('published');
  });

  it('refuses to publish after the last day the consent covers', async () => {
    const story = await createTestStory(content);
    await consent.record(buildConsentInput(story, { expiresAt: '2026-12-01' }), EDITOR);
    expect((await publish(story)).status).toBe('published');
    clock.advance(DAY);
    expect(await consent.webConsentProblems(story)).toEqual([{ path: 'consent', message: 'a person’s consent has expired', reason: 'expired' }]);
    expect((await refusal(publish(story, 'en'))).details).toEqual([{ path: 'consent', message: 'a person’s consent has expired', reason: 'expired' }]);
  });

  it('unpublishes every published locale at once on withdrawal, empties the cache, audits and alerts', async () => {
    const story = await createTestStory(content, ['fr', 'en', 'es']);
    const record = await consent.record(buildConsentInput(story), EDITOR);
    await publish(story, 'fr');
    await publish(story, 'en');
    changes.length = 0;
    clock.advance(60_000);

    const result = await consent.withdraw(record.id, EDITOR);

    expect(result.unpublished).toEqual(['fr', 'en']);
    expect(result.record.withdrawnAt).toBe('2026-12-01T09:01:00.000Z');
    expect([await statusOf(story, 'fr'), await statusOf(story, 'en')]).toEqual(['draft', 'draft']);
    // Each unpublish told the content module's change hook, which empties the public page cache.
    expect(changes).toEqual([[story], [story]]);
    const entries = (await audit.list({ action: 'consent.withdrawn' })).entries;
    expect(entries).toMatchObject([{ actorId: 'u-editor', documentId: story, details: { consent: record.id, unpublished: ['fr', 'en'] } }]);
    const alerts = await consent.listAlerts();
    expect(alerts).toEqual([{ documentId: story, reason: 'withdrawn', at: '2026-12-01T09:01:00.000Z', locales: ['fr', 'en'], title: expect.stringContaining('fr') }]);
    expect((await refusal(publish(story))).details).toEqual([{ path: 'consent', message: 'a person in this story withdrew their consent', reason: 'withdrawn' }]);
    expect((await refusal(consent.withdraw(record.id, EDITOR))).code).toBe(CONSENT_ALREADY_WITHDRAWN);
  });

  it('refuses a withdrawal dated in the future, and accepts one received earlier', async () => {
    const story = await createTestStory(content);
    const record = await consent.record(buildConsentInput(story), EDITOR);
    expect((await refusal(consent.withdraw(record.id, EDITOR, new Date('2026-12-02T00:00:00Z')))).code).toBe(CONSENT_INVALID);
    const { record: withdrawn, unpublished } = await consent.withdraw(record.id, EDITOR, new Date('2026-11-20T00:00:00Z'));
    expect([withdrawn.withdrawnAt, unpublished]).toEqual(['2026-11-20T00:00:00.000Z', []]);
    // Nothing was on the web, so there is nothing to tell the editors.
    expect(await consent.listAlerts()).toEqual([]);
  });

  it('sweeps stories whose consent expired off the web, once, and the alert lasts 30 days while they stay off', async () => {
    const expiring = await createTestStory(content);
    const lasting = await createTestStory(content);
    await consent.record(buildConsentInput(expiring, { expiresAt: '2026-12-10' }), EDITOR);
    await consent.record(buildConsentInput(lasting, { expiresAt: '2027-12-10' }), EDITOR);
    for (const id of [expiring, lasting]) {
      await publish(id, 'fr');
      await publish(id, 'en');
    }
    expect(await consent.sweep()).toEqual({ unpublished: [], failed: [] });

    // 10 December is the last day covered: still on the web that day.
    clock.advance(9 * DAY);
    expect((await consent.sweep()).unpublished).toEqual([]);
    clock.advance(DAY);
    expect(await consent.sweep()).toEqual({ unpublished: [{ documentId: expiring, locales: ['fr', 'en'] }], failed: [] });
    expect([await statusOf(expiring, 'fr'), await statusOf(lasting, 'fr')]).toEqual(['draft', 'published']);
    expect(await consent.sweep()).toEqual({ unpublished: [], failed: [] });
    expect((await audit.list({ action: 'consent.expired' })).entries).toMatchObject([{ actorId: null, documentId: expiring, details: { unpublished: ['fr', 'en'] } }]);
    expect((await consent.listAlerts()).map((a) => [a.documentId, a.reason])).toEqual([[expiring, 'expired']]);

    clock.advance(31 * DAY);
    expect(await consent.listAlerts()).toEqual([]);
  });

  it('drops the alert once the story is back on the web with new consent', async () => {
    const story = await createTestStory(content);
    const first = await consent.record(buildConsentInput(story), EDITOR);
    await publish(story);
    await consent.withdraw(first.id, EDITOR);
    expect(await consent.listAlerts()).toHaveLength(1);
    // A withdrawal stands for good: that person's record keeps the story off until it is removed
    // from the story, so a new consent alone does not republish it.
    await consent.record(buildConsentInput(story, { personLabel: 'Amina', collectedAt: '2026-12-01' }), EDITOR);
    expect((await refusal(publish(story))).details.map((d) => d.message)).toEqual(['a person in this story withdrew their consent']);
  });

  it('starts and stops a sweeper that runs at start', async () => {
    const story = await createTestStory(content);
    await consent.record(buildConsentInput(story, { expiresAt: '2026-12-05' }), EDITOR);
    await publish(story);
    clock.advance(5 * DAY);
    const sweeper = consent.createSweeper({ intervalMs: 60_000 });
    expect((await sweeper.start()).unpublished).toEqual([{ documentId: story, locales: ['fr'] }]);
    await sweeper.stop();
  });
});
