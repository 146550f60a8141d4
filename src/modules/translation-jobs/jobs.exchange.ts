import { findContentType, type Translation } from '../content/index.ts';
import type { Actor } from '../accounts/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { allows } from '../policy/index.ts';
import { applyUnits, codedToPlain, extractUnits, normaliseSegment, type CodedText, type TranslationUnit } from '../xliff/index.ts';
import { createJobsRepository, type JobsRepository } from './jobs.repository.ts';
import { fileRefused, fileTooLarge, jobNotFound, wrongState } from './jobs.errors.ts';
import { createJobOperations, type JobOperation, type JobsDeps } from './jobs.service.ts';
import { slugForImport } from './jobs.slug.ts';
import type { ExchangeDocument, ExchangePackage, FileProblem, ImportReport, ReturnedDocument, ReturnedFile, XliffVersion } from './jobs.exchange.types.ts';
import type { JobItemState, JobLocaleState, JobMatch, JobState, MatchLookup, TranslationJob } from './jobs.types.ts';
import { readReturnedFile, renderFile, zipFiles } from './jobs.xliff.ts';

/** A returned file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** A returned file with more units than this is refused (a job's files hold far fewer). */
export const MAX_IMPORT_UNITS = 100_000;

const key = (unitId: string, segmentId: string) => `${unitId}\u0000${segmentId}`;

export interface ExportedFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export function createJobsExchange(deps: JobsDeps & { readonly matches?: MatchLookup }) {
  const { db, content } = deps;
  const { operate, readable } = createJobOperations(deps);

  /** May this actor take files of this job (and bring them back)? Managers, and its translator. */
  const mayExchange = (actor: Actor, job: TranslationJob) => allows(actor, 'translation.jobs') || (actor.kind === 'user' && job.assignee?.kind === 'user' && job.assignee.userId === actor.id);

  const collect = async (job: TranslationJob, targetLocale: LocaleCode, repo: JobsRepository): Promise<{ pkg: ExchangePackage; skipped: string[] }> => {
    const documents: ExchangeDocument[] = [];
    const skipped: string[] = [];
    for (const documentId of await repo.listDocumentIds(job.id)) {
      const doc = await content.getDocument(documentId).catch(() => undefined);
      const source = doc ? await content.findTranslation(documentId, job.sourceLocale) : undefined;
      if (!doc || !source) {
        skipped.push(documentId);
        continue;
      }
      const type = findContentType(doc.type);
      const units = extractUnits(source, type, job.sourceLocale);
      const current = await content.findWorkingCopy(documentId, targetLocale);
      documents.push({
        documentId,
        type: doc.type,
        title: source.title,
        sourceVersion: source.version,
        path: `/admin/documents/${encodeURIComponent(documentId)}/${encodeURIComponent(targetLocale)}`,
        units,
        targets: current ? alignedTargets(units, extractUnits(current.text, type, targetLocale)) : new Map(),
        matches: new Map(),
      });
    }
    const pkg: ExchangePackage = { jobId: job.id, jobName: job.name, sourceLocale: job.sourceLocale, targetLocale, documents };
    return { pkg: deps.matches ? await withMatches(pkg, deps.matches) : pkg, skipped };
  };

  /** Marks a locale exported: its items, its state, the job's (preparing → sent), the history. */
  const recordExport = async (op: JobOperation, job: TranslationJob, pkg: ExchangePackage, version: XliffVersion, skipped: readonly string[]) => {
    for (const d of pkg.documents) await op.repo.markExported(job.id, pkg.targetLocale, d.documentId, d.sourceVersion, op.now);
    const items = await op.repo.listItems(job.id, pkg.targetLocale);
    await op.repo.updateLocale(job.id, pkg.targetLocale, { state: localeState(items.map((i) => i.state)), exportedAt: op.now });
    const segments = pkg.documents.reduce((n, d) => n + d.units.reduce((m, u) => m + u.segments.length, 0), 0);
    await op.event(job.id, 'exported', { format: `xliff-${version}`, documents: pkg.documents.length, units: pkg.documents.reduce((n, d) => n + d.units.length, 0), segments, ...(skipped.length ? { withoutSource: skipped.length } : {}) }, pkg.targetLocale);
    if (job.state === 'preparing') {
      await op.repo.updateJob({ ...job, state: 'sent', updatedAt: op.now });
      await op.event(job.id, 'state-changed', { from: job.state, to: 'sent' });
    }
  };

