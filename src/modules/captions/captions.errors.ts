import { AppError } from '../../platform/errors.ts';
import type { CaptionProblem, CaptionProblemCode } from './captions.types.ts';

/** A refused captions file; `details` lists each problem by line, in the order found. */
export const CAPTIONS_INVALID = 'CAPTIONS_INVALID';

/** Catalog key of a problem code, `captions.problem.<code>`, in the back office's messages. */
export type CaptionProblemMessageKey = `captions.problem.${CaptionProblemCode}`;

export function captionProblemMessageKey(code: CaptionProblemCode): CaptionProblemMessageKey {
  return `captions.problem.${code}`;
}

export function invalidCaptions(problems: readonly CaptionProblem[]): AppError {
  const details = problems.map((problem) => ({
    path: `line ${problem.line}`,
    message: problem.detail === undefined ? problem.code : `${problem.code}: ${problem.detail}`,
  }));
  return new AppError(CAPTIONS_INVALID, 'validation', `The captions file was refused (${problems.length} problems)`, { details });
}
