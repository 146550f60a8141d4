import { COUNTRY_REGIONS } from '../../../modules/content/index.ts';
import { compareNames, countryName } from '../format.ts';
import type { CountryView } from '../page-model.ts';
import type { ViewContext } from './view-context.ts';
import { WorldMap, type MapCountry } from './world-map.view.tsx';

/**
 * "Where we work": the map, and beside it the same countries by region as its text alternative,
 * each named by Intl.DisplayNames in the reader's language and linked to its page when it has one.
 */
export function WhereWeWork({ ctx, countries }: { ctx: ViewContext; countries: readonly CountryView[] }) {
  if (countries.length === 0) return null;
  const compare = compareNames(ctx.locale);
  const named = countries.map((c) => ({
    ...c,
    name: countryName(ctx.locale, c.code),
    href: c.path !== undefined ? ctx.href(ctx.linkLocale, c.path) : undefined,
  }));
  const regions = [...new Set(named.map((c) => c.region))]
    .map((region) => ({ region, label: ctx.t(regionKey(region)) }))
    .sort((a, b) => compare(a.label, b.label))
    .map(({ region, label }) => ({
      region,
      label,
      countries: named.filter((c) => c.region === region).sort((a, b) => compare(a.name, b.name)),
    }));
  const inListOrder: MapCountry[] = regions.flatMap((r) => r.countries);
  return (
    <div class="where">
      <WorldMap ctx={ctx} countries={inListOrder} />
      <section class="countries" aria-labelledby="countries">
        <h2 id="countries">
          {ctx.t('countries.heading')} <span class="countries__count">({ctx.t('countries.count', { count: countries.length })})</span>
        </h2>
        {regions.map(({ region, label, countries: inRegion }) => (
          <section aria-labelledby={`region-${region}`}>
            <h3 id={`region-${region}`}>{label}</h3>
            <ul class="countries__list">
              {inRegion.map((c) => (
                <li>
                  {c.href ? (
                    <a class="countries__name" href={c.href}>
                      {c.name}
                    </a>
                  ) : (
                    <span class="countries__name">{c.name}</span>
                  )}
                  {c.presenceSince ? (
                    <span class="countries__since">{ctx.t('countries.presence', { year: String(c.presenceSince) })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}

/** The catalog key of a region's name (an unknown region, which validation refuses, reads as Europe). */
export function regionKey(region: string) {
  const match = COUNTRY_REGIONS.find((r) => r === region) ?? 'europe';
  return `region.${match}` as const;
}
