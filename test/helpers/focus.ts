import type { Page } from 'playwright-core';

/** What a keyboard user has focused, and how it is drawn. */
export interface FocusInfo {
  readonly tag: string;
  readonly text: string;
  readonly rawHref: string | null;
  readonly href: string | null;
  readonly inHeader: boolean;
  readonly inHeaderNav: boolean;
  readonly isSummary: boolean;
  /** For a `<summary>`, whether its `<details>` is open; null for anything else. */
  readonly open: boolean | null;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly boxShadow: string;
  readonly onScreen: boolean;
}

/** The focused element of the tab, or null when focus is on the document itself. */
export function focused(tab: Page): Promise<FocusInfo | null> {
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

/** True when the focused element draws an outline or a box-shadow. */
export function isFocusVisible(info: FocusInfo): boolean {
  const outline = info.outlineStyle !== 'none' && info.outlineWidth !== '0px';
  return outline || (info.boxShadow !== 'none' && info.boxShadow !== '');
}

/** One line for failure messages: `<a href="#main"> "…" outline: solid 2px, box-shadow: none`. */
export function describeFocus(info: FocusInfo | null): string {
  if (info === null) return 'nothing focused';
  const href = info.rawHref !== null ? ` href="${info.rawHref}"` : '';
  const style = `outline: ${info.outlineStyle} ${info.outlineWidth}, box-shadow: ${info.boxShadow}`;
  return `<${info.tag}${href}> "${info.text}" ${style}`;
}
