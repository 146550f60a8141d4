import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The 32-byte key that seals stored secrets: SECRET_KEY when set, else `DATA_DIR/secret.key`,
 * written once with a random key, readable by the server's user alone (0600). Instances that share
 * a PostgreSQL database must share SECRET_KEY: a key made on one machine cannot open what another
 * sealed.
 * @throws Error when the file exists but does not hold 64 hex characters
 */
export function resolveSecretKey(keyHex: string | null, dataDir: string): Uint8Array {
  if (keyHex) return Uint8Array.from(Buffer.from(keyHex, 'hex'));
  const file = path.join(dataDir, 'secret.key');
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails when the file exists: two instances starting together never write two keys.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-fA-F]{64}$/.test(text)) throw new Error(`${file} must hold 64 hexadecimal characters (or set SECRET_KEY)`);
  return Uint8Array.from(Buffer.from(text, 'hex'));
}
