import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { MediaAssetsTable } from '../../platform/db/schema.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { AltTexts, FocalPoint, ImageAsset, ImageVariant, SourceType } from './media.types.ts';

/** The only SQL for media assets and their alt texts. */
export function createMediaRepository(db: Db) {
  /** Rows to assets, with the alt texts of all of them in one query. */
  async function withAlt(rows: readonly Selectable<MediaAssetsTable>[]): Promise<ImageAsset[]> {
    if (rows.length === 0) return [];
    const texts = await db
      .selectFrom('mediaAltTexts')
      .select(['assetId', 'locale', 'text'])
      .where('assetId', 'in', rows.map((r) => r.id))
      .execute();
    const alt = new Map<string, Partial<Record<LocaleCode, string>>>();
    for (const t of texts) {
      alt.set(t.assetId, { ...alt.get(t.assetId), [t.locale]: t.text });
    }
    return rows.map((r) => ({
      id: r.id,
      width: r.width,
      height: r.height,
      createdAt: r.createdAt,
      variants: JSON.parse(r.variants) as ImageVariant[],
      displayName: r.displayName,
      sourceType: r.sourceType as SourceType | null,
      sourceBytes: r.sourceBytes === null ? null : Number(r.sourceBytes),
      focalPoint: { x: Number(r.focalX), y: Number(r.focalY) },
      alt: alt.get(r.id) ?? {},
    }));
  }

  return {
    async insert(asset: ImageAsset): Promise<void> {
      await db
        .insertInto('mediaAssets')
        .values({
          id: asset.id,
          kind: 'image',
          width: asset.width,
          height: asset.height,
          variants: JSON.stringify(asset.variants),
          createdAt: asset.createdAt,
          displayName: asset.displayName,
          sourceType: asset.sourceType,
          sourceBytes: asset.sourceBytes,
          focalX: asset.focalPoint.x,
          focalY: asset.focalPoint.y,
        })
        .execute();
    },

    async findMany(ids: readonly string[]): Promise<ImageAsset[]> {
      if (ids.length === 0) return [];
      return withAlt(await db.selectFrom('mediaAssets').selectAll().where('id', 'in', [...new Set(ids)]).execute());
    },

    /** Newest first; the id breaks ties so pages never overlap. */
    async list({ limit, offset }: { limit: number; offset: number }): Promise<{ rows: ImageAsset[]; total: number }> {
      const [rows, count] = await Promise.all([
        db.selectFrom('mediaAssets').selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
        db.selectFrom('mediaAssets').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows: await withAlt(rows), total: Number(count.n) };
    },

    /** Sets the focal point and the given alt texts; false when no such image. Run it in the caller's transaction. */
    async updateDetails(id: string, changes: { focalPoint?: FocalPoint; alt?: AltTexts }, now: string): Promise<boolean> {
      const exists = await db.selectFrom('mediaAssets').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) return false;
      if (changes.focalPoint) {
        await db.updateTable('mediaAssets').set({ focalX: changes.focalPoint.x, focalY: changes.focalPoint.y }).where('id', '=', id).execute();
      }
      for (const [locale, text] of Object.entries(changes.alt ?? {})) {
        await db.deleteFrom('mediaAltTexts').where('assetId', '=', id).where('locale', '=', locale).execute();
        if (text) await db.insertInto('mediaAltTexts').values({ assetId: id, locale, text, updatedAt: now }).execute();
      }
      return true;
    },

    /** Ids among `ids` that have a non-empty alt text in `locale`. */
    async idsWithAlt(ids: readonly string[], locale: LocaleCode): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('mediaAltTexts')
        .select('assetId')
        .where('assetId', 'in', [...new Set(ids)])
        .where('locale', '=', locale)
        .where('text', '<>', '')
        .execute();
      return new Set(rows.map((r) => r.assetId));
    },

    async listVersionRows() {
      const [assets, altTexts] = await Promise.all([
        db.selectFrom('mediaAssets').select(['id', 'width', 'height', 'variants', 'focalX', 'focalY']).execute(),
        db.selectFrom('mediaAltTexts').selectAll().execute(),
      ]);
      return { assets, altTexts };
    },
  };
}
