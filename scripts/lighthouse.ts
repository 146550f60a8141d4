// Lighthouse 12 (phone emulation, its default) on four page types of a running site, in Debian's Chromium.
// Usage: npm run lighthouse -- [BASE_URL] [--json OUT.json]
// Prints one row per page: performance, accessibility, best practices, SEO, and the bytes transferred.
// Lighthouse's performance score simulates a slow 4G phone from one trace, so it moves a few points
// from run to run and with the machine's load; the other three are checks, not timings.
import { writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const base = (args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json') ?? 'http://localhost:3000').replace(/\/$/, '');

/** One page of each type the issue names, in French and Arabic. */
const PAGES: readonly [string, string][] = [
  ['home', '/fr/'],
  ['section', '/fr/qui-sommes-nous'],
  ['story', '/fr/journee-internationale-des-migrants-2019/le-salon-de-karim'],
  ['map', '/fr/notre-travail/ou-travaillons-nous'],
  ['home (ar)', '/ar/'],
  ['map (ar)', '/ar/amaluna/ayna-namal'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  // As root Chromium needs --no-sandbox; on a closed network it stalls without --disable-background-networking.
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Record<string, unknown>[] = [];
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    rows.push({
      page: name,
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      bytes: lhr.audits['total-byte-weight']?.numericValue ?? 0,
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      failed: failed.join(' '),
    });
  }
} finally {
  await chrome.kill();
}

console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, phone emulation, ${base}`);
console.log('| page | perf | a11y | best practices | SEO | bytes | LCP ms | CLS | failed checks |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r['page']} ${r['path']} | ${r['performance']} | ${r['accessibility']} | ${r['bestPractices']} | ${r['seo']} | ${Number(r['bytes']).toLocaleString('en')} | ${r['lcpMs']} | ${r['cls']} | ${r['failed'] || '–'} |`);
}
if (jsonOut) await writeFile(jsonOut, JSON.stringify(rows, null, 2));
