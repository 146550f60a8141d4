import type { ViewContext } from './view-context.ts';

/**
 * Plain share links (no third-party script, nothing loaded until clicked), each carrying the
 * campaign's hashtag in the page's language.
 */
export function ShareLinks({ ctx, url, title, hashtag, embedUrl }: { ctx: ViewContext; url: string; title: string; hashtag?: string; embedUrl?: string }) {
  const text = hashtag ? ctx.t('share.text', { title, hashtag }) : title;
  const q = encodeURIComponent;
  const tag = hashtag?.replace(/^#/, '');
  const links = [
    { key: 'share.email', href: `mailto:?subject=${q(title)}&body=${q(`${text}\n${url}`)}`, external: false },
    { key: 'share.whatsapp', href: `https://wa.me/?text=${q(`${text} ${url}`)}`, external: true },
    { key: 'share.x', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}${tag ? `&hashtags=${q(tag)}` : ''}`, external: true },
    { key: 'share.facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}${hashtag ? `&hashtag=${q(hashtag)}` : ''}`, external: true },
    { key: 'share.linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`, external: true },
  ] as const;
  return (
    <section class="share" aria-labelledby="share">
      <h2 id="share">{ctx.t('share.heading')}</h2>
      <ul class="share__links">
        {links.map((link) => (
          <li>
            <a href={link.href} target={link.external ? '_blank' : undefined} rel={link.external ? 'noopener noreferrer' : undefined}>
              {ctx.t(link.key)}
              {link.external ? <span class="visually-hidden"> {ctx.t('share.newWindow')}</span> : null}
            </a>
          </li>
        ))}
        {embedUrl ? (
          <li>
            <a href={embedUrl}>{ctx.t('share.embed')}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
