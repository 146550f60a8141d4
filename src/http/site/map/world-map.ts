import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { ISO_3166_NUMERIC } from '../../../modules/content/index.ts';
import { RelativePathContext } from './relative-path.ts';

/** Width of the map's coordinate space; the SVG scales to its container. */
export const MAP_WIDTH = 1000;

/** A country's outline in map coordinates, and a marker where it is too small to click. */
export interface CountryShape {
  readonly d: string;
  /** Centre of the marker drawn over a small country, so it can be seen and clicked. */
  readonly marker: readonly [x: number, y: number] | undefined;
}

/** The world once projected: the land and the borders (drawn once), and each country by ISO 3166 alpha-2 code. */
export interface WorldMap {
  readonly width: number;
  readonly height: number;
  readonly land: string;
  readonly borders: string;
  readonly countries: ReadonlyMap<string, CountryShape>;
}

type CountryProperties = { name: string };

let projected: WorldMap | undefined;

/**
 * Natural Earth's 1:110m countries (world-atlas 2.0.2, public domain) in the Equal Earth projection,
 * projected once per process: about 30 ms, after which pages only concatenate strings.
 * Antarctica is left out: nobody lives there and it would take a fifth of the height.
 */
export function worldMap(): WorldMap {
  projected ??= projectWorld();
  return projected;
}

function projectWorld(): WorldMap {
  const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{
    countries: GeometryCollection<CountryProperties>;
  }>;
  const alpha2ByNumeric = new Map(Object.entries(ISO_3166_NUMERIC).map(([alpha2, numeric]) => [numeric, alpha2]));
  const geometries = topology.objects.countries.geometries.filter((g) => g.id !== ISO_3166_NUMERIC.AQ);
  const inhabited: GeometryCollection<CountryProperties> = { ...topology.objects.countries, geometries };
  const features = (feature(topology, inhabited) as FeatureCollection<Geometry, CountryProperties>).features;

  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  const height = Math.ceil(path.bounds({ type: 'FeatureCollection', features })[1][1]);
  const context = new RelativePathContext();
  const drawing = geoPath(projection, context);
  const draw = (object: Parameters<typeof drawing>[0]): string => {
    drawing(object);
    return context.take();
  };

  const countries = new Map<string, CountryShape>();
  for (const country of features) {
    const alpha2 = alpha2ByNumeric.get(String(country.id));
    if (!alpha2) continue; // Northern Cyprus, Somaliland and Kosovo have no ISO 3166-1 code in the data.
    countries.set(alpha2, { d: draw(country), marker: markerFor(country, path, projection) });
  }
  return {
    width: MAP_WIDTH,
    height,
    land: draw(merge(topology, geometries as (Polygon | MultiPolygon)[])),
    borders: draw(mesh(topology, inhabited, (a, b) => a !== b)),
    countries,
  };
}

/** Countries smaller than about 8×8 px at full width get a dot at their centre. */
function markerFor(
  country: Feature<Geometry, CountryProperties>,
  path: ReturnType<typeof geoPath>,
  projection: ReturnType<typeof geoEqualEarth>,
): CountryShape['marker'] {
  if (path.area(country) > 60 && geoArea(country) > 0) return undefined;
  const point = projection(geoCentroid(country));
  return point ? [round(point[0]), round(point[1])] : undefined;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
