import type { LocaleCode } from '../locales/index.ts';

/** A problem found in a returned file: where (line, document, unit) and what; a fatal one refuses the whole file. */
export interface FileProblem {
  readonly line?: number;
  readonly unitId?: string;
  readonly documentId?: string;
  readonly message: string;
  readonly fatal: boolean;
}

export type XliffVersion = '2.0' | '1.2';

/** What an import did, document by document. */
export interface ImportReport {
  readonly locale: LocaleCode;
  /** Documents whose text became the translation's pending version. */
  readonly applied: readonly { readonly documentId: string; readonly title: string; readonly version: number }[];
  /** Documents whose source changed since the export: not applied; the changed units listed. */
  readonly stale: readonly { readonly documentId: string; readonly title: string; readonly units: readonly { readonly unitId: string; readonly line?: number }[] }[];
  /** Documents with segments left without a usable target: not applied, counted as not returned. */
  readonly notReturned: readonly { readonly documentId: string; readonly title: string; readonly missing: number }[];
  /** Problems that did not refuse the file (a document not in the job, a unit whose codes were broken). */
  readonly problems: readonly FileProblem[];
}
