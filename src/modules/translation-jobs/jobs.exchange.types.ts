import type { LocaleCode } from '../locales/index.ts';
import type { CodedText, TranslationUnit } from '../xliff/index.ts';
import type { JobMatch } from './jobs.types.ts';

/** One document of an export: its units from the source text, and what helps translate them. */
export interface ExchangeDocument {
  readonly documentId: string;
  readonly type: string;
  readonly title: string;
  /** The source translation's version the units come from; the file carries it back. */
  readonly sourceVersion: number;
  /** The back-office address of the translation, as context for the translator. */
  readonly path: string;
  readonly units: readonly TranslationUnit[];
  /** Existing target text by `unitId\u0000segmentId`, where the target's units line up with the source's. */
  readonly targets: ReadonlyMap<string, CodedText>;
  /** Memory matches by `unitId\u0000segmentId`. */
  readonly matches: ReadonlyMap<string, readonly JobMatch[]>;
}

/** What one target locale's file holds. */
export interface ExchangePackage {
  readonly jobId: string;
  readonly jobName: string;
  readonly sourceLocale: LocaleCode;
  readonly targetLocale: LocaleCode;
  readonly documents: readonly ExchangeDocument[];
}

/** A returned file as read, before anything is checked against the site. */
export interface ReturnedFile {
  readonly jobId: string | undefined;
  readonly sourceLocale: string | undefined;
  readonly targetLocale: string | undefined;
  readonly documents: readonly ReturnedDocument[];
}

export interface ReturnedDocument {
  readonly documentId: string;
  readonly sourceVersion: number | undefined;
  readonly units: readonly ReturnedUnit[];
}

export interface ReturnedUnit {
  readonly id: string;
  readonly line?: number;
  readonly segments: readonly { readonly id: string; readonly source: CodedText; readonly target: CodedText | undefined }[];
}

/** A problem found in a returned file: where (line, unit) and what; a fatal one refuses the whole file. */
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
  /** Documents with units left without target: not applied, counted as not returned. */
  readonly notReturned: readonly { readonly documentId: string; readonly title: string; readonly missing: number }[];
  /** Problems that did not refuse the file (a document not in the job, an unknown unit). */
  readonly problems: readonly FileProblem[];
}
