import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { resolveSecretKey } from './secret-key.ts';

describe('secret key', () => {
  it('uses SECRET_KEY when set, and refuses a value that is not 64 hex characters without echoing it', () => {
    const hex = 'ab'.repeat(32);
    expect(Buffer.from(resolveSecretKey(loadConfig({ SECRET_KEY: hex }, '/srv').secrets.keyHex, '/nowhere')).toString('hex')).toBe(hex);
    expect(() => loadConfig({ SECRET_KEY: 'short-and-secret' }, '/srv')).toThrow(/SECRET_KEY must be 64 hexadecimal characters/);
    try {
      loadConfig({ SECRET_KEY: 'short-and-secret' }, '/srv');
    } catch (error) {
      expect(String(error)).not.toContain('short-and-secret');
    }
  });

  it('without SECRET_KEY, writes a random key once to DATA_DIR/secret.key readable by the owner alone, then reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ens-secret-'));
    const first = resolveSecretKey(null, dir);
    const file = path.join(dir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(resolveSecretKey(null, dir)).equals(Buffer.from(first))).toBe(true);
    writeFileSync(file, 'damaged');
    expect(() => resolveSecretKey(null, dir)).toThrow(/must hold 64 hexadecimal characters/);
  });
});
