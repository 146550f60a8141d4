import type { Db } from '../../platform/db/database.ts';
import type { GlossaryTermsTable } from '../../platform/db/schema.ts';

export type GlossaryRow = GlossaryTermsTable;

/** The only file with SQL on `glossary_terms`. */
export function createGlossaryRepository(db: Db) {
  return {
    async list(pair?: { sourceLocale: string; targetLocale: string }): Promise<GlossaryRow[]> {
      let query = db.selectFrom('glossaryTerms').selectAll();
      if (pair) query = query.where('sourceLocale', '=', pair.sourceLocale).where('targetLocale', '=', pair.targetLocale);
      return query.orderBy('sourceLocale').orderBy('targetLocale').orderBy('term').execute();
    },

    async find(id: string): Promise<GlossaryRow | undefined> {
      return db.selectFrom('glossaryTerms').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async findTerm(sourceLocale: string, targetLocale: string, term: string): Promise<GlossaryRow | undefined> {
      return db.selectFrom('glossaryTerms').selectAll().where('sourceLocale', '=', sourceLocale).where('targetLocale', '=', targetLocale).where('term', '=', term).executeTakeFirst();
    },

    async insert(row: GlossaryRow): Promise<void> {
      await db.insertInto('glossaryTerms').values(row).execute();
    },

    async update(row: GlossaryRow): Promise<void> {
      const { id, ...rest } = row;
      await db.updateTable('glossaryTerms').set(rest).where('id', '=', id).execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('glossaryTerms').where('id', '=', id).execute();
    },
  };
}
