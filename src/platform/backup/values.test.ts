import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, postgresKind, sqliteKind } from './values.ts';

describe('archive values', () => {
  it('reads column kinds from either database', () => {
    expect(['TEXT', 'integer', 'bigint', 'double precision', 'BLOB', 'boolean', 'json'].map(sqliteKind)).toEqual(['text', 'integer', 'integer', 'real', 'blob', 'boolean', 'json']);
    expect(['text', 'int4', 'int8', 'float8', 'bytea', 'bool', 'jsonb', 'timestamptz'].map(postgresKind)).toEqual(['text', 'integer', 'integer', 'real', 'blob', 'boolean', 'json', 'timestamp']);
  });

  it('writes each kind the same whichever driver read it', () => {
    expect(encodeValue('42', 'integer')).toBe(42); // PostgreSQL's bigint arrives as text
    expect(encodeValue(2n ** 60n, 'integer')).toBe('1152921504606846976');
    expect(encodeValue(1, 'boolean')).toBe(true);
    expect(encodeValue({ a: 1 }, 'json')).toBe('{"a":1}');
    expect(encodeValue(Buffer.from([1, 2]), 'blob')).toBe('AQI=');
    expect(encodeValue(new Date('2026-12-03T10:00:00Z'), 'timestamp')).toBe('2026-12-03T10:00:00.000Z');
    expect(encodeValue(Number.NaN, 'real')).toBe('NaN');
  });

  it('turns them back into parameters each database takes', () => {
    expect(decodeValue(true, 'boolean', 'boolean', 'sqlite')).toBe(1);
    expect(decodeValue(1, 'integer', 'boolean', 'postgres')).toBe(true);
    expect(decodeValue('1152921504606846976', 'integer', 'integer', 'sqlite')).toBe(2n ** 60n);
    expect(decodeValue('AQI=', 'blob', 'blob', 'postgres')).toEqual(Buffer.from([1, 2]));
    expect(decodeValue(null, 'text', 'text', 'sqlite')).toBeNull();
  });
});
