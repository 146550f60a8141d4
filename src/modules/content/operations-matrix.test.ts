import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { userActor, type Actor, type TokenActor } from '../accounts/index.ts';
import { createAuditModule } from '../audit/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { createContentModule, SYSTEM_ACTOR, WORKFLOW_ACTIONS, type ContentModule, type WorkflowAction } from './index.ts';

/**
 * Every content operation × caller × locale × state, against a table written out here by hand
 * (not derived from the policy module), so a change to who may do what must change this file too.
 * Each case runs in a transaction that is rolled back, so every case starts from the same state.
 */
type State = 'draft' | 'in_review' | 'published' | 'pending' | 'pending_in_review' | 'archived';
const STATES: readonly State[] = ['draft', 'in_review', 'published', 'pending', 'pending_in_review', 'archived'];
type Operation = WorkflowAction | 'save';
const OPERATIONS: readonly Operation[] = ['save', ...WORKFLOW_ACTIONS];

const CALLERS: Readonly<Record<string, Actor>> = {
  administrator: userActor({ id: 'u-admin', role: 'administrator', locales: [] }),
  editor: userActor({ id: 'u-editor', role: 'editor', locales: [] }),
  'translator (en)': userActor({ id: 'u-translator', role: 'translator', locales: ['en'] }),
  reviewer: userActor({ id: 'u-reviewer', role: 'reviewer', locales: [] }),
  'token read+write (en)': { kind: 'token', id: 'token:w', tokenId: 'w', scopes: ['read', 'write'], locales: ['en'] } satisfies TokenActor,
  'token publish': { kind: 'token', id: 'token:p', tokenId: 'p', scopes: ['read', 'publish'], locales: null } satisfies TokenActor,
  'token read': { kind: 'token', id: 'token:r', tokenId: 'r', scopes: ['read'], locales: null } satisfies TokenActor,
};

/** Who may, by operation: every locale, or only these (fr is the source of the test document). */
const MAY: Readonly<Record<Operation, Readonly<Record<string, readonly LocaleCode[]>>>> = {
  save: { administrator: ['fr', 'en', 'es'], editor: ['fr', 'en', 'es'], 'translator (en)': ['en'], 'token read+write (en)': ['en'] },
  submit: { administrator: ['fr', 'en', 'es'], editor: ['fr', 'en', 'es'], 'translator (en)': ['en'], 'token read+write (en)': ['en'] },
  discard: { administrator: ['fr', 'en', 'es'], editor: ['fr', 'en', 'es'], 'translator (en)': ['en'], 'token read+write (en)': ['en'] },
  'request-changes': { administrator: ['fr', 'en', 'es'], reviewer: ['fr', 'en', 'es'], 'token publish': ['fr', 'en', 'es'] },
  publish: { administrator: ['fr', 'en', 'es'], reviewer: ['fr', 'en', 'es'], 'token publish': ['fr', 'en', 'es'] },
  unpublish: { administrator: ['fr', 'en', 'es'], reviewer: ['fr', 'en', 'es'], 'token publish': ['fr', 'en', 'es'] },
  archive: { administrator: ['fr', 'en', 'es'], reviewer: ['fr', 'en', 'es'], 'token publish': ['fr', 'en', 'es'] },
};

/** From which states each operation applies (saving: from any). */
const FROM: Readonly<Record<Operation, readonly State[]>> = {
  save: STATES,
  submit: ['draft', 'pending'],
  'request-changes': ['in_review', 'pending_in_review'],
  publish: ['draft', 'in_review', 'pending', 'pending_in_review'],
  unpublish: ['in_review', 'published', 'archived', 'pending', 'pending_in_review'],
  archive: ['draft', 'in_review', 'published', 'pending', 'pending_in_review'],
  discard: ['pending', 'pending_in_review'],
};

const ROLLBACK = new Error('rollback');

describeEachDatabase('content operations × caller × locale × state', (dialect) => {
  let database: Database;
  let content: ContentModule;
  const documents = new Map<State, string>();

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const clock = manualClock('2026-12-02T10:00:00Z');
    content = createContentModule({ db: database.db, clock, audit: createAuditModule({ db: database.db, clock }) });
    const service = content.service;
    const actor = SYSTEM_ACTOR;
    for (const [index, state] of STATES.entries()) {
      const { document } = await service.createDocumentWithTranslation({ type: 'page', locale: 'fr', translation: { slug: `p${index}`, title: `Page ${index}` }, actor });
      for (const locale of ['en', 'es'] as const) {
        await service.saveTranslation({ documentId: document.id, locale, expectedVersion: 0, translation: { slug: `p${index}-${locale}`, title: `Page ${index} ${locale}` }, actor });
      }
      for (const locale of ['fr', 'en', 'es'] as const) {
        const step = async (action: WorkflowAction) => service.transition({ documentId: document.id, locale, action, actor });
        if (state === 'in_review') await step('submit');
        if (state !== 'draft' && state !== 'in_review') await step('publish');
        if (state === 'archived') await step('archive');
        if (state === 'pending' || state === 'pending_in_review') {
          const t = (await service.findTranslation(document.id, locale))!;
          await service.saveTranslation({ documentId: document.id, locale, expectedVersion: t.version, translation: { slug: t.slug, title: `${t.title} (changed)` }, actor });
          if (state === 'pending_in_review') await step('submit');
        }
      }
      documents.set(state, document.id);
    }
  }, 120_000);
  afterAll(() => database?.close());

  /** Runs one operation in a transaction that is always rolled back; what it threw, or 'ok'. */
  async function attempt(operation: Operation, actor: Actor, documentId: string, locale: LocaleCode): Promise<string> {
    let outcome = 'ok';
    try {
      await database.db.transaction().execute(async (trx) => {
        const unit = { trx, afterCommit: () => undefined };
        try {
          if (operation === 'save') {
            const copy = (await content.service.findWorkingCopy(documentId, locale, unit))!;
            await content.service.saveTranslation({ documentId, locale, expectedVersion: copy.translation.version, translation: { slug: copy.text.slug, title: 'Edited' }, actor, unit });
          } else {
            await content.service.transition({ documentId, locale, action: operation, message: 'Because', actor, unit });
          }
        } catch (error) {
          outcome = (error as { code?: string }).code ?? String(error);
        }
        throw ROLLBACK;
      });
    } catch (error) {
      if (error !== ROLLBACK) throw error;
    }
    return outcome;
  }

  it('allows exactly what the table says and refuses the rest with the reason', async () => {
    const mismatches: string[] = [];
    let cases = 0;
    for (const operation of OPERATIONS) {
      for (const [caller, actor] of Object.entries(CALLERS)) {
        for (const locale of ['fr', 'en', 'es'] as const) {
          for (const state of STATES) {
            const permitted = MAY[operation][caller]?.includes(locale) ?? false;
            const applies = FROM[operation].includes(state);
            const expected = !permitted ? 'POLICY_FORBIDDEN' : applies ? 'ok' : 'CONTENT_TRANSITION_NOT_ALLOWED';
            const actual = await attempt(operation, actor, documents.get(state)!, locale);
            cases++;
            if (actual !== expected) mismatches.push(`${operation} by ${caller} in ${locale} when ${state}: ${actual}, expected ${expected}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cases).toBe(OPERATIONS.length * Object.keys(CALLERS).length * 3 * STATES.length);
  }, 120_000);
});
