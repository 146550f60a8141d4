import { escapeXml } from './coded-markup.ts';

/**
 * The port's `<g>`/`<x>` tags as HTML a LibreTranslate server keeps with `format: 'html'`
 * (it translates text nodes and leaves elements): `<b data-g="2">…</b>` and `<i data-x="1"></i>`.
 */
export function segmentToHtml(markup: string): string {
  return markup
    .replace(/<g id="([^"]*)">/g, '<b data-g="$1">')
    .replace(/<\/g>/g, '</b>')
    .replace(/<x id="([^"]*)"\/>/g, '<i data-x="$1"></i>');
}

/** Back from HTML to the port's tags; other elements the server may have added are dropped, their words kept. */
export function htmlToSegment(html: string): string {
  const open: boolean[] = [];
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g, (_whole, slash: string, name: string, attrs: string) => {
    const lower = name.toLowerCase();
    if (lower === 'b') {
      if (slash) return open.pop() ? '</g>' : '';
      const id = /data-g\s*=\s*["']?([^"'\s>]+)/.exec(attrs)?.[1];
      open.push(id !== undefined);
      return id !== undefined ? `<g id="${escapeXml(id)}">` : '';
    }
    if (lower === 'i' && !slash) {
      const id = /data-x\s*=\s*["']?([^"'\s>]+)/.exec(attrs)?.[1];
      return id !== undefined ? `<x id="${escapeXml(id)}"/>` : '';
    }
    return '';
  });
}

const KEEP_OPEN = '<span translate="no" class="notranslate">';

/**
 * Wraps each do-not-translate term (a whole word or phrase, longest first) in a span marked
 * `translate="no"` (or the given tags), in the text between tags only.
 */
export function protectTerms(html: string, terms: readonly string[], open = KEEP_OPEN, close = '</span>'): string {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= 200))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return html;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map((t) => escapeXml(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => (piece.startsWith('<') ? piece : piece.replace(pattern, (term) => `${open}${term}${close}`)))
    .join('');
}

/** Takes the protecting spans away again (whatever attribute order the server wrote them in). */
export function releaseTerms(html: string): string {
  return html.replace(/<span\b[^>]*\btranslate\s*=\s*["']?no["']?[^>]*>([\s\S]*?)<\/span>/g, '$1');
}
