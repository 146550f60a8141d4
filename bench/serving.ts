// Cached page and 304 throughput of Ensemble against nginx and node:http on one core, then peak
// memory once every page of the site sits in the page cache.
import http from 'node:http';
import { fmt, installHint, skippedRow, type Row } from './report.ts';
import { hasCommand, peakRss, startNginx, startRawServer, type Server } from './servers.ts';
import { interleavedRounds, median, pairedRatio, type Contender } from './wrk.ts';

export interface ServingOptions {
  readonly workDir: string;
  readonly pagePath: string;
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: number;
  readonly serverCpu?: number;
  readonly clientCpu?: number;
  /** Accept-Encoding sent by every client request; the page's bytes in that encoding are compared. */
  readonly encoding: 'br' | 'identity';
}

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A GET that keeps the bytes as sent (fetch would decode br). */
export function getRaw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

export async function measureThroughput(ensemble: Server, options: ServingOptions): Promise<Row[]> {
  const targets = { cached: '≥ 0.95× node:http, ≥ 0.40× nginx', notModified: '≥ 0.95× node:http' };
  if (!hasCommand('wrk')) {
    return [skippedRow('Cached page, 1 core', installHint('wrk'), targets.cached), skippedRow('304 revalidation, 1 core', installHint('wrk'), targets.notModified)];
  }
  const accept: Record<string, string> = options.encoding === 'br' ? { 'accept-encoding': 'br' } : {};
  const url = `${ensemble.url}${options.pagePath}`;
  await getRaw(url, accept); // the first request renders the page into the cache
  const page = await getRaw(url, accept);
  if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(page.headers)) {
    if (!NOT_REPLAYED.has(name) && typeof value === 'string') headers[name] = value;
  }
  const servers: Server[] = [];
  try {
    const raw = await startRawServer(options.workDir, page.body, headers, options.serverCpu);
    servers.push(raw);
    const nginx = hasCommand('nginx') ? await startNginx(options.workDir, page.body, headers, options.serverCpu) : undefined;
    if (nginx) servers.push(nginx);
    for (const server of servers) {
      const copy = await getRaw(`${server.url}${options.pagePath}`, accept);
      if (!copy.body.equals(page.body)) throw new Error(`${server.name} does not send the same bytes as Ensemble`);
    }
    const all = [ensemble, ...servers];
    const contenders = (extra: (server: Server) => Record<string, string>): Contender[] =>
      all.map((server) => ({ name: server.name, url: `${server.url}${options.pagePath}`, headers: { ...accept, ...extra(server) } }));
    const etags = new Map<string, string>();
    for (const server of all) etags.set(server.name, String((await getRaw(`${server.url}${options.pagePath}`, accept)).headers.etag));
    for (const server of all) {
      const { status } = await getRaw(`${server.url}${options.pagePath}`, { ...accept, 'if-none-match': etags.get(server.name)! });
      if (status !== 304) throw new Error(`${server.name} answered ${status} to a matching If-None-Match`);
    }
    const wrkOptions = { rounds: options.rounds, seconds: options.seconds, connections: options.connections, cpu: options.clientCpu };
    const full = await interleavedRounds(contenders(() => ({})), wrkOptions);
    const revalidated = await interleavedRounds(contenders((server) => ({ 'if-none-match': etags.get(server.name)! })), wrkOptions);
    const size = `${(page.body.length / 1024).toFixed(1)} KB ${options.encoding}`;
    return [
      ...comparisonRows(`Cached page (${size}), 1 core`, full.samples, nginx !== undefined, { node: 0.95, nginx: 0.4 }, full.errors),
      ...comparisonRows('304 revalidation, 1 core', revalidated.samples, nginx !== undefined, { node: 0.95 }, revalidated.errors),
    ];
  } finally {
    for (const server of servers) await server.stop();
  }
}

