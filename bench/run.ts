// `npm run bench [-- --quick] [-- --documents N]`: seeds a large site and measures Ensemble beside
// nginx, node:http, Hugo, and its own targets, in one run on this machine. Figures are printed and
// written to bench/results/latest.md; nothing is asserted (docs/performance.md explains each one).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { measurePublishVisible, VISIBLE_TARGET } from './instances.ts';
import { measureLocales } from './locales.ts';
import { formatTable, machineFacts, skippedRow, type Row } from './report.ts';
import { SEARCH_TARGET, measureSearch } from './search.ts';
import { pagePath, seedSite, type SeedPlan, type SeedResult } from './seed.ts';
import { PROJECT_ROOT, startEnsemble, type Server } from './servers.ts';
import { measureMemory, measureThroughput, type PageGroup } from './serving.ts';
import { openBenchSite } from './site.ts';
import { measureStaticExport } from './static.ts';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    documents: { type: 'string' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '50' },
    'page-cache-mb': { type: 'string' },
    encoding: { type: 'string', default: 'br' },
    // Runs one part: serving, export (with SQLite search), postgres (each after seeding) or locales (its own sites).
    only: { type: 'string' },
    'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});

const quick = args.quick === true;
const plan: SeedPlan = { documents: Number(args.documents ?? (quick ? 200 : 5000)), bodyChars: 21_500, sections: quick ? 4 : 10 };
const rounds = Number(args.rounds ?? (quick ? 3 : 5));
const seconds = Number(args.seconds ?? (quick ? 2 : 5));
const connections = Number(args.connections);
const pageCacheMb = Number(args['page-cache-mb'] ?? 256);
const encoding = args.encoding === 'identity' ? 'identity' : 'br';
const runs = (part: 'serving' | 'export' | 'postgres' | 'locales') => args.only === undefined || args.only === part;
// The locales section seeds its own two sites: the big site is not needed when it runs alone.
const needsSeed = args.only !== 'locales';
const localeDocuments = Number((needsSeed ? undefined : args.documents) ?? (quick ? 200 : 1000));
// Server on core 0, wrk on core 1; one core means no pinning (and figures that mean less).
const cpus = os.cpus().length >= 2 ? { serverCpu: 0, clientCpu: 1 } : {};

