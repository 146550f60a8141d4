import { scriptOf, type LocaleCode, type LocaleSet, type MessageKey, type Translate } from '../../../modules/locales/index.ts';

/** What views need of the configured locales: the snapshot of this request and the site's messages. */
export interface SiteLocales {
  current(): LocaleSet;
  readonly translate: Translate<MessageKey>;
}

/** What every view needs besides its data: the locale, its messages and the asset addresses. */
export interface ViewContext {
  /** The language of the text being rendered. */
  readonly locale: LocaleCode;
  /** The locale of the page's URLs; differs from `locale` inside a fallback block. */
  readonly linkLocale: LocaleCode;
  readonly dir: 'ltr' | 'rtl';
  /** The configured locales, as they were when this page began rendering. */
  readonly locales: LocaleSet;
  readonly t: (key: MessageKey, values?: Record<string, string | number | Date>) => string;
  /** The site's messages in any locale (a fallback block speaks its own language). */
  readonly translate: Translate<MessageKey>;
  /** Site-relative address of a page in a locale (its URL prefix, then the path). */
  readonly href: (locale: LocaleCode, path: string) => string;
  readonly assets: SiteAssetUrls;
  /** Absolute origin for canonical and alternate links, e.g. https://example.org */
  readonly publicUrl: string;
}

/**
 * The back office's scripts (public/admin-*.js), each the progressive enhancement of one kind of
 * page: the media and file upload forms, the rich text editor, the page tree, the edit form's
 * autosave and live preview, the focal-point picker, the account's time zone offer, the caption editor.
 */
export const ADMIN_SCRIPT_FILES = {
  upload: 'admin-upload.js',
  editor: 'admin-editor.js',
  tree: 'admin-tree.js',
  autosave: 'admin-autosave.js',
  focalPoint: 'admin-focal-point.js',
  timeZone: 'admin-time-zone.js',
  captionEditor: 'admin-caption-editor.js',
  memoryCopy: 'admin-memory.js',
} as const;
export type AdminScriptName = keyof typeof ADMIN_SCRIPT_FILES;

export interface SiteAssetUrls {
  readonly stylesheet: string;
  readonly icon: string;
  readonly adminStylesheet: string;
  /** The back office's scripts by name, each the progressive enhancement of one kind of page. */
  readonly adminScripts: Readonly<Record<AdminScriptName, string>>;
  /** The story player's enhancements: transcript that follows and seeks, light rendition on Save-Data. */
  readonly playerScript: string;
  /** The @font-face rules of the web fonts, by script ('Arab', 'Hans'); a page links its own script's only. */
  readonly fontStylesheets: Readonly<Record<string, string>>;
}

export function createViewContext(site: SiteLocales, locale: LocaleCode, assets: SiteAssetUrls, publicUrl: string): ViewContext {
  const locales = site.current();
  return {
    locale,
    linkLocale: locale,
    dir: locales.get(locale).dir,
    locales,
    t: (key, values) => site.translate(locale, key, values),
    href: (target, path) => pageHref(locales, target, path),
    translate: site.translate,
    assets,
    publicUrl,
  };
}

/** The same context speaking another language, for a fallback block inside a page in `ctx.linkLocale`. */
export function withTextLocale(ctx: ViewContext, locale: LocaleCode): ViewContext {
  return { ...ctx, locale, dir: ctx.locales.get(locale).dir, t: (key, values) => ctx.translate(locale, key, values) };
}

/** The web-font stylesheet a page in `locale` links, if its script has one (none for Latin or Cyrillic). */
export function fontStylesheetFor(assets: SiteAssetUrls, locale: string): string | undefined {
  return assets.fontStylesheets[scriptOf(locale)];
}

/** Site-relative address of a page: /fr/ for a home page, /fr/a/b otherwise, with the locale's URL prefix. */
export function pageHref(locales: LocaleSet, locale: LocaleCode, path: string): string {
  const prefix = locales.get(locale).prefix;
  return path === '' ? `/${prefix}/` : `/${prefix}/${path}`;
}

/**
 * `lang`/`dir` attributes for text whose language differs from the page's (WCAG 3.1.2). They go on
 * the element that holds the foreign text and nothing else (a title, a paragraph, a link; or a
 * ForeignText span), never on a container the page lays out: `dir` on a list item moves its marker
 * to the other side, on a card or a flex row it mirrors the layout. site.css lines such an element
 * up with its container; the text inside keeps its own direction.
 */
export function langAttrs(ctx: Pick<ViewContext, 'locales'>, textLocale: LocaleCode, pageLocale: LocaleCode): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (textLocale === pageLocale) return {};
  return { lang: textLocale, dir: ctx.locales.get(textLocale).dir };
}