  const exportable = async (actor: Actor, jobId: string) => {
    const job = await readable(createJobsRepository(db), actor, jobId);
    if (!mayExchange(actor, job)) throw jobNotFound(jobId);
    if (job.state === 'closed') throw wrongState(job.state, 'be exported');
    return job;
  };

  return {
    /**
     * The XLIFF file of one target locale; records the export (the job is then sent).
     * @throws TRANSLATION_JOB_NOT_FOUND (also for an unknown target locale), TRANSLATION_JOB_STATE
     */
    async exportLocale(input: { actor: Actor; jobId: string; locale: LocaleCode; version: XliffVersion }): Promise<ExportedFile> {
      const job = await exportable(input.actor, input.jobId);
      const repo = createJobsRepository(db);
      if (!(await repo.listLocales([job.id])).some((l) => l.locale === input.locale)) throw jobNotFound(`${input.jobId}/${input.locale}`);
      const { pkg, skipped } = await collect(job, input.locale, repo);
      const text = renderFile(pkg, input.version);
      await operate(input.actor, undefined, (op) => recordExport(op, job, pkg, input.version, skipped));
      return { name: fileName(job, input.locale, input.version), contentType: 'application/xliff+xml; charset=utf-8', bytes: new TextEncoder().encode(text) };
    },

    /**
     * Every target locale's file in one zip; records each export in one transaction.
     * @throws TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE
     */
    async exportAll(input: { actor: Actor; jobId: string; version: XliffVersion }): Promise<ExportedFile> {
      const job = await exportable(input.actor, input.jobId);
      const repo = createJobsRepository(db);
      const made: { pkg: ExchangePackage; skipped: string[] }[] = [];
      for (const l of await repo.listLocales([job.id])) made.push(await collect(job, l.locale, repo));
      const files = made.map(({ pkg }) => ({ name: fileName(job, pkg.targetLocale, input.version), text: renderFile(pkg, input.version) }));
      await operate(input.actor, undefined, async (op) => {
        let current = job;
        for (const { pkg, skipped } of made) {
          await recordExport(op, current, pkg, input.version, skipped);
          current = { ...current, state: current.state === 'preparing' ? 'sent' : current.state };
        }
      });
      return { name: `${baseName(job)}.zip`, contentType: 'application/zip', bytes: zipFiles(files) };
    },

    /**
     * Reads a returned file and, if it is usable, makes each complete document's text the pending
     * version of its translation, in one transaction with the job's record of what came back.
     * Nothing changes when the file is refused (every problem is in the error's details).
     * @throws TRANSLATION_JOB_NOT_FOUND, TRANSLATION_JOB_STATE, TRANSLATION_JOB_FILE_TOO_LARGE, TRANSLATION_JOB_FILE_REFUSED, and content's errors for a save (nothing is then saved)
     */
    async importFile(input: { actor: Actor; jobId: string; bytes: Uint8Array; locale?: LocaleCode }): Promise<ImportReport> {
      const repo = createJobsRepository(db);
      const job = await readable(repo, input.actor, input.jobId);
      if (!mayExchange(input.actor, job)) throw jobNotFound(input.jobId);
      if (job.state === 'closed') throw wrongState(job.state, 'take a file back');
      if (input.bytes.byteLength > MAX_IMPORT_BYTES) throw fileTooLarge(MAX_IMPORT_BYTES);
      const { file, problems } = readReturnedFile(input.bytes, MAX_IMPORT_UNITS);
      const all: FileProblem[] = [...problems];
      if (file) all.push(...checkFileAgainstJob(file, job, (await repo.listLocales([job.id])).map((l) => l.locale), input.locale));
      if (!file || all.some((p) => p.fatal)) throw fileRefused(all.filter((p) => p.fatal).map(toFieldProblem));
      const locale = file.targetLocale!;
      const inJob = new Set(await repo.listDocumentIds(job.id));
      const plan = await planImport(file, job, locale, inJob, all);
      return operate(input.actor, undefined, async (op) => {
        const applied: { documentId: string; title: string; version: number }[] = [];
        for (const p of plan.apply) {
          const saved = await content.saveTranslation({ documentId: p.documentId, locale, expectedVersion: p.expectedVersion, translation: p.translation, actor: input.actor, unit: op.unit });
          applied.push({ documentId: p.documentId, title: p.title, version: saved.version });
          await op.repo.markItem(job.id, locale, p.documentId, { state: 'returned', returnedAt: op.now, importedVersion: saved.version });
        }
        for (const s of plan.stale) await op.repo.markItem(job.id, locale, s.documentId, { state: 'stale', returnedAt: op.now });
        for (const n of plan.notReturned) await op.repo.markItem(job.id, locale, n.documentId, { state: 'not_returned', returnedAt: op.now });
        const items = await op.repo.listItems(job.id, locale);
        await op.repo.updateLocale(job.id, locale, { state: localeState(items.map((i) => i.state)), returnedAt: op.now });
        await op.event(job.id, 'imported', { applied: applied.length, stale: plan.stale.length, notReturned: plan.notReturned.length, problems: all.length }, locale);
        const next = jobState(job.state, (await op.repo.listItems(job.id)).map((i) => i.state));
        if (next !== job.state) {
          await op.repo.updateJob({ ...job, state: next, updatedAt: op.now });
          await op.event(job.id, 'state-changed', { from: job.state, to: next });
        }
        return { locale, applied, stale: plan.stale, notReturned: plan.notReturned, problems: all };
      });
    },
  };

