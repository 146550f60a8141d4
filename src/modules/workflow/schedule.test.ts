import { SYSTEM, userActor } from '../accounts/index.ts';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { migrateToLatest, openDatabase, type Database } from '../../platform/db/database.ts';
import { PROJECT_ROOT } from '../../../test/helpers/server-process.ts';
import { describeEachDatabase, openSecondPool, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule } from '../audit/index.ts';
import { createContentModule, type ContentService } from '../content/index.ts';
import { createSettingsModule } from '../settings/index.ts';
import { createWorkflowModule, type RunResult, type WorkflowModule } from './index.ts';
import { createTestHome, createTestPage } from './testing.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const run = promisify(execFile);

function wire(database: Database, clock: ReturnType<typeof manualClock>) {
  const content = createContentModule({ db: database.db, clock }).service;
  const audit = createAuditModule({ db: database.db, clock });
  const workflow = createWorkflowModule({ db: database.db, clock, content, audit, settings: createSettingsModule({ db: database.db, audit }) });
  return { content, audit, workflow };
}

describeEachDatabase('scheduled publish and unpublish', (dialect) => {
  let database: Database;
  let clock: ReturnType<typeof manualClock>;
  let content: ContentService;
  let workflow: WorkflowModule;
  let audit: ReturnType<typeof createAuditModule>;
  let homeId: string;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    clock = manualClock('2026-12-01T09:00:00.000Z');
    ({ content, workflow, audit } = wire(database, clock));
    homeId = await createTestHome(content);
  });
  afterEach(() => database.close());

  const schedule = (documentId: string, date: string, time: string, timeZone: string, action = 'publish') =>
    workflow.schedule.scheduleChange({ documentId, locale: 'fr', action, date, time, timeZone, actor: userActor({ id: 'u-reviewer', role: 'reviewer', locales: [] }) });

  it('stores 00:00 on 18 December in Geneva as 23:00 UTC the day before, and a summer time two hours ahead', async () => {
    const draft = await createTestPage(content, homeId);
    expect((await schedule(draft.documentId, '2026-12-18', '00:00', 'Europe/Zurich')).runAt).toBe('2026-12-17T23:00:00.000Z');
    expect((await schedule(draft.documentId, '2027-07-01', '12:00', 'Europe/Zurich')).runAt).toBe('2027-07-01T10:00:00.000Z');
    const pending = await workflow.schedule.listPending({ documentId: draft.documentId, locale: 'fr' });
    expect(pending.map((c) => [c.timeZone, c.createdBy, c.doneAt])).toEqual([
      ['Europe/Zurich', 'u-reviewer', null],
      ['Europe/Zurich', 'u-reviewer', null],
    ]);
  });

  it('converts a zone without daylight saving time at a constant offset, half hours included', async () => {
    const draft = await createTestPage(content, homeId);
    // India keeps UTC+5:30 all year: the Swiss spring-forward night changes nothing there.
    expect((await schedule(draft.documentId, '2027-03-28', '02:30', 'Asia/Kolkata')).runAt).toBe('2027-03-27T21:00:00.000Z');
    expect((await schedule(draft.documentId, '2027-10-31', '02:30', 'Asia/Kolkata')).runAt).toBe('2027-10-30T21:00:00.000Z');
    expect((await schedule(draft.documentId, '2027-01-01', '00:00', 'UTC')).runAt).toBe('2027-01-01T00:00:00.000Z');
  });

  it('refuses a Zurich time skipped by the spring change and takes the first of a time shown twice in autumn', async () => {
    const draft = await createTestPage(content, homeId);
    await expect(schedule(draft.documentId, '2027-03-28', '02:30', 'Europe/Zurich')).rejects.toMatchObject({
      code: 'WORKFLOW_NONEXISTENT_LOCAL_TIME',
      kind: 'validation',
      details: [expect.objectContaining({ path: 'time' })],
    });
    const autumn = await schedule(draft.documentId, '2027-10-31', '02:30', 'Europe/Zurich');
    expect(autumn).toMatchObject({ runAt: '2027-10-31T00:30:00.000Z', ambiguous: true });
  });

  it('refuses a past moment, an unknown zone, an impossible date, an unknown action and a missing translation', async () => {
    const draft = await createTestPage(content, homeId);
    await expect(schedule(draft.documentId, '2026-12-01', '09:00', 'Europe/Zurich')).rejects.toMatchObject({
      code: 'WORKFLOW_INVALID',
      details: [{ path: 'date', message: 'must be in the future' }],
    });
    await expect(schedule(draft.documentId, '2026-02-30', '25:00', 'Mars/Olympus', 'delete')).rejects.toMatchObject({
      code: 'WORKFLOW_INVALID',
      details: [
        expect.objectContaining({ path: 'action' }),
        expect.objectContaining({ path: 'timeZone' }),
        expect.objectContaining({ path: 'date' }),
      ],
    });
    await expect(schedule('no-such-document', '2027-01-01', '00:00', 'UTC')).rejects.toMatchObject({ code: 'CONTENT_TRANSLATION_NOT_FOUND' });
    expect(await workflow.schedule.listPending()).toEqual([]);
  });

  it('publishes a change that fell due while the server was down as soon as the next runner starts', async () => {
    const draft = await createTestPage(content, homeId);
    const change = await schedule(draft.documentId, '2026-12-02', '00:00', 'Europe/Zurich');
    // The server is down: no runner exists while the moment passes.
    clock.advance(2 * 24 * HOUR);
    const runner = workflow.createRunner();
    const result = await runner.start();
    await runner.stop();
    expect(result).toEqual({ applied: [change.id], failed: [] });
    const published = await content.findTranslation(draft.documentId, 'fr');
    expect(published).toMatchObject({ status: 'published', version: 2 });
    const revisions = await content.listRevisions(draft.documentId, 'fr');
    // The system carries the change out; the audit entry names who scheduled it.
    expect(revisions[0]).toMatchObject({ version: 2, author: 'system' });
    expect(await workflow.schedule.listPending()).toEqual([]);
    expect((await workflow.schedule.listDone())[0]).toMatchObject({ id: change.id, doneAt: '2026-12-03T09:00:00.000Z', error: null });
    const { entries } = await audit.list({ action: 'schedule.applied' });
    expect(entries).toEqual([expect.objectContaining({ actorId: 'u-reviewer', documentId: draft.documentId, locale: 'fr' })]);
  });

  it('leaves a change alone until its moment, then carries it out on the next check', async () => {
    const page = await createTestPage(content, homeId, { publish: true });
    await schedule(page.documentId, '2026-12-01', '12:00', 'Europe/Zurich', 'unpublish');
    const runner = workflow.createRunner();
    clock.advance(2 * HOUR - MINUTE);
    expect((await runner.runDue()).applied).toEqual([]);
    expect((await content.findTranslation(page.documentId, 'fr'))?.status).toBe('published');
    clock.advance(MINUTE);
    expect((await runner.runDue()).applied).toHaveLength(1);
    // Unpublishing follows the editorial workflow: back to draft, off the public site.
    expect((await content.findTranslation(page.documentId, 'fr'))?.status).toBe('draft');
  });

  it('records a change the workflow does not allow as failed, with the reason, and does not retry it', async () => {
    const draft = await createTestPage(content, homeId);
    const change = await schedule(draft.documentId, '2026-12-01', '12:00', 'Europe/Zurich');
    await content.transition({ documentId: draft.documentId, locale: 'fr', action: 'archive', actor: SYSTEM });
    clock.advance(3 * HOUR);
    const runner = workflow.createRunner();
    const result = await runner.runDue();
    expect(result.failed).toEqual([{ id: change.id, error: expect.stringContaining('WORKFLOW_TRANSITION_NOT_ALLOWED') }]);
    expect((await runner.runDue()).failed).toEqual([]);
    expect((await workflow.schedule.listDone())[0]?.error).toContain('archived');
    expect((await audit.list({ action: 'schedule.failed' })).total).toBe(1);
  });

  it('hands a change back when the database fails mid-way, and applies it once on the next run', async () => {
    const draft = await createTestPage(content, homeId);
    await schedule(draft.documentId, '2026-12-01', '12:00', 'UTC');
    clock.advance(4 * HOUR);
    let failOnce = true;
    const flaky: ContentService = {
      ...content,
      transition: async (input) => {
        if (!failOnce) return content.transition(input);
        failOnce = false;
        throw new Error('database is locked');
      },
    };
    const runner = createWorkflowModule({ db: database.db, clock, content: flaky, audit, settings: createSettingsModule({ db: database.db, audit }) }).createRunner();
    expect(await runner.runDue()).toEqual({ applied: [], failed: [], interruptedBy: 'database is locked' });
    expect(await workflow.schedule.listPending()).toHaveLength(1);
    expect((await runner.runDue()).applied).toHaveLength(1);
    expect((await content.listRevisions(draft.documentId, 'fr')).map((r) => r.version)).toEqual([2, 1]);
  });

  it('keeps what a run applied before the database failed, and leaves the rest to the next run', async () => {
    const first = await createTestPage(content, homeId);
    const second = await createTestPage(content, homeId);
    const one = await schedule(first.documentId, '2026-12-01', '10:00', 'UTC');
    const two = await schedule(second.documentId, '2026-12-01', '11:00', 'UTC');
    clock.advance(4 * HOUR);
    const flaky: ContentService = {
      ...content,
      transition: async (input) => {
        if (input.documentId === second.documentId) throw new Error('database is locked');
        return content.transition(input);
      },
    };
    const deps = { db: database.db, clock, audit, settings: createSettingsModule({ db: database.db, audit }) };
    const result = await createWorkflowModule({ ...deps, content: flaky }).createRunner().runDue();
    expect(result).toEqual({ applied: [one.id], failed: [], interruptedBy: 'database is locked' });
    expect((await workflow.createRunner().runDue()).applied).toEqual([two.id]);
  });

  it('gives a change held by a runner that died to the next runner once the lease ends', async () => {
    const draft = await createTestPage(content, homeId);
    const change = await schedule(draft.documentId, '2026-12-01', '12:00', 'UTC');
    clock.advance(4 * HOUR);
    let dead = false;
    const dying: ContentService = {
      ...content,
      transition: async () => {
        dead = true;
        // The process is killed here: the promise never settles and nothing is handed back.
        return new Promise(() => undefined);
      },
    };
    const deps = { db: database.db, clock, audit, settings: createSettingsModule({ db: database.db, audit }) };
    void createWorkflowModule({ ...deps, content: dying }).createRunner().runDue();
    await expect.poll(() => dead).toBe(true);
    const next = workflow.createRunner();
    expect((await next.runDue()).applied).toEqual([]);
    expect(await workflow.schedule.listPending()).toHaveLength(1);
    clock.advance(5 * MINUTE);
    expect((await next.runDue()).applied).toEqual([change.id]);
    expect((await content.findTranslation(draft.documentId, 'fr'))?.status).toBe('published');
  });

  it('cancels a pending change, and refuses to cancel one that has run or belongs to another translation', async () => {
    const draft = await createTestPage(content, homeId);
    const first = await schedule(draft.documentId, '2026-12-01', '12:00', 'Europe/Zurich');
    const second = await schedule(draft.documentId, '2026-12-24', '12:00', 'Europe/Zurich');
    const cancel = (id: string, locale: 'fr' | 'en' = 'fr') =>
      workflow.schedule.cancelChange({ id, documentId: draft.documentId, locale, actor: userActor({ id: 'u-reviewer', role: 'reviewer', locales: [] }) });
    await expect(cancel(second.id, 'en')).rejects.toMatchObject({ code: 'WORKFLOW_CHANGE_NOT_FOUND' });
    await cancel(second.id);
    clock.advance(4 * HOUR);
    await workflow.createRunner().runDue();
    await expect(cancel(first.id)).rejects.toMatchObject({ code: 'WORKFLOW_CHANGE_NOT_FOUND' });
    expect(await workflow.schedule.listPending()).toEqual([]);
    expect((await audit.list({ action: 'schedule.cancelled' })).total).toBe(1);
  });
});

