import type { ImportReport, JobDetail } from '../../../modules/translation-jobs/index.ts';
import type { FieldProblem } from '../../../platform/errors.ts';
import type { AdminDeps, AdminRequest } from '../admin-plugin.tsx';
import { AdminLayout } from './admin-layout.view.tsx';
import { FormMessage } from './form.view.tsx';
import { jobUrl } from './jobs.view.tsx';

type Outcome = { readonly report: ImportReport } | { readonly problems: readonly FieldProblem[] };

/** What an import did, or why the file was refused (each problem with its line and unit). */
export function ImportReportView({ req, deps, job, outcome }: { req: AdminRequest; deps: AdminDeps; job: JobDetail; outcome: Outcome }) {
  const { t } = req;
  return (
    <AdminLayout req={req} title={t('jobs.import.resultTitle', { name: job.name })} stylesheet={deps.stylesheet} current="/admin/jobs">
      {'problems' in outcome ? (
        <>
          <FormMessage kind="error">{t('jobs.import.refused')}</FormMessage>
          <ul class="jobs-problems">
            {outcome.problems.map((p) => (
              <li>
                <strong>{p.path}</strong> {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ReportLists req={req} report={outcome.report} />
      )}
      <p>
        <a href={jobUrl(job.id)}>{t('jobs.backToJob')}</a>
      </p>
    </AdminLayout>
  );
}

function ReportLists({ req, report }: { req: AdminRequest; report: ImportReport }) {
  const { t } = req;
  return (
    <>
      <p role="status">{t('jobs.import.summary', { applied: report.applied.length, stale: report.stale.length, notReturned: report.notReturned.length, locale: report.locale })}</p>
      {report.applied.length ? (
        <>
          <h2>{t('jobs.import.applied')}</h2>
          <ul>
            {report.applied.map((a) => (
              <li>
                <a href={`/admin/documents/${encodeURIComponent(a.documentId)}/${encodeURIComponent(report.locale)}`}>{a.title}</a> {t('jobs.import.version', { version: a.version })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.stale.length ? (
        <>
          <h2>{t('jobs.import.stale')}</h2>
          <ul>
            {report.stale.map((s) => (
              <li>
                {s.title}: {s.units.map((u) => (u.line !== undefined ? t('jobs.import.unitAt', { unit: u.unitId, line: u.line }) : u.unitId)).join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.notReturned.length ? (
        <>
          <h2>{t('jobs.import.notReturned')}</h2>
          <ul>
            {report.notReturned.map((n) => (
              <li>{t('jobs.import.missing', { title: n.title, count: n.missing })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.problems.length ? (
        <>
          <h2>{t('jobs.import.problems')}</h2>
          <ul class="jobs-problems">
            {report.problems.map((p) => (
              <li>
                {[p.line !== undefined ? t('jobs.import.line', { line: p.line }) : '', p.unitId ?? '', p.documentId ?? ''].filter(Boolean).join(' · ')} {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
