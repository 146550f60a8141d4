/** What the first bytes of an uploaded file say it is; only these are accepted (PDF for now). */
export type FileType = 'pdf';

/** A downloadable file: stored once under its content's hash, shown under its uploader's name. */
export interface StoredFile {
  readonly id: string;
  /** The uploader's file name, cleaned for display only: never a path, never used to store anything. */
  readonly displayName: string;
  readonly type: FileType;
  readonly mime: string;
  readonly bytes: number;
  /** sha-256 of the bytes, hex. */
  readonly hash: string;
  /** Name under the files folder, as `resolveFile` accepts it: `<hash>.pdf`. */
  readonly file: string;
  readonly createdAt: string;
}
