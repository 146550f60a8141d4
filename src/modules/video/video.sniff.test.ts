import { describe, expect, it } from 'vitest';
import { sniffVideoType } from './video.sniff.ts';

/** An ftyp box with these brands, padded as a file's first 64 bytes would be. */
const ftyp = (major: string, ...compatible: string[]) => {
  const body = Buffer.from(major + '\0\0\0\0' + compatible.join(''), 'latin1');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + body.length);
  return Buffer.concat([size, Buffer.from('ftyp'), body, Buffer.alloc(32)]);
};

describe('sniffVideoType', () => {
  it('knows MP4, QuickTime and WebM/Matroska by their first bytes', () => {
    expect(sniffVideoType(ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'))).toBe('mp4');
    expect(sniffVideoType(ftyp('mp42', 'mp42', 'isom'))).toBe('mp4');
    expect(sniffVideoType(ftyp('3gp4', '3gp4'))).toBe('mp4');
    expect(sniffVideoType(ftyp('qt  ', 'qt  '))).toBe('mov');
    expect(sniffVideoType(Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('wide'), Buffer.alloc(8)]))).toBe('mov');
    const ebml = (docType: string) => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x80 | docType.length]), Buffer.from(docType), Buffer.alloc(40)]);
    expect(sniffVideoType(ebml('webm'))).toBe('webm');
    expect(sniffVideoType(ebml('matroska'))).toBe('webm');
  });

  it('refuses images, audio-only MP4, markup and short files', () => {
    expect(sniffVideoType(ftyp('avif', 'avif', 'mif1', 'miaf'))).toBeUndefined();
    expect(sniffVideoType(ftyp('heic', 'mif1', 'heic'))).toBeUndefined();
    expect(sniffVideoType(ftyp('M4A ', 'M4A ', 'mp42', 'isom').subarray(0, 16))).toBeUndefined();
    expect(sniffVideoType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))).toBeUndefined();
    expect(sniffVideoType(Buffer.from('<!doctype html><html><body>not a video</body></html>'))).toBeUndefined();
    expect(sniffVideoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
    expect(sniffVideoType(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBeUndefined();
    expect(sniffVideoType(Buffer.alloc(0))).toBeUndefined();
  });
});
