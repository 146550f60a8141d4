// `npm run openapi [-- OUTFILE]`: builds the app on an empty in-memory SQLite database, asks it for
// GET /api/v1/openapi.json (the document generated from the route schemas) and writes it to
// dist/openapi.json by default. `npm run lint:openapi` then checks it with redocly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/http/app.ts';
import { loadSiteAssets } from '../src/http/site/site-assets.ts';
import { createModules } from '../src/modules.ts';
import { systemClock } from '../src/platform/clock.ts';
import { migrateToLatest, openDatabase } from '../src/platform/db/database.ts';
import { createLogger } from '../src/platform/logger.ts';
import { projectRoot } from '../src/platform/project-root.ts';

export const OPENAPI_FILE = path.join(projectRoot(), 'dist/openapi.json');

/** The served OpenAPI document, pretty-printed, as the app generates it. */
export async function generateOpenApi(): Promise<string> {
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-openapi-'));
  const database = openDatabase({ url: ':memory:' });
  try {
    await migrateToLatest(database.db);
    const modules = createModules({ db: database.db, clock: systemClock, mediaDir, pageCacheBytes: 1024 * 1024 });
    const app = await buildApp({ ...modules, assets: loadSiteAssets(), logger: createLogger('silent'), publicUrl: 'https://example.org' });
    try {
      const response = await app.inject({ url: '/api/v1/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.statusCode}`);
      return `${JSON.stringify(response.json(), null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outfile = process.argv[2] ? path.resolve(process.argv[2]) : OPENAPI_FILE;
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  fs.writeFileSync(outfile, await generateOpenApi());
  console.log(`wrote ${path.relative(process.cwd(), outfile)}`);
}
