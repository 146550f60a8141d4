import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Small HTTP servers on 127.0.0.1 that follow the documented requests and answers of DeepL's API
 * (`/v2/translate`, `/v2/glossaries`) and of LibreTranslate (`/translate`), for the adapters'
 * tests: this machine reaches no translation service. Each checks what the documentation asks of
 * a request (method, path, auth header, JSON body shape) and answers 400 naming what was wrong.
 * Their "translation" upper-cases the words and leaves tags in place, so a test can see what was
 * translated, what a glossary fixed and what was protected. Keys switch on failures: `bad` (the
 * key refused), `quota` (DeepL's 456), `busy` (429), `slow` (no answer in time).
 */
export interface FakeProvider {
  readonly url: string;
  /** Every request received, in order: path, headers and parsed body. */
  readonly requests: { path: string; headers: IncomingMessage['headers']; body: unknown }[];
  close(): Promise<void>;
}

type Handler = (path: string, headers: IncomingMessage['headers'], body: Record<string, unknown>, res: ServerResponse, state: { glossaries: Map<string, [string, string][]> }) => void;

function translateWords(markup: string, keep: (term: string) => string | undefined = () => undefined): string {
  // Upper-cases the words between tags; a protected stretch (glossary or translate="no") goes through as given.
  return markup.split(/(<[^>]*>)/).map((piece) => (piece.startsWith('<') ? piece : piece.replace(/&[#\w]+;|[\p{L}][\p{L}'’-]*/gu, (w) => (w.startsWith('&') ? w : (keep(w) ?? w.toUpperCase()))))).join('');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function start(handler: Handler): Promise<FakeProvider> {
  const requests: FakeProvider['requests'] = [];
  const state = { glossaries: new Map<string, [string, string][]>() };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        return send(res, 400, { message: 'body is not JSON' });
      }
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      if (req.method !== 'POST') return send(res, 405, { message: 'POST only' });
      if (!String(req.headers['content-type']).startsWith('application/json')) return send(res, 415, { message: 'JSON expected' });
      handler(req.url ?? '', req.headers, body, res, state);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Failure switches shared by both fakes; true when the answer was sent. */
function failByKey(key: string | undefined, res: ServerResponse, quotaStatus: number): boolean {
  if (key === 'bad') return send(res, 403, { message: 'Wrong key' }), true;
  if (key === 'quota') return send(res, quotaStatus, { message: 'Quota exceeded' }), true;
  if (key === 'busy') return send(res, 429, { message: 'Too many requests' }), true;
  if (key === 'slow') return setTimeout(() => send(res, 200, {}), 2_000), true;
  return false;
}

export function startFakeDeepL(): Promise<FakeProvider> {
  return start((path, headers, body, res, state) => {
    const auth = /^DeepL-Auth-Key (\S+)$/.exec(String(headers.authorization ?? ''));
    if (!auth) return send(res, 401, { message: 'Authorization: DeepL-Auth-Key <key> expected' });
    if (failByKey(auth[1], res, 456)) return;
    if (path === '/v2/glossaries') {
      if (typeof body.name !== 'string' || typeof body.source_lang !== 'string' || typeof body.target_lang !== 'string' || body.entries_format !== 'tsv' || typeof body.entries !== 'string') {
        return send(res, 400, { message: 'name, source_lang, target_lang, entries and entries_format tsv expected' });
      }
      // The glossary languages DeepL's documentation listed; other pairs are refused as DeepL does.
      const GLOSSARY_LANGUAGES = ['da', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ru', 'sv', 'zh'];
      if (![body.source_lang, body.target_lang].every((l) => GLOSSARY_LANGUAGES.includes(l.toLowerCase()))) return send(res, 400, { message: 'Unsupported glossary language pair' });
      const entries = body.entries.split('\n').map((line) => line.split('\t') as [string, string]);
      if (entries.some((e) => e.length !== 2 || !e[0] || !e[1])) return send(res, 400, { message: 'one source<TAB>target a line' });
      const id = `g-${state.glossaries.size + 1}`;
      state.glossaries.set(id, entries);
      return send(res, 201, { glossary_id: id, name: body.name, ready: true, source_lang: body.source_lang, target_lang: body.target_lang, entry_count: entries.length });
    }
    if (path !== '/v2/translate') return send(res, 404, { message: 'Not found' });
    const texts = body.text;
    if (!Array.isArray(texts) || texts.length === 0 || texts.length > 50 || !texts.every((t) => typeof t === 'string')) return send(res, 400, { message: 'text must be an array of 1 to 50 strings' });
    if (typeof body.target_lang !== 'string' || body.target_lang !== body.target_lang.toUpperCase()) return send(res, 400, { message: 'target_lang expected in upper case' });
    if (body.tag_handling !== 'xml') return send(res, 400, { message: 'this fake expects tag_handling xml' });
    let entries: [string, string][] = [];
    if (body.glossary_id !== undefined) {
      const found = state.glossaries.get(String(body.glossary_id));
      if (!found) return send(res, 404, { message: 'Glossary not found' });
      if (body.source_lang === undefined) return send(res, 400, { message: 'source_lang is required with a glossary' });
      entries = found;
    }
    const glossary = new Map(entries);
    // Text inside a tag named in ignore_tags goes through untranslated.
    const ignored = Array.isArray(body.ignore_tags) ? body.ignore_tags.map(String) : [];
    const translate = (t: string) => {
      if (ignored.length === 0) return applyGlossary(t, glossary);
      const pattern = new RegExp(`(<(${ignored.join('|')})>[\\s\\S]*?</\\2>)`);
      return t.split(pattern).map((p, i) => (i % 3 === 1 ? p : i % 3 === 2 ? '' : applyGlossary(p, glossary))).join('');
    };
    return send(res, 200, {
      translations: texts.map((t: string) => ({ detected_source_language: String(body.source_lang ?? 'EN'), text: translate(t) })),
    });
  });
}

function applyGlossary(markup: string, glossary: ReadonlyMap<string, string>): string {
  if (glossary.size === 0) return translateWords(markup);
  // Glossary phrases first (kept as the glossary says), then the remaining words.
  const pattern = new RegExp([...glossary.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return markup.split(/(<[^>]*>)/).map((piece) => {
    if (piece.startsWith('<')) return piece;
    const parts = piece.split(pattern);
    const hits = piece.match(pattern) ?? [];
    return parts.map((p, i) => translateWords(p) + (i < hits.length ? glossary.get(hits[i]!)! : '')).join('');
  }).join('');
}

export function startFakeLibreTranslate(): Promise<FakeProvider> {
  return start((path, _headers, body, res) => {
    if (path !== '/translate') return send(res, 404, { error: 'Not found' });
    const key = typeof body.api_key === 'string' ? body.api_key : undefined;
    if (failByKey(key, res, 403)) return;
    if (typeof body.source !== 'string' || typeof body.target !== 'string' || body.target !== body.target.toLowerCase()) return send(res, 400, { error: 'Invalid request: source and target language codes expected' });
    if (body.format !== 'html') return send(res, 400, { error: 'this fake expects format html' });
    const q = body.q;
    const one = (html: string) =>
      // Words inside translate="no" spans are left as they are.
      html.split(/(<span translate="no"[^>]*>[\s\S]*?<\/span>)/).map((p) => (p.startsWith('<span translate="no"') ? p : translateWords(p))).join('');
    if (typeof q === 'string') return send(res, 200, { translatedText: one(q) });
    if (!Array.isArray(q) || !q.every((t) => typeof t === 'string')) return send(res, 400, { error: 'Invalid request: missing q parameter' });
    return send(res, 200, { translatedText: q.map(one) });
  });
}