function comparisonRows(
  figure: string,
  samples: ReadonlyMap<string, readonly number[]>,
  withNginx: boolean,
  targets: { node: number; nginx?: number },
  errors: number,
): Row[] {
  const ours = samples.get('ensemble')!;
  const node = samples.get('node:http')!;
  const note = errors > 0 ? ` (${errors} errors)` : '';
  const rows: Row[] = [];
  const vsNode = pairedRatio(ours, node);
  rows.push({ figure: `${figure} vs node:http`, value: `${fmt.rps(median(ours))}${note}`, reference: fmt.rps(median(node)), ratio: fmt.ratio(vsNode), target: `≥ ${targets.node}×`, meets: vsNode >= targets.node });
  if (withNginx) {
    const nginx = samples.get('nginx')!;
    const vsNginx = pairedRatio(ours, nginx);
    const target = targets.nginx;
    rows.push({ figure: `${figure} vs nginx`, value: fmt.rps(median(ours)), reference: fmt.rps(median(nginx)), ratio: fmt.ratio(vsNginx), ...(target ? { target: `≥ ${target}×`, meets: vsNginx >= target } : {}) });
  } else {
    rows.push(skippedRow(`${figure} vs nginx`, installHint('nginx'), targets.nginx ? `≥ ${targets.nginx}×` : undefined));
  }
  return rows;
}

/**
 * Requests every page once, in every locale, so the cache holds the whole site, or fills to its
 * limit (then it stops: more requests would only evict). Reads the server's peak RSS. The cache's
 * size is estimated from the br bytes and the sample page's identity:gzip:br proportions.
 */
/** Pages requested one after the other to fill the cache, and what the row calls them. */
export interface PageGroup {
  readonly label: string;
  readonly paths: readonly string[];
  /** Whether the RSS target applies to this row. */
  readonly target: boolean;
}

/**
 * Fills the page cache group after group (each group adds to what is cached) and reads the
 * server's peak RSS after each. The cache holds each page as br and gzip, so its size is
 * estimated from the br bytes received, scaled by the first page's br:gzip sizes.
 */
export async function measureMemory(ensemble: Server, groups: readonly PageGroup[], pageCacheMb: number, concurrency = 4): Promise<Row[]> {
  const first = groups[0]?.paths[0];
  if (first === undefined) return [];
  const sizes = await Promise.all(['br', 'gzip'].map(async (encoding) => (await getRaw(`${ensemble.url}${first}`, { 'accept-encoding': encoding })).body.length));
  const scale = (sizes[0]! + sizes[1]!) / sizes[0]!;
  const limit = pageCacheMb * 2 ** 20;
  let cacheBytes = 0;
  let requested = 0;
  const rows: Row[] = [];
  for (const group of groups) {
    let next = 0;
    const worker = async () => {
      while (next < group.paths.length && cacheBytes <= limit * 1.1) {
        const target = group.paths[next++]!;
        const response = await getRaw(`${ensemble.url}${target}`, { 'accept-encoding': 'br' });
        if (response.status !== 200) throw new Error(`${target} answered ${response.status}`);
        cacheBytes += response.body.length * scale;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    requested += next;
    const total = requested + group.paths.length - next;
    const rss = peakRss(ensemble.pid);
    const fits = next >= group.paths.length && cacheBytes <= limit;
    const note = fits
      ? `${group.label}: ${requested.toLocaleString('en-GB')} pages, ≈ ${fmt.mb(cacheBytes)} of br + gzip, PAGE_CACHE_MB=${pageCacheMb}`
      : `${group.label}: cache filled to PAGE_CACHE_MB=${pageCacheMb} after ${requested.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} pages; all would need ≈ ${fmt.mb((cacheBytes / requested) * total)}`;
    const target = group.target ? '≤ 250 MB' : undefined;
    if (rss === undefined) return [skippedRow('Peak RSS, full cache', 'no /proc on this system', '≤ 250 MB')];
    rows.push({ figure: `Peak RSS, full cache (${note})`, value: fmt.mb(rss), ...(target ? { target, meets: rss <= 250 * 2 ** 20 } : {}) });
    if (!fits) break;
  }
  return rows;
}
