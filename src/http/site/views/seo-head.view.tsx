import type { LocalizedSummary } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import { feedHref, type FeedFormat, type FeedKind } from '../feeds.ts';
import type { PageModel } from '../page-model.ts';
import { jsonForScript } from './story-head.view.tsx';
import { pageHref, type ViewContext } from './view-context.ts';

export interface SeoHeadProps {
  readonly ctx: ViewContext;
  readonly model: PageModel;
  readonly isHome: boolean;
  /** Absolute canonical address of the page. */
  readonly url: string;
}

/** Open Graph locales (language_TERRITORY, as Facebook lists them) of our locales. */
// Open Graph names a locale language_TERRITORY. The site's English is British, and Facebook's
// pan-Arabic locale is ar_AR; any other tag takes the territory CLDR thinks likeliest (ru → ru_RU, zh-Hans → zh_CN).
const OG_OVERRIDES: Readonly<Record<string, string>> = { en: 'en_GB', ar: 'ar_AR' };

function ogLocale(tag: LocaleCode): string {
  const likely = new Intl.Locale(tag).maximize();
  return OG_OVERRIDES[tag] ?? `${likely.language}_${likely.region ?? likely.language.toUpperCase()}`;
}
/** Width of the JPEG rendition shared links show (Open Graph recommends 1200 px). */
const SHARE_WIDTH = 1200;
/** Google shows at most 110 characters of a NewsArticle headline. */
const HEADLINE_LENGTH = 110;

/**
 * Open Graph and Twitter card tags of every public page, and feed discovery on the home page and
 * campaigns. A story's video tags (og:video…) and oEmbed link come from StoryHead; the page's type
 * says `video.other` then, so each tag has one source.
 */
export function SeoHead({ ctx, model, isHome, url }: SeoHeadProps) {
  const { page } = model;
  const shown = page.translation.locale;
  const siteName = ctx.t('site.name');
  const image = shareImage(ctx, model);
  const type = model.media ? 'video.other' : page.document.type === 'statement' || page.document.type === 'story' ? 'article' : 'website';
  const others = model.alternates.filter((a) => a.isTranslated && a.locale !== shown);
  const feeds: readonly FeedKind[] = isHome ? ['news', 'stories'] : page.document.type === 'campaign' ? ['stories'] : [];
  return (
    <>
      <meta property="og:site_name" content={siteName} />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={isHome ? siteName : page.translation.title} />
      {page.translation.summary ? <meta property="og:description" content={page.translation.summary} /> : null}
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={ogLocale(shown)} />
      {others.map((a) => (
        <meta property="og:locale:alternate" content={ogLocale(a.locale)} />
      ))}
      {image ? <meta property="og:image" content={image.url} /> : null}
      {image?.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
      {image?.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
      {image?.alt ? <meta property="og:image:alt" content={image.alt} /> : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      {feeds.flatMap((kind) =>
        (['rss', 'atom'] as const).map((format) => (
          <link rel="alternate" type={FEED_TYPES[format]} href={ctx.publicUrl + feedHref(ctx.locales.get(ctx.linkLocale).prefix, kind, format)} title={feedTitle(ctx, kind, format)} />
        )),
      )}
    </>
  );
}

/**
 * JSON-LD: Organization on the home page, NewsArticle on a statement, BreadcrumbList on every page
 * below the home page. A story's VideoObject comes from StoryHead.
 */
export function StructuredData({ ctx, model, isHome, url }: SeoHeadProps) {
  const { page } = model;
  const organization = { '@type': 'Organization', name: ctx.t('site.name'), url: `${ctx.publicUrl}/${ctx.linkLocale}/` };
  const blocks: Record<string, unknown>[] = [];
  if (isHome) blocks.push({ '@context': 'https://schema.org', ...organization });
  if (page.document.type === 'statement' && !isHome) {
    const delivered = typeof page.document.fields.deliveredAt === 'string' ? page.document.fields.deliveredAt : undefined;
    const image = shareImage(ctx, model);
    blocks.push({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: truncate(page.translation.title, HEADLINE_LENGTH),
      description: page.translation.summary || undefined,
      inLanguage: page.translation.locale,
      datePublished: delivered ?? page.translation.publishedAt ?? undefined,
      dateModified: page.translation.updatedAt,
      mainEntityOfPage: url,
      image: image ? [image.url] : undefined,
      author: model.speaker ? { '@type': 'Person', name: model.speaker.translation.title } : organization,
      publisher: organization,
    });
  }
  const trail = model.breadcrumbs.filter((d): d is LocalizedSummary & { path: string } => d.path !== undefined);
  if (!isHome && trail.length > 0) {
    const items = [
      ...trail.map((d) => ({ name: d.path === '' ? ctx.t('nav.home') : d.translation.title, item: ctx.publicUrl + ctx.href(ctx.linkLocale, d.path) })),
      { name: page.translation.title, item: url },
    ];
    blocks.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: items.map((entry, index) => ({ '@type': 'ListItem', position: index + 1, ...entry })),
    });
  }
  return (
    <>
      {blocks.map((data) => (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
      ))}
    </>
  );
}

const FEED_TYPES: Readonly<Record<FeedFormat, string>> = { rss: 'application/rss+xml', atom: 'application/atom+xml' };

function feedTitle(ctx: ViewContext, kind: FeedKind, format: FeedFormat): string {
  const feed = ctx.t(kind === 'news' ? 'seo.newsFeed' : 'seo.storiesFeed');
  return ctx.t('seo.feedFormat', { feed, format: format === 'rss' ? 'RSS' : 'Atom' });
}

interface ShareImage {
  readonly url: string;
  readonly width?: number;
  readonly height?: number;
  readonly alt?: string;
}

/** The page's own image as a 1200 px JPEG (or its largest), else a story's video poster. */
function shareImage(ctx: ViewContext, model: PageModel): ShareImage | undefined {
  const id = model.page.document.fields.image;
  const image: ImageAsset | undefined = typeof id === 'string' ? model.images.get(id) : undefined;
  const jpegs = (image?.variants ?? []).filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  const jpeg = jpegs.find((v) => v.width === SHARE_WIDTH) ?? jpegs[jpegs.length - 1];
  if (image && jpeg) {
    const alt = image.alt[model.page.translation.locale] || undefined;
    return { url: `${ctx.publicUrl}/media/${jpeg.file}`, width: jpeg.width, height: jpeg.height, ...(alt ? { alt } : {}) };
  }
  const poster = model.media?.poster;
  return poster ? { url: ctx.publicUrl + poster } : undefined;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
