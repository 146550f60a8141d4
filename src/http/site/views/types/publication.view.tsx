import { formatBytes, formatDate, languageName } from '../../format.ts';
import type { PageModel } from '../../page-model.ts';
import { HeroImage } from '../picture.view.tsx';
import { RichText } from '../rich-text.view.tsx';
import type { ViewContext } from '../view-context.ts';

/** Where a stored PDF is served; the name is its content's hash, so it never changes. */
export function publicationFileHref(file: { readonly file: string }): string {
  return `/media/files/${file.file}`;
}

/**
 * A publication's page (the download attribute names the file in a static export too, where no
 * Content-Disposition header is sent): title, summary, date, cover, and one download per language it is
 * published in. Each link names its language in that language ("English", "العربية"), marked
 * with lang and hreflang, and gives the file's size as the page's locale writes it ("PDF, 1,2 Mo").
 */
export function PublicationView({ ctx, model }: { ctx: ViewContext; model: PageModel }) {
  const { translation, document } = model.page;
  const publishedOn = typeof document.fields.publishedOn === 'string' ? document.fields.publishedOn : undefined;
  const image = typeof document.fields.image === 'string' ? model.images.get(document.fields.image) : undefined;
  const order = ctx.locales.allCodes;
  // The reader's language first, then the site's order.
  const downloads = [...model.downloads].sort((a, b) => rank(a.locale) - rank(b.locale));
  function rank(locale: string): number {
    return locale === ctx.locale ? -1 : order.indexOf(locale);
  }
  return (
    <article class="page publication">
      <header class="page__header">
        <h1>{translation.title}</h1>
        {translation.summary ? <p class="lead">{translation.summary}</p> : null}
        {publishedOn ? (
          <p class="byline">
            <time datetime={publishedOn}>{ctx.t('publication.date', { date: formatDate(ctx.locale, publishedOn) })}</time>
          </p>
        ) : null}
      </header>
      <HeroImage image={image} locale={ctx.locale} />
      <section class="publication__downloads" aria-labelledby="publication-downloads">
        <h2 id="publication-downloads">{ctx.t('publication.downloads')}</h2>
        {downloads.length === 0 ? (
          <p>{ctx.t('publication.none')}</p>
        ) : (
          <ul>
            {downloads.map(({ locale, file, downloadName }) => (
              <li>
                <a href={publicationFileHref(file)} hreflang={locale} type={file.mime} download={downloadName}>
                  <span class="publication__language" lang={locale} dir={ctx.locales.get(locale).dir}>
                    {capitalise(languageName(locale, locale), locale)}
                  </span>{' '}
                  <span class="publication__size">{ctx.t('publication.file', { size: formatBytes(ctx.locale, file.bytes) })}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <RichText ctx={ctx} doc={translation.body} refs={model.refs} />
    </article>
  );
}

/** "français" as a link's first word reads "Français"; scripts without case are left as they are. */
function capitalise(name: string, locale: string): string {
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
