import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FileStoreMissing, type OpenedObject } from '../../platform/file-store/index.ts';

/**
 * Answers GET and HEAD for a stored file (a folder's or a bucket's), streamed (never read whole), with byte ranges so
 * that video players can seek and resume (RFC 9110 §14):
 * - one range `bytes=a-b`, `a-` or `-n` → 206 with Content-Range; one that starts past the end
 *   (or `-0`, or any range of an empty file) → 416 with `Content-Range: bytes *\/size`;
 * - several ranges → the whole file with 200: players ask for one range, and a multipart/byteranges
 *   body is complexity no client of ours needs (the RFC lets a server ignore Range);
 * - a Range that does not parse, or an If-Range that names another version → the whole file;
 * - If-None-Match with the current ETag → 304.
 * The caller opens the file and answers a missing one itself; the file is let go of here.
 */
export async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: OpenedObject,
  opts: { contentType: string; immutable: boolean; downloadName?: string; /** For one signed-in person only (back-office previews). */ private?: boolean },
): Promise<FastifyReply> {
  let streaming = false;
  try {
    const { size, etag } = file;
    const lastModified = file.lastModified.toUTCString();
    reply
      .header('accept-ranges', 'bytes')
      .header('etag', etag)
      .header('last-modified', lastModified)
      .header('cache-control', opts.private ? 'private, no-store' : opts.immutable ? 'public, max-age=31536000, immutable' : 'public, no-cache')
      .header('x-content-type-options', 'nosniff');
    if (opts.downloadName !== undefined) reply.header('content-disposition', contentDisposition(opts.downloadName));

    if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();

    reply.type(opts.contentType);
    const rangeHeader = request.headers.range;
    const ifRange = request.headers['if-range'];
    const rangeApplies = rangeHeader !== undefined && (ifRange === undefined || ifRange === etag || ifRange === lastModified);
    const range = rangeApplies ? parseRange(rangeHeader, size) : undefined;
    if (range === 'unsatisfiable') {
      return reply.code(416).header('content-range', `bytes */${size}`).header('content-length', 0).send();
    }
    const { start, end } = range ?? { start: 0, end: size - 1 };
    if (range) reply.code(206).header('content-range', `bytes ${start}-${end}/${size}`);
    reply.header('content-length', Math.max(0, end - start + 1));
    // An empty stream rather than no body: Fastify's automatic HEAD route would otherwise
    // replace our Content-Length with 0, and given the file's stream it would read it all.
    if (request.method === 'HEAD' || size === 0) return reply.send(Readable.from([]));
    const body = await file.stream({ start, end }).catch((error: unknown) => {
      if (error instanceof FileStoreMissing) return undefined;
      throw error;
    });
    if (!body) {
      // Gone from a bucket since it was described (deleted by another instance): a plain not-found.
      for (const name of ['accept-ranges', 'etag', 'last-modified', 'cache-control', 'content-range', 'content-length', 'content-disposition']) reply.removeHeader(name);
      reply.code(200);
      reply.callNotFound();
      return reply;
    }
    streaming = true;
    return reply.send(body);
  } finally {
    // A stream lets go of its file when it ends or is destroyed (client gone).
    if (!streaming) await file.close();
  }
}

/** One satisfiable range, 'unsatisfiable', or undefined to send the whole file. */
function parseRange(header: string, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  // Not bytes, several ranges, or not a range at all: ignored, as the RFC allows.
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  if (match[2] !== '' && Number(match[2]) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1) };
}

/** Weak comparison, as If-None-Match requires; `*` matches any existing file. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** RFC 6266: a plain ASCII fallback and the exact UTF-8 name. */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
