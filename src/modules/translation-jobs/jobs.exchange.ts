import { findContentType, type ContentDocument, type ContentTypeDef, type Translation } from '../content/index.ts';
import type { Actor } from '../accounts/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import {
  applyUnits,
  childElements,
  codedToPlain,
  extractUnits,
  parseSafeXml,
  readXliff,
  writeXliff12,
  writeXliff2,
  zipFiles,
  type CodedText,
  type ExportDocument,
  type ExportInput,
  type ExportMatch,
  type ReadUnit,
  type TranslationUnit,
  type XmlElement,
} from '../xliff/index.ts';
import { createJobsRepository, type JobsRepository } from './jobs.repository.ts';
import { fileRefused, fileTooLarge, jobNotFound, wrongState } from './jobs.errors.ts';
import { createJobOperations, type JobOperation, type JobsDeps } from './jobs.service.ts';
import { slugForImport } from './jobs.slug.ts';
import type { FileProblem, ImportReport, XliffVersion } from './jobs.exchange.types.ts';
import type { JobItemState, JobLocaleState, JobState, MatchLookup, TranslationJob } from './jobs.types.ts';

/** A returned file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** A returned file with more elements than this is refused (a 100-page job's file holds some 20,000). */
export const MAX_IMPORT_ELEMENTS = 400_000;

const key = (unitId: string, segmentId: string) => `${unitId}\u0000${segmentId}`;

export interface ExportedFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** One job document as the exchange sees it now: its source text and the units made from it. */
interface CurrentDocument {
  readonly doc: ContentDocument;
  readonly source: Translation;
  readonly type: ContentTypeDef | undefined;
  readonly units: readonly TranslationUnit[];
}

