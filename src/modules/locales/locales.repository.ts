import type { Db } from '../../platform/db/database.ts';
import type { Direction, LocaleCode, LocaleRecord } from './locale-set.ts';

/** The only SQL for locales and the interface strings edited in the back office. */
export function createLocalesRepository(db: Db) {
  return {
    async list(): Promise<LocaleRecord[]> {
      const rows = await db.selectFrom('locales').selectAll().orderBy('position').execute();
      return rows.map((r) => ({
        tag: r.tag,
        position: Number(r.position),
        enabled: Number(r.enabled) === 1,
        isDefault: Number(r.isDefault) === 1,
        dirOverride: r.dirOverride === 'rtl' || r.dirOverride === 'ltr' ? (r.dirOverride as Direction) : null,
        fallbacks: JSON.parse(r.fallbacks) as LocaleCode[],
        prefix: r.prefix,
      }));
    },

    async insert(record: LocaleRecord, at: string): Promise<void> {
      await db.insertInto('locales').values(toRow(record, at)).execute();
    },

    async update(record: LocaleRecord, at: string): Promise<void> {
      const { tag, ...rest } = toRow(record, at);
      await db.updateTable('locales').set(rest).where('tag', '=', tag).execute();
    },

    /** A fingerprint of both tables that changes with any write: cheap enough to ask every few seconds. */
    async version(): Promise<string> {
      const [locales, messages] = await Promise.all([
        db.selectFrom('locales').select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updatedAt').as('at')]).executeTakeFirst(),
        db.selectFrom('interfaceStrings').select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updatedAt').as('at')]).executeTakeFirst(),
      ]);
      return JSON.stringify([locales?.n, locales?.at, messages?.n, messages?.at].map(String));
    },

    async listMessages(): Promise<{ locale: LocaleCode; key: string; message: string }[]> {
      return db.selectFrom('interfaceStrings').select(['locale', 'key', 'message']).execute();
    },

    async saveMessage(locale: LocaleCode, key: string, message: string, by: string, at: string): Promise<void> {
      await db
        .insertInto('interfaceStrings')
        .values({ locale, key, message, updatedBy: by, updatedAt: at })
        .onConflict((oc) => oc.columns(['locale', 'key']).doUpdateSet({ message, updatedBy: by, updatedAt: at }))
        .execute();
    },

    async deleteMessage(locale: LocaleCode, key: string): Promise<void> {
      await db.deleteFrom('interfaceStrings').where('locale', '=', locale).where('key', '=', key).execute();
    },
  };
}

function toRow(r: LocaleRecord, at: string) {
  return {
    tag: r.tag,
    position: r.position,
    enabled: r.enabled ? 1 : 0,
    isDefault: r.isDefault ? 1 : 0,
    dirOverride: r.dirOverride,
    fallbacks: JSON.stringify(r.fallbacks),
    prefix: r.prefix,
    updatedAt: at,
  };
}
