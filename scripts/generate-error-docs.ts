// Writes docs/errors.md from the error tables (src/error-catalog.ts). Usage: npm run docs:errors
// src/error-catalog.test.ts fails while the committed page differs from what this writes.
import fs from 'node:fs';
import path from 'node:path';
import { renderErrorDocs } from '../src/error-docs.ts';

const target = path.resolve(import.meta.dirname, '..', 'docs', 'errors.md');
fs.writeFileSync(target, renderErrorDocs());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
