import { geoEqualEarth, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { RelativePathContext } from './relative-path.ts';

/** The absolute points of relative path data ("m", implicit relative line-tos, "z"), per subpath. */
function absolutePoints(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const command of d.match(/[mz][^mz]*/g) ?? []) {
    if (command === 'z') {
      [x, y] = start;
      continue;
    }
    const numbers = (command.slice(1).match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const ring: [number, number][] = [];
    for (let i = 0; i < numbers.length; i += 2) {
      x = Math.round((x + numbers[i]!) * 10) / 10;
      y = Math.round((y + numbers[i + 1]!) * 10) / 10;
      if (i === 0) start = [x, y];
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}

describe('relative path data', () => {
  it('writes the shortest numbers, a minus sign standing for a separator', () => {
    const context = new RelativePathContext();
    context.moveTo(10.04, 20);
    context.lineTo(10.54, 19.5);
    context.lineTo(10.54, 19.5);
    context.lineTo(13.5, 23);
    context.closePath();
    context.moveTo(0, 0);
    context.lineTo(1, 1);
    expect(context.take()).toBe('m10,20 .5-.5 3,3.5zm-10-20 1,1');
    expect(context.take()).toBe('');
  });

  it('draws the same points as d3’s absolute path at one decimal, with no drift', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [Array.from({ length: 400 }, (_, i) => [-170 + (i * 340) / 399, Math.sin(i / 7) * 60] as [number, number]).concat([[-170, 0]])],
    };
    const projection = geoEqualEarth().fitWidth(1000, square);
    const context = new RelativePathContext();
    geoPath(projection, context)(square);
    const absolute = geoPath(projection).digits(1)(square) ?? '';
    const expected = (absolute.match(/-?[\d.]+,-?[\d.]+/g) ?? []).map((p) => p.split(',').map(Number) as [number, number]);
    const drawn = absolutePoints(context.take()).flat();
    // Same points, except those d3 repeats at one decimal, which the relative form drops.
    const distinct = expected.filter((p, i) => i === 0 || p[0] !== expected[i - 1]![0] || p[1] !== expected[i - 1]![1]);
    expect(drawn).toEqual(distinct);
  });
});
