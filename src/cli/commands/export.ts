import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config.ts';
import { exportSite, type ExportSummary } from '../../export/static-export.ts';
import { writeNginxConfig } from '../../export/nginx-config.ts';
import { buildApp } from '../../http/app.ts';
import { loadSiteAssets } from '../../http/site/site-assets.ts';
import { createModulesFromConfig } from '../../modules.ts';
import { migrateToLatest, type Database } from '../../platform/db/database.ts';
import { createLogger } from '../../platform/logger.ts';

export const EXPORT_USAGE = 'Usage: npx ensemble export OUT [--full] [--concurrency N] [--no-search] [--nginx-config DIR --port PORT]';

/**
 * `export OUT`: the public site as static files, built by the same application as `npm start`
 * (without listening); progress on stderr, the summary on stdout.
 */
export async function runExport(database: Database, config: Config, args: readonly string[]): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    process.stderr.write(`${EXPORT_USAGE}\n`);
    return 2;
  }
  await migrateToLatest(database.db);
  fs.mkdirSync(config.data.mediaDir, { recursive: true });
  const modules = createModulesFromConfig(database.db, config);
  await modules.locales.load();
  const app = await buildApp({ ...modules, assets: loadSiteAssets(), logger: createLogger('warn'), publicUrl: config.http.publicUrl });
  try {
    const progress = createProgress(process.stderr);
    const summary = await exportSite(app, {
      outDir: options.outDir,
      publicUrl: config.http.publicUrl,
      concurrency: options.concurrency,
      pagefind: options.search,
      onProgress: progress.update,
      // Pages unchanged since the last export into OUT keep their files; --full renders them all.
      ...(options.full ? {} : { skipUnchanged: { modules, pageCache: modules.pageCache } }),
    });
    progress.end();
    for (const warning of summary.warnings.slice(0, 20)) process.stderr.write(`warning: ${warning}\n`);
    if (summary.warnings.length > 20) process.stderr.write(`warning: … and ${summary.warnings.length - 20} more\n`);
    process.stdout.write(formatSummary(options.outDir, summary));
    if (options.nginxDir) {
      const file = await writeNginxConfig({ root: options.outDir, port: options.port, runtimeDir: options.nginxDir });
      process.stdout.write(`nginx configuration: ${file}\n  serve with: nginx -c ${file}\n`);
    }
    return 0;
  } finally {
    await app.close();
  }
}

/** Two lines: what was exported, how fast, and what the export folder gained and lost. */
export function formatSummary(outDir: string, summary: ExportSummary): string {
  const seconds = summary.ms / 1000;
  const rate = summary.pages / Math.max(seconds, 0.001);
  return (
    `Exported ${summary.pages} pages to ${outDir} in ${seconds.toFixed(2)} s (${rate.toFixed(0)} pages/s` +
    `${summary.skipped > 0 ? `; ${summary.skipped} unchanged since the last export, not rendered` : ''}).\n` +
    `Files: ${summary.files} (${summary.written} written, ${summary.unchanged} unchanged, ${summary.deleted} deleted), ` +
    `${formatBytes(summary.bytes)} written with .br/.gz${summary.reindexed ? '; search index rebuilt' : ''}.\n`
  );
}

interface ExportArgs {
  readonly outDir: string;
  readonly concurrency?: number;
  readonly search: boolean;
  readonly full: boolean;
  readonly nginxDir?: string;
  readonly port: number;
}

function parseArgs(args: readonly string[]): ExportArgs | undefined {
  let outDir: string | undefined;
  let concurrency: number | undefined;
  let search = true;
  let full = false;
  let nginxDir: string | undefined;
  let port = 8080;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--no-search') search = false;
    else if (arg === '--full') full = true;
    else if (arg === '--concurrency') concurrency = wholeNumber(args[++i]);
    else if (arg === '--nginx-config') nginxDir = args[++i];
    else if (arg === '--port') port = wholeNumber(args[++i]) ?? Number.NaN;
    else if (arg.startsWith('--') || outDir !== undefined) return undefined;
    else outDir = arg;
  }
  if (!outDir || (concurrency !== undefined && !(concurrency >= 1)) || !(port > 0 && port < 65536) || nginxDir === '') return undefined;
  return { outDir: path.resolve(outDir), concurrency, search, full, nginxDir: nginxDir && path.resolve(nginxDir), port };
}

function wholeNumber(raw: string | undefined): number | undefined {
  return raw !== undefined && /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
}

/** A bar redrawn in place on a terminal; elsewhere (CI logs) one line per tenth done. */
function createProgress(stream: NodeJS.WriteStream) {
  const tty = stream.isTTY === true;
  let lastTenth = -1;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done: number, total: number): void {
      const ratio = total === 0 ? 0 : done / total;
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 50 && done !== total) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(ratio * width);
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% ${done}/${total} files`);
        drawn = true;
        return;
      }
      // The total grows while links are found, so a tenth is printed once, when first reached.
      const tenth = Math.floor(ratio * 10);
      if (tenth > lastTenth && done > 0) {
        lastTenth = tenth;
        stream.write(`export: ${tenth * 10}% (${done}/${total} files)\n`);
      }
    },
    end(): void {
      if (drawn) stream.write('\n');
    },
  };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
