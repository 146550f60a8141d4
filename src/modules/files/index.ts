/** @module files — downloadable files (a publication's PDF per locale): uploads sniffed by their first bytes, size-limited, stored once under their sha-256. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { createLocalFileStore, type FileStore, type OpenedObject } from '../../platform/file-store/index.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/ids.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { receiveSniffedUpload, sweepIncoming, toDisplayName, type ReceivedUpload, type UploadSniffer } from '../media/index.ts';
import { authorize } from '../policy/index.ts';
import { emptyFileUpload, fileNotFound, fileUploadTooLarge, unsupportedFileType } from './files.errors.ts';
import { createFilesRepository, type FileRecord } from './files.repository.ts';
import { FILE_MIME, FILE_SNIFF_BYTES, sniffFileType } from './files.sniff.ts';
import type { FileType, StoredFile } from './files.types.ts';

export type { FileType, StoredFile };
export * from './files.errors.ts';
export { sniffFileType } from './files.sniff.ts';

/** 50 MiB: a long report with pictures; the size limit is `FILE_MAX_UPLOAD_MB`. */
export const DEFAULT_FILE_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** The names this module writes: a sha-256 and the type's extension. */
export const STORED_FILE_PATTERN = /^[a-f0-9]{64}\.pdf$/;

const FILE_SNIFFER: UploadSniffer<FileType> = {
  bytes: FILE_SNIFF_BYTES,
  sniff: sniffFileType,
  empty: emptyFileUpload,
  tooLarge: fileUploadTooLarge,
  unsupported: unsupportedFileType,
};

export function createFilesModule({
  db,
  clock,
  mediaDir,
  store: fileStore = createLocalFileStore(mediaDir),
  audit,
  maxUploadBytes = DEFAULT_FILE_MAX_UPLOAD_BYTES,
}: {
  db: Db;
  clock: Clock;
  /** Uploads are checked in a folder of it; the files go to `store` (by default, this folder). */
  mediaDir: string;
  store?: FileStore;
  audit: AuditModule;
  maxUploadBytes?: number;
}) {
  const repo = createFilesRepository(db);
  const filesDir = path.join(mediaDir, 'files');
  // Uploads land here while they are checked; a dot folder no stored name can reach.
  const incomingDir = path.join(filesDir, '.incoming');

  async function receive(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number) {
    await fs.mkdir(filesDir, { recursive: true });
    // File times are the system's, whatever clock the module was given.
    await sweepIncoming(incomingDir, new Date());
    return receiveSniffedUpload(source, { incomingDir, maxBytes, sniffer: FILE_SNIFFER });
  }

  /** Links the checked upload under its hash and commits its row (with the uploader's audit entry when given). */
  async function store(upload: ReceivedUpload<FileType>, displayName: string, uploadedBy?: { actor: Actor; unit?: UnitOfWork }): Promise<StoredFile> {
    try {
      // Named by content: the same PDF uploaded twice shares one copy.
      await fileStore.putFile(storeKey(storedName(upload.hash, upload.type)), upload.path, FILE_MIME[upload.type]);
      const record: FileRecord = { id: newId(), hash: upload.hash, displayName, fileType: upload.type, bytes: upload.bytes, createdAt: clock.now().toISOString() };
      await withUnitOfWork(db, uploadedBy?.unit, async ({ trx }) => {
        await createFilesRepository(trx).insert(record);
        if (uploadedBy) {
          const details = { fileId: record.id, bytes: record.bytes, mime: FILE_MIME[record.fileType] };
          await audit.record({ actorId: uploadedBy.actor.id, action: 'file.uploaded', details }, trx);
        }
      });
      return toStoredFile(record);
    } finally {
      await fs.rm(upload.path, { force: true });
    }
  }

  return {
    maxUploadBytes,

    /**
     * Stores an uploaded file: streamed to a private temporary file (never held whole in memory),
     * refused unless its first bytes are a PDF header, counted against the size limit as it
     * arrives. The row and its `file.uploaded` audit entry commit together.
     * @throws POLICY_FORBIDDEN (`content.edit`), FILE_UPLOAD_EMPTY, FILE_UPLOAD_TOO_LARGE, FILE_UNSUPPORTED_TYPE
     */
    async createFileFromUpload(
      source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
      { actor, fileName, unit }: { actor: Actor; fileName?: string; unit?: UnitOfWork },
    ): Promise<StoredFile> {
      // Refused before a byte is read: the caller discards the rest of the request.
      authorize(actor, 'content.edit');
      const upload = await receive(source, maxUploadBytes);
      return store(upload, displayNameOf(fileName), { actor, unit });
    },

    /**
     * Stores a file the application provides (the demo's PDFs): sniffed like an upload, without
     * an audit entry (no one uploaded it).
     * @throws FILE_UPLOAD_EMPTY, FILE_UNSUPPORTED_TYPE
     */
    async createFileFromBytes(bytes: Uint8Array, { displayName }: { displayName: string }): Promise<StoredFile> {
      const upload = await receive([bytes], Number.POSITIVE_INFINITY);
      return store(upload, displayNameOf(displayName));
    },

    /** @throws FILE_NOT_FOUND */
    async getFile(id: string): Promise<StoredFile> {
      const [file] = await repo.findMany([id]);
      if (!file) throw fileNotFound(id);
      return toStoredFile(file);
    },

    /** The files found among `ids` (unknown ids are left out), in no particular order; in `trx` when given. */
    async findFiles(ids: readonly string[], trx?: Db): Promise<StoredFile[]> {
      return (await (trx ? createFilesRepository(trx) : repo).findMany(ids)).map(toStoredFile);
    },

    /** The library, newest first. */
    async listFiles(page: { limit: number; offset: number }): Promise<{ rows: StoredFile[]; total: number }> {
      const { rows, total } = await repo.list({ limit: Math.min(Math.max(1, page.limit), 200), offset: Math.max(0, page.offset) });
      return { rows: rows.map(toStoredFile), total };
    },

    /** A stored file to describe and stream, or undefined for a missing one or any name this module did not write. */
    async openFile(name: string): Promise<OpenedObject | undefined> {
      return STORED_FILE_PATTERN.test(name) ? fileStore.open(storeKey(name)) : undefined;
    },
  };
}

export type FilesModule = ReturnType<typeof createFilesModule>;

/** Where a stored name lives in the file store (the `files` folder of the media). */
function storeKey(name: string): string {
  return `files/${name}`;
}

function storedName(hash: string, type: FileType): string {
  return `${hash}.${type}`;
}

function toStoredFile(record: FileRecord): StoredFile {
  return {
    id: record.id,
    displayName: record.displayName,
    type: record.fileType,
    mime: FILE_MIME[record.fileType],
    bytes: record.bytes,
    hash: record.hash,
    file: storedName(record.hash, record.fileType),
    createdAt: record.createdAt,
  };
}

/** The uploader's file name made safe to show; "document.pdf" when there is nothing left of it. */
function displayNameOf(raw: string | undefined): string {
  return toDisplayName(raw, 'document.pdf');
}

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['files'] as const satisfies readonly (keyof Schema)[];
