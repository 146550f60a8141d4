import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Ensemble's package.json: files shipped with the code (public/) are found from
 * there, whether this module runs from src/ under tsx or from the bundle in dist/.
 */
export function projectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'ensemble') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Ensemble's package.json was not found above ${from}`);
  }
}
