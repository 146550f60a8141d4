import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOpened } from '../../../test/helpers/test-media.ts';
import { readAttackList } from '../../../test/helpers/attacks.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { SYSTEM, type Actor, type Role } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { renderDemoPdf } from '../demo/index.ts';
import { createFilesModule, sniffFileType, STORED_FILE_PATTERN, type FilesModule } from './index.ts';

const PDF = renderDemoPdf({ title: 'Rapport « essentiel »', paragraphs: ['Un paragraphe (avec des parenthèses) et des accents : é, à, ç.'], lang: 'fr' });
/** Chunks as a network upload delivers them. */
const streamOf = (bytes: Buffer, size = 7) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));
const person = (role: Role): Actor => ({ kind: 'user', id: `u-${role}`, role, locales: role === 'translator' ? ['fr'] : [] });

describe('PDF sniffing', () => {
  it('knows a PDF by its %PDF- header and version, whatever it is called', () => {
    expect(sniffFileType(PDF)).toBe('pdf');
    expect(sniffFileType(Buffer.from('%PDF-2.0\n'))).toBe('pdf');
  });

  it('refuses HTML, a script, an image, text that mentions %PDF- later, and a header without a version', () => {
    for (const text of ['<html><script>alert(1)</script>', '#!/bin/sh\n', ' %PDF-1.7', '\ufeff%PDF-1.7', 'Hello %PDF-1.4', '%PDF-', '%PDF-x.y', '%!PS-Adobe-3.0']) {
      expect(sniffFileType(Buffer.from(text)), text).toBeUndefined();
    }
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeUndefined();
  });
});

describe('the demo PDF', () => {
  it('has a cross-reference table whose offsets point at its objects', () => {
    const text = PDF.toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = text.slice(startxref).split('\n').slice(3, 10);
    entries.forEach((entry, index) => expect(text.slice(Number(entry.slice(0, 10)), Number(entry.slice(0, 10)) + 8)).toBe(`${index + 1} 0 obj\n`));
    // The stream's declared length is its real length.
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
    const start = text.indexOf('stream\n') + 7;
    expect(text.slice(start + length, start + length + 10)).toBe('\nendstream');
  });
});

describeEachDatabase('file uploads', (dialect) => {
  let database: Database;
  let audit: AuditModule;
  let files: FilesModule;
  let dir: string;
  const stored = () => fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => !fs.statSync(path.join(dir, f)).isDirectory());

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-files-test-'));
    audit = createAuditModule({ db: database.db, clock: systemClock });
    files = createFilesModule({ db: database.db, clock: systemClock, audit, mediaDir: dir, maxUploadBytes: 4096 });
  });
  afterEach(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('streams a PDF in, stores it once under its sha-256 and records who uploaded it', async () => {
    const file = await files.createFileFromUpload(streamOf(PDF), { actor: person('editor'), fileName: 'C:\\Users\\me\\rapport.pdf' });
    expect(file).toMatchObject({ displayName: 'rapport.pdf', type: 'pdf', mime: 'application/pdf', bytes: PDF.length });
    expect(file.file).toMatch(STORED_FILE_PATTERN);
    expect((await readOpened(await files.openFile(file.file)))?.equals(PDF)).toBe(true);
    const again = await files.createFileFromUpload([PDF], { actor: person('editor'), fileName: 'copie.pdf' });
    expect(again.id).not.toBe(file.id);
    expect(again.file).toBe(file.file);
    expect(stored()).toEqual([path.join('files', file.file)]);
    expect(await files.getFile(file.id)).toEqual(file);
    expect((await files.listFiles({ limit: 10, offset: 0 })).total).toBe(2);
    const [entry] = (await audit.list({ action: 'file.uploaded' })).entries;
    expect(entry).toMatchObject({ actorId: 'u-editor', details: { bytes: PDF.length, mime: 'application/pdf' } });
  });

  it('refuses a non-PDF named .pdf, an empty file and one over the limit, keeping nothing', async () => {
    const html = Buffer.from('<!DOCTYPE html><title>x</title><script>alert(document.cookie)</script>');
    await expect(files.createFileFromUpload(streamOf(html), { actor: SYSTEM, fileName: 'report.pdf' })).rejects.toMatchObject({ code: 'FILE_UNSUPPORTED_TYPE', kind: 'validation' });
    await expect(files.createFileFromUpload([], { actor: SYSTEM, fileName: 'empty.pdf' })).rejects.toMatchObject({ code: 'FILE_UPLOAD_EMPTY' });
    await expect(files.createFileFromUpload([Buffer.alloc(0)], { actor: SYSTEM, fileName: 'empty.pdf' })).rejects.toMatchObject({ code: 'FILE_UPLOAD_EMPTY' });
    const big = Buffer.concat([PDF, Buffer.alloc(5000, 0x20)]);
    await expect(files.createFileFromUpload(streamOf(big, 1024), { actor: SYSTEM, fileName: 'big.pdf' })).rejects.toMatchObject({ code: 'FILE_UPLOAD_TOO_LARGE' });
    expect(stored()).toEqual([]);
    expect((await files.listFiles({ limit: 10, offset: 0 })).total).toBe(0);
    expect((await audit.list()).entries).toEqual([]);
  });

  it('keeps hostile file names for display only: the stored name is the hash', async () => {
    const names = readAttackList('evil-filenames.txt');
    expect(names.length).toBeGreaterThan(100);
    for (const name of names.slice(0, 60)) {
      const file = await files.createFileFromUpload([PDF], { actor: SYSTEM, fileName: name });
      expect(file.file).toMatch(STORED_FILE_PATTERN);
      expect(file.displayName).not.toMatch(/[/\\\u0000-\u001f\u202e\u200b]/);
      expect(file.displayName.length).toBeLessThanOrEqual(120);
    }
    expect(new Set(stored())).toEqual(new Set([path.join('files', `${(await files.listFiles({ limit: 1, offset: 0 })).rows[0]!.hash}.pdf`)]));
  });

  it('refuses uploads by a translator, a reviewer or a read-only token before reading a byte', async () => {
    const refused: Actor[] = [person('translator'), person('reviewer'), { kind: 'token', id: 'token:t1', tokenId: 't1', scopes: ['read'], locales: null }];
    for (const actor of refused) {
      let read = false;
      const source = (async function* () {
        read = true;
        yield PDF;
      })();
      await expect(files.createFileFromUpload(source, { actor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
      expect(read).toBe(false);
    }
    expect(stored()).toEqual([]);
  });

  it('opens only names it writes', async () => {
    fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'files', `${'a'.repeat(64)}.pdf`), PDF);
    for (const name of ['../x.pdf', 'a.pdf', `${'a'.repeat(64)}.PDF`, `${'a'.repeat(64)}.pdf/..`, '.incoming']) expect(await files.openFile(name), name).toBeUndefined();
    expect((await readOpened(await files.openFile(`${'a'.repeat(64)}.pdf`)))?.equals(PDF)).toBe(true);
    expect(await files.openFile(`${'b'.repeat(64)}.pdf`)).toBeUndefined();
  });
});
