import type { LocalizedSummary } from '../../../modules/content/index.ts';
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
        <li aria-current="page" {...langAttrs(ctx, current.translation.locale, ctx.locale)}>
          {current.translation.title}
        </li>
      </ol>
    </nav>
  );
}
