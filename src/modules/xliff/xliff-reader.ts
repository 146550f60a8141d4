import type { CodedText } from './coded-text.ts';
import { ENS_NS, unitHash, XLIFF12_NS, XLIFF2_NS } from './export-input.ts';
import { readInline, type ReadTarget } from './inline-read.ts';
import { childElements, parseSafeXml, type XmlElement, type XmlLimits } from './safe-xml.ts';
import { checkUnits } from './xliff-check.ts';
import type { TranslationUnit } from './units.ts';

export interface ReadExpectation {
  readonly jobId: string;
  readonly targetLocale: string;
  /** The document's current units and source version, or undefined when it is not part of the job. */
  readonly known: (documentId: string) => { units: readonly TranslationUnit[]; sourceVersion: number } | undefined;
  readonly limits?: XmlLimits;
}

export interface ReadUnit {
  readonly documentId: string;
  readonly unitId: string;
  readonly segmentId: string;
  /** The target with the source's codes (marks, links, facts) restored by id. */
  readonly target: CodedText;
  /** The source version the file says it was translated from. */
  readonly sourceVersion: number;
  /** The source changed since export: the caller flags this unit rather than applying it. */
  readonly sourceChanged: boolean;
  readonly line: number;
}

export interface ReadProblem {
  readonly line?: number;
  readonly documentId?: string;
  readonly unitId?: string;
  readonly message: string;
  /** A fatal problem makes the whole file unusable. */
  readonly fatal: boolean;
}

export interface ReadResult {
  /** False when any problem is fatal; `units` is then empty. */
  readonly ok: boolean;
  readonly version: '2.0' | '1.2' | undefined;
  readonly units: readonly ReadUnit[];
  readonly problems: readonly ReadProblem[];
}

/** A segment as the file has it, before it is checked against the job. */
export interface RawSegment {
  readonly documentId: string;
  readonly unitId: string;
  readonly segmentId: string;
  readonly line: number;
  readonly target: ReadTarget | undefined;
  readonly sourceVersion: number | undefined;
  readonly sourceHash: string | undefined;
}

const ens = (name: string) => `{${ENS_NS}}${name}`;

/**
 * Reads a returned XLIFF 2.0 or 1.2 file and checks it against the job before anything changes:
 * well-formed and safe (see parseSafeXml), the right job and target locale (else the file is
 * refused), then unit by unit (unknown units, broken codes, changed sources: listed, not fatal).
 */
export function readXliff(bytes: Buffer, expect: ReadExpectation): ReadResult {
  const parsed = parseSafeXml(bytes, expect.limits);
  if (!parsed.ok) return refused(undefined, parsed.problems.map((p) => ({ ...p, fatal: true })));
  const root = parsed.root;
  const version = root.name !== 'xliff' ? undefined : root.ns === XLIFF2_NS ? '2.0' : root.ns === XLIFF12_NS ? '1.2' : undefined;
  if (!version) {
    return refused(undefined, [{ line: root.line, message: 'this is not an XLIFF 2.0 or 1.2 file', fatal: true }]);
  }
  const problems: ReadProblem[] = [];
  const fatal = (line: number, message: string) => problems.push({ line, message, fatal: true });
  const raw: RawSegment[] = [];
  const files = childElements(root, 'file', root.ns);
  if (files.length === 0) fatal(root.line, 'the file holds no <file> element');

  if (version === '2.0') {
    checkJob(root, expect.jobId, fatal);
    checkLocale(root.attrs.trgLang, root.line, expect.targetLocale, fatal);
    for (const file of files) {
      const documentId = documentIdOf(file);
      const fileVersion = numberAttr(file, 'sourceVersion');
      for (const unit of descendants(file, 'unit', XLIFF2_NS)) {
        for (const segment of childElements(unit, 'segment', XLIFF2_NS)) {
          const target = childElements(segment, 'target', XLIFF2_NS)[0];
          raw.push({
            documentId,
            unitId: unit.attrs.id ?? '',
            segmentId: segment.attrs.id ?? '',
            line: segment.line,
            target: target && readInline(target, '2.0'),
            sourceVersion: numberAttr(unit, 'sourceVersion') ?? fileVersion,
            sourceHash: unit.attrs[ens('sourceHash')],
          });
        }
      }
    }
  } else {
    for (const file of files) {
      checkJob(file, expect.jobId, fatal);
      checkLocale(file.attrs['target-language'], file.line, expect.targetLocale, fatal);
      const documentId = documentIdOf(file);
      const fileVersion = numberAttr(file, 'sourceVersion');
      for (const tu of descendants(file, 'trans-unit', XLIFF12_NS)) {
        const id = tu.attrs.id ?? '';
        const cut = id.lastIndexOf('#');
        const target = childElements(tu, 'target', XLIFF12_NS)[0];
        raw.push({
          documentId,
          unitId: cut < 0 ? id : id.slice(0, cut),
          segmentId: cut < 0 ? '' : id.slice(cut + 1),
          line: tu.line,
          target: target && readInline(target, '1.2'),
          sourceVersion: numberAttr(tu, 'sourceVersion') ?? fileVersion,
          sourceHash: tu.attrs[ens('sourceHash')],
        });
      }
    }
  }
  if (problems.some((p) => p.fatal)) return refused(version, problems);
  const checked = checkUnits(raw, expect.known, unitHash);
  return { ok: true, version, units: checked.units, problems: [...problems, ...checked.problems] };
}

function refused(version: ReadResult['version'], problems: readonly ReadProblem[]): ReadResult {
  return { ok: false, version, units: [], problems };
}

function checkJob(el: XmlElement, jobId: string, fatal: (line: number, message: string) => void): void {
  const found = el.attrs[ens('job')];
  if (found === undefined) fatal(el.line, `the file does not say which job it belongs to (expected job ${jobId}): export it again from this job`);
  else if (found !== jobId) fatal(el.line, `the file belongs to job ${found.slice(0, 80)}, not to job ${jobId}`);
}

function checkLocale(found: string | undefined, line: number, expected: string, fatal: (line: number, message: string) => void): void {
  const norm = (locale: string) => locale.trim().replace(/_/g, '-').toLowerCase();
  if (found === undefined || found.trim() === '') fatal(line, `the file names no target language (expected ${expected})`);
  else if (norm(found) !== norm(expected)) fatal(line, `the file is a translation into ${found.slice(0, 40)}, not into ${expected}`);
}

function documentIdOf(file: XmlElement): string {
  return file.attrs[ens('document')] ?? (file.attrs.id?.startsWith('d-') ? file.attrs.id.slice(2) : '');
}

function numberAttr(el: XmlElement, name: string): number | undefined {
  const value = el.attrs[ens(name)];
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** Elements of a name at any depth under `el` (units may sit in groups), not looking inside matches. */
function descendants(el: XmlElement, name: string, ns: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of childElements(el)) {
    if (child.ns !== ns) continue;
    if (child.name === name) out.push(child);
    else if (child.name === 'group' || child.name === 'body') out.push(...descendants(child, name, ns));
  }
  return out;
}
