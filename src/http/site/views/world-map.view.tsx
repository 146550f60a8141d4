import { worldMap } from '../map/world-map.ts';
import type { ViewContext } from './view-context.ts';

/** A country to show on the map: its name in the page's locale and, when it has a page, where it leads. */
export interface MapCountry {
  readonly code: string;
  readonly name: string;
  readonly href: string | undefined;
}

/**
 * The world drawn on the server (no script): land and borders, then each country where the
 * organisation works in the accent colour, as a link to its page named by its <title> and
 * aria-label, in the order of the list beside it. The drawing never mirrors: a map of the world
 * reads the same in Arabic, so the SVG sits in a dir="ltr" box (HTML allows no dir on <svg>)
 * whatever the page's direction; its caption follows the page.
 */
export function WorldMap({ ctx, countries }: { ctx: ViewContext; countries: readonly MapCountry[] }) {
  const map = worldMap();
  return (
    <figure class="world-map">
      <div class="world-map__frame" dir="ltr">
        <svg
          class="world-map__svg"
          viewBox={`0 0 ${map.width} ${map.height}`}
          width={map.width}
          height={map.height}
          role="group"
          aria-labelledby="world-map-title"
          aria-describedby="world-map-desc"
        >
          <title id="world-map-title">{ctx.t('map.title')}</title>
          <desc id="world-map-desc">{ctx.t('map.description')}</desc>
          <path class="world-map__land" d={map.land} />
          <path class="world-map__borders" d={map.borders} />
          {countries.map((country) => {
            const shape = map.countries.get(country.code);
            if (!shape) return null; // Too small for the 1:110m data (e.g. Malta); the list still names it.
            const drawing = (
              <>
                <title>{country.name}</title>
                <path d={shape.d} />
                {shape.marker ? <circle cx={shape.marker[0]} cy={shape.marker[1]} r={6} /> : null}
              </>
            );
            return country.href ? (
              <a class="world-map__country" href={country.href} aria-label={country.name}>
                {drawing}
              </a>
            ) : (
              <g class="world-map__country" role="img" aria-label={country.name}>
                {drawing}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption class="world-map__source">{ctx.t('map.source')}</figcaption>
    </figure>
  );
}
