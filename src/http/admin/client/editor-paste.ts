// Ensemble back office: what the rich text editor takes from the clipboard and from link fields.

/** Link targets the editor accepts: http(s), mailto, site-relative paths, and internal doc: links. */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (/^(?:https?:\/\/|mailto:)[^\s()]+$/i.test(value)) return true;
  if (/^doc:[A-Za-z0-9_-]+$/.test(value)) return true;
  return /^\/(?!\/)[^\s()\\]*$/.test(value);
}

const STYLE_ATTR = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * What a word processor says with styles, said with attributes before the styles go: Google Docs
 * marks bold and italic on spans (font-weight:700, font-style:italic) and wraps everything in a
 * <b style="font-weight:normal"> that is not bold; Word marks list paragraphs with mso-list and
 * writes their bullet or number as text inside <![if !supportLists]>.
 */
function styleToAttributes(html: string): string {
  return html
    .replace(/<p\b([^>]*mso-list[^>]*)>\s*<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, (_all, attrs: string, marker: string) => {
      const bullet = marker.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
      const list = /mso-list\s*:\s*(l\d+)/i.exec(attrs)?.[1] ?? 'l';
      return `<p data-list="${/^[0-9a-z]{1,3}[.)]$/i.test(bullet) ? 'ol' : 'ul'}" data-list-id="${list}"${attrs}>`;
    })
    .replace(/<!\[if [^\]]*\]>[\s\S]*?<!\[endif\]>/gi, '')
    .replace(/<(span|b|strong|i|em)\b[^>]*>/gi, (tag: string, name: string) => {
      const match = STYLE_ATTR.exec(tag);
      const style = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').toLowerCase();
      const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
      const marks: string[] = [];
      if (weight && (weight === 'bold' || Number(weight) >= 600)) marks.push('data-b');
      if (/(?:^|;)\s*font-style\s*:\s*italic/.test(style)) marks.push('data-i');
      // Google Docs' wrapper: a <b> that its own style makes normal weight.
      if (/^(b|strong)$/i.test(name) && weight && (weight === 'normal' || Number(weight) < 600)) marks.push('data-unwrap');
      return marks.length ? tag.replace(/>$/, ` ${marks.join(' ')}>`) : tag;
    });
}

/** Pasted HTML (word processors) reduced to structure: no comments, styles, Office tags, or classes. */
export function cleanPastedHtml(html: string): string {
  // Style elements and attributes go before parsing, so the parse itself trips no CSP report.
  const unstyled = styleToAttributes(html)
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[^>]*>/g, (tag) => tag.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
  const parsed = new DOMParser().parseFromString(unstyled, 'text/html');
  const body = parsed.body;
  const walker = parsed.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  comments.forEach((c) => c.remove());
  body.querySelectorAll('style, script, meta, link, xml, title').forEach((el) => el.remove());
  groupWordLists(parsed);
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (el.hasAttribute('data-unwrap')) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (tag.includes(':') || tag === 'font' || tag === 'span') {
      let children: Node[] = Array.from(el.childNodes);
      for (const [flag, name] of [['data-i', 'em'], ['data-b', 'strong']] as const) {
        if (!el.hasAttribute(flag)) continue;
        const wrapper = parsed.createElement(name);
        wrapper.append(...children);
        children = [wrapper];
      }
      el.replaceWith(...children);
      continue;
    }
    const rename = tag === 'h1' ? 'h2' : tag === 'h5' || tag === 'h6' ? 'h4' : '';
    if (rename) {
      const next = parsed.createElement(rename);
      next.append(...Array.from(el.childNodes));
      el.replaceWith(next);
      continue;
    }
    for (const attr of Array.from(el.attributes)) if (attr.name !== 'href') el.removeAttribute(attr.name);
  }
  return body.innerHTML;
}

/** Word's list paragraphs (marked data-list above), one after another in the same list, become one real list. */
function groupWordLists(doc: Document): void {
  for (const first of Array.from(doc.body.querySelectorAll('p[data-list]'))) {
    if (!first.isConnected) continue;
    const kind = first.getAttribute('data-list');
    const id = first.getAttribute('data-list-id');
    const list = doc.createElement(kind === 'ol' ? 'ol' : 'ul');
    first.before(list);
    let item: Element | null = first;
    while (item && item.matches('p[data-list]') && item.getAttribute('data-list') === kind && item.getAttribute('data-list-id') === id) {
      const next: Element | null = item.nextElementSibling;
      const li = doc.createElement('li');
      li.append(...Array.from(item.childNodes));
      list.append(li);
      item.remove();
      item = next;
    }
  }
}
