import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { shortUrl } from './crawl.ts';
import { oneLine } from './html.ts';

/** The axe rule tags for WCAG 2.1 level AA. */
export const WCAG_21_AA: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  /** The page, as loaded. */
  readonly url: string;
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

export interface AxePageResult {
  readonly url: string;
  /** HTTP status Chromium got for the page; undefined when it got no response. */
  readonly status: number | undefined;
  readonly violations: readonly AxeViolation[];
}

export interface AxeCheckOptions {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly tags: readonly string[];
  /** How many tabs of one browser context load and check pages at the same time. */
  readonly tabs: number;
  /** The colour scheme the pages are shown in (prefers-color-scheme); light unless given. */
  readonly colorScheme?: 'light' | 'dark';
}

/**
 * Loads each URL in Chromium and runs axe on it, spreading the pages over `tabs` tabs.
 * Results come in the order of `urls`, whichever tab checked them.
 * @throws the first error of any tab (a page that does not load, axe failing to run)
 */
export async function checkWithAxe(
  browser: Browser,
  urls: readonly string[],
  options: AxeCheckOptions,
): Promise<AxePageResult[]> {
  const results = new Array<AxePageResult>(urls.length);
  const context = await browser.newContext({ viewport: options.viewport, colorScheme: options.colorScheme ?? 'light' });
  let next = 0;
  let failed = false;
  const work = async (): Promise<void> => {
    const tab = await context.newPage();
    while (!failed && next < urls.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await checkPage(tab, urls[index] as string, options.tags);
      } catch (error) {
        failed = true; // the other tabs stop after their current page
        throw error;
      }
    }
  };
  try {
    const tabs = Math.max(1, Math.min(options.tabs, urls.length));
    const outcomes = await Promise.allSettled(Array.from({ length: tabs }, work));
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    if (rejected) throw rejected.reason;
  } finally {
    await context.close();
  }
  return results;
}

/** One block per rule: how many pages and elements, then a few examples with their first node. */
export function formatAxe(violations: readonly AxeViolation[], origin: string): string {
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
        const where = `    ${shortUrl(v.url, origin)} ${node?.target ?? ''}  ${oneLine(node?.html ?? '', 160)}`;
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

async function checkPage(tab: Page, url: string, tags: readonly string[]): Promise<AxePageResult> {
  const response = await tab.goto(url, { waitUntil: 'load' });
  const builder = new AxeBuilder({ page: tab }).withTags([...tags]);
  // By default AxeBuilder runs axe in every frame, then opens a blank page, injects axe again and
  // merges the frames' results there: half the time of a page. On a page without frames one
  // axe.run gives the same results (passes, incomplete and violations were identical on all 96
  // demo pages), so only pages with frames take the long way.
  if (tab.frames().length === 1) builder.setLegacyMode(true);
  const results = await builder.analyze();
  return {
    url,
    status: response?.status(),
    violations: results.violations.map((violation) => ({
      url,
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html,
        summary: node.failureSummary ?? '',
      })),
    })),
  };
}
