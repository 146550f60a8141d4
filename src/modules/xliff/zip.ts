import { zipSync } from 'fflate';

/**
 * Several exchange files (one per target locale) as one zip download. Names are reduced to a
 * plain file name so a job title cannot place an entry outside the folder it is unpacked in.
 */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array | string }[]): Buffer {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    let name = safeName(file.name);
    for (let n = 2; name in entries; n++) name = safeName(file.name).replace(/(\.[^.]*)?$/, (ext) => `-${n}${ext}`);
    entries[name] = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
  }
  return Buffer.from(zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }));
}

function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '_').replace(/^\.+/, '').slice(0, 120);
  return clean || 'file';
}
