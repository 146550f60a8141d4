import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createAuditModule } from '../audit/index.ts';
import { createContentModule, type ContentService } from '../content/index.ts';
import { createSettingsModule, type SettingsModule } from '../settings/index.ts';
import { createWorkflowModule, type WorkflowModule } from './index.ts';
import { createTestHome, createTestPage } from './testing.ts';

const HOUR = 3_600_000;

describeEachDatabase('signed preview links', (dialect) => {
  let database: Database;
  let clock: ReturnType<typeof manualClock>;
  let content: ContentService;
  let settings: SettingsModule;
  let workflow: WorkflowModule;
  const build = () => {
    const audit = createAuditModule({ db: database.db, clock });
    return createWorkflowModule({ db: database.db, clock, content, audit, settings });
  };

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    clock = manualClock('2026-11-29T08:00:00.000Z');
    content = createContentModule({ db: database.db, clock }).service;
    settings = createSettingsModule({ db: database.db, audit: createAuditModule({ db: database.db, clock }) });
    workflow = build();
  });
  afterEach(() => database.close());

  it('opens the translation for 48 hours by default, then reports the link as expired', async () => {
    const draft = await createTestPage(content, await createTestHome(content));
    const { token, expiresAt } = await workflow.previews.createLink({ documentId: draft.documentId, locale: 'fr', actorId: 'u' });
    expect(expiresAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(await workflow.previews.checkToken(token)).toEqual({ kind: 'valid', grant: { documentId: draft.documentId, locale: 'fr', expiresAt } });
    clock.advance(48 * HOUR);
    expect(await workflow.previews.checkToken(token)).toEqual({ kind: 'expired', locale: 'fr' });
  });

  it('refuses a token whose document, locale, expiry or signature was changed', async () => {
    const draft = await createTestPage(content, await createTestHome(content));
    const { token } = await workflow.previews.createLink({ documentId: draft.documentId, locale: 'fr', actorId: 'u', hours: 2 });
    const [id, locale, expires, signature] = token.split('.') as [string, string, string, string];
    const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
    for (const forged of [
      `${id}.en.${expires}.${signature}`,
      `${id}.${locale}.${Number(expires) + 3600}.${signature}`,
      `${flip(id)}.${locale}.${expires}.${signature}`,
      `${id}.${locale}.${expires}.${flip(signature)}`,
      `${id}.${locale}.${expires}`,
      '',
    ]) {
      expect(await workflow.previews.checkToken(forged), forged).toEqual({ kind: 'invalid' });
    }
  });

  it('keeps one secret in the settings, shared by every instance', async () => {
    const draft = await createTestPage(content, await createTestHome(content));
    const { token } = await workflow.previews.createLink({ documentId: draft.documentId, locale: 'fr', actorId: 'u' });
    const secret = await settings.getSetting('previewSecret');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await build().previews.checkToken(token)).kind).toBe('valid');
    expect(await settings.getSetting('previewSecret')).toBe(secret);
  });

  it('refuses a lifetime outside 1–720 hours and a translation that does not exist', async () => {
    const draft = await createTestPage(content, await createTestHome(content));
    await expect(workflow.previews.createLink({ documentId: draft.documentId, locale: 'fr', actorId: 'u', hours: 0 })).rejects.toMatchObject({ code: 'WORKFLOW_INVALID' });
    await expect(workflow.previews.createLink({ documentId: draft.documentId, locale: 'en', actorId: 'u' })).rejects.toMatchObject({ code: 'CONTENT_TRANSLATION_NOT_FOUND' });
  });
});
