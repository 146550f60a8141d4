import type { ComponentChildren, FunctionComponent } from 'preact';
import type { MenuEntry } from '../../../modules/content/index.ts';
import { languageName } from '../format.ts';
import type { PageModel } from '../page-model.ts';
import { Layout } from './layout.view.tsx';
import { CampaignView } from './types/campaign.view.tsx';
import { CountryView } from './types/country.view.tsx';
import { DatasetView } from './types/dataset.view.tsx';
import { HomeView } from './types/home.view.tsx';
import { OfficeView } from './types/office.view.tsx';
import { PageView } from './types/page.view.tsx';
import { PublicationView } from './types/publication.view.tsx';
import { StatementView } from './types/statement.view.tsx';
import { StoryView } from './types/story.view.tsx';
import { SeoHead, StructuredData } from './seo-head.view.tsx';
import { StoryHead } from './story-head.view.tsx';
import { pageHref, withTextLocale, type ViewContext } from './view-context.ts';

type TypeView = FunctionComponent<{ ctx: ViewContext; model: PageModel }>;

/** How each routable content type renders; a new type adds its view here. */
const TYPE_VIEWS: Readonly<Record<string, TypeView>> = {
  page: PageView,
  office: OfficeView,
  statement: StatementView,
  campaign: CampaignView,
  story: StoryView,
  country: CountryView,
  dataset: DatasetView,
  publication: PublicationView,
};

/**
 * A public document page, marking a fallback translation with its language and a notice;
 * `banner` goes first in the main content (the preview notice).
 */
export function DocumentPage({
  ctx,
  model,
  footerMenu,
  banner,
}: {
  ctx: ViewContext;
  model: PageModel;
  footerMenu: readonly MenuEntry[];
  banner?: ComponentChildren;
}) {
  const { page } = model;
  const isHome = page.document.parentId === null;
  const View = isHome ? HomeView : (TYPE_VIEWS[page.document.type] ?? PageView);
  const shown = page.translation.locale;
  const canonicalLocale = page.isFallback ? shown : ctx.locale;
  const canonical = model.alternates.find((a) => a.locale === canonicalLocale);
  const url = ctx.publicUrl + (canonical ? ctx.href(canonical.locale, canonical.path) : ctx.href(ctx.linkLocale, page.path ?? ''));
  return (
    <Layout
      ctx={ctx}
      title={isHome ? ctx.t('site.name') : page.translation.title}
      description={page.translation.summary || undefined}
      menu={model.menu}
      footerMenu={footerMenu}
      alternates={model.alternates}
      canonicalPath={canonical ? ctx.href(canonical.locale, canonical.path) : undefined}
      currentPath={page.path}
      breadcrumbs={isHome ? [] : model.breadcrumbs}
      current={page}
      head={
        <>
          <SeoHead ctx={ctx} model={model} isHome={isHome} url={url} />
          {page.document.type === 'story' ? <StoryHead ctx={ctx} model={model} /> : null}
          <StructuredData ctx={ctx} model={model} isHome={isHome} url={url} />
        </>
      }
      scripts={model.media ? [ctx.assets.playerScript] : undefined}
    >
      {banner}
      {page.isFallback ? (
        <>
          <p class="notice" role="note">
            {ctx.t('fallback.notice', { language: languageName(ctx.locale, shown) })}
          </p>
          <div class="fallback-document" lang={shown} dir={ctx.locales.get(shown).dir}>
            <View ctx={withTextLocale(ctx, shown)} model={model} />
          </div>
        </>
      ) : (
        <View ctx={ctx} model={model} />
      )}
    </Layout>
  );
}
