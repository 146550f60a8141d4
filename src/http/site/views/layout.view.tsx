import type { ComponentChildren } from 'preact';
import type { Alternate, LocalizedDocument, LocalizedSummary, MenuEntry } from '../../../modules/content/index.ts';
import { Breadcrumbs } from './breadcrumbs.view.tsx';
import { MainMenu } from './main-menu.view.tsx';
import { fontStylesheetFor, langAttrs, pageHref, type ViewContext } from './view-context.ts';

export interface LayoutProps {
  readonly ctx: ViewContext;
  readonly title: string;
  readonly description?: string;
  readonly menu: readonly MenuEntry[];
  readonly footerMenu: readonly MenuEntry[];
  /** Where this document can be read; empty on error pages. */
  readonly alternates: readonly Alternate[];
  readonly canonicalPath?: string;
  readonly currentPath?: string;
  readonly breadcrumbs?: readonly LocalizedSummary[];
  /** The document shown, for the last breadcrumb. */
  readonly current?: LocalizedDocument;
  /** More of the head: Open Graph tags, structured data, oEmbed discovery. */
  readonly head?: ComponentChildren;
  /** Scripts the page enhances itself with (deferred; the page works without them). */
  readonly scripts?: readonly string[];
  readonly children: ComponentChildren;
}

/** The page frame shared by every public page: head, skip link, header, menu, footer. */
export function Layout(props: LayoutProps) {
  const { ctx } = props;
  const siteName = ctx.t('site.name');
  // Search engines send a visitor whose language the site lacks to the default locale's page.
  const xDefault = props.alternates.find((a) => a.isTranslated && a.locale === ctx.locales.defaultLocale);
  const fontStylesheet = fontStylesheetFor(ctx.assets, ctx.locale);
  return (
    <html lang={ctx.locale} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === siteName ? siteName : `${props.title} – ${siteName}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="stylesheet" href={ctx.assets.stylesheet} />
        {fontStylesheet ? <link rel="stylesheet" href={fontStylesheet} /> : null}
        <link rel="icon" href={ctx.assets.icon} type="image/svg+xml" />
        {props.canonicalPath !== undefined ? <link rel="canonical" href={ctx.publicUrl + props.canonicalPath} /> : null}
        {props.alternates
          .filter((a) => a.isTranslated)
          .map((a) => (
            <link rel="alternate" hreflang={a.locale} href={ctx.publicUrl + ctx.href(a.locale, a.path)} />
          ))}
        {xDefault ? <link rel="alternate" hreflang="x-default" href={ctx.publicUrl + ctx.href(xDefault.locale, xDefault.path)} /> : null}
        {props.head}
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ctx.t('nav.skip')}
        </a>
        {/* One row on a phone: the name, search, and a Menu disclosure holding the menu and the
            languages. On a wide screen the disclosure's content is laid out in the header itself
            (site.css, where the browser can style ::details-content); without JavaScript either way. */}
        <header class="site-header">
          <div class="site-header__bar wrap">
            <a class="brand" href={ctx.href(ctx.locale, '')}>
              <span class="brand__mark" aria-hidden="true"></span>
              <span class="brand__text">
                <span class="brand__name">{siteName}</span>
                <span class="brand__tagline">{ctx.t('site.tagline')}</span>
              </span>
            </a>
            <a class="site-search-link" href={ctx.href(ctx.locale, 'search')}>
              <svg class="site-search-link__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <circle cx="8.5" cy="8.5" r="5.5" />
                <path d="M12.6 12.6 17 17" />
              </svg>
              <span class="site-search-link__label">{ctx.t('search.link')}</span>
            </a>
            <details class="site-menu">
              <summary class="site-menu__toggle">
                <span class="site-menu__bars" aria-hidden="true"></span>
                {ctx.t('nav.menu')}
              </summary>
              <div class="site-menu__panel">
                <MainMenu ctx={ctx} menu={props.menu} currentPath={props.currentPath} />
                <LanguageSwitcher ctx={ctx} alternates={props.alternates} />
              </div>
            </details>
          </div>
        </header>
        {props.breadcrumbs && props.breadcrumbs.length > 0 && props.current ? (
          <Breadcrumbs ctx={ctx} trail={props.breadcrumbs} current={props.current} />
        ) : null}
        <main id="main" tabindex={-1} class="wrap" data-pagefind-body="">
          {props.children}
        </main>
        <SiteFooter ctx={ctx} menu={props.menu} footerMenu={props.footerMenu} />
      </body>
    </html>
  );
}

/** Links to the same document in every other locale; a locale without it links to its home page. */
function LanguageSwitcher({ ctx, alternates }: { ctx: ViewContext; alternates: readonly Alternate[] }) {
  return (
    <nav class="languages" aria-label={ctx.t('nav.languages')}>
      <ul>
        {ctx.locales.enabled.map((info) => {
          const code = info.code;
          if (code === ctx.locale) {
            return (
              <li>
                <span class="languages__current" lang={code} dir={info.dir} aria-current="true">
                  {info.endonym}
                </span>
              </li>
            );
          }
          const alternate = alternates.find((a) => a.locale === code);
          return (
            <li>
              <a href={ctx.href(code, alternate?.path ?? '')} hreflang={code} lang={code} dir={info.dir}>
                {info.endonym}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The organisation's name and purpose, its sections (the main menu's first level) and the site's
 * own pages (the footer menu: accessibility, privacy); a column each from 48em, stacked on a phone.
 */
function SiteFooter({ ctx, menu, footerMenu }: { ctx: ViewContext; menu: readonly MenuEntry[]; footerMenu: readonly MenuEntry[] }) {
  const siteName = ctx.t('site.name');
  const links = (items: readonly MenuEntry[]) => (
    <ul class="site-footer__links">
      {items.map((item) => (
        <li>
          <a href={ctx.href(ctx.linkLocale, item.path)} {...langAttrs(ctx, item.labelLocale, ctx.locale)}>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <footer class="site-footer">
      <div class="site-footer__grid wrap">
        <div class="site-footer__identity">
          <p class="site-footer__name">
            <span class="brand__mark" aria-hidden="true"></span>
            {siteName}
          </p>
          <p class="site-footer__tagline">{ctx.t('site.tagline')}</p>
        </div>
        {menu.length > 0 ? (
          <nav class="site-footer__nav" aria-labelledby="footer-sections">
            <h2 id="footer-sections" class="site-footer__heading">{ctx.t('nav.footerSections')}</h2>
            {links(menu)}
          </nav>
        ) : null}
        {footerMenu.length > 0 ? (
          <nav class="site-footer__nav" aria-labelledby="footer-about">
            <h2 id="footer-about" class="site-footer__heading">{ctx.t('nav.footer')}</h2>
            {links(footerMenu)}
          </nav>
        ) : null}
        <p class="site-footer__notice">{ctx.t('site.demoNotice')}</p>
      </div>
    </footer>
  );
}
