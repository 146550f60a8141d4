import type { LocaleCode } from '../modules/locales/index.ts';

/**
 * Pages the static site holds in place of the server's dynamic ones: search runs in the browser
 * with Pagefind, and the story form, which needs a server, is replaced by a notice.
 */

/** The script that starts Pagefind's UI on the static search page; it reads `?q=` like the live search. */
export const SEARCH_SCRIPT_PATH = '/pagefind-search.js';

export const SEARCH_SCRIPT = `// Written by the static export: starts Pagefind's search UI on /{locale}/search/.
window.addEventListener('DOMContentLoaded', function () {
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
});
`;

// A notice only the static copy shows; a locale without its own reads it in English, marked as such.
const FORM_NOTICE: Readonly<Record<LocaleCode, { title: string; text: string }>> = {
  fr: { title: 'Partager votre histoire', text: 'Le formulaire n’est pas disponible sur cette copie statique du site.' },
  en: { title: 'Share your story', text: 'The form is not available on this static copy of the site.' },
  es: { title: 'Comparta su historia', text: 'El formulario no está disponible en esta copia estática del sitio.' },
  ar: { title: 'شارك قصتك', text: 'النموذج غير متاح في هذه النسخة الثابتة من الموقع.' },
};

/**
 * The static search page: the site's own page (the live search page, else the locale's home page)
 * with its `<main>` holding Pagefind's UI instead.
 */
export function staticSearchPage(frame: string): string {
  // The live search page's own heading, in its locale; the home page's frame falls back to a neutral one.
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(mainContent(frame) ?? '')?.[1]?.trim() || 'Search';
  const main = `<h1>${title}</h1><div id="search"></div>`;
  const head = '<link rel="stylesheet" href="/pagefind/pagefind-ui.css"/>' +
    `<script src="/pagefind/pagefind-ui.js" defer></script><script src="${SEARCH_SCRIPT_PATH}" defer></script>`;
  return withTitle(replaceMain(frame, main), title).replace('</head>', `${head}</head>`);
}

/** The share-your-story address on the static site: the page's heading and a notice that the form needs the live site. */
export function staticFormPage(locale: LocaleCode, frame: string): string {
  const own = FORM_NOTICE[locale];
  const { title, text } = own ?? (FORM_NOTICE.en as { title: string; text: string });
  const heading = /<h1\b[^>]*>[\s\S]*?<\/h1>/.exec(mainContent(frame) ?? '')?.[0] ?? `<h1${own ? '' : ' lang="en" dir="ltr"'}>${title}</h1>`;
  return replaceMain(frame, `${heading}<p${own ? '' : ' lang="en" dir="ltr"'}>${text}</p>`);
}

/** Pages nobody should find through search (error pages, stand-ins) are left out of Pagefind's index. */
export function withoutSearchBody(html: string): string {
  return html.replace(/ data-pagefind-body(="")?(?=[\s>])/, '');
}

function mainContent(html: string): string | undefined {
  return /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
}

function replaceMain(html: string, content: string): string {
  const match = /(<main\b[^>]*>)[\s\S]*<\/main>/.exec(html);
  if (!match) return html.replace('</body>', `<main>${content}</main></body>`);
  return html.slice(0, match.index) + match[1] + content + '</main>' + html.slice(match.index + match[0].length);
}

function withTitle(html: string, title: string): string {
  return html.replace(/<title>([\s\S]*?)<\/title>/, (_, old: string) => {
    const site = old.split(/\s[–|-]\s/).pop();
    return `<title>${title}${site && site !== old ? ` – ${site}` : ''}</title>`;
  });
}
