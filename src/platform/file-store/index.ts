/** @module file-store — where media files live: a local folder, or an S3-compatible bucket shared by several instances. */
import { createLocalFileStore } from './local-file-store.ts';
import { createS3FileStore, type S3StoreOptions } from './s3-file-store.ts';
import type { FileStore } from './file-store.ts';

export * from './file-store.ts';
export { createLocalFileStore } from './local-file-store.ts';
export { createS3FileStore, type S3StoreOptions } from './s3-file-store.ts';

export type FileStoreConfig = { readonly kind: 'local' } | ({ readonly kind: 's3' } & S3StoreOptions);

/** The configured store; a local one keeps its files in `mediaDir`. */
export function createFileStore(config: FileStoreConfig, mediaDir: string): FileStore {
  return config.kind === 's3' ? createS3FileStore(config) : createLocalFileStore(mediaDir);
}
export { copyStore, type CopySummary } from './copy-store.ts';
