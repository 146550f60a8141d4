import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { checkKey, FileStoreMissing, isStoreKey, type FileStore, type OpenedObject, type StoredObjectInfo } from './file-store.ts';

/**
 * Media in a folder of this machine: the default, and what one instance needs. Files are written
 * beside their final name and renamed, so a reader never sees half a file.
 */
export function createLocalFileStore(root: string): FileStore & { pathOf(key: string): string } {
  const pathOf = (key: string) => path.join(root, ...checkKey(key).split('/'));

  async function place(key: string, write: (part: string) => Promise<void>): Promise<boolean> {
    const target = pathOf(key);
    if (await exists(target)) return false;
    await fs.mkdir(path.dirname(target), { recursive: true });
    const part = `${target}.${randomBytes(6).toString('hex')}.part`;
    try {
      await write(part);
      await fs.rename(part, target);
      return true;
    } finally {
      await fs.rm(part, { force: true });
    }
  }

  return {
    kind: 'local',
    description: root,
    pathOf,

    async putFile(key, localPath) {
      const target = pathOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      // A hard link costs nothing and never replaces an existing file; another disk needs a copy.
      try {
        await fs.link(localPath, target);
        return true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        if (code !== 'EXDEV' && code !== 'EPERM') throw error;
      }
      return place(key, (part) => fs.copyFile(localPath, part));
    },

    putBytes(key, bytes) {
      return place(key, (part) => fs.writeFile(part, bytes));
    },

    async stat(key) {
      const stats = await fs.stat(pathOf(key)).catch(() => undefined);
      return stats?.isFile() ? describe(stats) : undefined;
    },

    async open(key): Promise<OpenedObject | undefined> {
      // Opened before anything is answered: the file described is the file streamed, even if
      // it is replaced or removed meanwhile.
      const handle = await fs.open(pathOf(key), 'r').catch(() => undefined);
      const stats = await handle?.stat().catch(() => undefined);
      if (!handle || !stats?.isFile()) {
        await handle?.close().catch(() => undefined);
        return undefined;
      }
      let taken = false;
      return {
        ...describe(stats),
        async stream(range) {
          taken = true;
          // The stream closes the handle when it ends or is destroyed (client gone).
          return handle.createReadStream(range ?? {});
        },
        async close() {
          if (!taken) await handle.close().catch(() => undefined);
        },
      };
    },

    async withLocalCopy(key, use) {
      const file = pathOf(key);
      if (!(await exists(file))) throw new FileStoreMissing(key);
      return use(file);
    },

    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },

    async *list(prefix = '') {
      for await (const { key, size } of walk(root, '')) if (key.startsWith(prefix)) yield { key, size };
    },

    async checkWritable() {
      await fs.mkdir(root, { recursive: true });
      const probe = path.join(root, `.readyz-${process.pid}-${randomBytes(4).toString('hex')}`);
      await fs.writeFile(probe, 'ok');
      await fs.rm(probe, { force: true });
    },

    async close() {},
  };
}

function describe(stats: Stats): StoredObjectInfo {
  return { size: stats.size, etag: `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`, lastModified: stats.mtime };
}

/** Stored files only: dot folders (uploads being checked) and `.part` files are not the store's. */
async function* walk(dir: string, relative: string): AsyncGenerator<{ key: string; size: number }> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const key = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.startsWith('.')) yield* walk(path.join(dir, entry.name), key);
    else if (entry.isFile() && isStoreKey(key) && !entry.name.endsWith('.part')) yield { key, size: (await fs.stat(path.join(dir, entry.name))).size };
  }
}

function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
