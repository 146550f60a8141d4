import { describe, expect, it } from 'vitest';
import { SYSTEM, type Actor, type Role, type TokenActor } from '../accounts/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { allows, authorize, POLICY, PERMISSIONS, type Permission } from './index.ts';

const person = (role: Role, locales: LocaleCode[] = []): Actor => ({ kind: 'user', id: `u-${role}`, role, locales });
const token = (scopes: TokenActor['scopes'], locales: TokenActor['locales'] = null): TokenActor => ({ kind: 'token', id: 'token:t1', tokenId: 't1', scopes, locales });

describe('policy', () => {
  it('lets a translator change text only in their own locales and never the source', () => {
    const translator = person('translator', ['ar']);
    expect(allows(translator, 'translation.edit', { locale: 'ar', isSource: false })).toBe(true);
    expect(allows(translator, 'translation.edit', { locale: 'es', isSource: false })).toBe(false);
    expect(allows(translator, 'translation.edit', { locale: 'ar', isSource: true })).toBe(false);
    expect(allows(translator, 'content.submit', { locale: 'ar', isSource: false })).toBe(true);
    expect(allows(translator, 'content.publish', { locale: 'ar' })).toBe(false);
    expect(allows(translator, 'content.edit')).toBe(false);
  });

  it('gives publishing to reviewers and administrators only, in every locale', () => {
    for (const role of ['administrator', 'reviewer'] as const) expect(allows(person(role), 'content.publish', { locale: 'es' })).toBe(true);
    for (const role of ['editor', 'translator'] as const) expect(allows(person(role, ['es']), 'content.publish', { locale: 'es' })).toBe(false);
  });

  it('grants a token only its scopes, only in its locales, and never people’s data or accounts', () => {
    const writer = token(['read', 'write'], ['en']);
    expect(allows(writer, 'translation.edit', { locale: 'en', isSource: true })).toBe(true);
    expect(allows(writer, 'translation.edit', { locale: 'fr' })).toBe(false);
    expect(allows(writer, 'content.publish', { locale: 'en' })).toBe(false);
    expect(allows(token(['publish']), 'content.publish', { locale: 'ar' })).toBe(true);
    expect(allows(token(['read']), 'content.create')).toBe(false);
    const everything = token(['read', 'write', 'publish']);
    for (const permission of ['users.manage', 'tokens.manage', 'settings.manage', 'audit.read', 'consent.read', 'consent.manage', 'submissions.moderate'] as const) {
      expect(allows(everything, permission)).toBe(false);
    }
  });

  it('lets the system do everything and refuses with POLICY_FORBIDDEN naming the permission', () => {
    for (const permission of PERMISSIONS) expect(allows(SYSTEM, permission)).toBe(true);
    expect(() => authorize(person('reviewer'), 'users.manage')).toThrow(expect.objectContaining({ code: 'POLICY_FORBIDDEN', kind: 'forbidden' }));
  });

  it('gives every role the permissions its table row lists and no other', () => {
    const roles: Role[] = ['administrator', 'editor', 'translator', 'reviewer'];
    for (const permission of Object.keys(POLICY) as Permission[]) {
      for (const role of roles) {
        const expected = (POLICY[permission].roles as readonly Role[]).includes(role);
        expect(allows(person(role, ['en']), permission, {}), `${role} ${permission}`).toBe(expected);
      }
    }
  });
});
