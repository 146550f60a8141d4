import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite, outputPath, type ExportSummary } from '../../src/export/static-export.ts';
import { MANIFEST_NAME, readManifest } from '../../src/export/export-writer.ts';
import { nginxConfig } from '../../src/export/nginx-config.ts';
import { SYSTEM_ACTOR as actor } from '../../src/modules/content/index.ts';
import { savePublished } from '../helpers/content-fixtures.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';

/** A page of the demo in no menu (its title shows on few pages), and one to take off the site. */
const RENAMED = 'journee-internationale-des-migrants-2019/message-du-directeur-general';
const REMOVED = 'qui-sommes-nous/structure-organisationnelle/bureau-du-chef-de-cabinet';
const LOCALES = ['fr', 'en', 'es', 'ar'] as const;

describe('static export', () => {
  let site: TestSite;
  let outDir: string;
  let first: ExportSummary;
  const run = () => exportSite(site.app, { outDir, publicUrl: TEST_PUBLIC_URL, concurrency: 8 });
  const file = (relative: string) => path.join(outDir, relative);

  beforeAll(async () => {
    site = await buildTestSite('sqlite');
    outDir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-export-'));
    first = await run();
  }, 120_000);

  afterAll(async () => {
    await site?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('writes every locale home page with .br and .gz beside it that decode to the same bytes', () => {
    for (const locale of LOCALES) {
      const html = readFileSync(file(`${locale}/index.html`));
      expect(html.toString()).toContain(`<html lang="${locale}"`);
      expect(brotliDecompressSync(readFileSync(file(`${locale}/index.html.br`)))).toEqual(html);
      expect(gunzipSync(readFileSync(file(`${locale}/index.html.gz`)))).toEqual(html);
    }
    expect(readFileSync(file(`fr/${RENAMED}/index.html`), 'utf8')).toContain('data-pagefind-body');
    expect(first.pages).toBeGreaterThan(50);
    expect(first.warnings).toEqual([]);
  });

  it('writes the stylesheet, every image variant the pages name, robots.txt and localised 404 pages', async () => {
    const assets = await readdir(file('assets'));
    expect(assets.some((name) => /^site\.[0-9a-f]{12}\.css$/.test(name))).toBe(true);
    // The font stylesheets of the Arabic and Chinese pages and the WOFF2 files they name, nothing else.
    const fonts = assets.filter((name) => name.endsWith('.woff2')).map((name) => name.replace(/\.[0-9a-f]{12}\./, '.'));
    expect(fonts).toEqual(expect.arrayContaining(['noto-sans-arabic-arabic-400-normal.woff2', 'noto-sans-arabic-arabic-700-normal.woff2']));
    expect(fonts.filter((name) => name.startsWith('noto-sans-sc-')).length).toBeGreaterThan(50);
    expect(fonts.every((name) => /^noto-sans-(arabic-arabic|sc-\d+)-(400|700)-normal\.woff2$/.test(name)), fonts.join(' ')).toBe(true);
    const media = await readdir(file('media'));
    for (const format of ['avif', 'webp', 'jpg']) expect(media.some((name) => name.endsWith(`.${format}`))).toBe(true);
    // Every srcset candidate of every page is a file of the export.
    const pages = Object.keys((await readManifest(outDir)).files).filter((p) => p.endsWith('.html'));
    const html = pages.map((p) => readFileSync(file(p), 'utf8')).join('');
    const candidates = [...html.matchAll(/srcset="([^"]+)"/g)].flatMap(([, set]) => set!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
    expect(candidates.length).toBeGreaterThan(0);
    for (const url of candidates) expect(existsSync(file(url.slice(1))), url).toBe(true);
    expect(readFileSync(file('robots.txt'), 'utf8')).toContain('User-agent');
    expect(readFileSync(file('404.html'), 'utf8')).toContain('lang="fr"');
    expect(readFileSync(file('ar/404.html'), 'utf8')).toContain('dir="rtl"');
    // Error pages and the search page itself stay out of the search index.
    expect(readFileSync(file('404.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('replaces the dynamic search page by a Pagefind one and builds the index', () => {
    for (const locale of LOCALES) {
      const html = readFileSync(file(`${locale}/search/index.html`), 'utf8');
      expect(html).toContain('<script src="/pagefind/pagefind-ui.js"');
      expect(html).toContain('<div id="search"></div>');
      expect(html).toContain(`lang="${locale}"`);
    }
    expect(existsSync(file('pagefind/pagefind-ui.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(file('pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh-hans']);
    expect(first.reindexed).toBe(true);
  });

  it('keeps a manifest with the sha-256 of every file it wrote', async () => {
    const manifest = await readManifest(outDir);
    expect(Object.keys(manifest.files).length).toBe(first.files);
    const entry = manifest.files['fr/index.html'];
    expect(entry?.sha256).toBe(createHash('sha256').update(readFileSync(file('fr/index.html'))).digest('hex'));
    expect(entry?.encodings).toEqual(['br', 'gz']);
    expect(existsSync(file(MANIFEST_NAME))).toBe(true);
  });

  it('writes nothing the second time when nothing changed, and does not index again', async () => {
    const again = await run();
    expect(again).toMatchObject({ written: 0, deleted: 0, bytes: 0, files: first.files, unchanged: first.files, reindexed: false });
  });

  it('after one title changes, rewrites exactly the pages that show it (and sitemaps, feeds, search index)', async () => {
    const renamed = await findDocument(site, RENAMED);
    await savePublished(site, {
      documentId: renamed.document.id,
      locale: 'fr',
      expectedVersion: renamed.translation.version,
      translation: { ...renamed.translation, title: 'Un message renommé' },
      actor,
    });
    const before = new Map(['en/index.html', 'ar/index.html', 'fr/notre-travail/index.html'].map((f) => [f, readFileSync(file(f))]));

    const summary = await run();

    const html = summary.writtenPaths.filter((p) => p.endsWith('.html') && !p.startsWith('pagefind/'));
    const showing = Object.keys((await readManifest(outDir)).files).filter((p) => p.endsWith('.html') && readFileSync(file(p), 'utf8').includes('Un message renommé'));
    expect(html.sort()).toEqual(showing.sort());
    expect(html).toContain(`fr/${RENAMED}/index.html`);
    expect(html.length).toBeLessThanOrEqual(6);
    const others = summary.writtenPaths.filter((p) => !p.endsWith('.html') && !p.startsWith('pagefind/'));
    expect(others.every((p) => p.endsWith('.xml') || p.includes('/feeds/')), others.join(', ')).toBe(true);
    // Only the search index's fragments of the changed pages go (they are named by their content).
    expect(summary.deletedPaths.every((p) => p.startsWith('pagefind/'))).toBe(true);
    expect(summary.reindexed).toBe(true);
    for (const [f, bytes] of before) expect(readFileSync(file(f)), f).toEqual(bytes);
  }, 60_000);

  it('deletes the files of a page taken off the site, with their .br and .gz', async () => {
    const removed = await findDocument(site, REMOVED);
    for (const translation of await site.content.reader.listPublishedTranslations([removed.document.id])) {
      await site.content.service.transition({ documentId: removed.document.id, locale: translation.locale, action: 'archive', actor });
    }
    const summary = await run();
    expect(summary.deletedPaths).toContain(`fr/${REMOVED}/index.html`);
    for (const suffix of ['', '.br', '.gz']) expect(existsSync(file(`fr/${REMOVED}/index.html${suffix}`))).toBe(false);
    expect(existsSync(file(`fr/${REMOVED}`))).toBe(false);
  }, 60_000);

  it('maps addresses to files: a page to its folder index, other files to their path', () => {
    expect(outputPath('/fr/', true)).toBe('fr/index.html');
    expect(outputPath('/fr/qui-sommes-nous', true)).toBe('fr/qui-sommes-nous/index.html');
    expect(outputPath('/fr/feeds/news.rss', false)).toBe('fr/feeds/news.rss');
    expect(outputPath('/media/a-400.avif', false)).toBe('media/a-400.avif');
  });

  it('writes an nginx configuration that serves the export precompressed, with its redirects', () => {
    const config = nginxConfig({ root: '/srv/out', port: 8081, runtimeDir: '/tmp/run', brotli: false, locales: [{ code: 'fr', prefix: 'fr' }, { code: 'en', prefix: 'en' }, { code: 'es', prefix: 'es' }, { code: 'ar', prefix: 'ar' }], redirects: { '/fr/ancien': '/fr/nouveau', '/x y': '/z' } });
    expect(config).toContain('root /srv/out;');
    expect(config).toContain('listen 127.0.0.1:8081;');
    expect(config).toContain('gzip_static on;');
    expect(config).not.toContain('brotli_static');
    expect(config).toContain('try_files $uri $uri/index.html =404;');
    expect(config).toContain('location = /fr/ancien {');
    expect(config).not.toContain('/x y'); // an address nginx would misread is left out
    expect(config).toContain('pid /tmp/run/nginx.pid;');
  });
});

async function findDocument(site: TestSite, pagePath: string) {
  const found = await site.content.reader.findByPath('fr', pagePath, { fallback: 'show' });
  if (!found) throw new Error(`no page at /fr/${pagePath}`);
  return found;
}
