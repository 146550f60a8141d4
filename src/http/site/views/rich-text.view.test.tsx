import { parse } from 'parse5';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../../modules/content/index.ts';
import { validateRichText } from '../../../modules/content/index.ts';
import { readAttackList } from '../../../../test/helpers/attacks.ts';
import { findAll, textOf, type HtmlElement } from '../../../../test/helpers/html.ts';
import type { References } from '../page-model.ts';
import { RichText } from './rich-text.view.tsx';
import { fixedLocales } from '../../../modules/locales/index.ts';
import { ADMIN_SCRIPT_FILES, createViewContext } from './view-context.ts';

const ctx = createViewContext(fixedLocales(), 'fr', { stylesheet: '/s.css', icon: '/i.svg', adminStylesheet: '/a.css', adminScripts: ADMIN_SCRIPT_FILES, playerScript: '/p.js', fontStylesheets: {} }, 'https://ensemble.test');
const noRefs: References = { facts: new Map(), links: new Map() };
const XSS = readAttackList('xss.txt');

function render(doc: RichTextDoc, refs: References = noRefs) {
  return parse(`<!DOCTYPE html><html><body>${renderToString(<RichText ctx={ctx} doc={doc} refs={refs} />)}</body></html>`);
}

function isActive(element: HtmlElement): boolean {
  if (['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'img', 'form', 'base', 'meta', 'link'].includes(element.tagName)) return true;
  return element.attrs.some(
    (a) => a.name.startsWith('on') || (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)),
  );
}

describe('RichText', () => {
  it('renders headings, lists, quotes, emphasis and facts', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Titre' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'gras', marks: [{ type: 'bold' }] }, { type: 'fact', attrs: { id: 'f' } }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'un' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cité' }] }] },
      ],
    };
    const refs: References = {
      facts: new Map([['f', { id: 'f', label: 'x', labelLocale: 'fr', value: 272_000_000, unit: 'count', asOf: '2019-09-17', source: 's', sourceUrl: 'https://x.org' }]]),
      links: new Map(),
    };
    const tree = render(doc, refs);
    expect(findAll(tree, 'h2').map(textOf)).toEqual(['Titre']);
    expect(findAll(tree, 'strong').map(textOf)).toEqual(['gras', '272 millions']);
    expect(findAll(tree, 'li').map(textOf)).toEqual(['un']);
    expect(findAll(tree, 'blockquote').map(textOf)).toEqual(['cité']);
  });

  it('links to documents by their path in the reader’s locale and drops links to hidden ones', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'visible', marks: [{ type: 'link', attrs: { documentId: 'a' } }] },
            { type: 'text', text: 'caché', marks: [{ type: 'link', attrs: { documentId: 'b' } }] },
          ],
        },
      ],
    };
    const tree = render(doc, { facts: new Map(), links: new Map([['a', { path: 'agir', title: 'Agir', locale: 'fr' }]]) });
    const links = findAll(tree, 'a');
    expect(links.map((a) => a.attrs.find((x) => x.name === 'href')?.value)).toEqual(['/fr/agir']);
    expect(textOf(findAll(tree, 'p')[0]!)).toBe('visiblecaché');
  });

  it(`keeps every line of attacks/xss.txt (${XSS.length}) inert as text, href and node type`, () => {
    for (const payload of XSS) {
      const doc = {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: payload, marks: [{ type: 'link', attrs: { href: payload } }] }] },
          { type: payload, content: [{ type: 'text', text: payload }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: payload, text: payload }] },
        ],
      } as unknown as RichTextDoc;
      const tree = render(doc);
      const active = findAll(tree, 'body').flatMap((body) => collect(body)).filter(isActive);
      expect(active, payload).toEqual([]);
      expect(textOf(findAll(tree, 'p')[0]!), payload).toBe(payload.replace(/\s+/g, ' ').trim());
    }
  });

  it('refuses unknown nodes, unsafe links and absurd nesting when content is saved', () => {
    const deep = { type: 'doc', content: [nest(40)] };
    expect(validateRichText(deep).some((p) => p.message.includes('nesting'))).toBe(true);
    expect(validateRichText({ type: 'doc', content: [{ type: 'script' }] })).toEqual([
      { path: 'body.content[0]', message: 'block type "script" is not allowed' },
    ]);
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example', 'java\tscript:x', 'vbscript:x']) {
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }] };
      expect(validateRichText(doc), href).toHaveLength(1);
    }
    expect(validateRichText('<p>raw html</p>')).toEqual([{ path: 'body', message: 'must be a rich text document' }]);
  });
});

function nest(depth: number): unknown {
  return depth === 0 ? { type: 'paragraph' } : { type: 'blockquote', content: [nest(depth - 1)] };
}

function collect(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (node: HtmlElement) => {
    for (const child of node.childNodes ?? []) {
      if ('tagName' in child) {
        out.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return out;
}
