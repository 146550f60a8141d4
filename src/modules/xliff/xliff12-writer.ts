import type { CodedText } from './coded-text.ts';
import { attrs, ENS_NS, escapeText, transUnitId, unitHash, unitNotes, XLIFF12_NS, type ExportDocument, type ExportInput } from './export-input.ts';
import type { TranslationUnit } from './units.ts';

/**
 * An XLIFF 1.2 file for tools that read nothing newer: a `<file>` per document, a `<group>` per
 * unit (with its character limit) and a `<trans-unit>` per segment, id `<unit>#<segment>`. Each
 * trans-unit carries the notes (from "developer", which translate-toolkit shows as comments) and
 * our source version and hash, since some tools drop groups.
 * Memory matches are `alt-trans`. White space between segments is not exported: it comes back
 * from the source on import.
 */
export function writeXliff12(job: ExportInput): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff version="1.2" xmlns="${XLIFF12_NS}" xmlns:ens="${ENS_NS}">`];
  for (const doc of job.documents) {
    if (doc.units.length === 0) continue;
    out.push(
      `  <file${attrs({
        original: `${doc.type}/${doc.documentId}`,
        'source-language': job.sourceLocale,
        'target-language': job.targetLocale,
        datatype: 'plaintext',
        'ens:job': job.jobId,
        'ens:document': doc.documentId,
        'ens:sourceVersion': doc.sourceVersion,
      })}>`,
      '    <body>',
    );
    for (const unit of doc.units) out.push(...writeGroup(doc, unit));
    out.push('    </body>', '  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

function writeGroup(doc: ExportDocument, unit: TranslationUnit): string[] {
  const out = [`      <group${attrs({ id: unit.id, resname: unit.id, maxwidth: unit.maxChars, 'size-unit': unit.maxChars !== undefined ? 'char' : undefined })}>`];
  const hash = unitHash(unit);
  const notes = unitNotes(doc, unit).map((note) => `          <note from="developer">${escapeText(note.text)}</note>`);
  for (const segment of unit.segments) {
    const id = transUnitId(unit.id, segment.id);
    const existing = doc.targets?.(unit.id, segment.id);
    out.push(`        <trans-unit${attrs({ id, resname: id, 'xml:space': 'preserve', 'ens:sourceVersion': doc.sourceVersion, 'ens:sourceHash': hash })}>`);
    out.push(`          <source>${inline(segment.source)}</source>`);
    if (existing) out.push(`          <target${attrs({ state: existing.state === 'translated' ? 'translated' : 'needs-review-translation' })}>${inline(existing.text)}</target>`);
    out.push(...notes);
    for (const match of doc.matches?.(unit.id, segment.id) ?? []) {
      out.push(
        `          <alt-trans${attrs({ 'match-quality': String(Math.round(match.similarity)), origin: match.origin })}><source>${inline(match.source)}</source><target>${inline(match.target)}</target></alt-trans>`,
      );
    }
    out.push('        </trans-unit>');
  }
  out.push('      </group>');
  return out;
}

/** Coded text as 1.2 inline markup: `<g>` around marked text, `<x/>` for a figure or a break. */
function inline(text: CodedText): string {
  return text
    .map((part) => {
      if (typeof part === 'string') return escapeText(part);
      if (part.kind === 'ph') {
        return part.node.type === 'hardBreak'
          ? `<x${attrs({ id: part.id, ctype: 'lb', 'equiv-text': '\n' })}/>`
          : `<x${attrs({ id: part.id, ctype: 'x-ens-fact', clone: 'no', 'equiv-text': '{figure}' })}/>`;
      }
      const ctype = part.mark.type === 'link' ? 'link' : part.mark.type;
      return `<g${attrs({ id: part.id, ctype })}>${inline(part.content)}</g>`;
    })
    .join('');
}
