import type { Db } from '../../platform/db/database.ts';

/** The only SQL for site settings: a key/value table of JSON values. */
export function createSettingsRepository(db: Db) {
  return {
    async find(key: string): Promise<unknown> {
      const row = await db.selectFrom('siteSettings').select('value').where('key', '=', key).executeTakeFirst();
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },

    async save(key: string, value: unknown): Promise<void> {
      const json = JSON.stringify(value);
      await db
        .insertInto('siteSettings')
        .values({ key, value: json })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
        .execute();
    },

    async insertIfAbsent(key: string, value: unknown): Promise<void> {
      await db
        .insertInto('siteSettings')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    },

    async listAll() {
      return db.selectFrom('siteSettings').selectAll().execute();
    },
  };
}
