/**
 * The archive's database-neutral values. Each column has a kind, read from the database's own
 * column type; a row is a JSON array in column order, each value written by its column's kind so
 * that it reads back the same in SQLite or PostgreSQL: integers past 2^53 as decimal strings,
 * non-finite reals as strings, booleans as true/false, JSON as its text, blobs as base64 and
 * timestamps as ISO-8601 text.
 */
export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'json' | 'blob' | 'timestamp';

export interface ColumnInfo {
  readonly name: string;
  readonly kind: ColumnKind;
}

export interface TableInfo {
  readonly name: string;
  readonly columns: readonly ColumnInfo[];
  readonly primaryKey: readonly string[];
}

export type ArchiveValue = string | number | boolean | null;

/** The kind of a SQLite column from its declared type (SQLite's own affinity rules, refined). */
export function sqliteKind(declared: string): ColumnKind {
  const type = declared.toUpperCase();
  if (type.includes('BOOL')) return 'boolean';
  if (type.includes('INT')) return 'integer';
  if (type.includes('JSON')) return 'json';
  if (type.includes('DATE') || type.includes('TIME')) return 'timestamp';
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'text';
  if (type.includes('BLOB')) return 'blob';
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB') || type.includes('NUM') || type.includes('DEC')) return 'real';
  return 'text';
}

/** The kind of a PostgreSQL column from its `udt_name`; anything else travels as its text form. */
export function postgresKind(udt: string): ColumnKind {
  if (['int2', 'int4', 'int8'].includes(udt)) return 'integer';
  if (['float4', 'float8', 'numeric'].includes(udt)) return 'real';
  if (udt === 'bool') return 'boolean';
  if (udt === 'json' || udt === 'jsonb') return 'json';
  if (udt === 'bytea') return 'blob';
  if (['timestamp', 'timestamptz', 'date'].includes(udt)) return 'timestamp';
  return 'text';
}

/** A value as read from either driver, written for the archive. */
export function encodeValue(value: unknown, kind: ColumnKind): ArchiveValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'integer': {
      const text = String(value);
      const number = Number(text);
      return Number.isSafeInteger(number) ? number : text;
    }
    case 'real': {
      const number = Number(value);
      return Number.isFinite(number) ? number : String(number);
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : Number(value) !== 0;
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'blob':
      return Buffer.isBuffer(value) ? value.toString('base64') : Buffer.from(String(value), 'utf8').toString('base64');
    case 'timestamp':
      return value instanceof Date ? value.toISOString() : String(value);
    default:
      return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
}

/** An archive value as a parameter for a column of `target` kind in the given database. */
export function decodeValue(value: ArchiveValue, from: ColumnKind, target: ColumnKind, dialect: 'sqlite' | 'postgres'): unknown {
  if (value === null) return null;
  switch (target) {
    case 'boolean': {
      const truth = typeof value === 'boolean' ? value : value !== 0 && value !== '0' && value !== 'false';
      return dialect === 'sqlite' ? (truth ? 1 : 0) : truth;
    }
    case 'integer':
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (typeof value === 'string' && dialect === 'sqlite') return /^-?\d+$/.test(value) ? BigInt(value) : value;
      return value;
    case 'real':
      return typeof value === 'string' && dialect === 'sqlite' ? Number(value) : value;
    case 'blob':
      return from === 'blob' ? Buffer.from(String(value), 'base64') : Buffer.from(String(value), 'utf8');
    default:
      if (from === 'blob') return Buffer.from(String(value), 'base64').toString('utf8');
      return typeof value === 'string' ? value : String(value);
  }
}
