import { codedToPlain, type CodedText } from './coded-text.ts';
import { compareCodes, flatText, restoreCodes } from './inline-codes.ts';
import type { Segment } from './segments.ts';
import type { TranslationUnit } from './units.ts';
import type { RawSegment, ReadExpectation, ReadProblem, ReadUnit } from './xliff-reader.ts';

/**
 * Checks the segments of a returned file against the job's current units. Nothing here is fatal:
 * a unit the job does not know, or whose codes the translation broke, is listed and set aside; a
 * unit translated from an older source is delivered with `sourceChanged` for the caller to flag.
 */
export function checkUnits(
  raw: readonly RawSegment[],
  known: ReadExpectation['known'],
  hashOf: (unit: TranslationUnit) => string,
): { units: ReadUnit[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const units: ReadUnit[] = [];
  const byUnit = new Map<string, RawSegment[]>();
  const unknownDocs = new Set<string>();
  for (const segment of raw) {
    const doc = known(segment.documentId);
    if (!doc) {
      if (!unknownDocs.has(segment.documentId)) {
        unknownDocs.add(segment.documentId);
        problems.push({ line: segment.line, documentId: segment.documentId, message: `document "${clip(segment.documentId)}" is not part of this job: its units are left out`, fatal: false });
      }
      continue;
    }
    const key = `${segment.documentId}\u0000${segment.unitId}`;
    const list = byUnit.get(key);
    if (list) list.push(segment);
    else byUnit.set(key, [segment]);
  }

  for (const segments of byUnit.values()) {
    const { documentId, unitId } = segments[0]!;
    const doc = known(documentId)!;
    const unit = doc.units.find((u) => u.id === unitId);
    const where = { line: segments[0]!.line, documentId, unitId };
    if (!unit) {
      problems.push({ ...where, message: `unit "${clip(unitId)}" is not in this document (any more): left out`, fatal: false });
      continue;
    }
    const found: { segment: Segment; raw: RawSegment; target: CodedText }[] = [];
    const broken: string[] = [];
    const seen = new Set<string>();
    for (const rawSegment of segments) {
      const at = `segment ${clip(rawSegment.segmentId)}`;
      const segment = unit.segments.find((s) => s.id === rawSegment.segmentId);
      if (!segment) broken.push(`${at} is not in this unit`);
      else if (seen.has(segment.id)) broken.push(`${at} comes twice`);
      else if (rawSegment.target && flatText(rawSegment.target.text).trim() !== '') {
        seen.add(segment.id);
        const problem = codeProblem(segment.source, rawSegment.target);
        if (problem) broken.push(`${at}: ${problem}`);
        else found.push({ segment, raw: rawSegment, target: trimEdges(restoreCodes(rawSegment.target.text, segment.source)) });
      }
    }
    if (broken.length) {
      const more = broken.length > 5 ? `; and ${broken.length - 5} more` : '';
      problems.push({ ...where, message: `unit "${clip(unitId)}" is set aside: ${broken.slice(0, 5).join('; ')}${more}`, fatal: false });
      continue;
    }
    if (found.length === 0) continue;
    const fileVersion = segments.find((s) => s.sourceVersion !== undefined)?.sourceVersion;
    const fileHash = segments.find((s) => s.sourceHash !== undefined)?.sourceHash;
    const sourceChanged = fileVersion !== doc.sourceVersion || (fileHash !== undefined && fileHash !== hashOf(unit));
    if (sourceChanged) {
      problems.push({ ...where, message: `the source of unit "${clip(unitId)}" changed since the export (version ${fileVersion ?? '?'}, now ${doc.sourceVersion}): check it before use`, fatal: false });
    }
    if (unit.maxChars !== undefined) {
      const length = unit.segments.reduce((sum, s) => {
        const target = found.find((f) => f.segment === s)?.target ?? s.source;
        return sum + (s.before ?? '').length + codedToPlain(target).length + (s.after ?? '').length;
      }, 0);
      if (length > unit.maxChars) problems.push({ ...where, message: `unit "${clip(unitId)}" is ${length} characters long, more than the ${unit.maxChars} allowed`, fatal: false });
    }
    for (const f of found) {
      units.push({ documentId, unitId, segmentId: f.segment.id, target: f.target, sourceVersion: fileVersion ?? 0, sourceChanged, line: f.raw.line });
    }
  }
  return { units, problems };
}

/** Codes a translation must keep: links and figures (exported canDelete="no"); no code the source lacks. */
function codeProblem(source: CodedText, target: NonNullable<RawSegment['target']>): string | undefined {
  if (target.unsupported.length) return target.unsupported.join(', ');
  const { lost, unknown } = compareCodes(source, target.text);
  if (unknown.length) return `codes ${unknown.map(clip).join(', ')} are not in the source`;
  const required = (parts: CodedText): string[] =>
    parts.flatMap((part) => {
      if (typeof part === 'string') return [];
      const inner = part.kind === 'pc' ? required(part.content) : [];
      const must = part.kind === 'pc' ? part.mark.type === 'link' : part.node.type === 'fact';
      return must ? [part.id, ...inner] : inner;
    });
  const missing = required(source).filter((id) => lost.includes(id));
  return missing.length ? `the link or figure codes ${missing.join(', ')} are missing` : undefined;
}

/**
 * White space at a target's edges goes: the source's own spacing between sentences is put back on
 * apply, and a tool's trailing space would double it.
 */
function trimEdges(text: CodedText): CodedText {
  const out = [...text];
  if (typeof out[0] === 'string') out[0] = out[0].replace(/^\s+/u, '');
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = (out[last] as string).replace(/\s+$/u, '');
  return out.filter((part) => part !== '');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
