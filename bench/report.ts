// The bench's table: one row per figure with its reference, ratio and target, plus the machine.
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly reference?: string;
  readonly ratio?: string;
  readonly target?: string;
  /** undefined when the figure has no target; a skipped row says why in `value`. */
  readonly meets?: boolean | 'skipped';
}

export function skippedRow(figure: string, why: string, target?: string): Row {
  return { figure, value: `skipped: ${why}`, meets: 'skipped', ...(target ? { target } : {}) };
}

export function formatTable(rows: readonly Row[]): string {
  const lines = ['| Figure | Ensemble | Reference | Ratio | Target | Meets |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const meets = row.meets === undefined ? '' : row.meets === 'skipped' ? '–' : row.meets ? 'yes' : '**no**';
    lines.push(`| ${row.figure} | ${row.value} | ${row.reference ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${meets} |`);
  }
  return lines.join('\n');
}

export function machineFacts(extra: Readonly<Record<string, string>>): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const facts: Record<string, string> = {
    Date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    Machine: `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
    Node: process.version,
    wrk: toolVersion('wrk', ['--version'], /wrk (\S+)/),
    nginx: toolVersion('nginx', ['-v'], /nginx\/(\S+)/),
    Hugo: toolVersion('hugo', ['version'], /hugo v(\S+)/),
    PostgreSQL: toolVersion('psql', ['--version'], /(\d+\.\d+)/),
    ...extra,
  };
  return Object.entries(facts)
    .map(([name, value]) => `- ${name}: ${value}`)
    .join('\n');
}

function toolVersion(command: string, args: readonly string[], pattern: RegExp): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) return 'absent';
  return pattern.exec(`${result.stdout}${result.stderr}`)?.[1] ?? 'unknown version';
}

export const fmt = {
  rps: (n: number) => `${Math.round(n).toLocaleString('en-GB')} req/s`,
  ratio: (n: number) => `${n.toFixed(2)}×`,
  ms: (n: number) => (n < 10 ? `${n.toFixed(2)} ms` : `${Math.round(n).toLocaleString('en-GB')} ms`),
  mb: (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`,
  perSecond: (n: number) => `${Math.round(n).toLocaleString('en-GB')} pages/s`,
};

/** How to get a missing tool on Debian. */
export function installHint(tool: 'wrk' | 'nginx' | 'hugo'): string {
  return `${tool} is not installed (apt-get install -y ${tool})`;
}
