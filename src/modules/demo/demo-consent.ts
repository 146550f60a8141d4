import type { ConsentModule } from '../consent/index.ts';
import { SYSTEM_ACTOR } from '../content/index.ts';
import type { DemoMedia } from './load-demo.ts';

/** When the demo's (fictional) people gave their consent, and until when it runs. */
const COLLECTED_AT = '2019-11-15';
const EXPIRES_AT = '2030-12-31';

/**
 * Records the consent of each person in a demo story, so the stories can be published under the
 * same rule as an editor's: every identifiable person consented to the web.
 */
export function demoConsentRecorder(consent: ConsentModule): NonNullable<DemoMedia['recordConsent']> {
  return async (documentId, people) => {
    for (const person of people) {
      await consent.record(
        {
          documentId,
          personLabel: person.person,
          formReference: `DEMO-${COLLECTED_AT.slice(0, 4)}-${person.person.toUpperCase()}`,
          identifiable: true,
          minor: false,
          guardianConsent: false,
          channels: person.channels,
          collectedAt: COLLECTED_AT,
          expiresAt: EXPIRES_AT,
        },
        SYSTEM_ACTOR,
      );
    }
  };
}
