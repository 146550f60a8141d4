import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { AuditModule } from '../audit/index.ts';
import { translationNotFound, type ContentService } from '../content/index.ts';
import { isLanguageTag, type LocaleCode } from '../locales/index.ts';
import type { SettingsModule } from '../settings/index.ts';
import { invalidWorkflow } from './workflow.errors.ts';
import type { PreviewGrant } from './workflow.types.ts';

export interface PreviewLinksDeps {
  readonly clock: Clock;
  readonly content: ContentService;
  readonly settings: SettingsModule;
  readonly audit: AuditModule;
}

export type PreviewCheck =
  | { readonly kind: 'valid'; readonly grant: PreviewGrant }
  /** Genuine but past its expiry; the locale lets the page speak the translation's language. */
  | { readonly kind: 'expired'; readonly locale: LocaleCode }
  | { readonly kind: 'invalid' };

export type PreviewLinks = ReturnType<typeof createPreviewLinks>;

export const DEFAULT_PREVIEW_HOURS = 48;
export const MAX_PREVIEW_HOURS = 720;
const TOKEN = /^([A-Za-z0-9-]{1,64})\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/**
 * Signed, expiring preview tokens: `<document>.<locale>.<expiry>.<HMAC-SHA256>`, signed with a
 * secret generated once and kept in site settings, so every instance accepts every link and a
 * link needs no table. A link cannot be revoked before it expires; keep lifetimes short.
 */
export function createPreviewLinks({ clock, content, settings, audit }: PreviewLinksDeps) {
  let secret: Buffer | undefined;

  async function key(): Promise<Buffer> {
    if (!secret) {
      const stored = await settings.getOrInitSetting('previewSecret', () => randomBytes(32).toString('base64url'));
      if (typeof stored !== 'string' || stored.length < 32) throw new Error('The stored preview secret is not usable');
      secret = Buffer.from(stored, 'base64url');
    }
    return secret;
  }

  const sign = (k: Buffer, documentId: string, locale: string, expires: string) =>
    createHmac('sha256', k).update(`${documentId}\n${locale}\n${expires}`).digest();

  return {
    /**
     * A token that shows the translation's current text to anyone holding it, until it expires.
     * @throws CONTENT_TRANSLATION_NOT_FOUND, WORKFLOW_INVALID (lifetime outside 1–720 hours)
     */
    async createLink(input: { documentId: string; locale: LocaleCode; actorId: string; hours?: number }) {
      const hours = input.hours ?? DEFAULT_PREVIEW_HOURS;
      if (!Number.isInteger(hours) || hours < 1 || hours > MAX_PREVIEW_HOURS) {
        throw invalidWorkflow([{ path: 'hours', message: `must be a whole number of hours from 1 to ${MAX_PREVIEW_HOURS}` }]);
      }
      if (!isLanguageTag(input.locale) || !(await content.findTranslation(input.documentId, input.locale))) {
        throw translationNotFound(input.documentId, input.locale);
      }
      const expires = Math.floor(clock.now().getTime() / 1000) + hours * 3600;
      const signature = sign(await key(), input.documentId, input.locale, String(expires)).toString('base64url');
      const expiresAt = new Date(expires * 1000);
      await audit.record({
        actorId: input.actorId,
        action: 'preview-link.created',
        documentId: input.documentId,
        locale: input.locale,
        details: { expiresAt: expiresAt.toISOString() },
      });
      return { token: `${input.documentId}.${input.locale}.${expires}.${signature}`, expiresAt };
    },

    /** Checks the signature first, then the expiry: a forged token never learns anything. */
    async checkToken(token: string): Promise<PreviewCheck> {
      const match = TOKEN.exec(token);
      if (!match) return { kind: 'invalid' };
      const [, documentId = '', locale = '', expires = '', signature = ''] = match;
      if (!isLanguageTag(locale)) return { kind: 'invalid' };
      // Compared as text: decoding would ignore the last character's spare bits and accept variants.
      const expected = Buffer.from(sign(await key(), documentId, locale, expires).toString('base64url'));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: 'invalid' };
      const expiresAt = new Date(Number(expires) * 1000);
      if (expiresAt.getTime() <= clock.now().getTime()) return { kind: 'expired', locale };
      return { kind: 'valid', grant: { documentId, locale, expiresAt } };
    },
  };
}
