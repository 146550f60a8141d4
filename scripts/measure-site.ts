// Measures what issue notes report: time from start to the first served page (first run and
// restart), and the bytes a visitor downloads for the home page and a story page (HTML + CSS +
// JS; images counted apart). Usage: node --import tsx scripts/measure-site.ts
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-measure-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startAndTime(): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    const ok = await fetch(`${base}/fr/`).then((r) => r.ok, () => false);
    if (ok) return { child, ms: performance.now() - started };
    if (performance.now() - started > 60_000) throw new Error('server did not answer in 60 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function bytes(url: string, encoding: string): Promise<number> {
  const response = await fetch(url, { headers: { 'accept-encoding': encoding } });
  // fetch decodes the body; the transferred size is the Content-Length of the encoded bytes.
  const length = Number(response.headers.get('content-length'));
  await response.arrayBuffer();
  return length;
}

function links(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1] as string);
}

const first = await startAndTime();
await stop(first.child);
const restarts: number[] = [];
let server: ChildProcess | undefined;
for (let i = 0; i < 3; i++) {
  const run = await startAndTime();
  restarts.push(run.ms);
  if (i < 2) await stop(run.child);
  else server = run.child;
}

const home = await (await fetch(`${base}/fr/`)).text();
const campaign = links(home, /href="(\/fr\/[^"/]*migrants[^"]*)"/g)[0];
const campaignHtml = await (await fetch(base + campaign)).text();
const story = links(campaignHtml, /<h3 class="card__title"><a href="([^"]+)"/g)[0];
const css = links(home, /<link rel="stylesheet" href="([^"]+)"/g)[0];
const scripts = links(home, /<script[^>]+src="([^"]+)"/g);

console.log(`first start (empty data folder, demo + images) to first page: ${first.ms.toFixed(0)} ms`);
console.log(`restart to first page, 3 runs: ${restarts.map((ms) => ms.toFixed(0)).join(', ')} ms`);
console.log('\npage                      encoding  html   css    js   total (bytes)');
for (const [name, url] of [['home /fr/', '/fr/'], [`story ${story}`, story]] as const) {
  for (const encoding of ['br', 'gzip', 'identity']) {
    const html = await bytes(base + url, encoding);
    const cssBytes = await bytes(base + css, encoding);
    const js = (await Promise.all(scripts.map((s) => bytes(base + s, encoding)))).reduce((a, b) => a + b, 0);
    console.log(`${name.slice(0, 25).padEnd(26)}${encoding.padEnd(10)}${String(html).padEnd(7)}${String(cssBytes).padEnd(7)}${String(js).padEnd(5)}${html + cssBytes + js}`);
  }
}
await stop(server!);
fs.rmSync(dataDir, { recursive: true, force: true });
