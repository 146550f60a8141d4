import { isAppError, type FieldProblem } from '../../platform/errors.ts';
import type { LocaleSet } from '../locales/index.ts';
import { findContentType, SLUG_PATTERN, validateFields } from './content-types.ts';
import type { ContentRepository } from './content.repository.ts';
import { CONTENT_INVALID, invalidContent, unknownType } from './content.errors.ts';
import type { ContentDocument, FieldValues, TranslationInput } from './content.types.ts';
import type { Db } from '../../platform/db/database.ts';
import { validateRichText } from './rich-text.ts';

/**
 * Checks of shared fields (with the parent and references, which need the database) and of a
 * translation's text, before anything is written.
 * @throws CONTENT_UNKNOWN_TYPE, CONTENT_INVALID
 */
export async function checkShared(
  repo: ContentRepository,
  typeName: string,
  fields: FieldValues,
  parentId: string | null,
  selfId?: string,
): Promise<void> {
  const type = findContentType(typeName);
  if (!type) throw unknownType(typeName);
  const problems: FieldProblem[] = validateFields(type.sharedFields, fields, 'fields');
  problems.push(...(type.validate?.(fields) ?? []));
  if (parentId !== null) {
    if (parentId === selfId || !(await repo.findDocument(parentId))) {
      problems.push({ path: 'parentId', message: 'must be another existing document' });
    } else if (selfId && (await isAncestor(repo, selfId, parentId))) {
      problems.push({ path: 'parentId', message: 'cannot be one of the document’s own descendants' });
    }
  }
  for (const def of type.sharedFields) {
    if (def.kind !== 'reference' && def.kind !== 'references') continue;
    const raw = fields[def.name];
    if (raw === undefined || raw === null || raw === '') continue;
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    const found = await repo.findDocuments(ids);
    for (const id of ids) {
      const target = found.find((d) => d.id === id);
      if (!target || (def.refType && target.type !== def.refType)) {
        problems.push({ path: `fields.${def.name}`, message: `must refer to an existing ${def.refType ?? 'document'}` });
      }
    }
  }
  if (problems.length > 0) throw invalidContent(problems);
}

async function isAncestor(repo: ContentRepository, ancestorId: string, ofId: string): Promise<boolean> {
  let current = await repo.findDocument(ofId);
  for (let depth = 0; current && depth < 100; depth++) {
    if (current.parentId === ancestorId) return true;
    current = current.parentId ? await repo.findDocument(current.parentId) : undefined;
  }
  return false;
}

/** @throws CONTENT_UNKNOWN_TYPE, CONTENT_INVALID */
export function checkTranslation(doc: ContentDocument, locale: string, t: TranslationInput, locales: LocaleSet): void {
  const type = findContentType(doc.type);
  if (!type) throw unknownType(doc.type);
  const problems: FieldProblem[] = [];
  // A disabled locale is still configured: its translators may prepare it before it opens.
  if (!locales.has(locale)) problems.push({ path: 'locale', message: 'is not a locale of this site' });
  const isRoot = doc.parentId === null && type.routable;
  if (typeof t.slug !== 'string' || !(SLUG_PATTERN.test(t.slug) || (t.slug === '' && isRoot))) {
    problems.push({ path: 'slug', message: 'must be lowercase letters a–z, digits and single hyphens' });
  } else if (t.slug.length > 120) {
    problems.push({ path: 'slug', message: 'must be at most 120 characters' });
  }
  if (typeof t.title !== 'string' || t.title.trim() === '') problems.push({ path: 'title', message: 'is required' });
  else if (t.title.length > 300) problems.push({ path: 'title', message: 'must be at most 300 characters' });
  if (t.summary !== undefined && (typeof t.summary !== 'string' || t.summary.length > 1000)) {
    problems.push({ path: 'summary', message: 'must be text of at most 1000 characters' });
  }
  if (t.body !== undefined) problems.push(...validateRichText(t.body));
  problems.push(...validateFields(type.translatableFields, t.fields ?? {}, 'fields'));
  if (problems.length > 0) throw invalidContent(problems);
}

/**
 * A translation's `file` fields name files the library holds. Other problems are left to
 * checkTranslation, which names them all at once; this runs only when the ids have the right shape.
 * @throws CONTENT_INVALID
 */
export async function checkFileFields(
  typeName: string,
  fields: FieldValues | undefined,
  findFiles: ((ids: readonly string[], trx?: Db) => Promise<readonly { readonly id: string }[]>) | undefined,
  trx?: Db,
): Promise<void> {
  const defs = findContentType(typeName)?.translatableFields.filter((d) => d.kind === 'file') ?? [];
  if (!findFiles || !fields || defs.length === 0) return;
  const named = defs.flatMap((d) => {
    const id = fields[d.name];
    return typeof id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(id) ? [{ name: d.name, id }] : [];
  });
  if (named.length === 0) return;
  const found = new Set((await findFiles(named.map((n) => n.id), trx)).map((f) => f.id));
  const problems = named.filter((n) => !found.has(n.id)).map((n) => ({ path: `fields.${n.name}`, message: 'must be a file of the files library' }));
  if (problems.length > 0) throw invalidContent(problems);
}

/** Runs a check and adds what it finds to `problems` instead of throwing, to report every problem at once. */
export async function collectProblems(problems: FieldProblem[], check: () => Promise<void> | void): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (!isAppError(error) || error.code !== CONTENT_INVALID) throw error;
    problems.push(...error.details);
  }
}
