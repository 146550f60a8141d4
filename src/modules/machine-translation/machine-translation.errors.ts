import { AppError, defineErrors, type FieldProblem } from '../../platform/errors.ts';

export const MT_NOT_CONFIGURED = 'MT_NOT_CONFIGURED';
export const MT_PAIR_NOT_ALLOWED = 'MT_PAIR_NOT_ALLOWED';
export const MT_SETTINGS_INVALID = 'MT_SETTINGS_INVALID';
export const MT_HUMAN_EDIT = 'MT_HUMAN_EDIT';
export const MT_NO_SOURCE = 'MT_NO_SOURCE';
export const MT_KEY_UNREADABLE = 'MT_KEY_UNREADABLE';
export const MT_PROVIDER_AUTH = 'MT_PROVIDER_AUTH';
export const MT_PROVIDER_QUOTA = 'MT_PROVIDER_QUOTA';
export const MT_PROVIDER_RATE_LIMITED = 'MT_PROVIDER_RATE_LIMITED';
export const MT_PROVIDER_TIMEOUT = 'MT_PROVIDER_TIMEOUT';
export const MT_PROVIDER_FAILED = 'MT_PROVIDER_FAILED';

/** Every code of this module with its HTTP status; docs/errors.md is generated from it. */
export const MACHINE_TRANSLATION_ERRORS = defineErrors({
  MT_NOT_CONFIGURED: { kind: 'unavailable', status: 503, when: 'Machine translation is switched off, or no provider, address or key is set. Nothing is changed.' },
  MT_PAIR_NOT_ALLOWED: { kind: 'validation', status: 422, when: 'Machine translation is not allowed for this source and target locale. Nothing is changed.' },
  MT_SETTINGS_INVALID: { kind: 'validation', status: 400, when: 'The machine translation settings are not valid. `details` names each field: an unknown provider, an address that is not http(s), a pair of locales that are not configured. Nothing is changed.' },
  MT_HUMAN_EDIT: { kind: 'conflict', status: 409, when: 'The target translation holds text a person saved: machine output never replaces it. Only missing translations, or ones whose current text is itself machine-made, are filled.' },
  MT_NO_SOURCE: { kind: 'validation', status: 422, when: 'The document has no source translation to translate from, or the target is the source itself.' },
  MT_KEY_UNREADABLE: { kind: 'unavailable', status: 503, when: 'The stored API key cannot be opened with this SECRET_KEY (the key changed, or instances sharing the database do not share it). An administrator enters the API key again.' },
  MT_PROVIDER_AUTH: { kind: 'unavailable', status: 503, when: 'The translation service refused the API key (401/403). An administrator must check the key in the settings.' },
  MT_PROVIDER_QUOTA: { kind: 'unavailable', status: 503, when: "The translation service's quota is used up (DeepL answers 456). Nothing is changed; try again when the quota renews." },
  MT_PROVIDER_RATE_LIMITED: { kind: 'unavailable', status: 503, when: 'The translation service asked to slow down (429). Nothing is changed; try again in a moment.' },
  MT_PROVIDER_TIMEOUT: { kind: 'unavailable', status: 503, when: 'The translation service did not answer in time, or could not be reached. Nothing is changed.' },
  MT_PROVIDER_FAILED: { kind: 'unavailable', status: 503, when: 'The translation service answered with an error. Or its answer did not translate every segment. Nothing is changed.' },
});

export function notConfigured(): AppError {
  return new AppError(MT_NOT_CONFIGURED, 'unavailable', 'Machine translation is not configured or is switched off');
}

export function pairNotAllowed(from: string, to: string): AppError {
  return new AppError(MT_PAIR_NOT_ALLOWED, 'validation', `Machine translation from ${from} into ${to} is not allowed by the settings`);
}

export function invalidSettings(details: readonly FieldProblem[]): AppError {
  return new AppError(MT_SETTINGS_INVALID, 'validation', 'The machine translation settings are not valid', { details });
}

export function humanEditKept(locale: string): AppError {
  return new AppError(MT_HUMAN_EDIT, 'conflict', `The ${locale} translation holds text saved by a person: machine translation does not replace it`);
}

export function noSource(documentId: string, locale: string): AppError {
  return new AppError(MT_NO_SOURCE, 'validation', `Document ${documentId.slice(0, 64)} has no source translation to translate into ${locale}`);
}

export function keyUnreadable(cause: unknown): AppError {
  return new AppError(MT_KEY_UNREADABLE, 'unavailable', 'The stored API key cannot be opened with this SECRET_KEY: enter the API key again in the machine translation settings', { cause });
}

type ProviderCode = typeof MT_PROVIDER_AUTH | typeof MT_PROVIDER_QUOTA | typeof MT_PROVIDER_RATE_LIMITED | typeof MT_PROVIDER_TIMEOUT | typeof MT_PROVIDER_FAILED;

const PROVIDER_WHAT: Readonly<Record<ProviderCode, string>> = {
  MT_PROVIDER_AUTH: 'refused the API key',
  MT_PROVIDER_QUOTA: 'says the quota is used up',
  MT_PROVIDER_RATE_LIMITED: 'asks to slow down (too many requests)',
  MT_PROVIDER_TIMEOUT: 'did not answer in time',
  MT_PROVIDER_FAILED: 'failed',
};

/** A provider's failure, named by what the administrator can do about it; `detail` never holds the key. */
function providerError(code: ProviderCode, provider: string, detail: string, cause?: unknown): AppError {
  return new AppError(code, 'unavailable', `${provider} ${PROVIDER_WHAT[code]}: ${String(detail).slice(0, 300)}`, { cause });
}

export const providerAuth = (provider: string, detail: string) => providerError(MT_PROVIDER_AUTH, provider, detail);
export const providerQuota = (provider: string, detail: string) => providerError(MT_PROVIDER_QUOTA, provider, detail);
export const providerRateLimited = (provider: string, detail: string) => providerError(MT_PROVIDER_RATE_LIMITED, provider, detail);
export const providerTimeout = (provider: string, detail: string, cause?: unknown) => providerError(MT_PROVIDER_TIMEOUT, provider, detail, cause);
export const providerFailed = (provider: string, detail: string, cause?: unknown) => providerError(MT_PROVIDER_FAILED, provider, detail, cause);
