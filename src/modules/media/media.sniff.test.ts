import { describe, expect, it } from 'vitest';
import { sniffImageType } from './media.sniff.ts';
import { toDisplayName } from './media.upload.ts';

const ftyp = (major: string, ...compatible: string[]) => {
  const box = Buffer.alloc(16 + compatible.length * 4);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + i * 4, 'latin1'));
  return box;
};

describe('sniffImageType', () => {
  it('recognises each accepted type by its first bytes alone', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffImageType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('gif');
    expect(sniffImageType(Buffer.from('GIF87a\x01\x00', 'latin1'))).toBe('gif');
    expect(sniffImageType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffImageType(ftyp('avif', 'mif1', 'miaf'))).toBe('avif');
    expect(sniffImageType(ftyp('mif1', 'avif'))).toBe('avif');
    expect(sniffImageType(ftyp('heic', 'mif1'))).toBe('heif');
  });

  it('refuses SVG, HTML, text, video and anything else, whatever it claims to be', () => {
    const refused = [
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '<?xml version="1.0"?><svg/>',
      '<!DOCTYPE html><script>alert(1)</script>',
      'WEBVTT\n\n00:00.000 --> 00:01.000\n<script>',
      '\ufeffGIF89a',
      'RIFF\x00\x00\x00\x00WAVEfmt ',
      'PK\x03\x04',
      '%PDF-1.7',
      '',
    ].map((s) => Buffer.from(s, 'latin1'));
    refused.push(ftyp('isom', 'mp42'), ftyp('qt  '), Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from([0xff, 0xd8]));
    for (const bytes of refused) expect(sniffImageType(bytes), bytes.toString('latin1')).toBeUndefined();
  });
});

describe('toDisplayName', () => {
  it('keeps a readable name and never a path, control, bidi or zero-width character', () => {
    expect(toDisplayName('Été à Genève.JPG')).toBe('Été à Genève.JPG');
    expect(toDisplayName('E\u0301te\u0301.png')).toBe('Été.png');
    expect(toDisplayName('../../etc/passwd')).toBe('passwd');
    expect(toDisplayName('C:\\Users\\x\\photo.jpg')).toBe('photo.jpg');
    expect(toDisplayName('photo\u202Egpj.exe')).toBe('photogpj.exe');
    expect(toDisplayName('a\u0000b\r\nc\u2028d\u200Be\uFEFF.jpg')).toBe('a b c de.jpg');
    expect(toDisplayName('\ud800broken.jpg')).toBe('broken.jpg');
    expect(toDisplayName('')).toBe('image');
    expect(toDisplayName(undefined)).toBe('image');
    expect(toDisplayName('..')).toBe('image');
    expect(Array.from(toDisplayName('é'.repeat(400))).length).toBe(120);
  });
});
