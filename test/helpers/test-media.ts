import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let dir: string | undefined;

/** A media folder for this test file; images stored twice in it are encoded once. */
export function testMediaDir(): string {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-media-'));
  return dir;
}