  /** Decides, document by document, what an import does; reads only (before the transaction opens). */
  async function planImport(file: ReturnedFile, job: TranslationJob, locale: LocaleCode, inJob: ReadonlySet<string>, problems: FileProblem[]) {
    const apply: { documentId: string; title: string; expectedVersion: number; translation: Parameters<typeof content.saveTranslation>[0]['translation'] }[] = [];
    const stale: ImportReport['stale'][number][] = [];
    const notReturned: ImportReport['notReturned'][number][] = [];
    for (const returned of file.documents) {
      if (!inJob.has(returned.documentId)) {
        problems.push({ documentId: returned.documentId, message: 'this document is not in the job; its units were ignored', fatal: false });
        continue;
      }
      const doc = await content.getDocument(returned.documentId).catch(() => undefined);
      const source = doc ? await content.findTranslation(doc.id, job.sourceLocale) : undefined;
      if (!doc || !source) {
        problems.push({ documentId: returned.documentId, message: 'the document or its source text no longer exists; its units were ignored', fatal: false });
        continue;
      }
      const type = findContentType(doc.type);
      const units = extractUnits(source, type, job.sourceLocale);
      const changed = changedUnits(returned, units, source.version);
      if (changed.length > 0) {
        stale.push({ documentId: doc.id, title: source.title, units: changed });
        continue;
      }
      const targets = new Map<string, CodedText>();
      for (const u of returned.units) for (const s of u.segments) if (s.target !== undefined && codedToPlain(s.target).trim() !== '') targets.set(key(u.id, s.id), s.target);
      const result = applyUnits(source, type, job.sourceLocale, (unitId, segmentId) => targets.get(key(unitId, segmentId)));
      if (result.missing.length > 0) {
        notReturned.push({ documentId: doc.id, title: source.title, missing: result.missing.length });
        continue;
      }
      const current = await content.findWorkingCopy(doc.id, locale);
      apply.push({ documentId: doc.id, title: source.title, expectedVersion: current?.translation.version ?? 0, translation: textToSave(result.text, type, current?.text, source, locale) });
    }
    return { apply, stale, notReturned };
  }
}

/**
 * The translated text as content saves it: the translated text fields over the target's own other
 * fields (its files, its captions), or over the source's for a new translation; the slug kept, or
 * made for a new one.
 */
function textToSave(text: ReturnType<typeof applyUnits>['text'], type: ReturnType<typeof findContentType>, current: Translation | undefined, source: Translation, locale: LocaleCode) {
  const textFields = new Set((type?.translatableFields ?? []).filter((f) => f.kind === 'text' || f.kind === 'longText').map((f) => f.name));
  const fields: Record<string, unknown> = { ...(current ? current.fields : source.fields) };
  for (const name of textFields) if (name in text.fields) fields[name] = text.fields[name];
  const slug = current?.slug ?? slugForImport(text.title, source.slug, source.documentId, locale);
  return { slug, title: text.title, summary: text.summary, body: text.body, fields, sourceLocale: source.locale };
}

/** Units whose source differs from the file's (or are gone): a file made from an older source. */
function changedUnits(returned: ReturnedDocument, units: readonly TranslationUnit[], sourceVersion: number): { unitId: string; line?: number }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: { unitId: string; line?: number }[] = [];
  const unchangedVersion = returned.sourceVersion === sourceVersion;
  for (const u of returned.units) {
    const now = byId.get(u.id);
    const same = now !== undefined && now.segments.length === u.segments.length && now.segments.every((s, i) => s.id === u.segments[i]!.id && normaliseSegment(codedToPlain(s.source)) === normaliseSegment(codedToPlain(u.segments[i]!.source)));
    if (!same) out.push({ unitId: u.id, ...(u.line !== undefined ? { line: u.line } : {}) });
  }
  // A newer source with units the file never had (a paragraph added) is changed too.
  if (!unchangedVersion) {
    const seen = new Set(returned.units.map((u) => u.id));
    for (const u of units) if (!seen.has(u.id)) out.push({ unitId: u.id });
  }
  return out;
}

