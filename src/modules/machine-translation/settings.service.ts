import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { withUnitOfWork, type UnitOfWork } from '../../platform/db/transaction.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { INITIAL_LOCALE_SOURCE, type LocaleSource } from '../locales/index.ts';
import { authorize } from '../policy/index.ts';
import { createDeepLTranslator } from './deepl.adapter.ts';
import { createLibreTranslateTranslator } from './libretranslate.adapter.ts';
import { invalidSettings, keyUnreadable, notConfigured } from './machine-translation.errors.ts';
import { createMachineTranslationRepository, type StoredSettings } from './machine-translation.repository.ts';
import { PROVIDER_KINDS, type LocalePair, type MachineTranslationSettings, type MachineTranslator, type ProviderKind, type SettingsInput } from './machine-translation.types.ts';
import type { SecretBox } from './secret-box.ts';

export interface ProviderOptions {
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

export interface SettingsServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly secrets: SecretBox;
  readonly audit?: Pick<AuditModule, 'record'>;
  readonly locales?: LocaleSource;
  readonly provider?: ProviderOptions;
}

const DEFAULT_URLS: Readonly<Record<ProviderKind, string>> = { deepl: 'https://api-free.deepl.com', libretranslate: 'http://127.0.0.1:5000' };
const MAX_PAIRS = 200;

export type SettingsService = ReturnType<typeof createSettingsService>;

/**
 * The administrator's machine translation settings. The key is sealed before it reaches the
 * database and opened only to call the provider: no read gives it back, only its last four
 * characters.
 */
