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
              {ctx.t('search.link')}
            </a>
            <LanguageSwitcher ctx={ctx} alternates={props.alternates} />
          </div>
          <MainMenu ctx={ctx} menu={props.menu} currentPath={props.currentPath} />
        </header>
        {props.breadcrumbs && props.breadcrumbs.length > 0 && props.current ? (
          <Breadcrumbs ctx={ctx} trail={props.breadcrumbs} current={props.current} />
        ) : null}
        <main id="main" tabindex={-1} class="wrap" data-pagefind-body="">
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            {props.footerMenu.length > 0 ? (
              <nav aria-label={ctx.t('nav.footer')}>
                <ul class="site-footer__links">
                  {props.footerMenu.map((item) => (
                    <li>
                      <a href={ctx.href(ctx.linkLocale, item.path)} {...langAttrs(ctx, item.labelLocale, ctx.locale)}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <p class="site-footer__notice">{ctx.t('site.demoNotice')}</p>
            <p class="site-footer__name">{siteName}</p>
          </div>
        </footer>
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
