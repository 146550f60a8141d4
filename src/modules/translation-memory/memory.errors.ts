import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const MEMORY_TMX_INVALID = 'MEMORY_TMX_INVALID';
export const MEMORY_GLOSSARY_INVALID = 'MEMORY_GLOSSARY_INVALID';
export const MEMORY_GLOSSARY_NOT_FOUND = 'MEMORY_GLOSSARY_NOT_FOUND';
export const MEMORY_GLOSSARY_TERM_EXISTS = 'MEMORY_GLOSSARY_TERM_EXISTS';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const MEMORY_ERRORS = defineErrors({
  MEMORY_TMX_INVALID: {
    kind: 'validation',
    status: 422,
    when: 'A TMX file given to the memory is unusable: not well-formed XML, a DTD or entity, too large, too many units, not TMX, or no usable pair; `details` names each problem with its line (`path` is `line N`). Nothing is imported.',
  },
  MEMORY_GLOSSARY_INVALID: { kind: 'validation', status: 400, when: 'A glossary term lacks its term, translation or locale pair, or is too long; or a glossary CSV has bad rows (`details` names each by line). Nothing is changed.' },
  MEMORY_GLOSSARY_NOT_FOUND: { kind: 'not_found', status: 404, when: 'No glossary term has this id.' },
  MEMORY_GLOSSARY_TERM_EXISTS: { kind: 'conflict', status: 409, when: 'The glossary of this locale pair already has this term.' },
});

export function tmxInvalid(details: readonly FieldProblem[]): AppError {
  return new AppError(MEMORY_TMX_INVALID, 'validation', 'The TMX file cannot be imported', { details });
}

export function glossaryInvalid(details: readonly FieldProblem[]): AppError {
  return new AppError(MEMORY_GLOSSARY_INVALID, 'validation', 'The glossary term is not valid', { details });
}

export function glossaryTermNotFound(id: string): AppError {
  return new AppError(MEMORY_GLOSSARY_NOT_FOUND, 'not_found', `No glossary term ${id.slice(0, 64)}`);
}

export function glossaryTermExists(term: string): AppError {
  return new AppError(MEMORY_GLOSSARY_TERM_EXISTS, 'conflict', `The glossary already has "${term.slice(0, 100)}" for this pair`);
}
