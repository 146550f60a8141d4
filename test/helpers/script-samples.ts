import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { loadSiteAssets } from '../../src/http/site/site-assets.ts';
import { fontStylesheetFor } from '../../src/http/site/views/view-context.ts';
import { PROJECT_ROOT } from './server-process.ts';

/**
 * Pages in scripts the demo content does not publish yet (Simplified Chinese), wrapped in the site's
 * real stylesheets and served at the server's own origin by intercepting one address, so that the
 * font files come from the server as a real page's would.
 */

export const ZH_HANS_SAMPLE_PATH = '/__samples/zh-hans';

/** The demo home page in Simplified Chinese (test/fixtures/scripts/zh-hans-home.html) as a whole page. */
export function zhHansSamplePage(): string {
  const { urls } = loadSiteAssets();
  const fonts = fontStylesheetFor(urls, 'zh-Hans');
  if (fonts === undefined) throw new Error('no web-font stylesheet for Simplified Chinese');
  const body = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/scripts/zh-hans-home.html'), 'utf8');
  return (
    '<!DOCTYPE html><html lang="zh-Hans" dir="ltr"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>全球移民机构</title>' +
    `<link rel="stylesheet" href="${urls.stylesheet}"><link rel="stylesheet" href="${fonts}"></head>` +
    `<body>${body}</body></html>`
  );
}

/**
 * Answers `baseUrl + ZH_HANS_SAMPLE_PATH` in this context with the sample; returns its URL.
 * @throws Error when the server does not serve this checkout's stylesheets (it runs other files)
 */
export async function serveZhHansSample(context: BrowserContext, baseUrl: string): Promise<string> {
  const url = baseUrl + ZH_HANS_SAMPLE_PATH;
  const html = zhHansSamplePage();
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) {
    const response = await fetch(baseUrl + href);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${baseUrl}${href} answered ${response.status}: the server runs other stylesheets than this checkout`);
  }
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

export interface FontDownload {
  readonly name: string;
  /** Bytes of the body as sent (WOFF2 is not compressed again). */
  readonly bytes: number;
}

/** The .woff2 files the page downloaded, once it has drawn its text with them. */
export async function fontDownloads(tab: Page): Promise<FontDownload[]> {
  await tab.evaluate(() => document.fonts.ready);
  const entries = await tab.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, bytes: (entry as PerformanceResourceTiming).encodedBodySize })),
  );
  return entries.filter((entry) => new URL(entry.name).pathname.endsWith('.woff2'));
}

export interface PlatformFont {
  readonly familyName: string;
  readonly isCustomFont: boolean;
  readonly glyphCount: number;
}

/** The fonts Chromium actually drew an element's text with (CSS.getPlatformFontsForNode), most glyphs first. */
export async function platformFonts(cdp: CDPSession, selector: string): Promise<PlatformFont[]> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`no element matches ${selector}`);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount);
}
