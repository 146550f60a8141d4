import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.ts';
import { startServer } from '../helpers/server-process.ts';

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

describe('npm run build', () => {
  it('writes a bundle that plain node runs: the site, its assets and the back office answer', async () => {
    // Inside the project, so the bundle finds node_modules and public/ as dist/server.mjs does.
    fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
    const outDir = fs.mkdtempSync(path.join(root, 'dist', 'test-'));
    try {
      const bundle = await buildServer(path.join(outDir, 'server.mjs'));
      const server = await startServer({ bundle });
      try {
        const home = await fetch(`${server.baseUrl}/fr/`);
        expect(home.status).toBe(200);
        const html = await home.text();
        expect(html).toContain('<html lang="fr" dir="ltr"');
        const stylesheet = /href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
        expect(stylesheet).toBeDefined();
        const css = await fetch(`${server.baseUrl}${stylesheet}`);
        expect(css.status).toBe(200);
        expect(await css.text()).toContain('--accent');
        expect((await fetch(`${server.baseUrl}/admin/sign-in`)).status).toBe(200);
      } finally {
        await server.stop();
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 90_000);
});
