import type { ComponentChildren, VNode } from 'preact';
import {
  isSafeHref,
  type BlockNode,
  type InlineNode,
  type Mark,
  type RichTextDoc,
} from '../../../modules/content/index.ts';
import { formatFactValue } from '../format.ts';
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
    case 'blockquote':
      return <blockquote>{(node.content ?? []).map((b) => renderBlock(b, ctx, refs, depth + 1))}</blockquote>;
    case 'horizontalRule':
      return <hr />;
    default:
      return null;
  }
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
        return fact ? <strong class="fact-inline">{formatFactValue(ctx.locale, fact.value, fact.unit)}</strong> : null;
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

