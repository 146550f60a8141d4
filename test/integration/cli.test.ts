import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function ensemble(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['bin/ensemble.js', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: 'https://cms.example' },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npx ensemble', () => {
  it('adds an account and prints its one-time set-password link; refuses a second one with the same email', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-cli-'));
    const added = ensemble(dataDir, 'user', 'add', '--role', 'administrator', 'Ada@Example.org');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Created administrator ada@example.org');
    expect(added.stdout).toMatch(/https:\/\/cms\.example\/admin\/set-password\?token=[A-Za-z0-9_-]{43}\n/);
    const again = ensemble(dataDir, 'user', 'add', '--role', 'editor', 'ada@example.org');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already uses this');
  });

  it('explains its usage on a wrong role or a missing email', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-cli-'));
    for (const args of [['user', 'add', '--role', 'king', 'x@example.org'], ['user', 'add', '--role', 'editor']]) {
      const result = ensemble(dataDir, ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage: npx ensemble user add --role administrator|editor|translator|reviewer');
    }
  });
});
