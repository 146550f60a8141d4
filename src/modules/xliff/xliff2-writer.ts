import type { CodedPart, CodedText } from './coded-text.ts';
import { attrs, ENS_NS, escapeText, MATCHES_NS, textWithCp, unitHash, unitNotes, XLIFF2_NS, type ExportDocument, type ExportInput } from './export-input.ts';
import type { TranslationUnit } from './units.ts';

/**
 * An XLIFF 2.0 file (core plus the matches module) for one target locale: a `<file>` per document,
 * a `<unit>` per translation unit with its notes, segments, the white space between them as
 * `<ignorable>`, and memory matches. Job, document, source version and source hash ride in our own
 * namespace on `<xliff>`, `<file>` and `<unit>`, where the schema allows foreign attributes.
 */
export function writeXliff2(job: ExportInput): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NS}" xmlns:mtc="${MATCHES_NS}" xmlns:ens="${ENS_NS}"${attrs({ version: '2.0', srcLang: job.sourceLocale, trgLang: job.targetLocale, 'ens:job': job.jobId })}>`,
  ];
  for (const doc of job.documents) {
    if (doc.units.length === 0) continue;
    // Segment ids are how targets find their way back: tools must not merge or split them.
    out.push(`  <file${attrs({ id: `d-${doc.documentId}`, canResegment: 'no', original: `${doc.type}/${doc.documentId}`, 'ens:document': doc.documentId, 'ens:sourceVersion': doc.sourceVersion })}>`);
    for (const unit of doc.units) out.push(...writeUnit(doc, unit));
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

function writeUnit(doc: ExportDocument, unit: TranslationUnit): string[] {
  const data = new Map<string, string>();
  const dataRef = (original: string): string => {
    let id = data.get(original);
    if (!id) data.set(original, (id = `d${data.size + 1}`));
    return id;
  };
  const segments: string[] = [];
  for (const segment of unit.segments) {
    if (segment.before) segments.push(ignorable(segment.before));
    const existing = doc.targets?.(unit.id, segment.id);
    const state = existing ? attrs({ state: existing.state }) : '';
    const target = existing ? `<target>${inline(existing.text, dataRef)}</target>` : '';
    segments.push(`      <segment${attrs({ id: segment.id })}${state}><source>${inline(segment.source, dataRef)}</source>${target}</segment>`);
    if (segment.after) segments.push(ignorable(segment.after));
  }
  const matches = unit.segments.flatMap((segment) =>
    (doc.matches?.(unit.id, segment.id) ?? []).map(
      (m) =>
        `        <mtc:match${attrs({ ref: `#${segment.id}`, similarity: Math.max(0, Math.min(100, Math.round(m.similarity * 100) / 100)), type: 'tm', origin: m.origin })}><source>${inline(m.source)}</source><target>${inline(m.target)}</target></mtc:match>`,
    ),
  );
  return [
    `    <unit${attrs({ id: unit.id, name: unit.field, 'xml:space': 'preserve', 'ens:sourceVersion': doc.sourceVersion, 'ens:sourceHash': unitHash(unit), 'ens:maxChars': unit.maxChars })}>`,
    ...(matches.length ? ['      <mtc:matches>', ...matches, '      </mtc:matches>'] : []),
    '      <notes>',
    ...unitNotes(doc, unit).map((note) => `        <note${attrs({ category: note.category })}>${escapeText(note.text)}</note>`),
    '      </notes>',
    ...(data.size ? ['      <originalData>', ...[...data].map(([original, id]) => `        <data${attrs({ id })}>${textWithCp(original)}</data>`), '      </originalData>'] : []),
    ...segments,
    '    </unit>',
  ];
}

function ignorable(space: string): string {
  return `      <ignorable><source>${textWithCp(space)}</source></ignorable>`;
}

/** Coded text as 2.0 inline markup; with `dataRef`, each code also points at what it stands for. */
function inline(text: CodedText, dataRef?: (original: string) => string): string {
  return text.map((part) => code(part, dataRef)).join('');
}

function code(part: CodedPart, dataRef?: (original: string) => string): string {
  if (typeof part === 'string') return textWithCp(part);
  if (part.kind === 'ph') {
    const node = part.node;
    if (node.type === 'hardBreak') {
      return `<ph${attrs({ id: part.id, type: 'fmt', subType: 'xlf:lb', equiv: '\n', disp: '↵', dataRef: dataRef?.('<br/>') })}/>`;
    }
    const original = node.type === 'fact' ? `{fact:${node.attrs.id}}` : '';
    return `<ph${attrs({ id: part.id, type: 'other', subType: 'ens:fact', canCopy: 'no', canDelete: 'no', disp: '{figure}', dataRef: dataRef?.(original) })}/>`;
  }
  const mark = part.mark;
  const content = inline(part.content, dataRef);
  if (mark.type === 'link') {
    const start = mark.attrs.documentId ? `<a data-document="${mark.attrs.documentId}">` : `<a href="${mark.attrs.href ?? ''}">`;
    return `<pc${attrs({ id: part.id, type: 'link', canDelete: 'no', dataRefStart: dataRef?.(start), dataRefEnd: dataRef?.('</a>') })}>${content}</pc>`;
  }
  const tag = mark.type === 'bold' ? 'b' : 'i';
  return `<pc${attrs({ id: part.id, type: 'fmt', subType: `xlf:${tag}`, dataRefStart: dataRef?.(`<${tag}>`), dataRefEnd: dataRef?.(`</${tag}>`) })}>${content}</pc>`;
}
