/**
 * @module consent — consent records of the people in stories (internal, never public), the rule
 * that a story needs valid web consent to be published, and unpublishing when consent lapses.
 */
import { createConsentService, type ConsentServiceDeps } from './consent.service.ts';
import { createConsentSweeper, type ConsentSweeperOptions } from './consent.sweeper.ts';
import type { Schema } from '../../platform/db/schema.ts';

export function createConsentModule(deps: ConsentServiceDeps) {
  const service = createConsentService(deps);
  return {
    ...service,
    /** The sweeper is created apart so the composition root decides when it starts and stops. */
    createSweeper: (options: ConsentSweeperOptions = {}) => createConsentSweeper(service, options),
  };
}

export type ConsentModule = ReturnType<typeof createConsentModule>;
export type { ConsentService, ConsentServiceDeps } from './consent.service.ts';
export { CONSENT_TYPE } from './consent.service.ts';
export type { ConsentSweeper, ConsentSweeperOptions } from './consent.sweeper.ts';
export { consentStatus, FORM_REFERENCE_MAX, PERSON_LABEL_MAX } from './consent.rules.ts';
export type * from './consent.types.ts';
export { CONSENT_CHANNELS } from './consent.types.ts';
export * from './consent.errors.ts';

/** The tables only this module queries; anything else asks through this index (test/boundaries.test.ts). */
export const OWNED_TABLES = ['consentRecords'] as const satisfies readonly (keyof Schema)[];
