import { richTextToPlain, type Translation } from '../../modules/content/index.ts';
import type { LocaleCode } from '../../modules/locales/index.ts';
import { missingTerms, type GlossaryTerm, type Prefill } from '../../modules/translation-memory/index.ts';
import type { AdminDeps } from './admin-plugin.tsx';
import type { DocumentContext } from './document-context.ts';
import { draftOf, type TranslationDraft } from './document-form.ts';

const TEXT_KINDS = new Set(['text', 'longText']);

/** What the translator's form shows of the memory and the glossary for one locale. */
export interface MemoryHelp {
  /** The glossary of the source's locale pair (empty on the source itself). */
  readonly terms: readonly GlossaryTerm[];
  /** A new translation only: its start from the memory, and the matches beside each segment. */
  readonly prefill?: Prefill;
  /** The draft to start from when the memory filled some of it. */
  readonly draft?: TranslationDraft;
}

/** The glossary terms and, for a translation not yet made, the memory's pre-fill. */
export async function loadMemoryHelp(deps: Pick<AdminDeps, 'memory'>, ctx: DocumentContext, locale: LocaleCode): Promise<MemoryHelp> {
  const source = ctx.translations.get(ctx.sourceLocale);
  if (!source || locale === ctx.sourceLocale) return { terms: [] };
  const terms = await deps.memory.termsFor(source.locale, locale);
  if (ctx.copies.has(locale)) return { terms };
  const prefill = await deps.memory.prefill(source, ctx.type, locale);
  if (!prefill.text) return { terms, prefill };
  // Fields the memory does not translate (choices, dates, tracks) start empty, as in a blank form.
  const fields = Object.fromEntries(ctx.type.translatableFields.filter((d) => TEXT_KINDS.has(d.kind) && typeof prefill.text!.fields[d.name] === 'string').map((d) => [d.name, prefill.text!.fields[d.name]]));
  const draft = draftOf({ ...source, ...prefill.text, fields, slug: '', locale });
  return { terms, prefill, draft };
}

/** The glossary terms the source uses that this translation's text lacks. */
export function glossaryGaps(terms: readonly GlossaryTerm[], source: Translation | undefined, text: Translation | undefined): GlossaryTerm[] {
  if (!source || !text || terms.length === 0) return [];
  return missingTerms(plainOf(source), plainOf(text), terms);
}

function plainOf(t: Translation): string {
  const fields = Object.values(t.fields).filter((v): v is string => typeof v === 'string');
  return [t.title, t.summary, richTextToPlain(t.body), ...fields].join('\n');
}
