/** @module settings — site settings editors change at run time (stored in the database, not config). */
import type { Db } from '../../platform/db/database.ts';
import type { FallbackPolicy } from '../content/index.ts';
import { createSettingsRepository } from './settings.repository.ts';
import type { Schema } from '../../platform/db/schema.ts';

export type SettingKey = 'fallbackPolicy' | 'demoLoadedAt' | 'previewSecret';

/** `onChange` hears of a change that alters every page (the fallback policy), awaited before the change is acknowledged. */
export function createSettingsModule({ db, onChange }: { db: Db; onChange?: () => unknown }) {
  const repo = createSettingsRepository(db);
  let cachedPolicy: FallbackPolicy | undefined;
  return {
    /** How pages without a translation in the visitor's locale are handled; `show` unless set. */
    async getFallbackPolicy(): Promise<FallbackPolicy> {
      cachedPolicy ??= (await repo.find('fallbackPolicy')) === 'hide' ? 'hide' : 'show';
      return cachedPolicy;
    },

    async setFallbackPolicy(policy: FallbackPolicy): Promise<void> {
      await repo.save('fallbackPolicy', policy);
      cachedPolicy = policy;
      await onChange?.();
    },

    /** Forgets what this process read, after another instance changed a setting. */
    forgetCached(): void {
      cachedPolicy = undefined;
    },

    async getSetting(key: SettingKey): Promise<unknown> {
      return repo.find(key);
    },

    async setSetting(key: SettingKey, value: unknown): Promise<void> {
      await repo.save(key, value);
      if (key === 'fallbackPolicy') cachedPolicy = undefined;
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
