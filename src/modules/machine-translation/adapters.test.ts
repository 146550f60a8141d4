import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDeepL, startFakeLibreTranslate, type FakeProvider } from '../../../test/helpers/mt-provider-servers.ts';
import { isAppError } from '../../platform/errors.ts';
import { createDeepLTranslator } from './deepl.adapter.ts';
import { createLibreTranslateTranslator } from './libretranslate.adapter.ts';
import type { MachineTranslator } from './machine-translation.types.ts';

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('DeepL adapter against a local server that follows DeepL\'s documented API', () => {
  let deepl: FakeProvider;
  beforeAll(async () => {
    deepl = await startFakeDeepL();
  });
  afterAll(() => deepl.close());
  const translator = (apiKey = 'secret-key:fx', timeoutMs = 5_000): MachineTranslator => createDeepLTranslator({ baseUrl: `${deepl.url}/`, apiKey, timeoutMs });

  it('posts the segments to /v2/translate with the DeepL-Auth-Key header, XML tag handling and DeepL language codes, and keeps the tags', async () => {
    const out = await translator().translate(['Read <g id="1">the report</g> now.<x id="2"/>', 'Tom &amp; Jerry'], 'pt-BR', 'zh-Hans');
    expect(out).toEqual(['READ <g id="1">THE REPORT</g> NOW.<x id="2"/>', 'TOM &amp; JERRY']);
    const request = deepl.requests.at(-1)!;
    expect(request.path).toBe('/v2/translate');
    expect(request.headers.authorization).toBe('DeepL-Auth-Key secret-key:fx');
    expect(request.body).toEqual({ text: ['Read <g id="1">the report</g> now.<x id="2"/>', 'Tom &amp; Jerry'], source_lang: 'PT', target_lang: 'ZH-HANS', tag_handling: 'xml' });
  });

  it('maps the target variants DeepL knows (PT-BR, EN-GB, ZH-HANT) and bare languages otherwise', async () => {
    for (const [tag, code] of [['pt-BR', 'PT-BR'], ['en', 'EN-GB'], ['zh-Hant', 'ZH-HANT'], ['ar', 'AR'], ['fr', 'FR']] as const) {
      await translator().translate(['Hello'], 'fr', tag);
      expect((deepl.requests.at(-1)!.body as { target_lang: string }).target_lang).toBe(code);
    }
  });

  it('turns glossary terms into a DeepL glossary (TSV entries, do-not-translate mapped to itself) passed by id, and reuses it', async () => {
    const t = translator();
    const glossary = [
      { term: 'Ensemble', translation: '', doNotTranslate: true },
      { term: 'report', translation: 'rapport', doNotTranslate: false },
    ];
    const before = deepl.requests.length;
    const [out] = await t.translate(['The Ensemble report'], 'en', 'fr', glossary);
    expect(out).toBe('THE Ensemble rapport');
    const made = deepl.requests[before]!;
    expect(made.path).toBe('/v2/glossaries');
    expect(made.body).toMatchObject({ source_lang: 'en', target_lang: 'fr', entries_format: 'tsv', entries: 'Ensemble\tEnsemble\nreport\trapport' });
    expect(deepl.requests[before + 1]!.body).toMatchObject({ text: ['The <keep>Ensemble</keep> report'], glossary_id: expect.stringMatching(/^g-/), ignore_tags: ['keep'] });
    await t.translate(['Another report'], 'en', 'fr', glossary);
    expect(deepl.requests.slice(before).map((r) => r.path)).toEqual(['/v2/glossaries', '/v2/translate', '/v2/translate']);
  });

  it('still keeps do-not-translate terms, without a glossary, for a pair DeepL makes no glossaries for', async () => {
    const before = deepl.requests.length;
    const [out] = await translator().translate(['Welcome to Ensemble'], 'fr', 'ar', [{ term: 'Ensemble', translation: '', doNotTranslate: true }]);
    expect(out).toBe('WELCOME TO Ensemble');
    const sent = deepl.requests.slice(before);
    expect(sent.map((r) => r.path)).toEqual(['/v2/glossaries', '/v2/translate']);
    expect(sent[1]!.body).not.toHaveProperty('glossary_id');
  });

  it('sends more than 50 segments in batches of 50 and returns them in order', async () => {
    const texts = Array.from({ length: 120 }, (_, i) => `line ${i}`);
    const out = await translator().translate(texts, 'en', 'fr');
    expect(out).toEqual(texts.map((t) => t.toUpperCase()));
  });

  it('names a refused key (401, 403), a used-up quota (456), too many requests (429) and a timeout clearly', async () => {
    expect(await failure(translator('bad').translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_AUTH', message: expect.stringMatching(/DeepL refused the API key: HTTP 403/) });
    expect(await failure(translator('quota').translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_QUOTA', message: expect.stringMatching(/quota is used up: HTTP 456 — Quota exceeded/) });
    expect(await failure(translator('busy').translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_RATE_LIMITED', message: expect.stringMatching(/too many requests/) });
    expect(await failure(translator('slow', 300).translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_TIMEOUT', message: 'DeepL did not answer in time: no answer within 0.3 s' });
    expect(await failure(translator('').translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_AUTH', message: expect.stringMatching(/HTTP 401/) });
  });

  it('never puts the key in an error message, and names an unreachable server', async () => {
    const gone = createDeepLTranslator({ baseUrl: 'http://127.0.0.1:9', apiKey: 'do-not-leak', timeoutMs: 2_000 });
    const error = await failure(gone.translate(['x'], 'en', 'fr'));
    expect(error.code).toBe('MT_PROVIDER_TIMEOUT');
    expect(error.message).toContain('could not be reached at http://127.0.0.1:9');
    expect(error.message).not.toContain('do-not-leak');
  });
});

describe('LibreTranslate adapter against a local server that follows LibreTranslate\'s documented API', () => {
  let libre: FakeProvider;
  beforeAll(async () => {
    libre = await startFakeLibreTranslate();
  });
  afterAll(() => libre.close());

  it('posts q as an array with format html and the api_key, and gives the port\'s tags back', async () => {
    const t = createLibreTranslateTranslator({ baseUrl: libre.url, apiKey: 'k1' });
    const out = await t.translate(['Read <g id="1">the report</g><x id="2"/> now'], 'zh-Hant', 'pt-BR');
    expect(out).toEqual(['READ <g id="1">THE REPORT</g><x id="2"/> NOW']);
    const request = libre.requests.at(-1)!;
    expect(request.path).toBe('/translate');
    expect(request.body).toEqual({ q: ['Read <b data-g="1">the report</b><i data-x="2"></i> now'], source: 'zt', target: 'pt', format: 'html', api_key: 'k1' });
  });

  it('sends no api_key to a keyless server, and protects do-not-translate terms with translate="no"', async () => {
    const t = createLibreTranslateTranslator({ baseUrl: libre.url });
    const [out] = await t.translate(['Join Nous Ensemble today'], 'fr', 'ar', [{ term: 'Nous Ensemble', translation: '', doNotTranslate: true }, { term: 'today', translation: 'aujourd’hui', doNotTranslate: false }]);
    expect(out).toBe('JOIN Nous Ensemble TODAY');
    expect(libre.requests.at(-1)!.body).not.toHaveProperty('api_key');
    expect((libre.requests.at(-1)!.body as { q: string[] }).q[0]).toContain('<span translate="no" class="notranslate">Nous Ensemble</span>');
  });

  it('names a refused key (403), too many requests (429), a bad request with the server\'s words, and a timeout', async () => {
    const t = (apiKey: string, timeoutMs = 5_000) => createLibreTranslateTranslator({ baseUrl: libre.url, apiKey, timeoutMs });
    expect(await failure(t('bad').translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_AUTH', message: 'LibreTranslate refused the API key: HTTP 403 — Wrong key' });
    expect(await failure(t('busy').translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_RATE_LIMITED' });
    expect(await failure(t('slow', 300).translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_TIMEOUT' });
    const wrongPath = createLibreTranslateTranslator({ baseUrl: `${libre.url}/nowhere` });
    expect(await failure(wrongPath.translate(['x'], 'en', 'fr'))).toMatchObject({ code: 'MT_PROVIDER_FAILED', message: 'LibreTranslate failed: HTTP 404 — Not found' });
  });
});
