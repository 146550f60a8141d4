import { describe, expect, it } from 'vitest';
import { diffLines, diffWords } from './text-diff.ts';

describe('text differences', () => {
  it('marks the words that went and the words that came, keeping the rest', () => {
    expect(diffWords('the quick brown fox', 'the slow brown dog jumps')).toEqual({
      before: [
        { kind: 'same', text: 'the ' },
        { kind: 'removed', text: 'quick' },
        { kind: 'same', text: ' brown ' },
        { kind: 'removed', text: 'fox' },
      ],
      after: [
        { kind: 'same', text: 'the ' },
        { kind: 'added', text: 'slow' },
        { kind: 'same', text: ' brown ' },
        { kind: 'added', text: 'dog jumps' },
      ],
    });
  });

  it('pairs a changed line with its new version and shows added lines alone', () => {
    const rows = diffLines('## Title\n\nOne two three.', '## Title\n\nOne 2 three.\n\n- new item');
    expect(rows.map((r) => r.changed)).toEqual([false, false, true, true, true]);
    expect(rows[2]?.before).toContainEqual({ kind: 'removed', text: 'two' });
    expect(rows[2]?.after).toContainEqual({ kind: 'added', text: '2' });
    expect(rows[4]).toEqual({ before: null, after: [{ kind: 'added', text: '- new item' }], changed: true });
  });

  it('gives back each text when its segments are joined', () => {
    const a = 'Alpha beta\n\ngamma delta epsilon\n\nzeta';
    const b = 'Alpha\n\ngamma DELTA epsilon eta\n\ntheta\n\nzeta';
    const rows = diffLines(a, b);
    const join = (side: 'before' | 'after') => rows.filter((r) => r[side]).map((r) => r[side]!.map((s) => s.text).join('')).join('\n');
    expect(join('before')).toBe(a);
    expect(join('after')).toBe(b);
  });

  it('finds no change between equal texts', () => {
    expect(diffLines('same\n\ntext', 'same\n\ntext').every((r) => !r.changed)).toBe(true);
  });
});
