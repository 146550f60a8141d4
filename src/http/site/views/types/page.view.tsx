import { compareNames, countryName } from '../../format.ts';
import type { CountryView, OfficeNode, PageModel } from '../../page-model.ts';
import { CardList } from '../cards.view.tsx';
import { FactList } from '../facts.view.tsx';
import { HeroImage } from '../picture.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import { ForeignText } from '../foreign-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from '../view-context.ts';

/** A generic page, with the listing its `listing` field asks for under the body. */
export function PageView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const listing = document.fields.listing;
  const image = typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined;
  return (
    <article class="page">
      <header class="page__header">
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      <HeroImage image={image} locale={translation.locale} />
      {listing !== 'facts' ? <FactList ctx={ctx} facts={model.facts} headingId="key-figures" /> : null}
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
      {listing === 'facts' ? <FactList ctx={ctx} facts={model.facts} headingId="key-figures" /> : null}
      {listing === 'offices' ? <OfficeChart ctx={ctx} nodes={model.offices} /> : null}
      {listing === 'countries' ? <CountryList ctx={ctx} countries={model.countries} /> : null}
      {listing === 'children' || listing === 'stories' ? (
        <CardList ctx={ctx} docs={model.children} headingId="in-this-section" heading={ctx.t('nav.inThisSection')} />
      ) : null}
    </article>
  );
}

/** The organisation chart as nested lists: readable by screen readers and without styles. */
export function OfficeChart({ ctx, nodes, headingKey = 'office.chart' }: { ctx: ViewContext; nodes: readonly OfficeNode[]; headingKey?: 'office.chart' | 'office.units' }) {
  if (nodes.length === 0) return null;
  return (
    <section class="org-chart" aria-labelledby="org-chart">
      <h2 id="org-chart">{ctx.t(headingKey)}</h2>
      <OfficeList ctx={ctx} nodes={nodes} />
    </section>
  );
}

function OfficeList({ ctx, nodes }: { ctx: ViewContext; nodes: readonly OfficeNode[] }) {
  return (
    <ul class="org-chart__list">
      {nodes.map((node) => (
        <li class="org-chart__unit">
          <div class="org-chart__box">
            {node.office.path !== undefined ? (
              <a href={ctx.href(ctx.linkLocale, node.office.path)} {...langAttrs(ctx, node.office.translation.locale, ctx.locale)}>
                {node.office.translation.title}
              </a>
            ) : (
              <ForeignText ctx={ctx} locale={node.office.translation.locale} pageLocale={ctx.locale}>
                {node.office.translation.title}
              </ForeignText>
            )}
            {node.head ? (
              <span class="org-chart__head" {...langAttrs(ctx, node.head.translation.locale, ctx.locale)}>
                {node.head.translation.title}
              </span>
            ) : null}
          </div>
          {node.units.length > 0 ? <OfficeList ctx={ctx} nodes={node.units} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Countries named in the reader's language by Intl.DisplayNames, grouped by region. */
function CountryList({ ctx, countries }: { ctx: ViewContext; countries: readonly CountryView[] }) {
  const compare = compareNames(ctx.locale);
  const regions = [...new Set(countries.map((c) => c.region))].sort((a, b) =>
    compare(ctx.t(regionKey(a)), ctx.t(regionKey(b))),
  );
  return (
    <section class="countries" aria-labelledby="countries">
      <h2 id="countries">
        {ctx.t('countries.heading')} <span class="countries__count">({ctx.t('countries.count', { count: countries.length })})</span>
      </h2>
      {regions.map((region) => (
        <section aria-labelledby={`region-${region}`}>
          <h3 id={`region-${region}`}>{ctx.t(regionKey(region))}</h3>
          <ul class="countries__list">
            {countries
              .filter((c) => c.region === region)
              .map((c) => ({ ...c, name: countryName(ctx.locale, c.code) }))
              .sort((a, b) => compare(a.name, b.name))
              .map((c) => (
                <li>
                  <span class="countries__name">{c.name}</span>
                  {c.presenceSince ? (
                    <span class="countries__since">{ctx.t('countries.presence', { year: String(c.presenceSince) })}</span>
                  ) : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function regionKey(region: string) {
  const known = ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east'] as const;
  const match = known.find((r) => r === region) ?? 'europe';
  return `region.${match}` as const;
}
