import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { isAppError, type FieldProblem } from '../../platform/errors.ts';
import type { LocaleCode, LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { checkTranslation } from './content-checks.ts';
import { findContentType, normaliseFields } from './content-types.ts';
import { createContentRepository } from './content.repository.ts';
import { CONTENT_INVALID, documentNotFound } from './content.errors.ts';
import type { Actor, ContentDocument, FieldValues, Translation, TranslationInput } from './content.types.ts';
import { withPending } from './content-operation.ts';
import { EMPTY_DOC } from './rich-text.ts';

/** A translation as it would read with unsaved text, and what of that text could not be used. */
export interface TranslationPreview {
  readonly document: ContentDocument;
  readonly translation: Translation;
  /** Problems of the unsaved text; each refused value is shown as last saved instead. */
  readonly problems: readonly FieldProblem[];
}

/**
 * Previews unsaved text: nothing is written, nothing is announced, nothing is audited. Whoever may
 * read content may preview (the same right as a preview link). A value that would not pass the
 * save's checks is replaced by the stored one, so the public views only ever see valid text.
 * @throws POLICY_FORBIDDEN, CONTENT_DOCUMENT_NOT_FOUND, CONTENT_UNKNOWN_TYPE
 */
export function createTranslationPreview({ db, clock, locales }: { db: Db; clock: Clock; locales: LocaleSource }) {
  return async (input: { actor: Actor; documentId: string; locale: LocaleCode; translation: TranslationInput }): Promise<TranslationPreview> => {
    authorize(input.actor, 'content.read');
    const repo = createContentRepository(db);
    const document = await repo.findDocument(input.documentId);
    if (!document) throw documentNotFound(input.documentId);
    const type = findContentType(document.type);
    const stored = await repo.findTranslation(document.id, input.locale);
    const pending = stored?.status === 'published' ? await repo.findPending(stored.id) : undefined;
    const current = stored && pending ? withPending(stored, pending, stored.version) : stored;
    const typed: TranslationInput = type && input.translation.fields
      ? { ...input.translation, fields: normaliseFields(type.translatableFields, input.translation.fields) }
      : input.translation;
    const problems = problemsOf(() => checkTranslation(document, input.locale, typed, locales.current()));
    const refused = (name: string) => problems.some((p) => p.path === name || p.path.startsWith(`${name}.`) || p.path.startsWith(`${name}[`));
    const fields: Record<string, unknown> = { ...(current?.fields ?? {}) };
    for (const [name, value] of Object.entries(typed.fields ?? {})) if (!refused(`fields.${name}`)) fields[name] = value;
    // A field emptied in the form is shown empty, as a save would store it.
    for (const def of type?.translatableFields ?? []) if (!(def.name in (typed.fields ?? {})) && !refused(`fields.${def.name}`)) delete fields[def.name];
    const now = clock.now().toISOString();
    const translation: Translation = {
      id: current?.id ?? 'preview',
      documentId: document.id,
      locale: input.locale,
      slug: refused('slug') ? (current?.slug ?? '') : typed.slug,
      title: refused('title') ? (current?.title ?? '') : typed.title.trim(),
      summary: refused('summary') ? (current?.summary ?? '') : (typed.summary ?? '').trim(),
      body: refused('body') ? (current?.body ?? EMPTY_DOC) : (typed.body ?? EMPTY_DOC),
      fields: fields as FieldValues,
      status: current?.status ?? 'draft',
      version: current?.version ?? 0,
      sourceLocale: current?.sourceLocale ?? null,
      sourceVersion: current?.sourceVersion ?? null,
      sourceFingerprint: current?.sourceFingerprint ?? null,
      publishedAt: current?.publishedAt ?? null,
      createdAt: current?.createdAt ?? now,
      updatedAt: current?.updatedAt ?? now,
    };
    return { document, translation, problems };
  };
}

function problemsOf(check: () => void): FieldProblem[] {
  try {
    check();
    return [];
  } catch (error) {
    if (isAppError(error) && error.code === CONTENT_INVALID) return [...error.details];
    throw error;
  }
}
