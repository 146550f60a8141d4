import type { Writable } from 'node:stream';

/**
 * A small streaming tar (POSIX ustar, with pax headers for long names and sizes): the archive
 * holds only regular files, written one after the other without buffering any of them whole.
 */

const BLOCK = 512;
const MAX_OCTAL_SIZE = 0o77777777777;

export class TarError extends Error {
  override name = 'TarError';
}

export interface TarWriter {
  /** Appends a file of `size` bytes read from `body`. @throws when the body is not exactly `size` bytes */
  add(name: string, size: number, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void>;
  /** Writes the two empty blocks that end an archive. */
  finish(): Promise<void>;
}

export function createTarWriter(out: Writable): TarWriter {
  const write = (chunk: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      const ok = out.write(chunk, (error) => (error ? reject(error) : undefined));
      if (ok) resolve();
      else out.once('drain', resolve);
    });
  return {
    async add(name, size, body) {
      const pax: string[] = [];
      const { ustarName, prefix } = splitName(name);
      if (ustarName === undefined) pax.push(paxRecord('path', name));
      if (size > MAX_OCTAL_SIZE) pax.push(paxRecord('size', String(size)));
      if (pax.length > 0) {
        const data = Buffer.from(pax.join(''), 'utf8');
        await write(header('PaxHeader', data.length, 'x', ''));
        await write(data);
        await write(padding(data.length));
      }
      await write(header(ustarName ?? name.slice(-100), size > MAX_OCTAL_SIZE ? 0 : size, '0', prefix));
      let written = 0;
      for await (const chunk of body) {
        written += chunk.length;
        if (written > size) throw new TarError(`${name} grew while it was being archived`);
        await write(chunk);
      }
      if (written !== size) throw new TarError(`${name} changed size while it was being archived (${written} of ${size} bytes)`);
      await write(padding(size));
    },
    async finish() {
      await write(Buffer.alloc(BLOCK * 2));
    },
  };
}

/** What a reader does with one entry's bytes, chunk by chunk. */
export interface TarEntrySink {
  write(chunk: Buffer): Promise<void> | void;
  end(): Promise<void> | void;
}

/**
 * Reads a tar stream entry by entry, handing each entry's bytes to the sink `onEntry` returns.
 * @throws TarError for a damaged header or an archive that stops before its end blocks
 */
export async function readTar(input: AsyncIterable<Buffer>, onEntry: (name: string, size: number) => Promise<TarEntrySink> | TarEntrySink): Promise<void> {
  let pending: Buffer = Buffer.alloc(0);
  let sink: TarEntrySink | undefined;
  let remaining = 0;
  let pad = 0;
  let pax: Map<string, string> | undefined;
  let paxData: Buffer[] | undefined;
  let ended = false;
  for await (const chunk of input) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length > 0 && !ended) {
      if (remaining > 0) {
        const take = Math.min(remaining, pending.length);
        const part = pending.subarray(0, take);
        pending = pending.subarray(take);
        remaining -= take;
        if (paxData) paxData.push(part);
        else await sink?.write(part);
        if (remaining === 0) {
          if (paxData) {
            pax = parsePax(Buffer.concat(paxData));
            paxData = undefined;
          } else {
            await sink?.end();
            sink = undefined;
          }
        }
        continue;
      }
      if (pad > 0) {
        const take = Math.min(pad, pending.length);
        pending = pending.subarray(take);
        pad -= take;
        continue;
      }
      if (pending.length < BLOCK) break;
      const block = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      if (block.every((b) => b === 0)) {
        ended = true;
        break;
      }
      const entry = parseHeader(block);
      const size = pax?.has('size') ? Number(pax.get('size')) : entry.size;
      const name = pax?.get('path') ?? entry.name;
      pad = (BLOCK - (size % BLOCK)) % BLOCK;
      remaining = size;
      if (entry.type === 'x') {
        paxData = [];
        if (size === 0) pax = new Map();
        continue;
      }
      pax = undefined;
      if (entry.type !== '0' && entry.type !== '\0') throw new TarError(`the archive holds "${name}", which is not a regular file`);
      sink = await onEntry(name, size);
      if (size === 0) {
        await sink.end();
        sink = undefined;
      }
    }
  }
  if (!ended || remaining > 0) throw new TarError('the archive is truncated: it stops before its end');
}

function header(name: string, size: number, type: string, prefix: string): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'ascii');
  block.write('0000000\0', 108, 'ascii');
  block.write('0000000\0', 116, 'ascii');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  block.write('00000000000\0', 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(type, 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

function parseHeader(block: Buffer): { name: string; size: number; type: string } {
  const stored = parseInt(block.toString('ascii', 148, 156).replace(/[\0 ]+$/g, '').trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
  if (stored !== sum) throw new TarError('the archive is damaged: an entry header fails its checksum');
  const text = (start: number, length: number) => {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? length : end).toString('utf8');
  };
  const name = text(0, 100);
  const prefix = block.toString('ascii', 257, 262) === 'ustar' ? text(345, 155) : '';
  const size = parseInt(text(124, 12).trim() || '0', 8);
  return { name: prefix ? `${prefix}/${name}` : name, size, type: String.fromCharCode(block[156] as number) };
}

function splitName(name: string): { ustarName?: string; prefix: string } {
  if (Buffer.byteLength(name) <= 100) return { ustarName: name, prefix: '' };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { ustarName: rest, prefix };
  }
  return { prefix: '' };
}

/** "%d key=value\n" where %d counts the whole record, its own digits included. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return `${length}${body}`;
}

function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.toString('ascii', at, space));
    if (space === -1 || !(length > 0)) throw new TarError('the archive is damaged: a pax header cannot be read');
    const record = data.toString('utf8', space + 1, at + length - 1);
    const eq = record.indexOf('=');
    out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
