import type { ReviewQueueItem } from '../../../modules/content/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { formatWhen } from '../document-context.ts';

/**
 * What waits for a reviewer, per locale, oldest first: new translations in review and changes to
 * published pages submitted for review, each linked to its editor.
 */
export function ReviewQueue({ req, items }: { req: AdminRequest; items: readonly ReviewQueueItem[] }) {
  const { t } = req;
  const locales = req.locales.allCodes.filter((locale) => items.some((i) => i.locale === locale));
  return (
    <section aria-labelledby="review-queue">
      <h2 id="review-queue">{t('review.queue.title')}</h2>
      {locales.length === 0 ? <p>{t('review.queue.empty')}</p> : null}
      {locales.map((locale) => (
        <>
          <h3 lang={locale} dir={req.locales.get(locale).dir}>{req.locales.get(locale).endonym}</h3>
          <ol class="queue">
            {items
              .filter((i) => i.locale === locale)
              .map((item) => (
                <li>
                  <a href={`/admin/documents/${item.documentId}/${item.locale}`} lang={item.locale} dir={req.locales.get(item.locale).dir}>
                    {item.title}
                  </a>{' '}
                  · {t(item.isPendingChange ? 'review.queue.pendingChange' : 'review.queue.newWork')} ·{' '}
                  <time datetime={item.waitingSince}>{t('review.queue.since', { when: formatWhen(req, item.waitingSince) })}</time>
                </li>
              ))}
          </ol>
        </>
      ))}
    </section>
  );
}
