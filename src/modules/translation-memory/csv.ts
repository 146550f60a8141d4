import type { FieldProblem } from '../../platform/errors.ts';

/** One record of a CSV file and the line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly values: readonly string[];
}

/**
 * Reads RFC 4180 CSV (quoted fields with doubled quotes and line breaks; comma or semicolon, as
 * spreadsheets in French write it, taken from the first line). A leading BOM is dropped.
 */
export function readCsv(text: string, maxRows: number): { rows: CsvRow[]; problems: FieldProblem[] } {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: CsvRow[] = [];
  const problems: FieldProblem[] = [];
  let values: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      values.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      values.push(field);
      rows.push({ line: rowLine, values });
      values = [];
      field = '';
      line++;
      rowLine = line;
      if (rows.length > maxRows) {
        problems.push({ path: `line ${rowLine}`, message: `more than ${maxRows} rows`, reason: 'tooMany' });
        return { rows, problems };
      }
    } else field += c;
  }
  if (quoted) problems.push({ path: `line ${rowLine}`, message: 'a quoted field is never closed', reason: 'quote' });
  if (field !== '' || values.length > 0) rows.push({ line: rowLine, values: [...values, field] });
  return { rows, problems };
}
