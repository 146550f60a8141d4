import type { FileType } from './files.types.ts';

/** `%PDF-1.7` and the line end after it. */
export const FILE_SNIFF_BYTES = 16;

/**
 * The file type the first bytes declare, or undefined for anything else. A PDF starts with
 * `%PDF-` and a version (ISO 32000-2 §7.5.2); readers tolerate junk before it, we do not, so an
 * HTML or script file renamed `.pdf` is never served as one. Name and declared type are never read.
 */
export function sniffFileType(head: Uint8Array): FileType | undefined {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).subarray(0, 8).toString('latin1');
  return /^%PDF-[12]\.\d/.test(text) ? 'pdf' : undefined;
}

export const FILE_MIME: Readonly<Record<FileType, string>> = { pdf: 'application/pdf' };
