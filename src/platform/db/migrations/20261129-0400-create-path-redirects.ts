import type { Kysely } from 'kysely';

/** Old public paths that now lead to a document's current path (one per locale and path). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('path_redirects')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('path_redirects_pk', ['locale', 'path'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('path_redirects').execute();
}
