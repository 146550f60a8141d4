import { userActor, type Role } from '../accounts/index.ts';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { createContentModule, markupToRichText, type ContentService, type Translation } from '../content/index.ts';
import { createSettingsModule } from '../settings/index.ts';
import { createWorkflowModule, type WorkflowModule } from './index.ts';

const person = (id: string, role: Role) => userActor({ id, role, locales: [] });
import { createTestHome, createTestPage } from './testing.ts';

describeEachDatabase('revisions: list, compare, restore', (dialect) => {
  let database: Database;
  let content: ContentService;
  let audit: AuditModule;
  let workflow: WorkflowModule;
  let page: Translation;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const clock = manualClock('2026-11-29T08:00:00.000Z');
    content = createContentModule({ db: database.db, clock }).service;
    audit = createAuditModule({ db: database.db, clock });
    workflow = createWorkflowModule({ db: database.db, clock, content, audit, settings: createSettingsModule({ db: database.db, audit }) });
    page = await createTestPage(content, await createTestHome(content), {
      slug: 'appel',
      title: 'Appel aux dons',
      body: '## Pourquoi\n\nLes familles ont besoin d’abri.\n\nMerci.',
      actor: person('u-alice', 'editor'),
    });
    clock.advance(60_000);
    await content.saveTranslation({
      documentId: page.documentId,
      locale: 'fr',
      expectedVersion: 1,
      translation: { slug: 'appel-urgent', title: 'Appel urgent aux dons', body: markupToRichText('## Pourquoi\n\nLes familles déplacées ont besoin d’abri.\n\nMerci.') },
      actor: person('u-bob', 'editor'),
    });
  });
  afterEach(() => database.close());

  it('lists every save newest first with its author, date and status', async () => {
    const list = await workflow.revisions.listRevisions(page.documentId, 'fr');
    expect(list.map((r) => [r.version, r.author, r.createdAt, r.snapshot.status])).toEqual([
      [2, 'u-bob', '2026-11-29T08:01:00.000Z', 'draft'],
      [1, 'u-alice', '2026-11-29T08:00:00.000Z', 'draft'],
    ]);
    await expect(workflow.revisions.listRevisions(page.documentId, 'ar')).rejects.toMatchObject({ code: 'CONTENT_TRANSLATION_NOT_FOUND' });
  });

  it('compares two revisions word by word in the title, slug and body', async () => {
    const diff = await workflow.revisions.compareRevisions(page.documentId, 'fr', 1, 2);
    expect(diff.title.changed).toBe(true);
    expect(diff.title.after).toContainEqual({ kind: 'added', text: 'urgent ' });
    expect(diff.slug).toMatchObject({ changed: true, before: [{ kind: 'removed', text: 'appel' }], after: [{ kind: 'added', text: 'appel-urgent' }] });
    expect(diff.summary.changed).toBe(false);
    const changed = diff.body.filter((row) => row.changed);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.after).toContainEqual({ kind: 'added', text: 'déplacées ' });
    await expect(workflow.revisions.compareRevisions(page.documentId, 'fr', 1, 9)).rejects.toMatchObject({ code: 'WORKFLOW_REVISION_NOT_FOUND' });
  });

  it('restores an old revision as a new one, keeping the status, and records who did it', async () => {
    await content.publishTranslation({ documentId: page.documentId, locale: 'fr', actor: person('u-rev', 'reviewer') });
    const restored = await workflow.revisions.restoreRevision({ documentId: page.documentId, locale: 'fr', version: 1, expectedVersion: 3, actor: person('u-carol', 'editor') });
    expect(restored).toMatchObject({ version: 4, title: 'Appel aux dons', slug: 'appel', status: 'published' });
    const list = await workflow.revisions.listRevisions(page.documentId, 'fr');
    expect(list.map((r) => r.version)).toEqual([4, 3, 2, 1]);
    expect(list[0]).toMatchObject({ author: 'u-carol', snapshot: { title: 'Appel aux dons' } });
    const { entries } = await audit.list({ action: 'revision.restored' });
    expect(entries[0]).toMatchObject({ actorId: 'u-carol', details: { restoredVersion: 1, newVersion: 4 } });
  });

  it('refuses to restore over a version the editor did not see, and writes nothing', async () => {
    await expect(
      workflow.revisions.restoreRevision({ documentId: page.documentId, locale: 'fr', version: 1, expectedVersion: 1, actor: person('u-carol', 'editor') }),
    ).rejects.toMatchObject({ code: 'CONTENT_VERSION_CONFLICT', kind: 'conflict' });
    expect((await content.findTranslation(page.documentId, 'fr'))?.version).toBe(2);
    expect((await audit.list({ action: 'revision.restored' })).total).toBe(0);
  });
});
