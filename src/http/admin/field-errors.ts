import type { FieldProblem } from '../../platform/errors.ts';
import type { AdminMessageKey, AdminT } from './messages/index.ts';

/** Problems sorted for display: each beside its input, the rest at the top of the form. */
export interface FormErrors {
  readonly byField: Readonly<Record<string, string>>;
  readonly other: readonly string[];
}

export const NO_ERRORS: FormErrors = { byField: {}, other: [] };

/**
 * Turns the service's field problems (developer English, by path) into messages in the editor's
 * language, keyed by the input they belong to. `inputFor` maps a problem's path to an input name.
 */
export function localizeProblems(
  problems: readonly FieldProblem[],
  t: AdminT,
  inputFor: (path: string) => string | undefined,
): FormErrors {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const input = inputFor(problem.path);
    const message = localizeProblem(problem, t);
    if (input === undefined) other.push(message);
    else byField[input] = byField[input] ? `${byField[input]} ${message}` : message;
  }
  return { byField, other };
}

/** The usual mapping: `slug`, `body.content[2]…` → `body`, `fields.x` → `fields.x` (or as renamed). */
export function inputForPath(path: string, fieldsPrefix: (name: string) => string = (name) => `fields.${name}`): string | undefined {
  const field = /^fields\.([A-Za-z0-9_-]+)$/.exec(path);
  if (field) return fieldsPrefix(field[1]!);
  const top = /^(slug|title|summary|body)(?:[.[]|$)/.exec(path);
  return top ? top[1] : undefined;
}

const EXACT: Readonly<Record<string, AdminMessageKey>> = {
  'is required': 'field.required',
  'must be lowercase letters a–z, digits and single hyphens': 'edit.error.slug',
  'another page at the same place already uses this slug': 'edit.error.slugTaken',
  'must be text': 'edit.error.text',
  'must not contain control characters': 'edit.error.control',
  'must be a number': 'edit.error.number',
  'must be a date as YYYY-MM-DD': 'edit.error.date',
  'must be an http(s) address': 'edit.error.url',
  'must be a two-letter country code': 'edit.error.country',
  'must be a document id': 'edit.error.reference',
  'must be a list of document ids': 'edit.error.reference',
  'must be an image id': 'edit.error.image',
  'is not a field of this type': 'edit.error.unknownField',
  'must be another existing document': 'edit.error.parent',
  'cannot be one of the document’s own descendants': 'edit.error.parent',
  'is not a locale of this site': 'edit.error.locale',
};

function localizeProblem(problem: FieldProblem, t: AdminT): string {
  const { message, path } = problem;
  const block = /^body\.content\[(\d+)\]/.exec(path);
  if (block) {
    const detail = message.startsWith('link must point') ? t('edit.error.link') : message;
    return t('edit.error.bodyBlock', { block: Number(block[1]) + 1, message: detail });
  }
  const exact = EXACT[message];
  if (exact) return t(exact);
  const tooLong = /^must be (?:text of )?at most (\d+) characters$/.exec(message);
  if (tooLong) return t('edit.error.tooLong', { max: Number(tooLong[1]) });
  if (message.startsWith('must be one of')) return t('edit.error.choice');
  if (message.startsWith('must refer to an existing')) return t('edit.error.reference');
  return t('field.invalid', { message });
}
