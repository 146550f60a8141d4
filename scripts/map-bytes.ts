// Weighs the world map's SVG as a running site serves it: raw, gzip -9 and brotli q11 bytes.
// Usage: node --import tsx scripts/map-bytes.ts [PAGE_URL]
//   (default http://localhost:3000/fr/notre-travail/ou-travaillons-nous, the demo's "Where we work")
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const url = process.argv[2] ?? 'http://localhost:3000/fr/notre-travail/ou-travaillons-nous';
const html = await (await fetch(url)).text();
const svg = /<svg class="world-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0];
if (!svg) throw new Error(`No world map on ${url}`);
const bytes = Buffer.from(svg);
const gzip = gzipSync(bytes, { level: 9 }).length;
const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const links = svg.match(/<a /g)?.length ?? 0;
console.log(`world map on ${url}: ${links} linked countries; raw ${bytes.length} B, gzip ${gzip} B, br ${br} B (page ${Buffer.byteLength(html)} B)`);
