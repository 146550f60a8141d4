import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let dir: string | undefined;

/** A media folder for this test file; images stored twice in it are encoded once. */
export function testMediaDir(): string {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-media-'));
  return dir;
}

/** Every byte of a stored file a module opened (undefined: it has none by that name). */
export async function readOpened(opened: { stream(): Promise<AsyncIterable<unknown>> } | undefined): Promise<Buffer | undefined> {
  if (!opened) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of await opened.stream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
