import type { TranslationStatus } from '../../../modules/content/index.ts';
import type { DiffRow, RevisionComparison, TextComparison } from '../../../modules/workflow/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { formatInstant } from '../format-date.tsx';
import { Segments } from './workflow.view.tsx';

/**
 * Two revisions side by side: the properties in one table, then the body as markup line by line.
 * Changed rows say so in words, and <del>/<ins> carry the differences, so nothing relies on colour.
 */
export function ComparisonView({ req, comparison, authorOf }: { req: AdminRequest; comparison: RevisionComparison; authorOf: (id: string | null) => string }) {
  const { t } = req;
  const { from, to } = comparison;
  const heading = (entry: RevisionComparison['from']) => (
    <th scope="col">
      {t('revisions.versionN', { version: entry.version })}
      <br />
      <span class="tag">
        {authorOf(entry.author)}, <time datetime={entry.createdAt}>{formatInstant(req, entry.createdAt)}</time>
      </span>
    </th>
  );
  const status = (value: string) => (value ? t(`status.${value as TranslationStatus}`) : '—');
  const rows: { label: string; value: TextComparison }[] = [
    { label: t('revisions.field.title'), value: comparison.title },
    { label: t('revisions.field.summary'), value: comparison.summary },
    { label: t('revisions.field.slug'), value: comparison.slug },
    ...comparison.fields.map((f) => ({ label: f.name, value: f })),
  ];
  const bodyChanged = comparison.body.some((row) => row.changed);
  return (
    <>
      <p class="field__hint">{t('revisions.legend')}</p>
      <table class="table diff">
        <caption class="visually-hidden">{t('revisions.propertiesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revisions.field')}</th>
            {heading(from)}
            {heading(to)}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, value }) => (
            <tr class={value.changed ? 'diff__row--changed' : undefined}>
              <th scope="row">
                {label} <span class="tag">{t(value.changed ? 'revisions.changed' : 'revisions.unchanged')}</span>
              </th>
              <td class="markup">
                <Segments req={req} segments={value.before} />
              </td>
              <td class="markup">
                <Segments req={req} segments={value.after} />
              </td>
            </tr>
          ))}
          <tr class={comparison.status.changed ? 'diff__row--changed' : undefined}>
            <th scope="row">
              {t('revisions.field.status')} <span class="tag">{t(comparison.status.changed ? 'revisions.changed' : 'revisions.unchanged')}</span>
            </th>
            <td>{status(comparison.status.before)}</td>
            <td>{status(comparison.status.after)}</td>
          </tr>
        </tbody>
      </table>
      <h2>
        {t('revisions.field.body')} <span class="tag">{t(bodyChanged ? 'revisions.changed' : 'revisions.unchanged')}</span>
      </h2>
      <table class="table diff diff--body">
        <caption class="visually-hidden">{t('revisions.bodyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revisions.versionN', { version: from.version })}</th>
            <th scope="col">{t('revisions.versionN', { version: to.version })}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.body.filter(hasText).map((row) => (
            <tr class={row.changed ? 'diff__row--changed' : undefined}>
              <td class="markup">
                <Segments req={req} segments={row.before} />
              </td>
              <td class="markup">
                <Segments req={req} segments={row.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Blank lines between blocks carry nothing to compare; they are left out of the body table. */
function hasText(row: DiffRow): boolean {
  return [...(row.before ?? []), ...(row.after ?? [])].some((segment) => segment.text.trim() !== '');
}
