import type { LocalizedSummary } from '../../../modules/content/index.ts';
import { ForeignText } from './foreign-text.view.tsx';
import { langAttrs, pageHref, type ViewContext } from './view-context.ts';

export function Breadcrumbs({ ctx, trail, current }: { ctx: ViewContext; trail: readonly LocalizedSummary[]; current: LocalizedSummary }) {
  return (
    <nav class="breadcrumbs wrap" aria-label={ctx.t('nav.breadcrumb')}>
      <ol>
        {trail.map((doc) =>
          doc.path === undefined ? null : (
            <li>
              <a href={ctx.href(ctx.linkLocale, doc.path)} {...langAttrs(ctx, doc.translation.locale, ctx.locale)}>
                {doc.path === '' ? ctx.t('nav.home') : doc.translation.title}
              </a>
            </li>
          ),
        )}
        <li aria-current="page">
          <ForeignText ctx={ctx} locale={current.translation.locale} pageLocale={ctx.locale}>
            {current.translation.title}
          </ForeignText>
        </li>
      </ol>
    </nav>
  );
}
