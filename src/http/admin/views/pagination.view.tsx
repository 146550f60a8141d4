import type { AdminRequest } from '../admin-plugin.tsx';

/** Previous/next links that work without JavaScript and say where the reader is. */
export function Pagination({ req, page, pages, href }: { req: AdminRequest; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const { t } = req;
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? <a href={href(page - 1)} rel="prev">{t('pagination.previous')}</a> : null}
      <span aria-current="page">{t('pagination.position', { page, pages })}</span>
      {page < pages ? <a href={href(page + 1)} rel="next">{t('pagination.next')}</a> : null}
    </nav>
  );
}
