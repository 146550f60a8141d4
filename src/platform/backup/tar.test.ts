import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTarWriter, readTar } from './tar.ts';

async function pack(entries: [string, Buffer][]): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (chunk: Buffer) => parts.push(chunk));
  const tar = createTarWriter(out);
  for (const [name, bytes] of entries) await tar.add(name, bytes.length, [bytes]);
  await tar.finish();
  return Buffer.concat(parts);
}

async function unpack(archive: Buffer): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const input = new PassThrough();
  input.end(archive);
  await readTar(input, (name) => {
    const parts: Buffer[] = [];
    return { write: (chunk) => void parts.push(Buffer.from(chunk)), end: () => void out.set(name, Buffer.concat(parts)) };
  });
  return out;
}

describe('tar', () => {
  const longName = `media/${'a'.repeat(120)}/${'é'.repeat(80)}.avif`;
  const entries: [string, Buffer][] = [
    ['db/empty.jsonl', Buffer.alloc(0)],
    ['db/documents.jsonl', Buffer.from('["a",1]\n'.repeat(300))],
    [longName, Buffer.from([0, 1, 2, 255])],
  ];

  it('reads back what it wrote, long and non-ASCII names included', async () => {
    expect([...(await unpack(await pack(entries)))]).toEqual(entries);
  });

  it('refuses an archive cut short, wherever it is cut', async () => {
    const archive = await pack(entries);
    for (const at of [100, 512, 1500, archive.length - 1024]) await expect(unpack(archive.subarray(0, at))).rejects.toThrow(/truncated/);
  });

  it('refuses a header whose checksum fails', async () => {
    const archive = await pack(entries);
    archive[3] = archive[3]! ^ 1;
    await expect(unpack(archive)).rejects.toThrow(/header fails its checksum/);
  });

  it('refuses an entry that is not the size it announced', async () => {
    const tar = createTarWriter(new PassThrough().resume());
    await expect(tar.add('x', 10, [Buffer.alloc(4)])).rejects.toThrow(/changed size/);
  });
});