export function createSettingsService({ db, clock, secrets, audit, locales = INITIAL_LOCALE_SOURCE, provider = {} }: SettingsServiceDeps) {
  // DeepL glossaries cannot be changed: the ids made by this process are reused for equal entries.
  const glossaryIds = new Map<string, string>();

  const stored = async (trx?: Db) => createMachineTranslationRepository(trx ?? db).findSettings();

  const toView = (s: StoredSettings | undefined): MachineTranslationSettings =>
    s
      ? { enabled: s.enabled, provider: s.provider, baseUrl: s.baseUrl, keyHint: s.keyHint, pairs: s.pairs, updatedAt: s.updatedAt, updatedBy: s.updatedBy }
      : { enabled: false, provider: 'deepl', baseUrl: DEFAULT_URLS.deepl, keyHint: null, pairs: [], updatedAt: null, updatedBy: null };

  const openKey = (sealed: string): string => {
    try {
      return secrets.open(sealed);
    } catch (error) {
      throw keyUnreadable(error);
    }
  };

  const translatorOf = (s: StoredSettings): MachineTranslator => {
    const apiKey = s.apiKeySealed ? openKey(s.apiKeySealed) : undefined;
    if (s.provider === 'deepl') {
      if (!apiKey) throw notConfigured();
      return createDeepLTranslator({ baseUrl: s.baseUrl, apiKey, glossaryIds, ...provider });
    }
    return createLibreTranslateTranslator({ baseUrl: s.baseUrl, ...(apiKey ? { apiKey } : {}), ...provider });
  };

  return {
    /** @throws POLICY_FORBIDDEN */
    async read(actor: Actor): Promise<MachineTranslationSettings> {
      authorize(actor, 'machineTranslation.configure');
      return toView(await stored());
    },

    /**
     * Saves the settings; a blank key keeps the stored one.
     * @throws POLICY_FORBIDDEN, MT_SETTINGS_INVALID
     */
    async save(input: SettingsInput, actor: Actor, unit?: UnitOfWork): Promise<MachineTranslationSettings> {
      authorize(actor, 'machineTranslation.configure');
      const problems: FieldProblem[] = [];
      const kind = PROVIDER_KINDS.find((k) => k === input.provider);
      if (!kind) problems.push({ path: 'provider', message: `must be one of ${PROVIDER_KINDS.join(', ')}`, reason: 'provider' });
      const baseUrl = checkUrl(input.baseUrl.trim(), problems);
      const pairs = checkPairs(input.pairs, locales, problems);
      const apiKey = (input.apiKey ?? '').trim();
      if (apiKey.length > 500 || /[\s\u0000-\u001f]/.test(apiKey)) problems.push({ path: 'apiKey', message: 'must be at most 500 characters without spaces', reason: 'key' });
      if (problems.length > 0) throw invalidSettings(problems);
      return withUnitOfWork(db, unit, async ({ trx }) => {
        const repo = createMachineTranslationRepository(trx);
        const before = await repo.findSettings();
        const keyChanged = apiKey !== '' || input.clearKey === true;
        const next: StoredSettings = {
          enabled: input.enabled,
          provider: kind!,
          baseUrl,
          apiKeySealed: apiKey !== '' ? secrets.seal(apiKey) : input.clearKey ? null : (before?.apiKeySealed ?? null),
          keyHint: apiKey !== '' ? apiKey.slice(-4) : input.clearKey ? null : (before?.keyHint ?? null),
          pairs,
          updatedAt: clock.now().toISOString(),
          updatedBy: actor.id,
        };
        if (next.enabled && next.provider === 'deepl' && !next.apiKeySealed) throw invalidSettings([{ path: 'apiKey', message: 'DeepL needs an API key', reason: 'keyRequired' }]);
        await repo.saveSettings(next);
        // Which settings changed, never the key.
        await audit?.record({ actorId: actor.id, action: 'machine-translation.configured', details: { enabled: next.enabled, provider: next.provider, baseUrl: next.baseUrl, pairs: pairs.length, keyChanged } }, trx);
        return toView(next);
      });
    },

    /**
     * Sends one short sentence with the saved settings, so an administrator knows at once whether
     * the address and key work.
     * @throws POLICY_FORBIDDEN, MT_NOT_CONFIGURED, MT_PROVIDER_*
     */
    async testConnection(actor: Actor): Promise<{ readonly from: string; readonly to: string; readonly sent: string; readonly received: string }> {
      authorize(actor, 'machineTranslation.configure');
      const s = await stored();
      if (!s) throw notConfigured();
      const pair = s.pairs[0] ?? { from: 'en', to: 'fr' };
      const sent = 'The test sentence of <g id="1">Ensemble</g>.';
      const [received] = await translatorOf(s).translate([sent], pair.from, pair.to);
      return { ...pair, sent, received: received ?? '' };
    },

    /** Whether machine translation is on and allowed for this pair (which buttons to show). */
    async allowsPair(from: string, to: string): Promise<boolean> {
      const s = await stored();
      return s !== undefined && s.enabled && from !== to && s.pairs.some((p) => p.from === from && p.to === to);
    },

    /** The configured translator for an allowed pair. @throws MT_NOT_CONFIGURED */
    async translatorFor(trx?: Db): Promise<{ translator: MachineTranslator; settings: StoredSettings }> {
      const s = await stored(trx);
      if (!s || !s.enabled || s.baseUrl === '') throw notConfigured();
      return { translator: translatorOf(s), settings: s };
    },
  };
}

function checkUrl(raw: string, problems: FieldProblem[]): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push({ path: 'baseUrl', message: 'must be an address such as https://api-free.deepl.com', reason: 'url' });
    return raw;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash || raw.length > 500) {
    problems.push({ path: 'baseUrl', message: 'must be an http(s) address without user name, query or fragment', reason: 'url' });
  }
  return url.href.replace(/\/+$/, '');
}

function checkPairs(pairs: readonly LocalePair[], locales: LocaleSource, problems: FieldProblem[]): LocalePair[] {
  const set = locales.current();
  const seen = new Set<string>();
  const out: LocalePair[] = [];
  pairs.forEach((p, i) => {
    if (!set.has(p.from) || !set.has(p.to) || p.from === p.to) {
      problems.push({ path: `pairs.${i}`, message: `"${p.from.slice(0, 20)} → ${p.to.slice(0, 20)}" must join two different configured locales`, reason: 'pair' });
      return;
    }
    const key = `${p.from}>${p.to}`;
    if (!seen.has(key)) out.push({ from: p.from, to: p.to });
    seen.add(key);
  });
  if (out.length > MAX_PAIRS) problems.push({ path: 'pairs', message: `at most ${MAX_PAIRS} pairs`, reason: 'pairs' });
  return out;
}
