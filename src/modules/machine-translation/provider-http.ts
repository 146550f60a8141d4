import { isAppError } from '../../platform/errors.ts';
import { providerAuth, providerFailed, providerQuota, providerRateLimited, providerTimeout } from './machine-translation.errors.ts';

export interface ProviderHttpOptions {
  /** The provider's name in messages ("DeepL", "LibreTranslate"). */
  readonly name: string;
  readonly timeoutMs: number;
  /** The fetch to use; tests and the composition root pass the global one. */
  readonly fetch?: typeof fetch;
}

/** Largest answer read from a provider: a page of segments is far below it. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/**
 * POSTs JSON to a provider and returns its JSON answer, turning every way it can fail into one of
 * this module's errors: the key refused, the quota used up, too many requests, no answer in time,
 * or anything else with the provider's own message. The key never appears in a message.
 */
export async function postJson(options: ProviderHttpOptions, url: string, headers: Readonly<Record<string, string>>, body: unknown): Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw providerTimeout(options.name, `no answer within ${Number((options.timeoutMs / 1000).toFixed(1))} s`, error);
    }
    throw providerTimeout(options.name, `could not be reached at ${new URL(url).origin} (${describe(error)})`, error);
  }
  let text: string;
  try {
    text = await readBounded(response);
  } catch (error) {
    if (isAppError(error)) throw error;
    const name = error instanceof Error ? error.name : '';
    throw (name === 'TimeoutError' || name === 'AbortError' ? providerTimeout : providerFailed)(options.name, 'the answer could not be read', error);
  }
  if (!response.ok) {
    const detail = `HTTP ${response.status}${messageOf(text) ? ` — ${messageOf(text)}` : ''}`;
    if (response.status === 401 || response.status === 403) throw providerAuth(options.name, detail);
    if (response.status === 456) throw providerQuota(options.name, detail);
    if (response.status === 429) throw providerRateLimited(options.name, detail);
    throw providerFailed(options.name, detail);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw providerFailed(options.name, 'the answer is not JSON');
  }
}

async function readBounded(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ANSWER_BYTES) throw new Error('answer too large');
  const buffer = await response.arrayBuffer();
  if (buffer.byteLength > MAX_ANSWER_BYTES) throw new Error('answer too large');
  return new TextDecoder().decode(buffer);
}

/** The provider's own words from an error body: DeepL's `message`, LibreTranslate's `error`. */
function messageOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown; detail?: unknown };
    const m = parsed.message ?? parsed.error ?? parsed.detail;
    return typeof m === 'string' ? m.replace(/[\u0000-\u001f]/g, ' ').slice(0, 200) : '';
  } catch {
    return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  }
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? ((cause as { code?: string }).code ?? cause.message).slice(0, 80) : 'network error';
}

/** A base URL without its trailing slashes, so `{base}/v2/translate` has one. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
