import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm start', () => {
  it('stops on bad settings with a message naming each variable and what it expects', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-start-'));
    const result = start({ PORT: 'http', DATABASE_URL: 'mysql://x', DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be a whole number from 0 to 65535, got "http"');
    expect(result.stderr).toContain('DATABASE_URL must start with postgres:// (PostgreSQL) or file: (SQLite file)');
    expect(result.stderr).toContain('.env.example');
    expect(result.stderr).not.toMatch(/\bat .+\.ts:\d+/);
    // Nothing was created for a configuration that was refused.
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
