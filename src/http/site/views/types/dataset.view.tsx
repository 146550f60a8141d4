import { buildDatasetView, datasetCsv, datasetJson, type DatasetView as DatasetData } from '../../dataset.ts';
import { formatBytes } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { DatasetChart } from '../dataset-chart.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import type { ViewContext } from '../view-context.ts';

/**
 * A dataset's page: the chart, what it shows in words, the same numbers as a table, where they
 * come from and under which licence, and the files to reuse them (CSV and JSON, at the page's
 * address followed by /data.csv and /data.json).
 */
export function DatasetView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation } = model.page;
  const data = buildDatasetView(model.page, ctx.locale);
  const base = ctx.href(ctx.linkLocale, model.page.path ?? '');
  const csvBytes = Buffer.byteLength(datasetCsv(data));
  const jsonBytes = Buffer.byteLength(datasetJson(data, ctx.publicUrl + base));
  return (
    <article class="page dataset">
      <header class="page__header">
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
      </header>
      <div class="dataset__figure">
        <figure class="dataset__chart">
          <DatasetChart view={data} locale={ctx.locale} dir={ctx.locales.get(ctx.locale).dir} />
          <figcaption class="dataset__description">{data.description}</figcaption>
        </figure>
        <DataTable ctx={ctx} data={data} />
      </div>
      <dl class="dataset__meta">
        <dt>{ctx.t('data.source')}</dt>
        <dd>
          <a href={data.sourceUrl}>{data.source}</a>
        </dd>
        <dt>{ctx.t('data.licence')}</dt>
        <dd>{data.licenceUrl ? <a href={data.licenceUrl} lang="en" dir="ltr">{data.licence}</a> : <span lang="en" dir="ltr">{data.licence}</span>}</dd>
      </dl>
      <section class="dataset__downloads" aria-labelledby="dataset-downloads">
        <h2 id="dataset-downloads">{ctx.t('data.downloads')}</h2>
        <ul>
          <li>
            <a href={`${base}/data.csv`} type="text/csv" download>
              {ctx.t('data.download.csv', { size: formatBytes(ctx.locale, csvBytes) })}
            </a>
          </li>
          <li>
            <a href={`${base}/data.json`} type="application/json">
              {ctx.t('data.download.json', { size: formatBytes(ctx.locale, jsonBytes) })}
            </a>
          </li>
        </ul>
        <p class="dataset__note">{ctx.t('data.downloadNote')}</p>
      </section>
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
    </article>
  );
}

/** The chart's numbers as a table: dates (and categories) head their rows. */
function DataTable({ ctx, data }: { ctx: ViewContext; data: DatasetData }) {
  const yearsOnly = data.rows.every((row) => /^\d{4}$/.test(row.date));
  const oneDate = new Set(data.rows.map((row) => row.date)).size === 1;
  // A breakdown for one date names the date once, in the caption's column heading, not in every row.
  const showDate = !data.byCategory || !oneDate;
  const dateHeading = ctx.t(yearsOnly ? 'data.column.year' : 'data.column.date');
  return (
    <div class="data-table" role="region" aria-labelledby="data-table-caption" tabIndex={0}>
      <table>
        <caption id="data-table-caption">
          {ctx.t('data.tableCaption', { measure: data.measure })}
          {data.byCategory && oneDate && data.rows[0] ? ` (${data.rows[0].dateLabel})` : ''}
        </caption>
        <thead>
          <tr>
            {data.byCategory ? <th scope="col">{ctx.t('data.column.category')}</th> : null}
            {showDate ? <th scope="col">{dateHeading}</th> : null}
            <th scope="col">{data.measure}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr>
              {data.byCategory ? <th scope="row">{row.label}</th> : null}
              {showDate ? data.byCategory ? <td>{row.dateLabel}</td> : <th scope="row">{row.dateLabel}</th> : null}
              <td class="data-table__value">{row.valueLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
