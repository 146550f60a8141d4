/**
 * Whether a write failed on a unique key, on either database: PostgreSQL's SQLSTATE 23505, or
 * SQLite's extended result codes through better-sqlite3.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
