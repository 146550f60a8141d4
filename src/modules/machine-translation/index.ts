/**
 * @module machine-translation — machine translation that a person always reviews: a provider port
 * with DeepL and LibreTranslate adapters, the administrator's settings (the API key sealed at rest),
 * and the operation that fills a missing or machine-made translation as a pending version marked
 * "machine translated, needs review", after the translation memory's exact matches.
 */
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { AuditModule } from '../audit/index.ts';
import type { ContentService } from '../content/index.ts';
import type { LocaleSource } from '../locales/index.ts';
import { createMachineTranslationService, type GlossaryLookup, type MemoryLookup } from './machine-translation.service.ts';
import { createSecretBox } from './secret-box.ts';
import { createSettingsService, type ProviderOptions } from './settings.service.ts';

export * from './machine-translation.errors.ts';
export type * from './machine-translation.types.ts';
export { PROVIDER_KINDS } from './machine-translation.types.ts';
export { createDeepLTranslator, type DeepLOptions } from './deepl.adapter.ts';
export { createLibreTranslateTranslator, type LibreTranslateOptions } from './libretranslate.adapter.ts';
export { createSecretBox, type SecretBox } from './secret-box.ts';
export { codedToMarkup, markupToCoded } from './coded-markup.ts';
export type { GlossaryLookup, MemoryLookup, MachineTranslationService } from './machine-translation.service.ts';
export type { SettingsService as MachineTranslationSettingsService, ProviderOptions } from './settings.service.ts';

export function createMachineTranslationModule(deps: {
  db: Db;
  clock: Clock;
  content: Pick<ContentService, 'getDocument' | 'listTranslations' | 'findWorkingCopy' | 'saveTranslation'>;
  /** 32 bytes that seal the API key (SECRET_KEY, or DATA_DIR/secret.key). */
  secretKey: Uint8Array;
  memory: MemoryLookup;
  glossary: GlossaryLookup;
  audit?: Pick<AuditModule, 'record'>;
  locales?: LocaleSource;
  provider?: ProviderOptions;
}) {
  const settings = createSettingsService({ ...deps, secrets: createSecretBox(deps.secretKey) });
  return { settings, service: createMachineTranslationService({ ...deps, settings }) };
}

export type MachineTranslationModule = ReturnType<typeof createMachineTranslationModule>;

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['machineTranslationSettings', 'machineTranslations'] as const satisfies readonly (keyof Schema)[];
