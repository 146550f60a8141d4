import type { LocalizedSummary } from '../../../../modules/content/index.ts';
import type { PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { FactList } from '../facts.view.tsx';
import { OfficeChart } from '../org-chart.view.tsx';
import { HeroImage } from '../picture.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { WhereWeWork } from '../where-we-work.view.tsx';
import { langAttrs, type ViewContext } from '../view-context.ts';

/** A generic page, with the listing its `listing` field asks for under the body. */
export function PageView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const listing = document.fields.listing;
  const image = typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined;
  const article = (
    <article class="page">
      <header class="page__header">
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      <HeroImage image={image} locale={translation.locale} />
      {listing !== 'facts' ? <FactList ctx={ctx} facts={model.facts} headingId="key-figures" /> : null}
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      {listing === 'facts' ? <FactList ctx={ctx} facts={model.facts} headingId="key-figures" /> : null}
      {listing === 'offices' ? <OfficeChart ctx={ctx} nodes={model.offices} images={model.images} /> : null}
      {listing === 'countries' ? <WhereWeWork ctx={ctx} countries={model.countries} /> : null}
      {listing === 'children' || listing === 'stories' ? (
        <CardList ctx={ctx} docs={model.children} headingId="in-this-section" heading={ctx.t('nav.inThisSection')} />
      ) : null}
    </article>
  );
  if (!model.section) return article;
  return (
    <div class="with-aside">
      {article}
      <SectionNav ctx={ctx} parent={model.section.parent} pages={model.section.pages} current={document.id} />
    </div>
  );
}

/**
 * The side column of a page inside a section: the section's pages, this one marked. Beside the text
 * from 60em, after it on a phone, where it leads on to the next page to read.
 */
function SectionNav({ ctx, parent, pages, current }: { ctx: ViewContext; parent: LocalizedSummary; pages: readonly LocalizedSummary[]; current: string }) {
  return (
    <aside class="aside">
      <nav class="section-nav" aria-labelledby="section-nav-title">
        <h2 id="section-nav-title" class="section-nav__title">
          <span class="section-nav__kicker">{ctx.t('nav.inThisSection')}</span>
          <a href={ctx.href(ctx.linkLocale, parent.path ?? '')} {...langAttrs(ctx, parent.translation.locale, ctx.locale)}>
            {parent.translation.title}
          </a>
        </h2>
        <ul class="section-nav__list">
          {pages.map((p) => (
            <li>
              <a
                href={ctx.href(ctx.linkLocale, p.path ?? '')}
                aria-current={p.document.id === current ? 'page' : undefined}
                {...langAttrs(ctx, p.translation.locale, ctx.locale)}
              >
                {p.translation.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
