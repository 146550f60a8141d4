import type { FieldProblem } from '../../platform/errors.ts';
import { CONSENT_CHANNELS, type ConsentBlock, type ConsentChannel, type ConsentRecord, type ConsentStatus, type RecordConsentInput } from './consent.types.ts';

export const PERSON_LABEL_MAX = 80;
export const FORM_REFERENCE_MAX = 200;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Checks a new record; every problem names the form field it belongs to. */
export function validateConsentInput(input: RecordConsentInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const label = typeof input.personLabel === 'string' ? input.personLabel.trim() : '';
  if (label === '') problems.push({ path: 'personLabel', message: 'is required' });
  else if (label.length > PERSON_LABEL_MAX) problems.push({ path: 'personLabel', message: `must be at most ${PERSON_LABEL_MAX} characters` });
  else if (CONTROL_CHARACTERS.test(label)) problems.push({ path: 'personLabel', message: 'must not contain control characters' });
  // Heuristic guard for "no raw contact data": an e-mail address or a phone number is refused.
  else if (/@|\d{6,}/.test(label.replace(/[\s().-]/g, ''))) {
    problems.push({ path: 'personLabel', message: 'must be a first name or pseudonym, not contact details' });
  }
  const reference = input.formReference ?? '';
  if (typeof reference !== 'string' || reference.length > FORM_REFERENCE_MAX || CONTROL_CHARACTERS.test(reference)) {
    problems.push({ path: 'formReference', message: `must be text of at most ${FORM_REFERENCE_MAX} characters` });
  }
  const channels = Array.isArray(input.channels) ? input.channels : [];
  if (channels.length === 0) problems.push({ path: 'channels', message: 'must name at least one channel' });
  else if (!channels.every(isConsentChannel) || new Set(channels).size !== channels.length) {
    problems.push({ path: 'channels', message: `must be distinct values among ${CONSENT_CHANNELS.join(', ')}` });
  }
  const collectedOk = isIsoDate(input.collectedAt);
  if (!collectedOk) problems.push({ path: 'collectedAt', message: 'must be a date as YYYY-MM-DD' });
  else if (input.collectedAt > today) problems.push({ path: 'collectedAt', message: 'must not be in the future' });
  const expires = input.expiresAt ?? null;
  if (expires !== null && expires !== '') {
    if (!isIsoDate(expires)) problems.push({ path: 'expiresAt', message: 'must be a date as YYYY-MM-DD' });
    else if (collectedOk && expires <= input.collectedAt) problems.push({ path: 'expiresAt', message: 'must be after the collection date' });
  }
  if (typeof input.identifiable !== 'boolean') problems.push({ path: 'identifiable', message: 'must be yes or no' });
  if (typeof input.minor !== 'boolean') problems.push({ path: 'minor', message: 'must be yes or no' });
  if (typeof input.guardianConsent !== 'boolean') problems.push({ path: 'guardianConsent', message: 'must be yes or no' });
  return problems;
}

/**
 * Where one record stands for the web on `today` (YYYY-MM-DD, UTC). A withdrawal counts whoever
 * the person is; the other conditions apply to people a reader could recognise, since a story
 * needs consent for each identifiable person (DOMAIN §8 item 10).
 */
export function consentStatus(record: ConsentRecord, today: string): ConsentStatus {
  if (record.withdrawnAt !== null) return 'withdrawn';
  if (!record.identifiable) return 'valid';
  // expiresAt is the last day covered, so the consent lapses the day after.
  if (record.expiresAt !== null && record.expiresAt < today) return 'expired';
  if (!record.channels.includes('web')) return 'web_not_allowed';
  if (record.minor && !record.guardianConsent) return 'guardian_missing';
  return 'valid';
}

/** Why a story with these records cannot be on the web; empty when it can. */
export function webConsentBlocks(records: readonly ConsentRecord[], today: string): { block: ConsentBlock; recordId?: string }[] {
  // No record at all means nobody has said who appears in the story: refuse rather than assume.
  if (records.length === 0) return [{ block: 'none' }];
  return records.flatMap((r) => {
    const status = consentStatus(r, today);
    return status === 'valid' ? [] : [{ block: status, recordId: r.id }];
  });
}

export const BLOCK_MESSAGES: Readonly<Record<ConsentBlock, string>> = {
  none: 'no consent is recorded for the people in this story',
  withdrawn: 'a person in this story withdrew their consent',
  expired: 'a person’s consent has expired',
  web_not_allowed: 'a person’s consent does not cover the web',
  guardian_missing: 'a minor’s consent lacks a guardian’s consent',
};

export function isConsentChannel(value: unknown): value is ConsentChannel {
  return typeof value === 'string' && (CONSENT_CHANNELS as readonly string[]).includes(value);
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The UTC calendar date of an instant; consent dates are compared in UTC. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
