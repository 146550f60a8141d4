import type { VideoSourceType } from './video.types.ts';

/** Enough for an ISO-BMFF `ftyp` box with a dozen brands, and for an EBML header's DocType. */
export const VIDEO_SNIFF_BYTES = 64;

// ISO/IEC 14496-12/14 and 3GPP brands: MP4 as phones and editors write it. 3GP is the same
// container, and cheap phones still record it.
const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9', 'mp41', 'mp42', 'avc1', 'dash',
  'M4V ', 'M4VH', 'M4VP', 'mmp4', 'msnv', 'MSNV', 'XAVC', '3gp4', '3gp5', '3gp6', '3g2a', 'f4v ',
]);
// Still images in the same container (HEIF/AVIF): never a video, whatever else they list.
const IMAGE_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
// QuickTime files older than the `ftyp` box start straight with one of these atoms.
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip']);
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

/**
 * The video container the file's first bytes declare, or undefined for anything else (images,
 * HTML, SVG, audio-only M4A…). The file's name and its declared type are never consulted; the
 * streams inside are checked later by ffprobe.
 */
export function sniffVideoType(head: Uint8Array): VideoSourceType | undefined {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.length >= 4 && EBML_MAGIC.every((b, i) => bytes[i] === b)) return sniffEbml(bytes);
  if (bytes.length < 12) return undefined;
  const box = bytes.subarray(4, 8).toString('latin1');
  if (box === 'ftyp') return sniffBrands(bytes);
  if (QUICKTIME_ATOMS.has(box)) return 'mov';
  return undefined;
}

/** `ftyp`: size, 'ftyp', major brand, minor version, then compatible brands up to the box's end. */
function sniffBrands(bytes: Buffer): VideoSourceType | undefined {
  const major = bytes.subarray(8, 12).toString('latin1');
  if (major === 'qt  ') return 'mov';
  const boxEnd = Math.min(bytes.readUInt32BE(0), bytes.length);
  const brands = [major];
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) brands.push(bytes.subarray(offset, offset + 4).toString('latin1'));
  if (!MP4_BRANDS.has(major) && brands.some((brand) => IMAGE_BRANDS.has(brand))) return undefined;
  if (brands.some((brand) => MP4_BRANDS.has(brand))) return 'mp4';
  if (brands.includes('qt  ')) return 'mov';
  return undefined;
}

/** EBML header: the DocType element (0x4282) says "webm" or "matroska". */
function sniffEbml(bytes: Buffer): VideoSourceType | undefined {
  const docType = bytes.indexOf(Buffer.from([0x42, 0x82]));
  if (docType < 0) return undefined;
  const text = bytes.subarray(docType + 3, docType + 3 + 8).toString('latin1');
  return text.startsWith('webm') || text.startsWith('matroska') ? 'webm' : undefined;
}
