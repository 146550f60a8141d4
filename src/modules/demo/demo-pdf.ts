/**
 * A small, valid one-page PDF written by hand (ISO 32000-1): a title and paragraphs in Helvetica,
 * so the demo's publications have real files to download without shipping any. Text is encoded
 * as WinAnsi, which covers the Latin-script languages the demo's PDFs are written in.
 */
export function renderDemoPdf({ title, paragraphs, lang }: { title: string; paragraphs: readonly string[]; lang: string }): Buffer {
  const lines: string[] = ['BT', '/F1 20 Tf', '56 770 Td', '24 TL'];
  for (const line of wrap(title, 48)) lines.push(`(${pdfText(line)}) Tj T*`);
  lines.push('/F2 11 Tf', '16 TL', 'T*');
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, 88)) lines.push(`(${pdfText(line)}) Tj T*`);
    lines.push('T*');
  }
  lines.push('ET');
  const content = Buffer.from(lines.join('\n'), 'latin1');
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R /Lang (${pdfText(lang)}) >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    `<< /Title <${utf16Hex(title)}> /Producer (Ensemble demo) >>`,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  // Each cross-reference entry is exactly 20 bytes, its line end included.
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f\r', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r`)].join('\n');
  chunks.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

// WinAnsi places these outside Latin-1 (ISO 32000-1, Annex D).
const WIN_ANSI: Readonly<Record<string, number>> = { '€': 0x80, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '…': 0x85, '•': 0x95 };

/** A literal string's bytes as latin1 text: WinAnsi codes, with `\`, `(` and `)` escaped. */
function pdfText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = WIN_ANSI[char] ?? char.codePointAt(0)!;
    const byte = code <= 0xff ? code : 0x3f; // "?" for what Helvetica cannot show
    const c = String.fromCharCode(byte);
    out += c === '\\' || c === '(' || c === ')' ? `\\${c}` : c === '\u00a0' || c === '\u202f' ? ' ' : c;
  }
  return out;
}

/** UTF-16BE with its byte-order mark, as a hex string: the document title in any script. */
function utf16Hex(text: string): string {
  const bytes = Buffer.from(text, 'utf16le').swap16();
  return `FEFF${bytes.toString('hex').toUpperCase()}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
