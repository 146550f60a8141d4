import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { oneLine } from './html.ts';
import { PROJECT_ROOT } from './server-process.ts';

const VNU_JAR = path.join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** A document to validate and the name reports give it (its short URL). */
export interface VnuDocument {
  readonly name: string;
  readonly html: string;
}

/** One vnu error, with the document it was found in. */
export interface VnuError {
  readonly type: string;
  readonly message: string;
  /** Name of the document, or the file vnu reported when it is not one of ours. */
  readonly document: string;
  /** Temporary file the document was checked from (page-0012.html), '' when vnu named none. */
  readonly file: string;
  readonly lastLine?: number;
  readonly extract?: string;
}

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly lastColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

/**
 * Validates the documents with the Nu HTML Checker (vnu.jar, one Java run for all of them) and
 * returns its errors and non-document errors.
 * @throws Error when vnu does not produce a JSON report (no Java, a missing jar)
 */
export async function validateHtml(documents: readonly VnuDocument[]): Promise<VnuError[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-vnu-'));
  try {
    const fileToName = new Map<string, string>();
    for (const [index, document] of documents.entries()) {
      const file = path.join(dir, `page-${String(index).padStart(4, '0')}.html`);
      await writeFile(file, document.html);
      fileToName.set(file, document.name);
    }
    const messages = await runVnu([...fileToName.keys()]);
    return messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => {
        const file = m.url ? fileURLToPathSafe(m.url) : '';
        return {
          type: m.type,
          message: m.message,
          document: fileToName.get(file) ?? file,
          file,
          lastLine: m.lastLine,
          extract: m.extract,
        };
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One block per distinct message, with the pages and lines it appears on. */
export function formatVnu(errors: readonly VnuError[]): string {
  const byMessage = new Map<string, VnuError[]>();
  for (const error of errors) {
    byMessage.set(error.message, [...(byMessage.get(error.message) ?? []), error]);
  }
  return [...byMessage.entries()]
    .map(([message, group]) => {
      const examples = group.slice(0, 5).map((e) => {
        const where = `${e.document} (${path.basename(e.file)}) line ${e.lastLine ?? '?'}`;
        return `    ${where}: ${oneLine(e.extract ?? '', 160)}`;
      });
      return [
        `${message} — ${group.length} times`,
        ...examples,
        group.length > 5 ? `    … and ${group.length - 5} more` : '',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}

async function runVnu(files: readonly string[]): Promise<VnuMessage[]> {
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--errors-only', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, out, err) => {
        // vnu exits 1 when it found errors; only a missing or unparsable report is a failure here.
        if (out.trim().startsWith('{')) resolve(out);
        else reject(new Error(`vnu produced no JSON report: ${error?.message ?? ''}\n${err}`));
      },
    );
  });
  const report = JSON.parse(stdout) as { messages?: VnuMessage[] };
  return report.messages ?? [];
}

function fileURLToPathSafe(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}
