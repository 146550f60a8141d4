import { Type } from 'typebox';
import { badRequest } from '../http.errors.ts';

/**
 * Cursor pagination for the delivery API: items in a stable order (a sort value, then the id as
 * tie-breaker), and an opaque base64url cursor naming the last item a page held. A cursor made
 * for one listing is refused by another, so a client cannot mix them up unnoticed.
 */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
const MAX_CURSOR_LENGTH = 512;

export const CURSOR_QUERY = {
  cursor: Type.Optional(
    Type.String({ maxLength: MAX_CURSOR_LENGTH, pattern: '^[A-Za-z0-9_-]+$', description: 'The `nextCursor` of the previous page; omit for the first page.' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Items per page, 1–${MAX_LIMIT}.` })),
};

/** A position in a listing: the sort value, then the id. */
export type SortKey = readonly [string | number, string];

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export function encodeCursor(scope: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ s: scope, k: key }), 'utf8').toString('base64url');
}

/** @throws HTTP_BAD_REQUEST for a cursor that is not one this listing made */
export function decodeCursor(scope: string, cursor: string): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof parsed !== 'object' || parsed === null || !('s' in parsed) || !('k' in parsed) || parsed.s !== scope) throw invalidCursor();
  const key: unknown = parsed.k;
  if (!Array.isArray(key) || key.length !== 2) throw invalidCursor();
  const [value, id]: unknown[] = key;
  if ((typeof value !== 'string' && typeof value !== 'number') || typeof id !== 'string') throw invalidCursor();
  return [value, id];
}

/**
 * One page of `items` (any order): sorted by `keyOf` (ascending; `descending` reverses the sort
 * value, never the id), starting after the cursor's item.
 */
export function paginate<T>(
  items: readonly T[],
  options: { scope: string; keyOf: (item: T) => SortKey; cursor: string | undefined; limit: number | undefined; descending?: boolean },
): Page<T> {
  const { scope, keyOf, descending = false } = options;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const compare = (a: SortKey, b: SortKey): number => {
    const byValue = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
    if (byValue !== 0) return descending ? -byValue : byValue;
    return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  };
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compare(a.key, b.key));
  const after = options.cursor === undefined ? undefined : decodeCursor(scope, options.cursor);
  const rest = after === undefined ? keyed : keyed.filter((entry) => compare(entry.key, after) > 0);
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((entry) => entry.item),
    nextCursor: rest.length > limit && last ? encodeCursor(scope, last.key) : null,
  };
}

function invalidCursor() {
  return badRequest('querystring.cursor', 'is not a cursor this listing gave');
}