/** The file's own claims against the job: its id, its locales. Each mismatch refuses the file. */
function checkFileAgainstJob(file: ReturnedFile, job: TranslationJob, targets: readonly LocaleCode[], expected: LocaleCode | undefined): FileProblem[] {
  const problems: FileProblem[] = [];
  if (file.jobId !== job.id) problems.push({ message: file.jobId ? `this file belongs to another job (${file.jobId.slice(0, 64)})` : 'this file names no job: it was not exported from this one', fatal: true });
  if (file.sourceLocale !== job.sourceLocale) problems.push({ message: `the file's source language (${(file.sourceLocale ?? 'none').slice(0, 35)}) is not the job's (${job.sourceLocale})`, fatal: true });
  if (!file.targetLocale || !targets.includes(file.targetLocale)) problems.push({ message: `the file's target language (${(file.targetLocale ?? 'none').slice(0, 35)}) is not one of the job's (${targets.join(', ')})`, fatal: true });
  else if (expected !== undefined && file.targetLocale !== expected) problems.push({ message: `the file is for ${file.targetLocale.slice(0, 35)}, not ${expected}`, fatal: true });
  return problems;
}

function toFieldProblem(p: FileProblem) {
  const where = [p.line !== undefined ? `line ${p.line}` : undefined, p.unitId ? `unit ${p.unitId.slice(0, 80)}` : undefined].filter(Boolean).join(', ');
  return { path: where || 'file', message: p.message, reason: 'file' };
}

/** Existing target segments where the target's unit has as many segments as the source's. */
function alignedTargets(source: readonly TranslationUnit[], target: readonly TranslationUnit[]): Map<string, CodedText> {
  const byId = new Map(target.map((u) => [u.id, u]));
  const out = new Map<string, CodedText>();
  for (const u of source) {
    const t = byId.get(u.id);
    if (!t || t.segments.length !== u.segments.length) continue;
    u.segments.forEach((s, i) => out.set(key(u.id, s.id), t.segments[i]!.source));
  }
  return out;
}

async function withMatches(pkg: ExchangePackage, lookup: MatchLookup): Promise<ExchangePackage> {
  const keys: string[] = [];
  const plains: string[] = [];
  for (const d of pkg.documents) for (const u of d.units) for (const s of u.segments) {
    keys.push(`${d.documentId}\u0000${key(u.id, s.id)}`);
    plains.push(codedToPlain(s.source));
  }
  const found = plains.length ? await lookup(pkg.sourceLocale, pkg.targetLocale, plains) : [];
  const all = new Map<string, readonly JobMatch[]>();
  keys.forEach((k, i) => {
    if (found[i]?.length) all.set(k, found[i]!);
  });
  return {
    ...pkg,
    documents: pkg.documents.map((d) => {
      const matches = new Map<string, readonly JobMatch[]>();
      for (const u of d.units) for (const s of u.segments) {
        const m = all.get(`${d.documentId}\u0000${key(u.id, s.id)}`);
        if (m) matches.set(key(u.id, s.id), m);
      }
      return { ...d, matches };
    }),
  };
}

export function localeState(states: readonly JobItemState[]): JobLocaleState {
  if (states.length > 0 && states.every((s) => s === 'returned')) return 'returned';
  if (states.some((s) => s === 'returned' || s === 'not_returned' || s === 'stale')) return 'partly_returned';
  if (states.some((s) => s === 'sent')) return 'sent';
  return 'pending';
}

export function jobState(current: JobState, states: readonly JobItemState[]): JobState {
  if (current === 'closed' || current === 'preparing') return current;
  const l = localeState(states);
  return l === 'returned' ? 'returned' : l === 'partly_returned' ? 'partly_returned' : current;
}

function baseName(job: TranslationJob): string {
  const name = job.name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'job';
  return `${name}-${job.id.slice(0, 8)}`;
}

function fileName(job: TranslationJob, locale: LocaleCode, version: XliffVersion): string {
  return `${baseName(job)}.${job.sourceLocale}-${locale}${version === '1.2' ? '.xlf12' : ''}.xlf`;
}
