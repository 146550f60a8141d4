/** @module settings — site settings editors change at run time (stored in the database, not config). */
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import type { FallbackPolicy } from '../content/index.ts';
import { authorize } from '../policy/index.ts';
import { invalidSetting } from './settings.errors.ts';
import { createSettingsRepository } from './settings.repository.ts';
import type { Schema } from '../../platform/db/schema.ts';

export type SettingKey = 'fallbackPolicy' | 'demoLoadedAt' | 'previewSecret';
export * from './settings.errors.ts';

/** `onChange` hears of a change that alters every page (the fallback policy), awaited before the change is acknowledged. */
export function createSettingsModule({ db, audit, onChange }: { db: Db; audit: AuditModule; onChange?: () => unknown }) {
  const repo = createSettingsRepository(db);
  let cachedPolicy: FallbackPolicy | undefined;
  return {
    /** How pages without a translation in the visitor's locale are handled; `show` unless set. */
    async getFallbackPolicy(): Promise<FallbackPolicy> {
      cachedPolicy ??= (await repo.find('fallbackPolicy')) === 'hide' ? 'hide' : 'show';
      return cachedPolicy;
    },

    /**
     * Sets the fallback policy; the value and its `settings.updated` entry commit together, and
     * every page is rebuilt after the commit.
     * @throws POLICY_FORBIDDEN (`settings.manage`), SETTINGS_INVALID
     */
    async setFallbackPolicy({ policy, actor, unit }: { policy: FallbackPolicy; actor: Actor; unit?: UnitOfWork }): Promise<void> {
      authorize(actor, 'settings.manage');
      if (policy !== 'show' && policy !== 'hide') throw invalidSetting([{ path: 'fallbackPolicy', message: 'must be show or hide' }]);
      await withUnitOfWork(db, unit, async ({ trx, afterCommit }) => {
        await createSettingsRepository(trx).save('fallbackPolicy', policy);
        await audit.record({ actorId: actor.id, action: 'settings.updated', details: { key: 'fallbackPolicy', value: policy } }, trx);
        afterCommit(async () => {
          cachedPolicy = policy;
          await onChange?.();
        });
      });
    },

    /** Forgets what this process read, after another instance changed a setting. */
    forgetCached(): void {
      cachedPolicy = undefined;
    },

    async getSetting(key: SettingKey): Promise<unknown> {
      return repo.find(key);
    },

    /**
     * Stores a setting the application keeps for itself (when the demo was loaded), with its
     * `settings.updated` entry in the same transaction. The fallback policy has its own operation.
     * @throws POLICY_FORBIDDEN (`settings.manage`), SETTINGS_INVALID (the fallback policy)
     */
    async setSetting({ key, value, actor, unit }: { key: Exclude<SettingKey, 'fallbackPolicy'>; value: unknown; actor: Actor; unit?: UnitOfWork }): Promise<void> {
      authorize(actor, 'settings.manage');
      if ((key as SettingKey) === 'fallbackPolicy') throw invalidSetting([{ path: key, message: 'is set with setFallbackPolicy' }]);
      await withUnitOfWork(db, unit, async ({ trx }) => {
        await createSettingsRepository(trx).save(key, value);
        // Secrets never reach the log: only the key is recorded.
        await audit.record({ actorId: actor.id, action: 'settings.updated', details: { key } }, trx);
      });
    },

    /** The stored value, or `initial` stored first; when two instances race, both get the first one written. */
    async getOrInitSetting(key: SettingKey, initial: () => unknown): Promise<unknown> {
      const existing = await repo.find(key);
      if (existing !== undefined) return existing;
      await repo.insertIfAbsent(key, initial());
      return repo.find(key);
    },

    /** Every stored setting as its raw row, for the static export's site version (export/site-versions.ts). */
    listVersionRows() {
      return repo.listAll();
    },
  };
}

export type SettingsModule = ReturnType<typeof createSettingsModule>;

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['siteSettings'] as const satisfies readonly (keyof Schema)[];
