import type { ComponentChildren } from 'preact';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import { langAttrs, type ViewContext } from './view-context.ts';

/**
 * Text in another language than the page's, inside an element that must keep the page's direction
 * (a menu entry, a flex row, a list item): an inline run with its own `lang` (WCAG 3.1.2) and `dir`,
 * which browsers isolate from the text around it. Nothing is added when the languages match.
 */
export function ForeignText({ ctx, locale, pageLocale, children }: { ctx: Pick<ViewContext, 'locales'>; locale: LocaleCode; pageLocale: LocaleCode; children: ComponentChildren }) {
  const attrs = langAttrs(ctx, locale, pageLocale);
  return attrs.lang === undefined ? <>{children}</> : <span {...attrs}>{children}</span>;
}
