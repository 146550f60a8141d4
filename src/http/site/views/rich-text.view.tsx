import type { ComponentChildren, VNode } from 'preact';
import {
  isSafeHref,
  type BlockNode,
  type InlineNode,
  type Mark,
  type RichTextDoc,
} from '../../../modules/content/index.ts';
import { formatFactValue } from '../format.ts';
import { SMALL_SCREEN, videoFileUrl } from '../story-media.ts';
import { Picture } from './picture.view.tsx';
import type { References } from '../page-model.ts';
import { pageHref, type ViewContext } from './view-context.ts';

/**
 * Renders stored rich text through an allowlist: each known node becomes its element, anything
 * else is skipped. Text goes through Preact, which escapes it, so no stored string becomes markup.
 */
export function RichText({ ctx, doc, refs }: { ctx: ViewContext; doc: RichTextDoc; refs: References }) {
  if (!doc || !Array.isArray(doc.content) || doc.content.length === 0) return null;
  return <div class="prose">{doc.content.map((b) => renderBlock(b, ctx, refs, 0))}</div>;
}

function renderBlock(node: BlockNode, ctx: ViewContext, refs: References, depth: number): VNode | null {
  if (depth > 12 || !node || typeof node !== 'object') return null;
  switch (node.type) {
    case 'paragraph':
      return <p>{renderInlines(node.content, ctx, refs)}</p>;
    case 'heading': {
      const inner = renderInlines(node.content, ctx, refs);
      const level = node.attrs?.level;
      return level === 3 ? <h3>{inner}</h3> : level === 4 ? <h4>{inner}</h4> : <h2>{inner}</h2>;
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) => (
        <li>{(item?.content ?? []).map((b) => renderBlock(b, ctx, refs, depth + 1))}</li>
      ));
      return node.type === 'bulletList' ? <ul>{items}</ul> : <ol>{items}</ol>;
    }
    case 'blockquote': {
      const quote = <blockquote>{(node.content ?? []).map((b) => renderBlock(b, ctx, refs, depth + 1))}</blockquote>;
      const who = typeof node.attrs?.attribution === 'string' ? node.attrs.attribution.trim() : '';
      return who ? (
        <figure class="quote">
          {quote}
          <figcaption class="quote__attribution">{who}</figcaption>
        </figure>
      ) : (
        quote
      );
    }
    case 'horizontalRule':
      return <hr />;
    case 'image':
      return renderImage(node.attrs, ctx, refs);
    case 'embed':
      return node.attrs?.kind === 'video' ? renderVideo(node.attrs.id, ctx, refs) : renderStory(node.attrs?.id, ctx, refs);
    case 'callToAction':
      return renderCallToAction(node.attrs, ctx, refs);
    default:
      return null;
  }
}

/** A picture of the library, its space reserved, described in the reader's locale; a caption shown under it when there is one. */
function renderImage(attrs: { mediaId: string; caption?: string } | undefined, ctx: ViewContext, refs: References): VNode | null {
  const image = attrs && refs.images?.get(attrs.mediaId);
  if (!image) return null;
  const caption = typeof attrs.caption === 'string' ? attrs.caption.trim() : '';
  return (
    <figure class="prose__figure">
      <Picture image={image} alt={image.alt[ctx.locale] ?? ''} sizes="(min-width: 48rem) 44rem, 100vw" />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

/** An embedded story: a card leading to it, in the reader's language where it has one. */
function renderStory(id: string | undefined, ctx: ViewContext, refs: References): VNode | null {
  const target = id === undefined ? undefined : refs.links.get(id);
  if (!target) return null;
  return (
    <aside class="card prose__embed" aria-label={target.title}>
      <a href={ctx.href(ctx.linkLocale, target.path)} hreflang={target.locale === ctx.locale ? undefined : target.locale} lang={target.locale === ctx.locale ? undefined : target.locale}>
        {target.title}
      </a>
    </aside>
  );
}

/** An embedded video: the native player, poster until play, nothing loaded before. */
function renderVideo(id: string | undefined, ctx: ViewContext, refs: References): VNode | null {
  const video = id === undefined ? undefined : refs.videos?.get(id);
  if (!video) return null;
  const full = video.renditions.find((r) => r.kind === '720p');
  const light = video.renditions.find((r) => r.kind === '360p');
  const sources = full && light ? [light, full] : [video.original];
  const width = full?.width ?? video.width ?? undefined;
  const height = full?.height ?? video.height ?? undefined;
  return (
    <figure class="player prose__video">
      <video class="player__video" controls preload="none" playsInline poster={video.poster ? videoFileUrl(video.poster) : undefined} width={width} height={height} aria-label={video.displayName}>
        {sources.map((file) => (
          <source src={videoFileUrl(file)} type={file.mime} media={file === light ? SMALL_SCREEN : undefined} />
        ))}
      </video>
    </figure>
  );
}

/** A call to action: a button-like link to a page of the site (followed to the reader's locale) or to a safe address. */
function renderCallToAction(attrs: { label: string; documentId?: string; href?: string } | undefined, ctx: ViewContext, refs: References): VNode | null {
  const label = typeof attrs?.label === 'string' ? attrs.label.trim() : '';
  if (!attrs || !label) return null;
  let href: string | undefined;
  if (typeof attrs.documentId === 'string') {
    const target = refs.links.get(attrs.documentId);
    href = target ? ctx.href(ctx.linkLocale, target.path) : undefined;
  } else if (typeof attrs.href === 'string' && isSafeHref(attrs.href)) {
    href = attrs.href;
  }
  if (!href) return null;
  return (
    <p class="prose__action">
      <a class="button" href={href}>{label}</a>
    </p>
  );
}

function renderInlines(nodes: readonly InlineNode[] | undefined, ctx: ViewContext, refs: References): ComponentChildren {
  return (nodes ?? []).map((node) => {
    switch (node?.type) {
      case 'text':
        return applyMarks(node.text, node.marks ?? [], ctx, refs);
      case 'hardBreak':
        return <br />;
      case 'fact': {
        const fact = refs.facts.get(node.attrs?.id);
        if (!fact) return null;
        const value = <strong class="fact-inline">{formatFactValue(ctx.locale, fact.value, fact.unit)}</strong>;
        // A figure quoted in text leads to the dataset it comes from, where there is one.
        return fact.dataset ? <a href={ctx.href(ctx.linkLocale, fact.dataset.path)} title={fact.dataset.title}>{value}</a> : value;
      }
      default:
        return null;
    }
  });
}

function applyMarks(text: string, marks: readonly Mark[], ctx: ViewContext, refs: References): ComponentChildren {
  let out: ComponentChildren = String(text);
  for (const mark of marks) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'link') out = renderLink(out, mark.attrs ?? {}, ctx, refs);
  }
  return out;
}

function renderLink(
  children: ComponentChildren,
  attrs: { href?: string; documentId?: string },
  ctx: ViewContext,
  refs: References,
): ComponentChildren {
  if (attrs.documentId !== undefined) {
    const target = refs.links.get(attrs.documentId);
    // A link to a page the reader cannot see (unpublished, hidden) becomes plain text.
    if (!target) return children;
    return (
      <a href={ctx.href(ctx.linkLocale, target.path)} hreflang={target.locale === ctx.locale ? undefined : target.locale}>
        {children}
      </a>
    );
  }
  if (typeof attrs.href === 'string' && isSafeHref(attrs.href)) {
    return <a href={attrs.href}>{children}</a>;
  }
  return children;
}

