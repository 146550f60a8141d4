/**
 * A d3-geo path context that writes SVG path data in relative coordinates at one decimal:
 * "m12.3,45.6 1.2-.5-3 4Z" instead of "M12.3,45.6L13.5,45.1L10.5,49.1Z". Small deltas need fewer
 * digits than absolute positions, so the map weighs about a third less before compression.
 * Each point is rounded in absolute terms and the delta taken from the previous rounded point,
 * so rounding never accumulates; repeated points (after rounding) are dropped.
 */
export class RelativePathContext {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  beginPath(): void {
    // Every shape starts with moveTo; nothing to do.
  }

  moveTo(x: number, y: number): void {
    const [rx, ry] = [tenths(x), tenths(y)];
    this.parts.push(`m${pair(rx - this.x, ry - this.y)}`);
    this.x = this.startX = rx;
    this.y = this.startY = ry;
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [tenths(x), tenths(y)];
    if (rx === this.x && ry === this.y) return;
    this.parts.push(pair(rx - this.x, ry - this.y, true));
    this.x = rx;
    this.y = ry;
  }

  closePath(): void {
    this.parts.push('z');
    // After "z" the current point is the subpath's start (SVG 2, 9.3.4).
    this.x = this.startX;
    this.y = this.startY;
  }

  arc(): void {
    // Only point geometries draw arcs; the map has none.
  }

  /** The path data written so far, and a fresh start for the next shape. */
  take(): string {
    const d = this.parts.join('');
    this.parts = [];
    this.x = this.y = this.startX = this.startY = 0;
    return d;
  }
}

/** Positions in tenths of a unit, as integers, so that sums and differences stay exact. */
function tenths(value: number): number {
  return Math.round(value * 10);
}

function pair(dx: number, dy: number, separate = false): string {
  const a = number(dx);
  const b = number(dy);
  // A minus sign separates two numbers by itself; anything else needs a space or a comma.
  const first = separate && !a.startsWith('-') ? ` ${a}` : a;
  return `${first}${b.startsWith('-') ? b : `,${b}`}`;
}

/** Tenths as the shortest decimal: 5 → ".5", -12 → "-1.2", 30 → "3". */
function number(t: number): string {
  const text = (t / 10).toString();
  return text.startsWith('0.') ? text.slice(1) : text.startsWith('-0.') ? `-${text.slice(2)}` : text;
}
