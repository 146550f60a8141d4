import type { Db } from '../../platform/db/database.ts';

/** SQL for the menus' items (part of the content repository). */
export function createMenuQueries(db: Db) {
  return {
    async insertMenuItem(item: {
      id: string;
      menu: string;
      parentId: string | null;
      position: number;
      documentId: string;
    }): Promise<void> {
      await db.insertInto('menuItems').values(item).execute();
    },

    async listMenuItems(menu: string) {
      return db
        .selectFrom('menuItems')
        .selectAll()
        .where('menu', '=', menu)
        .orderBy('position')
        .execute();
    },

    async findMenuItem(id: string) {
      return db.selectFrom('menuItems').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async setMenuItemPosition(id: string, position: number): Promise<void> {
      await db.updateTable('menuItems').set({ position }).where('id', '=', id).execute();
    },

    async deleteMenuItems(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.deleteFrom('menuItems').where('id', 'in', [...ids]).execute();
    },
  };
}
