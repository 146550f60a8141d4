import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './server-process.ts';

/** Which site a CLI command acts on: its data folder, public address and, if not SQLite, database. */
export interface CliSite {
  readonly dataDir: string;
  readonly publicUrl: string;
  readonly databaseUrl?: string;
}

/** Runs `npx ensemble …` on a site and returns what it printed. @throws when it fails or takes over a minute */
export function runCli(site: CliSite, ...args: string[]): string {
  return runCliWithin(60_000, site, ...args);
}

/**
 * Runs a long `npx ensemble …` (an export of the whole browser-test site, which other tests have
 * grown, writes about 3,000 files) and returns what it printed. @throws when it fails or times out
 */
export function runCliWithin(timeoutMs: number, site: CliSite, ...args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/ensemble.js', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATA_DIR: site.dataDir, DATABASE_URL: site.databaseUrl ?? '', PUBLIC_URL: site.publicUrl },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (result.status === null) throw new Error(`ensemble ${args.join(' ')} was stopped (${result.signal}) after ${timeoutMs / 1000} s: ${result.stderr}`);
  if (result.status !== 0) throw new Error(`ensemble ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Creates an account with the CLI and returns its one-time set-password link. */
export function addUser(site: CliSite, role: string, email: string, locales: readonly string[] = []): string {
  const args = ['user', 'add', '--role', role, ...(locales.length > 0 ? ['--locales', locales.join(',')] : []), email];
  const link = /(https?:\/\/\S+\/admin\/set-password\?token=\S+)/.exec(runCli(site, ...args))?.[1];
  if (!link) throw new Error('the CLI printed no set-password link');
  return link;
}
