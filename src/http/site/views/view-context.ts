import { LOCALES, translate, type LocaleCode, type MessageKey } from '../../../modules/locales/index.ts';

/** What every view needs besides its data: the locale, its messages and the asset addresses. */
export interface ViewContext {
  readonly locale: LocaleCode;
  readonly dir: 'ltr' | 'rtl';
  readonly t: (key: MessageKey, values?: Record<string, string | number | Date>) => string;
  readonly assets: SiteAssetUrls;
  /** Absolute origin for canonical and alternate links, e.g. https://example.org */
  readonly publicUrl: string;
}

export interface SiteAssetUrls {
  readonly stylesheet: string;
  readonly icon: string;
}

export function createViewContext(locale: LocaleCode, assets: SiteAssetUrls, publicUrl: string): ViewContext {
  return {
    locale,
    dir: LOCALES[locale].dir,
    t: (key, values) => translate(locale, key, values),
    assets,
    publicUrl,
  };
}

/** Site-relative address of a page: /fr/ for a home page, /fr/a/b otherwise. */
export function pageHref(locale: LocaleCode, path: string): string {
  return path === '' ? `/${locale}/` : `/${locale}/${path}`;
}

/** `lang`/`dir` attributes for text whose language differs from the page's (WCAG 3.1.2). */
export function langAttrs(textLocale: LocaleCode, pageLocale: LocaleCode): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (textLocale === pageLocale) return {};
  return { lang: textLocale, dir: LOCALES[textLocale].dir };
}
