import type { ComponentChildren } from 'preact';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { DatasetRowView, DatasetView } from '../dataset.ts';
import { formatAxisValue } from '../format.ts';

/**
 * A dataset drawn as SVG on the server: no script, no library, a few kilobytes. It is an image
 * (role="img") named by its <title> and described by its <desc>; the table beside it carries the
 * same numbers for anyone who cannot see it. Every value is one mark (a bar or a point, class
 * "chart__mark") with its value written beside it, so the chart reads without the axis.
 *
 * Direction in Arabic: a chart over time is never mirrored. Arabic statistical publications (the
 * UN's, ESCWA's and the region's statistical offices') keep time running left to right, as the
 * digits do, with the value axis on the left; only the texts are Arabic. A breakdown by category
 * has no time to follow, so it follows the page: names and bars start on the right (the side where
 * an Arabic reader starts) and grow leftwards. See ARCHITECTURE.md, "Locales".
 */
export function DatasetChart({ view, locale, dir, idPrefix = 'chart' }: { view: DatasetView; locale: LocaleCode; dir: 'ltr' | 'rtl'; idPrefix?: string }) {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const drawing = view.byCategory ? categoryBars(view, dir) : view.chart === 'line' ? timeLine(view, locale, dir) : timeBars(view, locale, dir);
  return (
    <svg
      class={`chart chart--${view.byCategory ? 'categories' : view.chart}`}
      viewBox={`0 0 ${WIDTH} ${drawing.height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      direction={drawing.direction}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{view.title}</title>
      <desc id={descId}>{view.description}</desc>
      {drawing.body}
    </svg>
  );
}

const WIDTH = 420;
const PAD = 8;

interface Drawing {
  readonly height: number;
  /**
   * The texts' direction, always the page's: "272 مليون" must read in Arabic order. Positions are
   * physical; an anchor that puts a text's right edge at x is "end" in ltr and "start" in rtl.
   */
  readonly direction: 'ltr' | 'rtl';
  readonly body: ComponentChildren;
}

/** Categories: each name above its bar, bars from the reading side, the value at the bar's end. */
function categoryBars(view: DatasetView, dir: 'ltr' | 'rtl'): Drawing {
  const ROW = 52;
  const VALUE_ROOM = 96;
  const max = Math.max(0, ...view.rows.map((r) => r.value));
  const span = WIDTH - 2 * PAD - VALUE_ROOM;
  const rtl = dir === 'rtl';
  // With direction rtl, "start" is the right edge of a text: anchors name reading sides.
  const body = view.rows.map((row, i) => {
    const top = PAD + i * ROW;
    const length = max > 0 ? Math.max(1, (Math.max(0, row.value) / max) * span) : 1;
    const x = rtl ? WIDTH - PAD - length : PAD;
    const valueX = rtl ? x - 6 : x + length + 6;
    return (
      <g>
        <text x={rtl ? WIDTH - PAD : PAD} y={top + 17} class="chart__label" text-anchor="start">{row.label}</text>
        <rect class="chart__mark" x={n(x)} y={top + 24} width={n(length)} height={20} />
        <text x={n(valueX)} y={top + 39} class="chart__value" text-anchor="start">{row.valueLabel}</text>
      </g>
    );
  });
  return { height: PAD * 2 + view.rows.length * ROW, direction: dir, body };
}

const TOP = 28;
const BOTTOM = 32;
const LEFT = 72;
const RIGHT = 14;
const PLOT_HEIGHT = 200;

/** Values over time as vertical bars, evenly spaced in date order. */
function timeBars(view: DatasetView, locale: LocaleCode, dir: 'ltr' | 'rtl'): Drawing {
  const { max, grid } = valueAxis(view, locale, dir);
  const band = (WIDTH - LEFT - RIGHT) / Math.max(1, view.rows.length);
  const barWidth = Math.min(band * 0.6, 72);
  const marks = view.rows.map((row, i) => {
    const cx = LEFT + band * (i + 0.5);
    const h = max > 0 ? (Math.max(0, row.value) / max) * PLOT_HEIGHT : 0;
    return (
      <g>
        <rect class="chart__mark" x={n(cx - barWidth / 2)} y={n(TOP + PLOT_HEIGHT - h)} width={n(barWidth)} height={n(h)} />
        <text x={n(cx)} y={n(TOP + PLOT_HEIGHT - h - 6)} class="chart__value" text-anchor="middle">{row.valueLabel}</text>
        <text x={n(cx)} y={TOP + PLOT_HEIGHT + 22} class="chart__label" text-anchor="middle">{row.dateLabel}</text>
      </g>
    );
  });
  return { height: TOP + PLOT_HEIGHT + BOTTOM, direction: dir, body: [grid, ...marks] };
}

/** Values over time as a line through one point per value, placed by date. */
function timeLine(view: DatasetView, locale: LocaleCode, dir: 'ltr' | 'rtl'): Drawing {
  const { max, grid } = valueAxis(view, locale, dir);
  const times = view.rows.map((r) => timeOf(r));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const inset = 36;
  const xOf = (t: number) => (last === first ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + inset + ((t - first) / (last - first)) * (WIDTH - LEFT - RIGHT - 2 * inset));
  const yOf = (v: number) => TOP + PLOT_HEIGHT - (max > 0 ? (Math.max(0, v) / max) * PLOT_HEIGHT : 0);
  const points = view.rows.map((row, i) => [xOf(times[i] ?? first), yOf(row.value)] as const);
  const line = <polyline class="chart__line" points={points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')} />;
  const marks = view.rows.map((row, i) => {
    const [x, y] = points[i] ?? [0, 0];
    return (
      <g>
        <circle class="chart__mark" cx={n(x)} cy={n(y)} r={5} />
        <text x={n(x)} y={n(y - 10)} class="chart__value" text-anchor="middle">{row.valueLabel}</text>
        <text x={n(x)} y={TOP + PLOT_HEIGHT + 22} class="chart__label" text-anchor="middle">{row.dateLabel}</text>
      </g>
    );
  });
  return { height: TOP + PLOT_HEIGHT + BOTTOM, direction: dir, body: [grid, line, ...marks] };
}

/** The value axis from zero (bars and lines both start there, so heights compare honestly). */
function valueAxis(view: DatasetView, locale: LocaleCode, dir: 'ltr' | 'rtl') {
  const top = Math.max(0, ...view.rows.map((r) => r.value));
  const step = niceStep(top / 4);
  const max = top > 0 ? Math.ceil(top / step) * step : 1;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(v);
  const grid = (
    <g class="chart__axis" aria-hidden="true">
      {ticks.map((v) => {
        const y = n(TOP + PLOT_HEIGHT - (v / max) * PLOT_HEIGHT);
        return (
          <g>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} class={v === 0 ? 'chart__baseline' : 'chart__grid'} />
            <text x={LEFT - 6} y={n(y + 4)} class="chart__tick" text-anchor={dir === 'rtl' ? 'start' : 'end'}>{formatAxisValue(locale, v, view.unit)}</text>
          </g>
        );
      })}
    </g>
  );
  return { max, grid };
}

/** 1, 2 or 5 times a power of ten: ticks people read at a glance. */
function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** A date as a fractional year, so points sit at their distance in time. */
function timeOf(row: DatasetRowView): number {
  const [year = 0, month = 1, day = 1] = row.date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** Coordinates to one decimal: the drawing stays exact at any size and a few bytes smaller. */
function n(value: number): number {
  return Math.round(value * 10) / 10;
}
