import { contentTypeOf, type FileStore } from './file-store.ts';

export interface CopySummary {
  /** Files written to the target by this run. */
  readonly copied: number;
  /** Files the target already had, with the same size: an earlier, interrupted run's work. */
  readonly present: number;
  readonly bytes: number;
  /** Keys the target holds with another size: never overwritten, listed for a person to look at. */
  readonly conflicts: readonly string[];
}

/**
 * Copies every file of `from` into `to`, a few at a time. Resumable: the target is listed once and
 * what it already has is skipped, so a run stopped halfway (a lost connection, Ctrl+C) is simply
 * started again. Nothing is deleted from either side. Keys name their content, so one the target
 * holds with another size is a foreign object: reported, left alone.
 */
export async function copyStore(
  from: FileStore,
  to: FileStore,
  { concurrency = 4, onProgress }: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<CopySummary> {
  const existing = new Map<string, number>();
  for await (const { key, size } of to.list()) existing.set(key, size);
  const pending: { key: string; size: number }[] = [];
  let present = 0;
  const conflicts: string[] = [];
  for await (const file of from.list()) {
    const there = existing.get(file.key);
    if (there === undefined) pending.push(file);
    else if (there === file.size) present++;
    else conflicts.push(file.key);
  }
  const total = pending.reduce((sum, f) => sum + f.size, 0);
  let bytes = 0;
  let copied = 0;
  let next = 0;
  onProgress?.(0, total);
  const worker = async () => {
    while (next < pending.length) {
      const file = pending[next++]!;
      await from.withLocalCopy(file.key, (local) => to.putFile(file.key, local, contentTypeOf(file.key)));
      copied++;
      bytes += file.size;
      onProgress?.(bytes, total);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, pending.length)) }, worker));
  return { copied, present, bytes, conflicts };
}
