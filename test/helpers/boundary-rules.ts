/**
 * The dependency rules of ARCHITECTURE.md ("Dependency rule") and STYLE.md §2 as a check over source
 * text. The installed TypeScript (7, the native compiler) has no JavaScript parser API, so files are
 * read by a small lexer that blanks comments and literal text (keeping offsets, hence line numbers),
 * and imports, `process.env` and query-builder calls are found in what is left: code only.
 */

export interface SourceFile {
  /** Relative to the repository root, with forward slashes: `src/modules/content/index.ts`. */
  readonly path: string;
  readonly text: string;
}

export type BoundaryRule =
  | 'module-imports-delivery'
  | 'module-imports-fastify'
  | 'module-reads-env'
  | 'module-deep-import'
  | 'platform-imports-up'
  | 'delivery-imports-repository'
  | 'delivery-queries-db'
  | 'table-owner'
  | 'table-ownership';

export interface Violation {
  readonly rule: BoundaryRule;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface BoundaryInput {
  readonly files: readonly SourceFile[];
  /** Each module's declared tables (its index.ts `OWNED_TABLES`), by module folder name. */
  readonly owners: ReadonlyMap<string, readonly string[]>;
  /** The tables of the `Schema` interface (src/platform/db/schema.ts): each needs one owner. */
  readonly schemaTables: readonly string[];
}

/** Kysely calls whose first argument names a table. */
const TABLE_METHODS = [
  'selectFrom', 'insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto',
  'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin', 'crossJoin', 'innerJoinLateral', 'leftJoinLateral',
];
const QUERY_START = /\.\s*(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\s*\(/g;
const TABLE_CALL = new RegExp(`\\.\\s*(${TABLE_METHODS.join('|')})\\s*\\(`, 'g');
const TRANSACTION = /\.\s*transaction\s*\(\s*\)/g;
const SQL_HELPER = /\bsql\s*\.\s*(raw|table|ref|id)\s*\(/g;
/** Delivery code (and, below, the composition root): modules and platform/ never import them. */
const DELIVERY = ['src/http/', 'src/cli/', 'src/export/'];
const COMPOSITION = ['src/main.ts', 'src/modules.ts'];
/** Files that name every table by design: the migrations, their test and the schema types. */
const TABLE_EXEMPT = [/^src\/platform\/db\/migrations(\/|\.test\.ts$)/, /^src\/platform\/db\/schema\.ts$/];

/** Every violation in `files`, in file and line order. */
export function checkBoundaries({ files, owners, schemaTables }: BoundaryInput): Violation[] {
  const violations: Violation[] = [];
  const ownerOf = new Map<string, string>();
  for (const [module, tables] of owners) {
    for (const table of tables) {
      const other = ownerOf.get(table);
      if (other !== undefined) {
        violations.push({ rule: 'table-ownership', file: `src/modules/${module}/index.ts`, line: 1, message: `table ${table} is also declared by module ${other}` });
      } else ownerOf.set(table, module);
    }
  }
  for (const table of schemaTables) {
    if (!ownerOf.has(table)) {
      violations.push({ rule: 'table-ownership', file: 'src/platform/db/schema.ts', line: 1, message: `table ${table} has no owning module (add it to one module's OWNED_TABLES)` });
    }
  }
  const tables = [...ownerOf.keys()];
  for (const file of files) violations.push(...checkFile(file, tables, ownerOf));
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** One line per violation, `file:line [rule] message`, for the test's failure message. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.file}:${v.line} [${v.rule}] ${v.message}`).join('\n');
}

function checkFile(file: SourceFile, tables: readonly string[], ownerOf: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = [];
  const lexed = lex(file.text);
  const lineAt = lineFinder(file.text);
  const add = (rule: BoundaryRule, offset: number, message: string) => out.push({ rule, file: file.path, line: lineAt(offset), message });
  const module = moduleOf(file.path);
  const area = module !== undefined ? 'module' : file.path.startsWith('src/platform/') ? 'platform' : DELIVERY.some((d) => file.path.startsWith(d)) ? 'delivery' : 'other';

  for (const { specifier, offset } of importsOf(lexed)) {
    const target = specifier.startsWith('.') ? resolve(file.path, specifier) : undefined;
    if (area === 'module') {
      if (target && [...DELIVERY, ...COMPOSITION].some((d) => target.startsWith(d))) add('module-imports-delivery', offset, `imports ${target}`);
      if (/^(fastify|@fastify\/)/.test(specifier)) add('module-imports-fastify', offset, `imports ${specifier}`);
      const other = target && moduleOf(target);
      if (target && other !== undefined && other !== module && target !== `src/modules/${other}/index.ts`) {
        add('module-deep-import', offset, `imports ${target}; other modules only through src/modules/${other}/index.ts`);
      }
    }
    if (area === 'platform' && target && ['src/modules/', ...DELIVERY, ...COMPOSITION].some((d) => target.startsWith(d))) {
      add('platform-imports-up', offset, `imports ${target}`);
    }
    if (area === 'delivery' && target?.endsWith('.repository.ts')) add('delivery-imports-repository', offset, `imports ${target}; call the module's service or reader`);
  }

  if (area === 'module') {
    for (const match of lexed.bare.matchAll(/\bprocess\s*\.\s*env\b/g)) add('module-reads-env', match.index, 'reads process.env; take the value from config through the module factory');
  }

  const queries = [...lexed.bare.matchAll(QUERY_START), ...lexed.bare.matchAll(TRANSACTION), ...lexed.bare.matchAll(SQL_HELPER)];
  const queriesDb = queries.length > 0 || lexed.sqlTemplates.length > 0;
  if (area === 'delivery') {
    for (const match of queries) add('delivery-queries-db', match.index, `calls Kysely (${match[0].replace(/\s+/g, '').replace(/^\.|\($/g, '')}); ask the owning module`);
    for (const template of lexed.sqlTemplates) add('delivery-queries-db', template.offset, 'runs raw sql; ask the owning module');
  }

  if (TABLE_EXEMPT.some((pattern) => pattern.test(file.path))) return out;
  const named: { table: string; offset: number }[] = [];
  const stringAt = new Map(lexed.strings.map((s) => [s.offset, s.value]));
  // A table call's first argument: a name, `name as alias`, or a list of them.
  for (const match of [...lexed.bare.matchAll(TABLE_CALL), ...lexed.bare.matchAll(SQL_HELPER)]) {
    for (const { value, offset } of firstArgumentStrings(lexed, stringAt, match.index + match[0].length)) {
      const table = value.split(/\s+as\s+/)[0]!.split('.')[0]!.trim();
      if (match[1] === 'raw') named.push(...snakeNames(value, tables).map((t) => ({ table: t, offset })));
      else named.push({ table, offset });
    }
  }
  if (queriesDb) {
    // `'table.column'` references in a file that builds queries.
    for (const { value, offset } of lexed.strings) {
      const ref = /^([a-z][A-Za-z0-9]*)\.([A-Za-z_][A-Za-z0-9_]*|\*)(\s+as\s+\w+)?$/.exec(value);
      if (ref && ownerOf.has(ref[1]!)) named.push({ table: ref[1]!, offset });
    }
  }
  for (const template of lexed.sqlTemplates) {
    named.push(...snakeNames(template.text, tables).map((table) => ({ table, offset: template.offset })));
  }
  const seen = new Set<string>();
  for (const { table, offset } of named) {
    const owner = ownerOf.get(table) ?? ownerOf.get(camel(table));
    if (owner === undefined || owner === module) continue;
    const key = `${table}@${lineAt(offset)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add('table-owner', offset, `names table ${table}, owned by module ${owner}; ask src/modules/${owner}/index.ts instead`);
  }
  return out;
}

/** `src/modules/<name>/…` → name. */
function moduleOf(file: string): string | undefined {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1];
}

function resolve(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function importsOf(lexed: Lexed): { specifier: string; offset: number }[] {
  const stringAt = new Map(lexed.strings.map((s) => [s.offset, s.value]));
  const found = new Map<number, string>();
  const patterns = [
    // import … from '…', export … from '…' (the clause holds no string, semicolon or quote)
    /\b(?:import|export)\b[^;'"`]*?\bfrom\s*(['"])/g,
    // import '…' and import('…') (also the type-position form import('…').Type)
    /\bimport\s*\(?\s*(['"])/g,
  ];
  for (const pattern of patterns) {
    for (const match of lexed.bare.matchAll(pattern)) {
      const offset = match.index + match[0].length - 1;
      const specifier = stringAt.get(offset);
      if (specifier !== undefined) found.set(offset, specifier);
    }
  }
  return [...found].map(([offset, specifier]) => ({ specifier, offset }));
}

/** The string literals at the start of a call's first argument (one, or an array of them). */
function firstArgumentStrings(lexed: Lexed, stringAt: ReadonlyMap<number, string>, start: number): { value: string; offset: number }[] {
  let i = start;
  while (/\s/.test(lexed.bare[i] ?? '')) i++;
  const single = stringAt.get(i);
  if (single !== undefined) return [{ value: single, offset: i }];
  if (lexed.bare[i] !== '[') return [];
  const out: { value: string; offset: number }[] = [];
  for (i++; i < lexed.bare.length && lexed.bare[i] !== ']'; i++) {
    const value = stringAt.get(i);
    if (value !== undefined) out.push({ value, offset: i });
  }
  return out;
}

/** The tables whose snake_case names appear as words in raw SQL. */
function snakeNames(text: string, tables: readonly string[]): string[] {
  return tables.filter((table) => new RegExp(`\\b${snake(table)}\\b`, 'i').test(text));
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export interface Lexed {
  /** The source with comments and the text of string, template and regex literals blanked; same offsets. */
  readonly bare: string;
  /** String literals ('…' and "…", and templates without substitutions) by the offset of their opening quote. */
  readonly strings: readonly { offset: number; value: string }[];
  /** Templates tagged `sql` (or `sql<T>`): their literal text, substitutions left out. */
  readonly sqlTemplates: readonly { offset: number; text: string }[];
}

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

/**
 * Blanks comments and literal text. A quoted string ends at its line's end even without its closing
 * quote, so an apostrophe in JSX text costs at most the rest of that line.
 */
export function lex(text: string): Lexed {
  const bare = text.split('');
  const strings: { offset: number; value: string }[] = [];
  const sqlTemplates: { offset: number; text: string }[] = [];
  // Code at the top or inside `${…}` (with its open braces counted), or template text.
  type Frame = { kind: 'code'; braces: number } | { kind: 'template'; offset: number; text: string[]; sql: boolean; plain: boolean };
  const stack: Frame[] = [{ kind: 'code', braces: 0 }];
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (bare[k] !== '\n') bare[k] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const frame = stack[stack.length - 1]!;
    const c = text[i]!;
    if (frame.kind === 'template') {
      if (c === '\\') {
        frame.text.push(text.slice(i, i + 2));
        blank(i, i + 2);
        i += 2;
      } else if (c === '`') {
        stack.pop();
        if (frame.sql) sqlTemplates.push({ offset: frame.offset, text: frame.text.join('') });
        if (frame.plain) strings.push({ offset: frame.offset, value: frame.text.join('') });
        i++;
      } else if (c === '$' && text[i + 1] === '{') {
        frame.text.push(' ');
        frame.plain = false;
        stack.push({ kind: 'code', braces: 0 });
        i += 2;
      } else {
        frame.text.push(c);
        blank(i, i + 1);
        i++;
      }
      continue;
    }
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c && text[j] !== '\n') {
        if (text[j] === '\\') {
          value += text[j + 1] ?? '';
          j += 2;
        } else value += text[j++];
      }
      strings.push({ offset: i, value });
      blank(i + 1, Math.min(j, text.length));
      i = j + (text[j] === c ? 1 : 0);
    } else if (c === '`') {
      const before = bare.slice(Math.max(0, i - 200), i).join('');
      const sql = /\bsql\s*(?:<[^`;]*>)?\s*$/.test(before);
      stack.push({ kind: 'template', offset: i, text: [], sql, plain: true });
      i++;
    } else if (c === '/' && startsRegex(bare, i)) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n') {
        if (text[j] === '\\') j += 2;
        else if (text[j] === '[') (inClass = true), j++;
        else if (text[j] === ']') (inClass = false), j++;
        else if (text[j] === '/' && !inClass) break;
        else j++;
      }
      blank(i + 1, Math.min(j, text.length));
      i = j + 1;
    } else {
      if (c === '{') frame.braces++;
      else if (c === '}') {
        if (frame.braces === 0 && stack.length > 1) {
          stack.pop();
          i++;
          continue;
        }
        frame.braces--;
      }
      i++;
    }
  }
  return { bare: bare.join(''), strings, sqlTemplates };
}

/** Whether a `/` at `i` opens a regular expression rather than dividing, from the code before it. */
function startsRegex(bare: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(bare[j]!)) j--;
  if (j < 0) return true;
  const prev = bare[j]!;
  if (/[\w$]/.test(prev)) {
    let k = j;
    while (k >= 0 && /[\w$]/.test(bare[k]!)) k--;
    return REGEX_AFTER_WORD.has(bare.slice(k + 1, j + 1).join(''));
  }
  return !/[)\]}'"`]/.test(prev);
}
