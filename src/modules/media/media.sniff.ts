import type { SourceType } from './media.types.ts';

/** How many leading bytes the sniffer looks at: enough for an ISO-BMFF `ftyp` box and its brands. */
export const SNIFF_BYTES = 64;

// HEIF family brands (ISO/IEC 23008-12 and the AVIF spec): still images and sequences.
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * The image type the file's first bytes declare, or undefined for anything else (SVG, HTML,
 * text, archives…). The file's name and the type its sender declared are never consulted.
 */
export function sniffImageType(head: Uint8Array): SourceType | undefined {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString('latin1');
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp') return sniffIsoBrands(bytes);
  return undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** `ftyp` box: size, 'ftyp', major brand, minor version, then compatible brands up to the box's end. */
function sniffIsoBrands(bytes: Buffer): SourceType | undefined {
  const boxEnd = Math.min(bytes.readUInt32BE(0), bytes.length);
  const brands = [bytes.subarray(8, 12).toString('latin1')];
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) brands.push(bytes.subarray(offset, offset + 4).toString('latin1'));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heif';
  return undefined;
}
