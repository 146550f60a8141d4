import type { Kysely } from 'kysely';

/** Per-image details editors set: a display name, the sniffed source, a focal point, alt text per locale. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('media_assets').addColumn('display_name', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('media_assets').addColumn('source_type', 'text').execute();
  await db.schema.alterTable('media_assets').addColumn('source_bytes', 'integer').execute();
  await db.schema.alterTable('media_assets').addColumn('focal_x', 'double precision', (c) => c.notNull().defaultTo(0.5)).execute();
  await db.schema.alterTable('media_assets').addColumn('focal_y', 'double precision', (c) => c.notNull().defaultTo(0.5)).execute();
  await db.schema
    .createTable('media_alt_texts')
    .addColumn('asset_id', 'text', (c) => c.notNull().references('media_assets.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('media_alt_texts_pk', ['asset_id', 'locale'])
    .execute();
  await db.schema.createIndex('media_assets_created_idx').on('media_assets').columns(['created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('media_assets_created_idx').execute();
  await db.schema.dropTable('media_alt_texts').execute();
  for (const column of ['focal_y', 'focal_x', 'source_bytes', 'source_type', 'display_name']) {
    await db.schema.alterTable('media_assets').dropColumn(column).execute();
  }
}
