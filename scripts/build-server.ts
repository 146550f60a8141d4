// `npm run build [-- OUTFILE]`: bundles the server into one ES module (dist/server.mjs by default)
// that plain `node` runs. The packages stay in node_modules; only our own code is bundled.
// Running the bundle instead of compiling TypeScript on start saves about 70 MB of memory and
// most of the start-up time (docs/performance.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { projectRoot } from '../src/platform/project-root.ts';

export const SERVER_BUNDLE = path.join(projectRoot(), 'dist/server.mjs');

/** Writes the bundle; it must stay inside the project so it finds node_modules and public/. */
export async function buildServer(outfile: string = SERVER_BUNDLE): Promise<string> {
  await build({
    entryPoints: [path.join(projectRoot(), 'src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Readable output: stack traces name our functions and point at lines one can open.
    minify: false,
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildServer(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