export function createJobsExchange(deps: JobsDeps & { readonly matches?: MatchLookup; readonly linkOrigin?: string }) {
  const { db, content } = deps;
  const { operate, readable } = createJobOperations(deps);

  /** The job's documents that still have a source text, with their units; the others' ids apart. */
  const currentDocuments = async (job: TranslationJob, repo: JobsRepository): Promise<{ docs: CurrentDocument[]; skipped: string[] }> => {
    const docs: CurrentDocument[] = [];
    const skipped: string[] = [];
    for (const documentId of await repo.listDocumentIds(job.id)) {
      const doc = await content.getDocument(documentId).catch(() => undefined);
      const source = doc ? await content.findTranslation(documentId, job.sourceLocale) : undefined;
      if (!doc || !source) skipped.push(documentId);
      else {
        const type = findContentType(doc.type);
        docs.push({ doc, source, type, units: extractUnits(source, type, job.sourceLocale) });
      }
    }
    return { docs, skipped };
  };

  const collect = async (job: TranslationJob, targetLocale: LocaleCode, repo: JobsRepository): Promise<{ pkg: ExportInput; skipped: string[] }> => {
    const { docs, skipped } = await currentDocuments(job, repo);
    const documents: ExportDocument[] = [];
    for (const { doc, source, type, units } of docs) {
      const current = await content.findWorkingCopy(doc.id, targetLocale);
      // The present translation where its units line up with the source's: a start for the translator, marked as such.
      const existing = current ? alignedTargets(units, extractUnits(current.text, type, targetLocale)) : new Map<string, CodedText>();
      const path = `/admin/documents/${encodeURIComponent(doc.id)}/${encodeURIComponent(targetLocale)}`;
      documents.push({
        documentId: doc.id,
        title: source.title,
        type: doc.type,
        sourceVersion: source.version,
        ...(deps.linkOrigin ? { previewUrl: `${deps.linkOrigin}${path}` } : {}),
        units,
        targets: (unitId, segmentId) => {
          const text = existing.get(key(unitId, segmentId));
          return text ? { text, state: 'initial' } : undefined;
        },
      });
    }
    const pkg: ExportInput = { jobId: job.id, sourceLocale: job.sourceLocale, targetLocale, documents };
    return { pkg: deps.matches ? await withMatches(pkg, deps.matches) : pkg, skipped };
  };

  /** Marks a locale exported: its items, its state, the job's (preparing → sent), the history. */
  const recordExport = async (op: JobOperation, job: TranslationJob, pkg: ExportInput, version: XliffVersion, skipped: readonly string[]) => {
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
    // Whoever may see the job (its managers, its translator) may take its files.
    const job = await readable(createJobsRepository(db), actor, jobId);
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
      const text = render(pkg, input.version);
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
      const made: { pkg: ExportInput; skipped: string[] }[] = [];
      for (const l of await repo.listLocales([job.id])) made.push(await collect(job, l.locale, repo));
      const files = made.map(({ pkg }) => ({ name: fileName(job, pkg.targetLocale, input.version), bytes: render(pkg, input.version) }));
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
      if (job.state === 'closed') throw wrongState(job.state, 'take a file back');
      if (input.bytes.byteLength > MAX_IMPORT_BYTES) throw fileTooLarge(MAX_IMPORT_BYTES);
      const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
      const limits = { maxBytes: MAX_IMPORT_BYTES, maxElements: MAX_IMPORT_ELEMENTS };
      // The file names its target language; it is read once safely to learn which, then checked against the job.
      const sniffed = parseSafeXml(bytes, limits);
      if (!sniffed.ok) throw fileRefused(sniffed.problems.map((p) => toFieldProblem({ ...p, fatal: true })));
      const targets = (await repo.listLocales([job.id])).map((l) => l.locale);
      const claimed = targetLanguageOf(sniffed.root);
      const locale = targets.find((t) => claimed !== undefined && t.toLowerCase() === claimed.trim().replace(/_/g, '-').toLowerCase());
      if (!locale) throw fileRefused([toFieldProblem({ line: sniffed.root.line, message: `the file is a translation into ${(claimed ?? 'no language').slice(0, 40)}, which this job does not ask for (${targets.join(', ')})`, fatal: true })]);
      if (input.locale !== undefined && input.locale !== locale) throw fileRefused([toFieldProblem({ line: sniffed.root.line, message: `the file is a translation into ${locale}, not into ${input.locale}`, fatal: true })]);
      const { docs } = await currentDocuments(job, repo);
      const byId = new Map(docs.map((d) => [d.doc.id, d]));
      const read = readXliff(bytes, { jobId: job.id, targetLocale: locale, limits, known: (id) => {
        const d = byId.get(id);
        return d ? { units: d.units, sourceVersion: d.source.version } : undefined;
      } });
      if (!read.ok) throw fileRefused(read.problems.filter((p) => p.fatal).map(toFieldProblem));
      const all: FileProblem[] = [...read.problems];
      const plan = await planImport(read.units, docs, locale);
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
        await op.event(job.id, 'imported', { format: `xliff-${read.version}`, applied: applied.length, stale: plan.stale.length, notReturned: plan.notReturned.length, problems: all.length }, locale);
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
  async function planImport(units: readonly ReadUnit[], docs: readonly CurrentDocument[], locale: LocaleCode) {
    const apply: { documentId: string; title: string; expectedVersion: number; translation: Parameters<typeof content.saveTranslation>[0]['translation'] }[] = [];
    const stale: ImportReport['stale'][number][] = [];
    const notReturned: ImportReport['notReturned'][number][] = [];
    const byDoc = new Map<string, ReadUnit[]>();
    for (const u of units) byDoc.set(u.documentId, [...(byDoc.get(u.documentId) ?? []), u]);
    for (const { doc, source, type } of docs) {
      const returned = byDoc.get(doc.id) ?? [];
      const changed = returned.filter((u) => u.sourceChanged);
      if (changed.length > 0) {
        const seen = new Set<string>();
        stale.push({ documentId: doc.id, title: source.title, units: changed.filter((u) => !seen.has(u.unitId) && seen.add(u.unitId)).map((u) => ({ unitId: u.unitId, line: u.line })) });
        continue;
      }
      const targets = new Map(returned.map((u) => [key(u.unitId, u.segmentId), u.target]));
      const result = applyUnits(source, type, source.locale, (unitId, segmentId) => targets.get(key(unitId, segmentId)));
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

async function withMatches(pkg: ExportInput, lookup: MatchLookup): Promise<ExportInput> {
  const where: { d: number; k: string; source: CodedText }[] = [];
  pkg.documents.forEach((d, i) => {
    for (const u of d.units) for (const s of u.segments) where.push({ d: i, k: key(u.id, s.id), source: s.source });
  });
  const found = where.length ? await lookup(pkg.sourceLocale, pkg.targetLocale, where.map((w) => codedToPlain(w.source))) : [];
  const perDoc = pkg.documents.map(() => new Map<string, ExportMatch[]>());
  where.forEach((w, i) => {
    const matches = found[i] ?? [];
    if (matches.length) perDoc[w.d]!.set(w.k, matches.map((m) => ({ similarity: m.similarity, source: w.source, target: [m.target], origin: m.origin ?? 'memory' })));
  });
  return { ...pkg, documents: pkg.documents.map((d, i) => ({ ...d, matches: (unitId: string, segmentId: string) => perDoc[i]!.get(key(unitId, segmentId)) ?? [] })) };
}

/** The file as bytes, in the version asked for. */
function render(pkg: ExportInput, version: XliffVersion): string {
  return version === '1.2' ? writeXliff12(pkg) : writeXliff2(pkg);
}

/** The target language a file claims: the root's trgLang (2.0) or its first file's target-language (1.2). */
function targetLanguageOf(root: XmlElement): string | undefined {
  if (root.attrs.trgLang !== undefined) return root.attrs.trgLang;
  return childElements(root, 'file')[0]?.attrs['target-language'];
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
