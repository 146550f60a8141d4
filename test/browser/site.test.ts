import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAttackList } from '../helpers/attacks.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { crawlSite, formatBrokenLinks, shortUrl, type CrawledPage, type CrawlResult } from '../helpers/crawl.ts';
import { PROJECT_ROOT, startServer, type ServerProcess } from '../helpers/server-process.ts';

/**
 * The public site as a visitor meets it: the real server on a fresh SQLite database with the
 * demo content, crawled over HTTP and driven in Debian's headless Chromium.
 */

const LOCALES = ['fr', 'en', 'es', 'ar'] as const;
const VIEWPORT = { width: 1280, height: 800 };
const VNU_JAR = path.join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const SLOW = 600_000;

let server: ServerProcess;
let browser: Browser;
let crawlPromise: Promise<CrawlResult> | undefined;

/** The crawl is shared by every test that needs the page list; it runs once, on first use. */
function crawl(): Promise<CrawlResult> {
  crawlPromise ??= crawlSite(server.baseUrl);
  return crawlPromise;
}

function short(url: string): string {
  return shortUrl(url, server.baseUrl);
}

function localePages(pages: readonly CrawledPage[]): CrawledPage[] {
  return pages.filter((page) => (LOCALES as readonly string[]).includes(page.locale ?? ''));
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('public site', () => {
  it('has no broken internal link', async () => {
    const result = await crawl();
    const perLocale = Object.fromEntries(
      LOCALES.map((locale) => [locale, result.pages.filter((page) => page.locale === locale).length]),
    );
    console.log(
      `crawl: ${result.pages.length} pages (${LOCALES.map((l) => `${l} ${perLocale[l]}`).join(', ')}), ` +
        `${result.requested} URLs requested${result.truncated ? ', STOPPED at the 2,000-page bound' : ''}`,
    );

    const report = [
      result.broken.length > 0 ? `Broken links:\n${formatBrokenLinks(result.broken, server.baseUrl)}` : '',
      result.brokenFragments.length > 0
        ? `Broken #fragments:\n${formatBrokenLinks(result.brokenFragments, server.baseUrl)}`
        : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    expect(report, 'every internal link answers 200 and every #fragment exists').toBe('');

    expect(perLocale.fr, 'French pages found').toBeGreaterThan(10);
    expect(perLocale.en, 'English pages found').toBeGreaterThan(10);
    expect(perLocale.es, 'Spanish pages found').toBeGreaterThan(0);
    expect(perLocale.ar, 'Arabic pages found').toBeGreaterThan(0);
  }, SLOW);

  it('passes axe (WCAG 2.1 AA) on every page in fr, en, es and ar', async () => {
    const pages = localePages((await crawl()).pages);
    const context = await browser.newContext({ viewport: VIEWPORT });
    const tab = await context.newPage();
    const violations: AxeViolation[] = [];
    try {
      for (const page of pages) {
        const response = await tab.goto(page.url, { waitUntil: 'load' });
        expect(response?.status(), `${short(page.url)} status in Chromium`).toBe(200);
        const results = await new AxeBuilder({ page: tab })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        for (const violation of results.violations) {
          violations.push({
            url: short(page.url),
            id: violation.id,
            impact: violation.impact ?? 'unknown',
            help: violation.help,
            nodes: violation.nodes.map((node) => ({
              target: node.target.map(String).join(' '),
              html: node.html,
              summary: node.failureSummary ?? '',
            })),
          });
        }
      }
    } finally {
      await context.close();
    }
    console.log(`axe: ${pages.length} pages, ${violations.length} violations`);
    expect(formatAxe(violations), 'axe violations').toBe('');
    expect(pages.length).toBeGreaterThan(0);
  }, SLOW);

  it('serves valid HTML on every page (vnu)', async () => {
    const pages = (await crawl()).pages;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-vnu-'));
    try {
      const fileToUrl = new Map<string, string>();
      const files: string[] = [];
      for (const [index, page] of pages.entries()) {
        const file = path.join(dir, `page-${String(index).padStart(4, '0')}.html`);
        await writeFile(file, page.html);
        files.push(file);
        fileToUrl.set(file, short(page.url));
      }
      const messages = await runVnu(files);
      const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
      console.log(`vnu: ${pages.length} pages, ${errors.length} errors`);
      expect(formatVnu(errors, fileToUrl), 'vnu errors').toBe('');
      expect(pages.length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it('sets <html lang> to the URL locale and dir to rtl for Arabic only', async () => {
    const pages = localePages((await crawl()).pages);
    const wrong = pages
      .map((page) => {
        const dir = page.locale === 'ar' ? 'rtl' : 'ltr';
        return page.lang === page.locale && page.dir === dir
          ? null
          : `${short(page.url)}: lang=${JSON.stringify(page.lang)} dir=${JSON.stringify(page.dir)}, ` +
              `expected lang="${page.locale}" dir="${dir}"`;
      })
      .filter((line): line is string => line !== null);
    expect(wrong.join('\n'), 'pages with a wrong lang or dir').toBe('');
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const locale of ['fr', 'ar'] as const) {
    it(`lets the keyboard alone reach every main-menu entry on /${locale}/ without JavaScript`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
      try {
        const tab = await context.newPage();
        const url = `${server.baseUrl}/${locale}/`;

        // The first Tab lands on the skip link, and Enter on it moves the visitor to #main.
        await tab.goto(url);
        await tab.keyboard.press('Tab');
        const first = await focused(tab);
        expect.soft(first?.rawHref, 'the first Tab focuses the skip link').toBe('#main');
        expect
          .soft(first !== null && isFocusVisible(first), `the focused skip link shows focus: ${describeFocus(first)}`)
          .toBe(true);
        expect.soft(first?.onScreen, 'the focused skip link is on screen').toBe(true);
        await tab.keyboard.press('Enter');
        const afterSkip = await tab.evaluate(() => ({
          hash: location.hash,
          target: document.querySelector(':target')?.id ?? null,
          activeIsMain: document.activeElement?.id === 'main',
        }));
        expect.soft(afterSkip.hash, 'the skip link goes to #main').toBe('#main');
        expect.soft(afterSkip.target, 'an element with id="main" is the target').toBe('main');
        if (!afterSkip.activeIsMain) {
          // Without tabindex=-1 on <main> Chromium moves the sequential focus starting point there.
          await tab.keyboard.press('Tab');
          const next = await tab.evaluate(() => {
            const main = document.getElementById('main');
            const active = document.activeElement;
            if (!main || !active || active === document.body) return false;
            const following = main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING;
            return main.contains(active) || following !== 0;
          });
          expect.soft(next, 'after the skip link, Tab continues inside or after <main>').toBe(true);
        }

        // Tab through the whole page from the top, opening every closed menu disclosure with Enter.
        await tab.goto(url);
        const reached = new Set<string>();
        const noFocusStyle: string[] = [];
        let seenAny = false;
        let presses = 0;
        let opened = 0;
        for (; presses < 600; presses += 1) {
          await tab.keyboard.press('Tab');
          const info = await focused(tab);
          if (info === null) {
            if (seenAny) break; // focus left the document: every focusable element was visited
            continue;
          }
          seenAny = true;
          if (!isFocusVisible(info)) noFocusStyle.push(describeFocus(info));
          if (info.inHeaderNav && info.href !== null) reached.add(info.href);
          if (info.isSummary && info.inHeader && info.open === false) {
            await tab.keyboard.press('Enter');
            opened += 1;
            const after = await focused(tab);
            expect.soft(after?.open, `Enter opens the menu disclosure "${info.text}"`).toBe(true);
          }
        }
        const all = await tab.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('header nav a[href]')].map((a) => a.href),
        );
        console.log(
          `keyboard /${locale}/: ${reached.size} of ${new Set(all).size} header-nav links reached ` +
            `in ${presses} Tab presses, ${opened} disclosures opened`,
        );
        expect.soft(presses, 'Tab eventually leaves the page (no keyboard trap)').toBeLessThan(600);
        expect.soft(all.length, 'the header nav has links').toBeGreaterThan(0);
        const missed = [...new Set(all)].filter((href) => !reached.has(href)).map(short);
        expect.soft(missed, 'header nav links never reached with Tab').toEqual([]);
        expect.soft(noFocusStyle, 'focused elements without a visible outline or box-shadow').toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('mirrors the layout in Arabic', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await context.newPage();
      await tab.goto(`${server.baseUrl}/ar/`);
      const layout = await tab.evaluate(() => {
        const main = document.querySelector('main');
        const links = [...document.querySelectorAll<HTMLAnchorElement>('header a[href]')];
        // The site name: the header link back to the Arabic home page, else the first header link.
        const brand =
          links.find((a) => new URL(a.href).pathname === '/ar/' && a.getAttribute('href') !== '#main') ??
          links.find((a) => a.getAttribute('href') !== '#main');
        const box = brand?.getBoundingClientRect();
        return {
          dir: document.documentElement.dir,
          mainDirection: main ? getComputedStyle(main).direction : null,
          brand: brand ? brand.outerHTML.slice(0, 120) : null,
          brandRight: box ? box.right : null,
          width: window.innerWidth,
        };
      });
      console.log(`arabic: site name right edge at ${layout.brandRight} of ${layout.width}px`);
      expect(layout.dir).toBe('rtl');
      expect(layout.mainDirection, 'computed direction of <main>').toBe('rtl');
      expect(layout.brand, 'a site-name link in the header').not.toBeNull();
      expect(
        layout.brandRight,
        `right edge of the site name ${layout.brand} in a ${layout.width}px viewport`,
      ).toBeGreaterThan(0.5 * layout.width);
    } finally {
      await context.close();
    }
  });

  it('negotiates the language on /', async () => {
    for (const [acceptLanguage, expected] of [
      ['ar', '/ar/'],
      ['de', '/fr/'],
      ['en-US,en;q=0.9', '/en/'],
    ] as const) {
      const first = await fetch(`${server.baseUrl}/`, {
        redirect: 'manual',
        headers: { 'accept-language': acceptLanguage },
      });
      await first.arrayBuffer();
      expect(first.status, `/ with Accept-Language: ${acceptLanguage}`).toBe(303);
      const landed = await fetch(`${server.baseUrl}/`, { headers: { 'accept-language': acceptLanguage } });
      await landed.arrayBuffer();
      expect(new URL(landed.url).pathname, `/ with Accept-Language: ${acceptLanguage} lands on`).toBe(expected);
      expect(landed.status).toBe(200);
    }
  });

  it('answers hostile URLs with an HTML error page, never a crash or a stack', async () => {
    const paths = [
      '/fr/%',
      '/fr/%E0%A4%A',
      '/fr/a%00b',
      '/xx/',
      `/fr/${'a'.repeat(8000)}`,
      '/fr/../../etc/passwd',
      '/fr/%2e%2e/%2e%2e/',
      '//evil.example',
      '/fr/<script>',
      ...attackPaths(),
    ];
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    for (const target of paths) {
      const label = target.length > 100 ? `${target.slice(0, 60)}…(${target.length} chars)` : target;
      let answer: RawAnswer;
      try {
        answer = await rawGet(server.baseUrl, target);
      } catch (error) {
        problems.push(`${label}: no answer (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const problem = judgeHostileAnswer(target, answer, server.baseUrl);
      if (problem !== null) problems.push(`${label}: ${problem}`);
    }
    const histogram = [...statuses].map(([status, count]) => `${status}×${count}`).join(', ');
    console.log(`hostile URLs: ${paths.length} sent (${histogram}), ${problems.length} problems`);

    const home = await rawGet(server.baseUrl, '/');
    expect(home.status, 'the server still answers / afterwards').toBe(303);
    expect(problems.join('\n'), 'hostile URLs answered badly').toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// axe

interface AxeViolation {
  readonly url: string;
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

/** One block per rule: how many pages and elements, then a few examples with their first node. */
function formatAxe(violations: readonly AxeViolation[]): string {
  const byRule = new Map<string, AxeViolation[]>();
  for (const violation of violations) {
    byRule.set(violation.id, [...(byRule.get(violation.id) ?? []), violation]);
  }
  return [...byRule.values()]
    .map((group) => {
      const [head] = group as [AxeViolation];
      const nodeCount = group.reduce((sum, v) => sum + v.nodes.length, 0);
      const examples = group.slice(0, 5).map((v) => {
        const node = v.nodes[0];
        const where = `    ${v.url} ${node?.target ?? ''}  ${oneLine(node?.html ?? '', 160)}`;
        return `${where}\n      ${oneLine(node?.summary ?? '', 300)}`;
      });
      return [
        `[${head.impact}] ${head.id}: ${head.help} — ${group.length} pages, ${nodeCount} elements`,
        ...examples,
        group.length > 5 ? `    … and ${group.length - 5} more pages` : '',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// vnu

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly lastColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

async function runVnu(files: readonly string[]): Promise<VnuMessage[]> {
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--errors-only', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, out, err) => {
        // vnu exits 1 when it found errors; only a missing or unparsable report is a failure here.
        if (out.trim().startsWith('{')) resolve(out);
        else reject(new Error(`vnu produced no JSON report: ${error?.message ?? ''}\n${err}`));
      },
    );
  });
  const report = JSON.parse(stdout) as { messages?: VnuMessage[] };
  return report.messages ?? [];
}

/** One block per distinct message, with the pages and lines it appears on. */
function formatVnu(errors: readonly VnuMessage[], fileToUrl: ReadonlyMap<string, string>): string {
  const byMessage = new Map<string, VnuMessage[]>();
  for (const error of errors) {
    byMessage.set(error.message, [...(byMessage.get(error.message) ?? []), error]);
  }
  return [...byMessage.entries()]
    .map(([message, group]) => {
      const examples = group.slice(0, 5).map((m) => {
        const file = m.url ? fileURLToPathSafe(m.url) : '';
        const page = fileToUrl.get(file) ?? file;
        return `    ${page} (${path.basename(file)}) line ${m.lastLine ?? '?'}: ${oneLine(m.extract ?? '', 160)}`;
      });
      return [
        `${message} — ${group.length} times`,
        ...examples,
        group.length > 5 ? `    … and ${group.length - 5} more` : '',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}

function fileURLToPathSafe(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------------
// keyboard

interface FocusInfo {
  readonly tag: string;
  readonly text: string;
  readonly rawHref: string | null;
  readonly href: string | null;
  readonly inHeader: boolean;
  readonly inHeaderNav: boolean;
  readonly isSummary: boolean;
  readonly open: boolean | null;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly boxShadow: string;
  readonly onScreen: boolean;
}

function focused(tab: Page): Promise<FocusInfo | null> {
  return tab.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const details = element.tagName === 'SUMMARY' ? element.parentElement : null;
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
      rawHref: element.getAttribute('href'),
      href: element instanceof HTMLAnchorElement && element.hasAttribute('href') ? element.href : null,
      inHeader: element.closest('header') !== null,
      inHeaderNav: element.closest('header nav') !== null,
      isSummary: element.tagName === 'SUMMARY',
      open: details instanceof HTMLDetailsElement ? details.open : null,
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      boxShadow: style.boxShadow,
      onScreen:
        box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 &&
        box.left < window.innerWidth && box.top < window.innerHeight,
    };
  });
}

function isFocusVisible(info: FocusInfo): boolean {
  const outline = info.outlineStyle !== 'none' && info.outlineWidth !== '0px';
  return outline || (info.boxShadow !== 'none' && info.boxShadow !== '');
}

function describeFocus(info: FocusInfo | null): string {
  if (info === null) return 'nothing focused';
  const href = info.rawHref !== null ? ` href="${info.rawHref}"` : '';
  const style = `outline: ${info.outlineStyle} ${info.outlineWidth}, box-shadow: ${info.boxShadow}`;
  return `<${info.tag}${href}> "${info.text}" ${style}`;
}

// ---------------------------------------------------------------------------------------------
// hostile URLs

interface RawAnswer {
  readonly status: number;
  readonly location: string | null;
  readonly contentType: string;
  readonly body: string;
}

/** Sends the request target exactly as given (fetch would normalise `..` and `//`). */
function rawGet(baseUrl: string, target: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port, path: target, method: 'GET', headers: { accept: 'text/html', connection: 'close' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? null,
            contentType: response.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(15_000, () => request.destroy(new Error('timed out after 15 s')));
    request.on('error', reject);
    request.end();
  });
}

function judgeHostileAnswer(target: string, answer: RawAnswer, baseUrl: string): string | null {
  const problems: string[] = [];
  if (answer.status >= 300 && answer.status < 400 && target.startsWith('//')) {
    if (answer.location === null) return `${answer.status} without Location`;
    const next = new URL(answer.location, `${baseUrl}/`);
    return next.origin === new URL(baseUrl).origin
      ? null
      : `${answer.status} redirect off the site to ${answer.location}`;
  }
  if (answer.status !== 400 && answer.status !== 404) {
    problems.push(
      `status ${answer.status}${answer.location !== null ? ` → ${answer.location}` : ''}, expected 400 or 404`,
    );
  }
  if (!/^text\/html\b/i.test(answer.contentType)) problems.push(`content-type ${JSON.stringify(answer.contentType)}`);
  if (!/<html[^>]*\slang=/i.test(answer.body)) problems.push(`body has no <html lang>: ${oneLine(answer.body, 120)}`);
  const stack = /\bat .*\.ts:\d+/.exec(answer.body);
  if (stack) problems.push(`body shows a stack frame: ${oneLine(stack[0], 120)}`);
  const error = /.{0,40}Error:.{0,80}/.exec(answer.body);
  if (error) problems.push(`body shows an error: ${oneLine(error[0], 120)}`);
  if (answer.body.includes('root:x:0:0')) problems.push('body contains /etc/passwd');
  return problems.length > 0 ? problems.join('; ') : null;
}

/**
 * Every 10th payload of shared/attacks/path-traversal.txt as a request target under /fr/,
 * leaving out those no HTTP client could send (spaces, control or non-ASCII characters, '#').
 */
function attackPaths(): string[] {
  return readAttackList('path-traversal.txt')
    .filter((_, index) => index % 10 === 0)
    .map((payload) => payload.replaceAll('{FILE}', 'etc/passwd'))
    .map((payload) => (payload.startsWith('/') ? payload : `/fr/${payload}`))
    .filter((target) => /^[\x21-\x7e]+$/.test(target) && !target.includes('#'));
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
