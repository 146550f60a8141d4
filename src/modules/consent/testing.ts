import { SYSTEM_ACTOR, type ContentService } from '../content/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import type { RecordConsentInput } from './consent.types.ts';

let counter = 0;

/** A valid adult's web consent for `documentId`, collected on `collectedAt`, with overrides. */
export function buildConsentInput(documentId: string, overrides: Partial<RecordConsentInput> = {}): RecordConsentInput {
  return {
    documentId,
    personLabel: 'Amina',
    formReference: 'CF-2026-001',
    identifiable: true,
    minor: false,
    guardianConsent: false,
    channels: ['web', 'social'],
    collectedAt: '2026-11-01',
    expiresAt: null,
    ...overrides,
  };
}

/** A story with draft translations in `locales` (French first, the source). */
export async function createTestStory(content: ContentService, locales: readonly LocaleCode[] = ['fr', 'en']): Promise<string> {
  counter += 1;
  const doc = await content.createDocument({ type: 'story', fields: { originCountry: 'SY', residenceCountry: 'TR' }, actor: SYSTEM_ACTOR });
  for (const locale of locales) {
    await content.saveTranslation({
      documentId: doc.id,
      locale,
      expectedVersion: 0,
      translation: { slug: `story-${counter}-${locale}`, title: `Story ${counter} ${locale}`, sourceLocale: locale === locales[0] ? null : locales[0]! },
      actor: SYSTEM_ACTOR,
    });
  }
  return doc.id;
}
