import type { CaptionProblemCode } from './captions.types.ts';

/** Catalog key of a problem code, `captions.problem.<code>`, in the back office's messages. */
export type CaptionProblemMessageKey = `captions.problem.${CaptionProblemCode}`;

export function captionProblemMessageKey(code: CaptionProblemCode): CaptionProblemMessageKey {
  return `captions.problem.${code}`;
}
