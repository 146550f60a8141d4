import { defineContentType } from '../content-type.ts';
import { isCategorySeries, type SeriesRow } from './dataset-series.ts';

/**
 * A dataset: dated numbers with their unit, source and licence, shown as a chart with its table
 * and downloads. The numbers are shared by every language; each translation names the measure,
 * describes what the chart shows (its text alternative) and names the categories.
 */
export const datasetType = defineContentType({
  name: 'dataset',
  routable: true,
  sharedFields: [
    { name: 'chart', kind: 'choice', required: true, choices: ['line', 'bar'] },
    { name: 'unit', kind: 'choice', required: true, choices: ['count', 'percent'] },
    { name: 'series', kind: 'series', required: true },
    { name: 'sourceUrl', kind: 'url', required: true },
    /** As the publisher states it, e.g. "CC BY 3.0 IGO". */
    { name: 'licence', kind: 'text', required: true, maxLength: 100 },
    { name: 'licenceUrl', kind: 'url' },
  ],
  translatableFields: [
    /** What the numbers count, e.g. "International migrants": the table's column and the axis. */
    { name: 'measure', kind: 'text', required: true, maxLength: 200 },
    /** What the chart shows, in words: its <desc> and the paragraph beside it. */
    { name: 'description', kind: 'longText', required: true, maxLength: 2000 },
    { name: 'source', kind: 'text', required: true, maxLength: 300 },
    { name: 'labels', kind: 'labels' },
  ],
  validate: (shared) => {
    const rows = Array.isArray(shared.series) ? (shared.series as SeriesRow[]) : [];
    // A line joins points in time; across categories it would draw a trend that is not there.
    if (shared.chart === 'line' && isCategorySeries(rows)) {
      return [{ path: 'fields.chart', message: 'a line chart needs a time series (rows without categories); use a bar chart for categories' }];
    }
    return [];
  },
});
