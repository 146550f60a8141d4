/** Line and word differences between two texts, for side-by-side revision comparison. */

export type SegmentKind = 'same' | 'removed' | 'added';

export interface Segment {
  readonly kind: SegmentKind;
  readonly text: string;
}

/** One line of the side-by-side view: the old line (or none) and the new line (or none). */
export interface DiffRow {
  readonly before: readonly Segment[] | null;
  readonly after: readonly Segment[] | null;
  readonly changed: boolean;
}

type Op = { kind: 'same'; a: number; b: number } | { kind: 'removed'; a: number } | { kind: 'added'; b: number };

// Past this many cells the comparison of the unequal middle would cost too much memory; it is
// then shown as removed then added, which is still correct, only coarser.
const MAX_CELLS = 2_000_000;

/** Words compared one by one: `before` marks what went, `after` what came. */
export function diffWords(a: string, b: string): { before: Segment[]; after: Segment[] } {
  const left = tokenize(a);
  const right = tokenize(b);
  const before: Segment[] = [];
  const after: Segment[] = [];
  for (const op of diffSequences(left, right)) {
    if (op.kind === 'same') {
      push(before, 'same', left[op.a] ?? '');
      push(after, 'same', right[op.b] ?? '');
    } else if (op.kind === 'removed') push(before, 'removed', left[op.a] ?? '');
    else push(after, 'added', right[op.b] ?? '');
  }
  return { before, after };
}

/**
 * Lines compared first; a run of removed lines facing a run of added ones is paired line by
 * line and compared word by word, so a one-word edit in a paragraph shows as that word.
 */
export function diffLines(a: string, b: string): DiffRow[] {
  const left = a.split('\n');
  const right = b.split('\n');
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) {
      const words = diffWords(removed[i] ?? '', added[i] ?? '');
      rows.push({ before: words.before, after: words.after, changed: true });
    }
    for (const line of removed.slice(paired)) rows.push({ before: [{ kind: 'removed', text: line }], after: null, changed: true });
    for (const line of added.slice(paired)) rows.push({ before: null, after: [{ kind: 'added', text: line }], changed: true });
    removed = [];
    added = [];
  };
  for (const op of diffSequences(left, right)) {
    if (op.kind === 'removed') removed.push(left[op.a] ?? '');
    else if (op.kind === 'added') added.push(right[op.b] ?? '');
    else {
      flush();
      const line = left[op.a] ?? '';
      rows.push({ before: [{ kind: 'same', text: line }], after: [{ kind: 'same', text: line }], changed: false });
    }
  }
  flush();
  return rows;
}

/** Shortest edit between two sequences by longest common subsequence, common ends trimmed first. */
function diffSequences(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: 'same', a: i, b: i });
  ops.push(...middle(a, b, start, endA, endB));
  for (let i = 0; endA + i < a.length; i++) ops.push({ kind: 'same', a: endA + i, b: endB + i });
  return ops;
}

function middle(a: readonly string[], b: readonly string[], start: number, endA: number, endB: number): Op[] {
  const n = endA - start;
  const m = endB - start;
  const ops: Op[] = [];
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (let i = start; i < endA; i++) ops.push({ kind: 'removed', a: i });
    for (let j = start; j < endB; j++) ops.push({ kind: 'added', b: j });
    return ops;
  }
  // lengths[i][j]: longest common subsequence of a[start+i..] and b[start+j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[start + i] === b[start + j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      ops.push({ kind: 'same', a: start + i++, b: start + j++ });
    } else if (j < m && (i === n || (lengths[i * width + j + 1] ?? 0) >= (lengths[(i + 1) * width + j] ?? 0))) {
      ops.push({ kind: 'added', b: start + j++ });
    } else {
      ops.push({ kind: 'removed', a: start + i++ });
    }
  }
  return ops;
}

/** Words and the spaces between them, so joining the tokens gives the text back. */
function tokenize(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

function push(segments: Segment[], kind: SegmentKind, text: string): void {
  const last = segments[segments.length - 1];
  if (last && last.kind === kind) segments[segments.length - 1] = { kind, text: last.text + text };
  else segments.push({ kind, text });
}
