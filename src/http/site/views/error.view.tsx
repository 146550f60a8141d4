import type { MenuEntry } from '../../../modules/content/index.ts';
import { Layout } from './layout.view.tsx';
import type { ViewContext } from './view-context.ts';

export type ErrorPageKind = 'notFound' | 'badRequest' | 'server';

/** A localised error page; never shows internal details, only a reference to quote. */
export function ErrorPage({
  ctx,
  kind,
  menu,
  footerMenu,
  reference,
}: {
  ctx: ViewContext;
  kind: ErrorPageKind;
  menu: readonly MenuEntry[];
  footerMenu: readonly MenuEntry[];
  reference?: string;
}) {
  const title = ctx.t(`error.${kind}.title`);
  return (
    <Layout ctx={ctx} title={title} menu={menu} footerMenu={footerMenu} alternates={[]}>
      <article class="page error-page">
        <header class="page__header">
          <h1>{title}</h1>
          <p class="lead">{ctx.t(`error.${kind}.body`)}</p>
        </header>
        <p>
          <a href={ctx.href(ctx.locale, '')}>{ctx.t('error.backHome')}</a>
        </p>
        {reference ? <p class="error-page__reference">{ctx.t('error.reference', { id: reference })}</p> : null}
      </article>
    </Layout>
  );
}
