/**
 * Reads a decoded file one line at a time, accepting CRLF, CR and LF as the WebVTT spec does, and counts lines
 * so every problem can name its line in the original file. It never splits the whole file into an array.
 */
export class LineReader {
  /** Number of the line last returned (1-based); 0 before the first call. */
  line = 0;
  private position = 0;
  private pushedBack: string | undefined;
  private readonly pattern = /[^\r\n]*/y;

  constructor(private readonly text: string) {}

  next(): string | undefined {
    if (this.pushedBack !== undefined) {
      const line = this.pushedBack;
      this.pushedBack = undefined;
      this.line += 1;
      return line;
    }
    if (this.position >= this.text.length) return undefined;
    this.pattern.lastIndex = this.position;
    this.pattern.exec(this.text);
    const end = this.pattern.lastIndex;
    const line = this.text.slice(this.position, end);
    this.position = this.text.charCodeAt(end) === 13 && this.text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    this.line += 1;
    return line;
  }

  /** Gives the line back: a line with "-->" inside cue text starts the next cue (WebVTT "collect a block"). */
  unread(line: string): void {
    this.pushedBack = line;
    this.line -= 1;
  }
}

/** 1-based line of a character index, counting CRLF as one line end. */
export function lineAtIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line += 1;
  }
  return line;
}

/** 1-based line of a byte offset in undecoded input. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) line += 1;
  }
  return line;
}

