import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeNginxConfig } from '../../src/export/nginx-config.ts';
import { checkWithAxe, formatAxe, WCAG_21_AA } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { runCliWithin } from '../helpers/cli.ts';
import { crawlSite, formatBrokenLinks, shortUrl, type CrawlResult } from '../helpers/crawl.ts';
import { freePort } from '../helpers/server-process.ts';
import { localePages, VIEWPORT, WHOLE_SITE_TIMEOUT } from '../helpers/site.ts';

/**
 * `npx ensemble export` of the running demo site, served by nginx with no Ensemble process in the
 * way: the same link check and axe run as the live site, and Pagefind search in Chromium.
 */

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');

let outDir: string;
let runtimeDir: string;
let nginx: ChildProcess | undefined;
let staticUrl: string;
let browser: Browser;
let crawl: CrawlResult;

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install it with 'apt-get install -y nginx'`);
  outDir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-static-'));
  // nginx started as root serves through workers running as `nobody`: the folder must be readable.
  await chmod(outDir, 0o755);
  runtimeDir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-nginx-'));
  // Half the whole-site budget: the crawl and the checks below need the rest.
  const printed = runCliWithin(WHOLE_SITE_TIMEOUT / 2, { dataDir, publicUrl: baseUrl }, 'export', outDir);
  expect(printed).toMatch(/Exported \d+ pages/);
  const port = await freePort();
  staticUrl = `http://127.0.0.1:${port}`;
  const config = await writeNginxConfig({ root: outDir, port, runtimeDir });
  // -e: the error log before the configuration is read, so nothing is written under /var/log.
  nginx = spawn(NGINX, ['-c', config, '-p', runtimeDir, '-e', path.join(runtimeDir, 'startup.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await waitForAnswer(`${staticUrl}/fr/`, () => stderr);
  browser = await launchChromium();
  crawl = await crawlSite(staticUrl);
}, WHOLE_SITE_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx?.once('exit', resolve));
    nginx.kill('SIGTERM'); // the master stops its worker
    await exited;
  }
  if (outDir) await rm(outDir, { recursive: true, force: true });
  if (runtimeDir) await rm(runtimeDir, { recursive: true, force: true });
});

describe('static export served by nginx', () => {
  it('has no broken links and as many pages as the live site', async () => {
    expect(formatBrokenLinks(crawl.broken, staticUrl), 'broken links').toBe('');
    expect(formatBrokenLinks(crawl.brokenFragments, staticUrl), 'broken fragments').toBe('');
    const live = await crawlSite(baseUrl);
    expect(localePages(crawl.pages).length).toBeGreaterThanOrEqual(localePages(live.pages).length);
  }, WHOLE_SITE_TIMEOUT);

  it('passes axe (WCAG 2.1 AA) on every page', async () => {
    const pages = localePages(crawl.pages);
    const results = await checkWithAxe(browser, pages.map((page) => page.url), { viewport: VIEWPORT, tags: WCAG_21_AA, tabs: 3 });
    for (const result of results) expect(result.status, `${shortUrl(result.url, staticUrl)} status in Chromium`).toBe(200);
    expect(formatAxe(results.flatMap((result) => result.violations), staticUrl), 'axe violations').toBe('');
    expect(pages.length).toBeGreaterThan(50);
  }, WHOLE_SITE_TIMEOUT);

  it('finds a French word with Pagefind on /fr/search/ and links to the page', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(`${staticUrl}/fr/search/`);
      await page.locator('.pagefind-ui__search-input').fill('migrants');
      const result = page.locator('.pagefind-ui__result-link').first();
      await result.waitFor({ timeout: 30_000 });
      const href = await result.getAttribute('href');
      expect(href).toMatch(/^\/fr\//);
      const response = await page.goto(new URL(href as string, staticUrl).href);
      expect(response?.status()).toBe(200);
    } finally {
      await context.close();
    }
  });

  it('sends precompressed pages and a localised 404', async () => {
    const home = await fetch(`${staticUrl}/ar/`, { headers: { 'accept-encoding': 'br' } });
    expect(home.headers.get('content-encoding')).toBe('br');
    const missing = await fetch(`${staticUrl}/es/no-existe`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('lang="es"');
  });
});

async function waitForAnswer(url: string, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx?.exitCode !== null) throw new Error(`nginx exited (${String(nginx?.exitCode)}): ${output()}`);
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${url}: ${output()}`);
}
