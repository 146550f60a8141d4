import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A response body made once, in every encoding we serve, with its validator. */
export interface RenderedPage {
  readonly status: number;
  readonly etag: string;
  readonly identity: Buffer;
  readonly gzip: Buffer;
  readonly br: Buffer;
  readonly bytes: number;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** Compresses once at render time so no request ever pays for compression. */
export function preparePage(status: number, html: string): RenderedPage {
  const identity = Buffer.from(html, 'utf8');
  const gzip = gzipSync(identity, { level: 9 });
  const br = brotliCompressSync(identity, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
    },
  });
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { status, etag, identity, gzip, br, bytes: identity.length + gzip.length + br.length };
}

/** The strong validator of one encoding: different bytes get a different tag (RFC 9110 §8.8.1). */
export function etagFor(page: RenderedPage, encoding: Encoding): string {
  return encoding === 'identity' ? page.etag : `${page.etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/** Whether If-None-Match names any encoding of this page: the content is the same. */
export function matchesEtag(header: string | undefined, page: RenderedPage): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return (['identity', 'gzip', 'br'] as const).some((e) => tags.includes(etagFor(page, e)));
}

/** Picks br, then gzip, then identity from Accept-Encoding, honouring q=0 refusals. */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of header.slice(0, 500).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** A size-bounded, least-recently-used store of rendered pages. */
export class PageCache {
  private readonly entries = new Map<string, RenderedPage>();
  private size = 0;
  private cleared = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): RenderedPage | undefined {
    const page = this.entries.get(key);
    if (page) {
      // Re-insert so Map order tracks recency.
      this.entries.delete(key);
      this.entries.set(key, page);
    }
    return page;
  }

  set(key: string, page: RenderedPage): void {
    if (page.bytes > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, page);
    this.size += page.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= old.bytes;
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.size -= old.bytes;
    }
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
    this.cleared++;
  }

  /** Changes whenever the cache is emptied (content changed): what is derived from content is stale. */
  get generation(): number {
    return this.cleared;
  }

  get byteSize(): number {
    return this.size;
  }
}
