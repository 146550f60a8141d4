import { describe, expect, it } from 'vitest';
import { isAppError } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor, paginate } from './cursor.ts';

const items = [
  { id: 'c', position: 1 },
  { id: 'a', position: 2 },
  { id: 'b', position: 1 },
  { id: 'd', position: 0 },
];
const byPosition = (item: { id: string; position: number }) => [item.position, item.id] as const;

describe('cursor pagination', () => {
  it('walks every item once, in sort order with the id breaking ties', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = paginate(items, { scope: 't', keyOf: byPosition, cursor, limit: 3 });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toEqual(['d', 'b', 'c', 'a']);
  });

  it('reverses the sort value but not the tie-breaker when descending', () => {
    const page = paginate(items, { scope: 't', keyOf: byPosition, cursor: undefined, limit: 10, descending: true });
    expect(page.items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(page.nextCursor).toBeNull();
  });

  it('gives no next cursor when the last page is exactly full', () => {
    const first = paginate(items, { scope: 't', keyOf: byPosition, cursor: undefined, limit: 2 });
    const second = paginate(items, { scope: 't', keyOf: byPosition, cursor: first.nextCursor!, limit: 2 });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a cursor of another listing, or one that is not a cursor', () => {
    const other = encodeCursor('other', [1, 'x']);
    for (const bad of [other, 'bm90LWpzb24', Buffer.from('{"s":"t","k":[{},"x"]}').toString('base64url'), '']) {
      let caught: unknown;
      try {
        decodeCursor('t', bad);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) && caught.code).toBe('HTTP_BAD_REQUEST');
    }
  });
});
