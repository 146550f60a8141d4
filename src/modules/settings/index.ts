/** @module settings — site settings editors change at run time (stored in the database, not config). */
import type { Db } from '../../platform/db/database.ts';
import type { FallbackPolicy } from '../content/index.ts';

const FALLBACK_KEY = 'fallbackPolicy';

export function createSettingsModule({ db }: { db: Db }) {
  let cachedPolicy: FallbackPolicy | undefined;
  return {
    /** How pages without a translation in the visitor's locale are handled; `show` unless set. */
    async getFallbackPolicy(): Promise<FallbackPolicy> {
      if (cachedPolicy) return cachedPolicy;
      const row = await db.selectFrom('siteSettings').select('value').where('key', '=', FALLBACK_KEY).executeTakeFirst();
      cachedPolicy = row?.value === '"hide"' ? 'hide' : 'show';
      return cachedPolicy;
    },

    async setFallbackPolicy(policy: FallbackPolicy): Promise<void> {
      const value = JSON.stringify(policy);
      await db
        .insertInto('siteSettings')
        .values({ key: FALLBACK_KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
      cachedPolicy = policy;
    },
  };
}

export type SettingsModule = ReturnType<typeof createSettingsModule>;
