import type { Db } from '../../platform/db/database.ts';
import type { ImageAsset, ImageVariant } from './media.types.ts';

/** The only SQL for media assets. */
export function createMediaRepository(db: Db) {
  return {
    async insert(asset: ImageAsset): Promise<void> {
      await db
        .insertInto('mediaAssets')
        .values({ ...asset, kind: 'image', variants: JSON.stringify(asset.variants) })
        .execute();
    },

    async findMany(ids: readonly string[]): Promise<ImageAsset[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('mediaAssets').selectAll().where('id', 'in', [...ids]).execute();
      return rows.map((r) => ({
        id: r.id,
        width: r.width,
        height: r.height,
        createdAt: r.createdAt,
        variants: JSON.parse(r.variants) as ImageVariant[],
      }));
    },
  };
}
