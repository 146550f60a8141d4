import type { ComponentChildren } from 'preact';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import { langAttrs } from './view-context.ts';

/**
 * Text in another language than the page's, inside an element that must keep the page's direction
 * (a menu entry, a flex row, a list item): an inline run with its own `lang` (WCAG 3.1.2) and `dir`,
 * which browsers isolate from the text around it. Nothing is added when the languages match.
 */
export function ForeignText({ locale, pageLocale, children }: { locale: LocaleCode; pageLocale: LocaleCode; children: ComponentChildren }) {
  const attrs = langAttrs(locale, pageLocale);
  return attrs.lang === undefined ? <>{children}</> : <span {...attrs}>{children}</span>;
}