const rows: Row[] = [];
// Dropping the bench database WITH (FORCE) ends whatever session is left on it; a pool that still
// held one hears "terminating connection due to administrator command" (57P01), which is expected.
process.on('uncaughtException', (error: Error & { code?: string }) => {
  if (error.code !== '57P01') {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  }
  log(`a connection to the dropped bench database was closed (${error.message})`);
});
let failed = false;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function section(name: string, work: () => Promise<void>): Promise<void> {
  log(`${name}…`);
  try {
    await work();
  } catch (error) {
    failed = true;
    rows.push({ figure: name, value: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, meets: false });
    log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/**
 * The site's pages: first its translations (fr and en), then the same addresses in es and ar,
 * which show the French or English text (the fallback) in the Spanish or Arabic frame.
 */
function pageGroups(seed: SeedResult): PageGroup[] {
  const paths = ['', ...seed.sectionSlugs, ...seed.pages.map(pagePath)];
  const inLocales = (locales: readonly string[]) => locales.flatMap((locale) => paths.map((p) => `/${locale}/${p}`));
  return [
    { label: 'every translation, fr and en', paths: inLocales(['fr', 'en']), target: true },
    { label: 'then es and ar fallback pages too', paths: inLocales(['es', 'ar']), target: false },
  ];
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-bench-'));
const shmDir = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'ensemble-bench-'));
const dataDir = path.join(workDir, 'sqlite-site');
const started = Date.now();
const loadAtStart = os.loadavg()[0]!;
let seeded: SeedResult | undefined;

try {
  if (needsSeed) await section(`Seeding SQLite (${plan.documents} documents × fr, en)`, async () => {
    const site = await openBenchSite(dataDir);
    try {
      seeded = await seedSite(site.modules, plan, { onProgress: (n) => log(`  ${n} documents`) });
    } finally {
      await site.database.close();
    }
    rows.push({ figure: `Seeding SQLite through the content service (${seeded.translations.toLocaleString('en-GB')} translations)`, value: `${(seeded.ms / 1000).toFixed(1)} s` });
  });

  if (seeded) {
    const seed = seeded;
    const sample = seed.pages[Math.floor(seed.pages.length / 2)]!;
    if (runs('serving')) await section('Serving on one core', async () => {
      const server = await startEnsemble({ dataDir, pageCacheMb, ...(cpus.serverCpu === undefined ? {} : { cpu: cpus.serverCpu }) });
      try {
        rows.push(...(await measureThroughput(server, { workDir, pagePath: `/en/${pagePath(sample)}`, rounds, seconds, connections, encoding, ...cpus })));
        log('  filling the page cache with every page…');
        rows.push(...(await measureMemory(server, pageGroups(seed), pageCacheMb)));
      } finally {
        await server.stop();
      }
    });

    if (runs('export')) await section('Static export and search on SQLite', async () => {
      const site = await openBenchSite(dataDir);
      try {
        rows.push(...(await measureStaticExport(site, plan, sample, shmDir)));
        rows.push(await measureSearch(site.modules, 'SQLite', seed.translations, quick ? 100 : 200));
      } finally {
        await site.database.close();
      }
    });

    if (runs('postgres')) await section('PostgreSQL: search and two instances', postgresSection);
  }

  if (runs('locales')) {
    await section(`Forty locales against four (${localeDocuments} documents each, SQLite)`, async () => {
      rows.push(...(await measureLocales(workDir, { documents: localeDocuments, sections: 10, bodyChars: 2_000, saves: quick ? 40 : 100, rounds: quick ? 3 : 5 })));
    });
  }
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.rmSync(shmDir, { recursive: true, force: true });
}

const facts = machineFacts({
  Run: needsSeed
    ? `${quick ? '--quick' : plan.documents === 5000 ? 'full size' : 'custom size'}: ${plan.documents.toLocaleString('en-GB')} documents × 2 locales, ~${Math.round(plan.bodyChars / 1000)} k characters of body each; wrk -t1 -c${connections}, ${rounds} interleaved rounds × ${seconds} s; server on core ${cpus.serverCpu ?? '(any)'}, wrk on core ${cpus.clientCpu ?? '(any)'}; Accept-Encoding: ${encoding}`
    : `--only locales${quick ? ' --quick' : ''}: two SQLite sites of ${localeDocuments.toLocaleString('en-GB')} documents, 4 and 40 locales, ~2 k characters of body per translation`,
  Duration: `${Math.round((Date.now() - started) / 1000)} s`,
  'Load average (1 min), start / end': `${loadAtStart.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)}${
    Math.max(loadAtStart, os.loadavg()[0]!) > os.cpus().length / 2 ? ' — other work was running: treat every figure as a lower bound' : ''
  }`,
});
const report = `${formatTable(rows)}\n\n${facts}\n`;
process.stdout.write(`\n${report}`);
const resultsDir = path.join(PROJECT_ROOT, 'bench', 'results');
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(path.join(resultsDir, 'latest.md'), `# Ensemble bench, ${new Date().toISOString().slice(0, 10)}\n\n${report}`);
log(`written to bench/results/latest.md`);
process.exit(failed ? 1 : 0);

async function postgresSection(): Promise<void> {
  const adminUrl = args['postgres-url']!;
  const searchFigure = `Search p50 / p95, PostgreSQL`;
  const visibleFigure = 'Publish → visible on 2 instances (PostgreSQL)';
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    const why = `PostgreSQL not reachable at ${adminUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')} (${error instanceof Error ? error.message : String(error)}; set --postgres-url)`;
    rows.push(skippedRow(searchFigure, why, SEARCH_TARGET), skippedRow(visibleFigure, why, VISIBLE_TARGET));
    return;
  }
  const name = `ensemble_bench_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const servers: Server[] = [];
  try {
    const site = await openBenchSite(path.join(workDir, 'pg-bench'), url.href);
    try {
      const pgSeed = await seedSite(site.modules, plan, { concurrency: 8, onProgress: (n) => log(`  ${n} documents (PostgreSQL)`) });
      rows.push({ figure: `Seeding PostgreSQL (8 at a time, ${pgSeed.translations.toLocaleString('en-GB')} translations)`, value: `${(pgSeed.ms / 1000).toFixed(1)} s` });
      rows.push(await measureSearch(site.modules, 'PostgreSQL', pgSeed.translations, quick ? 100 : 200));
      for (const n of [1, 2]) servers.push(await startEnsemble({ dataDir: path.join(workDir, `pg-instance-${n}`), databaseUrl: url.href, pageCacheMb }));
      const page = pgSeed.pages[0]!;
      rows.push(await measurePublishVisible(site, servers, page, `/en/${pagePath(page)}`, quick ? 3 : 7));
    } finally {
      for (const server of servers) await server.stop();
      await site.database.close();
    }
  } finally {
    // Stopped servers' sessions end a moment after their processes; FORCE ends any left after 5 s.
    for (let waited = 0; waited < 5_000; waited += 100) {
      const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
