import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ATTACKS_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/attacks');

/** One attack list from ../shared/attacks, split on \n only, without its #@ comments and blank lines. */
export function readAttackList(file: string): string[] {
  return fs
    .readFileSync(path.join(ATTACKS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#@'));
}
