import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** What the last export wrote: each file's sha-256, so the next one writes only what changed. */
export interface ExportManifest {
  readonly version: 1;
  /** Output path (relative, `/`-separated) → sha-256 hex of its bytes and the encodings written beside it. */
  readonly files: Record<string, ManifestFile>;
  /** Site path → site path: answered with 301 by the web server. */
  readonly redirects: Record<string, string>;
  /** The site's enabled locales when it was exported, the default first: the web server's language choice and 404 pages. */
  readonly locales?: readonly ExportedLocale[];
  /** The state of the site and code the pages were rendered from (site-versions.ts). */
  readonly site?: string;
  /** Site path of an HTML page → what it showed and linked to, so an unchanged page need not be rendered. */
  readonly pages?: Record<string, ExportedPage>;
}

export interface ExportedLocale {
  /** BCP 47 tag (`zh-Hans`). */
  readonly code: string;
  /** Its folder and URL prefix (`zh`). */
  readonly prefix: string;
}

export interface ExportedPage {
  /** The hash of its page-cache tags' versions when it was rendered. */
  readonly version: string;
  readonly tags: readonly string[];
  /** Site paths it links to, followed again when the page is kept. */
  readonly links: readonly string[];
}

export interface ManifestFile {
  readonly sha256: string;
  readonly encodings: readonly Encoding[];
}

export type Encoding = 'br' | 'gz';

/** Bytes the application already compressed, used instead of compressing again. */
export interface Precompressed {
  readonly br?: Buffer;
  readonly gz?: Buffer;
}

export const MANIFEST_NAME = '.ensemble-export.json';
const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.xml', '.rss', '.atom', '.vtt', '.svg', '.json', '.txt', '.webmanifest']);
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Writes files into the export folder, skipping bytes it already holds, and removes what is no longer produced. */
export class ExportWriter {
  readonly written: string[] = [];
  readonly deleted: string[] = [];
  unchanged = 0;
  /** Files written, counting each `.br` and `.gz` beside them. */
  filesWritten = 0;
  bytes = 0;
  private readonly produced = new Map<string, ManifestFile>();
  private readonly redirects: Record<string, string> = {};
  private readonly pages = new Map<string, ExportedPage>();
  private site: string | undefined;
  private locales: readonly ExportedLocale[] | undefined;

  private constructor(
    readonly outDir: string,
    private readonly previous: ExportManifest,
  ) {}

  static async open(outDir: string): Promise<ExportWriter> {
    await fs.mkdir(outDir, { recursive: true });
    return new ExportWriter(outDir, await readManifest(outDir));
  }

  /** Whether the last export produced this file and it is still on disk (for files named by their content). */
  async hasUnchanged(file: string): Promise<boolean> {
    const entry = this.previous.files[file];
    if (!entry || !(await exists(path.join(this.outDir, file)))) return false;
    this.keep(file);
    return true;
  }

  /** Marks a file of the last export as produced again without looking at it. */
  keep(file: string): boolean {
    const entry = this.previous.files[file];
    if (!entry) return false;
    this.produced.set(file, entry);
    this.unchanged += 1;
    return true;
  }

  /** Paths of the last export whose name starts with `prefix`. */
  previousFiles(prefix: string): string[] {
    return Object.keys(this.previous.files).filter((file) => file.startsWith(prefix));
  }

  isProduced(file: string): boolean {
    return this.produced.has(file);
  }

  /** What the last export recorded of a page, when it was rendered from the same site and code. */
  previousPage(sitePath: string, site: string): ExportedPage | undefined {
    return this.previous.site === site ? this.previous.pages?.[sitePath] : undefined;
  }

  recordPage(sitePath: string, page: ExportedPage): void {
    this.pages.set(sitePath, page);
  }

  /** The site version saved with this export's manifest. */
  setSite(site: string): void {
    this.site = site;
  }

  setLocales(locales: readonly ExportedLocale[]): void {
    this.locales = locales;
  }

  addRedirect(from: string, to: string): void {
    this.redirects[from] = to;
  }

