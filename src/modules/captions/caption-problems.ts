import { MAX_PROBLEMS } from './caption-limits.ts';
import type { CaptionProblem, CaptionProblemCode } from './captions.types.ts';

/** Collects errors and warnings, capped, so a hostile file cannot make the report itself unbounded. */
export class ProblemLog {
  readonly errors: CaptionProblem[] = [];
  readonly warnings: CaptionProblem[] = [];

  /** True once the error list is full: parsers stop there instead of reading the rest of the file. */
  get isFull(): boolean {
    return this.errors.length > MAX_PROBLEMS;
  }

  error(line: number, code: CaptionProblemCode, detail?: string): void {
    if (this.isFull) return;
    if (this.errors.length === MAX_PROBLEMS) {
      this.errors.push({ line, code: 'too-many-problems', detail: `more than ${MAX_PROBLEMS} problems` });
      return;
    }
    this.errors.push(problem(line, code, detail));
  }

  warn(line: number, code: CaptionProblemCode, detail?: string): void {
    if (this.warnings.length < MAX_PROBLEMS) this.warnings.push(problem(line, code, detail));
  }
}

/** Details quote the file, so they are cut short; the UI escapes them. */
export function quote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function problem(line: number, code: CaptionProblemCode, detail: string | undefined): CaptionProblem {
  return detail === undefined ? { line, code } : { line, code, detail };
}
