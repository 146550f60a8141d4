import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildTestSite, type TestSite } from '../../../test/helpers/build-test-app.ts';
import { startFakeDeepL, startFakeLibreTranslate, type FakeProvider } from '../../../test/helpers/mt-provider-servers.ts';
import { describeEachDatabase } from '../../../test/helpers/test-database.ts';
import { isAppError } from '../../platform/errors.ts';
import { systemClock } from '../../platform/clock.ts';
import { SYSTEM, userActor, type Actor, type Role } from '../accounts/index.ts';
import type { RichTextDoc } from '../content/index.ts';
import { segmentHash, type CodedText } from '../xliff/index.ts';
import { createMachineTranslationModule, type GlossaryTerm, type MachineTranslationModule } from './index.ts';

const link = { type: 'link', attrs: { href: 'https://example.org/rapport-2026' } } as const;
const BODY: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Lisez ' }, { type: 'text', text: 'le rapport', marks: [link] }, { type: 'text', text: ' de ' }, { type: 'text', text: 'Nous Ensemble', marks: [{ type: 'bold' }] }, { type: 'text', text: '. Merci à tous.' }] },
  ],
};

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describeEachDatabase('machine translation, always reviewed', (dialect) => {
  let site: TestSite;
  let deepl: FakeProvider;
  let libre: FakeProvider;
  let mt: MachineTranslationModule;
  let memory: Map<string, CodedText>;
  let terms: GlossaryTerm[];
  const memoryAsked: string[][] = [];
  let admin: Actor;

  beforeAll(async () => {
    [site, deepl, libre] = await Promise.all([buildTestSite(dialect, { demo: false }), startFakeDeepL(), startFakeLibreTranslate()]);
    mt = createMachineTranslationModule({
      db: site.database.db,
      clock: systemClock,
      content: site.content.service,
      secretKey: randomBytes(32),
      audit: site.audit,
      locales: site.locales,
      provider: { timeoutMs: 3_000 },
      memory: { exact: async (_from, _to, hashes) => (memoryAsked.push(hashes), new Map([...memory].filter(([h]) => hashes.includes(h)))) },
      glossary: { termsFor: async () => terms },
    });
    admin = await person('administrator');
  });
  afterAll(async () => {
    await Promise.all([site.close(), deepl.close(), libre.close()]);
  });
  beforeEach(async () => {
    memory = new Map();
    terms = [];
    await mt.settings.save({ enabled: true, provider: 'deepl', baseUrl: deepl.url, apiKey: 'deepl-secret-key:fx', pairs: [{ from: 'fr', to: 'en' }, { from: 'fr', to: 'ar' }] }, admin);
  });
  afterEach(() => {
    memoryAsked.length = 0;
  });

  async function person(role: Role, locales: string[] = []): Promise<Actor> {
    const { user } = await site.accounts.users.createUser({ email: `${role}-${randomBytes(4).toString('hex')}@example.org`, role, displayName: role, locales, actor: SYSTEM });
    return userActor(user);
  }

  async function frenchPage(slug: string) {
    const { document } = await site.content.service.createDocumentWithTranslation({ type: 'page', parentId: null, locale: 'fr', translation: { slug, title: 'Rapport annuel', summary: 'Ce que nous avons fait.', body: BODY }, actor: SYSTEM });
    await site.content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor: SYSTEM });
    return document.id;
  }

  it('keeps the API key encrypted in the database row, shows only its last four characters, and audits without it', async () => {
    const row = await site.database.db.selectFrom('machineTranslationSettings').selectAll().executeTakeFirstOrThrow();
    expect(row.apiKeySealed).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain('deepl-secret-key');
    expect(row.keyHint).toBe(':fx'.padStart(4, 'y'));
    const view = await mt.settings.read(admin);
    expect(JSON.stringify(view)).not.toContain('deepl-secret-key');
    const audit = await site.audit.list({ action: 'machine-translation.configured', limit: 5 });
    expect(audit.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.entries)).not.toContain('deepl-secret-key');
    // A blank key keeps the stored one; only administrators configure.
    await mt.settings.save({ enabled: true, provider: 'deepl', baseUrl: deepl.url, apiKey: '', pairs: [{ from: 'fr', to: 'en' }] }, admin);
    expect((await site.database.db.selectFrom('machineTranslationSettings').select('apiKeySealed').executeTakeFirstOrThrow()).apiKeySealed).toBe(row.apiKeySealed);
    expect(await code(mt.settings.read(await person('editor')))).toBe('POLICY_FORBIDDEN');
    expect(await code(mt.settings.save({ enabled: true, provider: 'deepl', baseUrl: 'ftp://x', pairs: [{ from: 'fr', to: 'xx' }] }, admin))).toBe('MT_SETTINGS_INVALID');
  });

  it('saves a missing translation as a draft marked machine-made, with links and marks restored from the source, never published', async () => {
    const id = await frenchPage('mt-draft');
    const result = await mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin });
    expect(result).toMatchObject({ locale: 'en', version: 1, pendingOverPublished: false });
    const en = await site.content.service.findTranslation(id, 'en');
    expect(en?.status).toBe('draft');
    expect(en?.title).toBe('RAPPORT ANNUEL');
    const inlines = (en!.body.content[0] as unknown as { content: { text?: string; marks?: unknown[] }[] }).content;
    expect(inlines.find((n) => n.text === 'LE RAPPORT')?.marks).toEqual([link]);
    expect(inlines.find((n) => n.text === 'NOUS ENSEMBLE')?.marks).toEqual([{ type: 'bold' }]);
    expect(await mt.service.markOf(id, 'en')).toMatchObject({ provider: 'deepl', version: 1 });
    expect((await site.audit.list({ documentId: id, action: 'translation.machine-translated' })).entries).toHaveLength(1);
  });

  it('applies the memory before any machine call: remembered sentences are not sent, a fully remembered page calls nothing', async () => {
    const id = await frenchPage('mt-memory');
    const remembered = 'Merci à tous.';
    memory.set(segmentHash(remembered), ['Thanks to everyone (from memory).']);
    const before = deepl.requests.length;
    const result = await mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin });
    expect(result.fromMemory).toBe(1);
    const sent = deepl.requests.slice(before).flatMap((r) => (r.body as { text?: string[] }).text ?? []);
    expect(sent.some((t) => t.includes('Merci'))).toBe(false);
    expect(memoryAsked.at(-1)).toContain(segmentHash(remembered));
    const en = await site.content.service.findTranslation(id, 'en');
    expect(JSON.stringify(en!.body)).toContain('Thanks to everyone (from memory).');
    // Every segment remembered: the provider hears nothing.
    const { document } = await site.content.service.createDocumentWithTranslation({ type: 'page', parentId: null, locale: 'fr', translation: { slug: 'mt-all-memory', title: remembered }, actor: SYSTEM });
    const calls = deepl.requests.length;
    expect((await mt.service.machineTranslate({ documentId: document.id, targetLocale: 'en', actor: admin })).sentToProvider).toBe(0);
    expect(deepl.requests.length).toBe(calls);
  });

  it('passes the glossary to DeepL as a glossary, and protects do-not-translate terms on LibreTranslate', async () => {
    terms = [{ term: 'Nous Ensemble', translation: '', doNotTranslate: true }];
    const id = await frenchPage('mt-glossary');
    const before = deepl.requests.length;
    await mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin });
    expect(deepl.requests.slice(before).map((r) => r.path)).toContain('/v2/glossaries');
    expect(JSON.stringify((await site.content.service.findTranslation(id, 'en'))!.body)).toContain('Nous Ensemble');

    await mt.settings.save({ enabled: true, provider: 'libretranslate', baseUrl: libre.url, apiKey: '', clearKey: true, pairs: [{ from: 'fr', to: 'ar' }] }, admin);
    await mt.service.machineTranslate({ documentId: id, targetLocale: 'ar', actor: admin });
    const ar = await site.content.service.findTranslation(id, 'ar');
    expect(JSON.stringify(ar!.body)).toContain('Nous Ensemble');
    expect(JSON.stringify(ar!.body)).toContain('https://example.org/rapport-2026');
  });

  it('never overwrites a person\'s words: refills machine text only, and a human save ends the mark', async () => {
    const id = await frenchPage('mt-human');
    const first = await mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin });
    // The machine's own text may be asked again (the source changed, a better provider).
    const second = await mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin });
    expect(second.version).toBe(first.version + 1);
    const translator = await person('translator', ['en']);
    await site.content.service.saveTranslation({ documentId: id, locale: 'en', expectedVersion: second.version, translation: { slug: 'mt-human', title: 'Annual report, reviewed by Lea' }, actor: translator });
    expect(await mt.service.markOf(id, 'en')).toBeUndefined();
    expect(await mt.service.mayRefill(id, 'en')).toBe(false);
    expect(await code(mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin }))).toBe('MT_HUMAN_EDIT');
    expect((await site.content.service.findTranslation(id, 'en'))!.title).toBe('Annual report, reviewed by Lea');
    // A translation a person wrote from the start is refused too.
    const other = await frenchPage('mt-human-2');
    await site.content.service.saveTranslation({ documentId: other, locale: 'ar', expectedVersion: 0, translation: { slug: 'mt-human-2', title: 'تقرير' }, actor: SYSTEM });
    expect(await code(mt.service.machineTranslate({ documentId: other, targetLocale: 'ar', actor: admin }))).toBe('MT_HUMAN_EDIT');
  });

  it('gives a published machine translation a working copy, never touching what visitors see', async () => {
    const id = await frenchPage('mt-published');
    await mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin });
    await site.content.service.publishTranslation({ documentId: id, locale: 'en', actor: SYSTEM });
    expect(await mt.service.markOf(id, 'en')).toBeUndefined();
    const result = await mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin });
    expect(result.pendingOverPublished).toBe(true);
    const copy = await site.content.service.findWorkingCopy(id, 'en');
    expect(copy?.translation.status).toBe('published');
    expect(copy?.pending).toBeDefined();
    expect(await mt.service.markOf(id, 'en')).toBeDefined();
    expect((await mt.service.listAwaitingReview()).some((m) => m.documentId === id && m.locale === 'en')).toBe(true);
  });

  it('refuses clearly, changing nothing: a used-up quota, a pair not allowed, a translator outside their locales, a reviewer, switched off, the source itself', async () => {
    const id = await frenchPage('mt-refusals');
    await mt.settings.save({ enabled: true, provider: 'deepl', baseUrl: deepl.url, apiKey: 'quota', pairs: [{ from: 'fr', to: 'en' }] }, admin);
    expect(await code(mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin }))).toBe('MT_PROVIDER_QUOTA');
    expect(await site.content.service.findTranslation(id, 'en')).toBeUndefined();
    expect(await code(mt.service.machineTranslate({ documentId: id, targetLocale: 'es', actor: admin }))).toBe('MT_PAIR_NOT_ALLOWED');
    expect(await code(mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: await person('translator', ['ar']) }))).toBe('POLICY_FORBIDDEN');
    expect(await code(mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: await person('reviewer') }))).toBe('POLICY_FORBIDDEN');
    await mt.settings.save({ enabled: false, provider: 'deepl', baseUrl: deepl.url, pairs: [{ from: 'fr', to: 'en' }] }, admin);
    expect(await code(mt.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin }))).toBe('MT_NOT_CONFIGURED');
    expect(await code(mt.service.machineTranslate({ documentId: id, targetLocale: 'fr', actor: admin }))).toBe('MT_NO_SOURCE');
    expect(await site.content.service.findTranslation(id, 'en')).toBeUndefined();
  });

  it('cannot open a key sealed under another SECRET_KEY, and says so', async () => {
    const other = createMachineTranslationModule({ db: site.database.db, clock: systemClock, content: site.content.service, secretKey: randomBytes(32), memory: { exact: async () => new Map() }, glossary: { termsFor: async () => [] } });
    const id = await frenchPage('mt-other-key');
    expect(await code(other.service.machineTranslate({ documentId: id, targetLocale: 'en', actor: admin }))).toBe('MT_KEY_UNREADABLE');
  });
});