  /**
   * Writes `bytes` at `file` unless the last export wrote the same bytes there; text files get a
   * `.br` and a `.gz` beside them when those are smaller (taken from `precompressed` when given).
   * @returns whether anything was written
   */
  async write(file: string, bytes: Buffer, precompressed?: () => Promise<Precompressed>): Promise<boolean> {
    const target = resolveInside(this.outDir, file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const before = this.previous.files[file];
    if (before?.sha256 === sha256 && (await exists(target))) {
      this.produced.set(file, before);
      this.unchanged += 1;
      return false;
    }
    await writeAtomically(target, bytes);
    let written = 1;
    let size = bytes.length;
    const encodings: Encoding[] = [];
    if (TEXT_EXTENSIONS.has(path.extname(file).toLowerCase())) {
      const given = (await precompressed?.()) ?? {};
      const [br, gz] = await Promise.all([given.br ?? compressBrotli(bytes), given.gz ?? gzipAsync(bytes, { level: 9 })]);
      for (const [encoding, compressed] of [['br', br], ['gz', gz]] as const) {
        if (compressed.length < bytes.length) {
          await writeAtomically(`${target}.${encoding}`, compressed);
          encodings.push(encoding);
          written += 1;
          size += compressed.length;
        } else {
          await fs.rm(`${target}.${encoding}`, { force: true });
        }
      }
    }
    this.produced.set(file, { sha256, encodings });
    this.written.push(file);
    this.filesWritten += written;
    this.bytes += size;
    return true;
  }

  /** Deletes the files (and their encodings) the last export made that this one did not, then saves the manifest. */
  async finish(): Promise<void> {
    for (const [file, entry] of Object.entries(this.previous.files)) {
      if (this.produced.has(file)) continue;
      const target = resolveInside(this.outDir, file);
      await Promise.all([target, ...entry.encodings.map((e) => `${target}.${e}`)].map((f) => fs.rm(f, { force: true })));
      this.deleted.push(file);
      await removeEmptyParents(path.dirname(target), this.outDir);
    }
    const manifest: ExportManifest = {
      version: 1,
      files: Object.fromEntries([...this.produced].sort(([a], [b]) => (a < b ? -1 : 1))),
      redirects: this.redirects,
      ...(this.locales ? { locales: this.locales } : {}),
      ...(this.site === undefined ? {} : { site: this.site, pages: Object.fromEntries([...this.pages].sort(([a], [b]) => (a < b ? -1 : 1))) }),
    };
    await writeAtomically(path.join(this.outDir, MANIFEST_NAME), Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`));
  }
}

/** The manifest of the export in `outDir`, or an empty one. */
export async function readManifest(outDir: string): Promise<ExportManifest> {
  try {
    const parsed = JSON.parse(await fs.readFile(path.join(outDir, MANIFEST_NAME), 'utf8')) as Partial<ExportManifest>;
    if (parsed.version === 1 && parsed.files) {
      return { version: 1, files: parsed.files, redirects: parsed.redirects ?? {}, ...(parsed.locales ? { locales: parsed.locales } : {}), ...(parsed.site && parsed.pages ? { site: parsed.site, pages: parsed.pages } : {}) };
    }
  } catch {
    // No manifest, or a damaged one: everything is written again.
  }
  return { version: 1, files: {}, redirects: {} };
}

function compressBrotli(bytes: Buffer): Promise<Buffer> {
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** A relative `/`-separated path inside `root`. @throws Error when it would leave the folder */
function resolveInside(root: string, file: string): string {
  const target = path.resolve(root, ...file.split('/'));
  if (!target.startsWith(path.resolve(root) + path.sep)) throw new Error(`export path leaves the output folder: ${file}`);
  return target;
}

/** A reader never sees half a file: the bytes go to a temporary name in the same folder, then take the real one. */
async function writeAtomically(target: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function removeEmptyParents(dir: string, root: string): Promise<void> {
  const top = path.resolve(root);
  for (let current = path.resolve(dir); current.startsWith(top + path.sep); current = path.dirname(current)) {
    const entries = await fs.readdir(current).catch(() => undefined);
    if (entries === undefined || entries.length > 0) return;
    await fs.rmdir(current).catch(() => undefined);
  }
}
