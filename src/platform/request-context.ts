import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** What every piece of work done for one HTTP request may want to know without being passed it. */
export interface RequestContext {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

// A caller's id is kept only when it cannot smuggle anything into a log line or a header.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Runs `work` (and everything it starts) inside a request's context. */
export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The id of the request being served, or null outside one (the CLI, background workers). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/** A proxy's X-Request-Id when it is a short safe token; a fresh random one otherwise. */
export function acceptOrCreateRequestId(incoming: string | string[] | undefined): string {
  if (typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming)) return incoming;
  return randomBytes(12).toString('base64url');
}