describeEachDatabase('schedule runners of several instances', (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** Six drafts, each with a publish due at 2026-12-01 1x:00 UTC. */
  async function seed(database: Database, clock: ReturnType<typeof manualClock>) {
    const one = wire(database, clock);
    const homeId = await createTestHome(one.content);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const draft = await createTestPage(one.content, homeId);
      ids.push(draft.documentId);
      const input = { documentId: draft.documentId, locale: 'fr' as const, action: 'publish', timeZone: 'UTC', actor: SYSTEM };
      await one.workflow.schedule.scheduleChange({ ...input, date: '2026-12-01', time: `1${i}:00` });
    }
    return { one, ids };
  }

  async function expectEachPublishedOnce(one: ReturnType<typeof wire>, ids: readonly string[]) {
    for (const id of ids) {
      // One save and exactly one publish per translation.
      expect((await one.content.listRevisions(id, 'fr')).map((r) => r.version)).toEqual([2, 1]);
    }
    expect((await one.audit.list({ action: 'schedule.applied' })).total).toBe(ids.length);
  }

  it('apply each due change once when their runs interleave', async () => {
    const a = await openTestDatabase(dialect);
    // PostgreSQL: a second pool, as a second server would have. SQLite (synchronous, one thread):
    // two connections here would block each other, so the runners share one; processes are below.
    const b = dialect === 'postgres' ? openSecondPool(a) : a;
    cleanups.push(async () => (b !== a ? await b.close() : undefined), () => a.close());
    const clock = manualClock('2026-12-01T09:00:00.000Z');
    const { one, ids } = await seed(a, clock);
    const two = wire(b, clock);
    clock.advance(24 * HOUR);
    // Four runners, two per instance, all finding the same six due changes at once.
    const runners = [one, two, one, two].map((instance) => instance.workflow.createRunner());
    const results = await Promise.all(runners.map((r) => r.runDue()));
    const applied = results.flatMap((r) => r.applied);
    expect(applied).toHaveLength(6);
    expect(new Set(applied).size).toBe(6);
    await expectEachPublishedOnce(one, ids);
  });

  it.runIf(dialect === 'sqlite')('apply each due change once from three processes sharing one SQLite file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-runners-'));
    const file = path.join(dir, 'site.sqlite');
    const database = openDatabase({ url: file });
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }), () => database.close());
    await migrateToLatest(database.db);
    const { one, ids } = await seed(database, manualClock('2026-12-01T09:00:00.000Z'));
    const script = path.join(PROJECT_ROOT, 'test/helpers/schedule-runner-process.ts');
    const outputs = await Promise.all(
      [1, 2, 3].map(() => run('node', ['--import', 'tsx', script, file, '2026-12-02T00:00:00.000Z'], { cwd: PROJECT_ROOT })),
    );
    const applied = outputs.flatMap((o) => (JSON.parse(o.stdout) as RunResult).applied);
    expect(applied.sort()).toEqual((await one.workflow.schedule.listDone({}, 10)).map((c) => c.id).sort());
    expect(new Set(applied).size).toBe(6);
    await expectEachPublishedOnce(one, ids);
  }, 60_000);
});
