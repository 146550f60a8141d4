import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared hostile-input corpus lives beside the checkout, in ../shared/attacks. */
const ATTACKS_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/attacks');

/**
 * Absolute path of a file or folder of the attack corpus.
 * @throws with what to do when the corpus is not beside the checkout
 */
export function attackPath(...parts: string[]): string {
  if (!fs.existsSync(ATTACKS_DIR)) {
    throw new Error(`The hostile-input corpus is expected at ${ATTACKS_DIR}: the tests run with the project's shared/ folder beside this checkout (as .ci/run sets it up).`);
  }
  return path.join(ATTACKS_DIR, ...parts);
}

/** One attack list from ../shared/attacks, split on \n only, without its #@ comments and blank lines. */
export function readAttackList(file: string): string[] {
  return fs
    .readFileSync(attackPath(file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#@'));
}
