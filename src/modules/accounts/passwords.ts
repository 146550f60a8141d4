import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { normaliseEmail } from './account-input.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Argon2id. The package declares `Algorithm` as an ambient const enum, which `verbatimModuleSyntax`
 * cannot read (TS2748) and which is empty at run time; 2 is its Argon2id member.
 */
const ARGON2ID: Algorithm = 2;

/** A PHC string `$argon2id$v=19$m=19456,t=2,p=1$…`: the package's default cost, OWASP's minimum, kept. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown account, no password yet) it
 * still runs one verification, against a throwaway hash, so the time taken does not tell.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}

/** Why a new password is refused, or undefined when it is acceptable. Lengths count characters, not bytes. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (typeof password !== 'string') return 'must be text';
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) return `must have at least ${PASSWORD_MIN_LENGTH} characters`;
  if (characters.length > PASSWORD_MAX_LENGTH) return `must have at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(characters).size === 1) return 'must not repeat a single character';
  if (normaliseEmail(password) === email) return 'must not be the email address';
  return undefined;
}
