import type { Config } from '../../config/config.ts';
import { copyStore, createLocalFileStore, createS3FileStore, type FileStore } from '../../platform/file-store/index.ts';
import { createProgress, formatBytes } from '../progress.ts';

export const MEDIA_USAGE = 'Usage: npx ensemble media move --to s3|local [--concurrency N]   (S3_BUCKET and the other S3_* settings name the bucket)';

/**
 * `media move --to s3`: copies the media folder's files into the bucket the S3_* settings name, so
 * the site can then run with FILE_STORE=s3; `--to local` brings a bucket's files back into the
 * folder. Resumable, and nothing is deleted: the source stays until the operator removes it.
 */
export async function runMedia(config: Config, args: readonly string[]): Promise<number> {
  const to = args[0] === 'move' && args[1] === '--to' ? args[2] : undefined;
  const rest = args.slice(3);
  const concurrency = rest[0] === '--concurrency' && /^\d{1,2}$/.test(rest[1] ?? '') && Number(rest[1]) > 0 ? Number(rest[1]) : rest.length === 0 ? 4 : undefined;
  if ((to !== 's3' && to !== 'local') || concurrency === undefined || (rest.length !== 0 && rest.length !== 2)) {
    process.stderr.write(`${MEDIA_USAGE}\n`);
    return 2;
  }
  if (!config.s3) {
    process.stderr.write('No bucket is configured: set S3_BUCKET (and S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY for a service other than AWS), then run this again.\n');
    return 2;
  }
  const folder = createLocalFileStore(config.data.mediaDir);
  const bucket = createS3FileStore(config.s3);
  const [source, target]: [FileStore, FileStore] = to === 's3' ? [folder, bucket] : [bucket, folder];
  const progress = createProgress(process.stderr, 'media move');
  try {
    const summary = await copyStore(source, target, { concurrency, onProgress: (done, total) => progress.update('files', done, total, true) });
    progress.end();
    process.stdout.write(
      `Copied ${summary.copied} files (${formatBytes(summary.bytes)}) from ${source.description} to ${target.description}; ` +
        `${summary.present} were there already.\n`,
    );
    if (summary.conflicts.length > 0) {
      process.stderr.write(`${summary.conflicts.length} files exist in both with different sizes and were left alone:\n${summary.conflicts.slice(0, 20).map((k) => `  ${k}\n`).join('')}`);
      return 1;
    }
    process.stdout.write(
      to === 's3'
        ? 'Every file is in the bucket. Start the site with FILE_STORE=s3; the folder can be removed once it serves from the bucket.\n'
        : 'Every file is in the media folder. Start the site without FILE_STORE=s3 to serve it from there.\n',
    );
    return 0;
  } catch (error) {
    progress.end();
    process.stderr.write(`Stopped: ${error instanceof Error ? error.message : String(error)}\nWhat was copied stays; run the same command again to carry on.\n`);
    return 1;
  } finally {
    await bucket.close();
  }
}
