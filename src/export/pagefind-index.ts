import * as pagefind from 'pagefind';

export interface IndexFile {
  /** Path inside the export, under `pagefind/`. */
  readonly path: string;
  readonly content: Buffer;
}

/**
 * Builds the Pagefind index of the exported HTML (only `<main data-pagefind-body>`, in each page's
 * `<html lang>`) and returns its files, with Pagefind's UI, for the export to write like any other.
 * @throws Error listing Pagefind's errors
 */
export async function indexWithPagefind(outDir: string): Promise<IndexFile[]> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: '**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the export: ${added.errors.join('; ')}`);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not build its index: ${fileErrors.join('; ')}`);
    return files.map((file) => ({ path: `pagefind/${file.path.replace(/^\/+/, '')}`, content: Buffer.from(file.content) }));
  } finally {
    // The index lives in a child process; closing it lets the command exit.
    await pagefind.close();
  }
}
