import { LocaleSet, type LocaleCode, type LocaleRecord } from './locale-set.ts';

/**
 * The languages the back office speaks (an editor's interface language): its catalogs ship with
 * the code. The site's locales are data (the `locales` table), managed by the locales module.
 */
export const ADMIN_LOCALES = ['fr', 'en', 'es', 'ar'] as const;
export type AdminLocale = (typeof ADMIN_LOCALES)[number];

export function isAdminLocale(value: unknown): value is AdminLocale {
  return typeof value === 'string' && (ADMIN_LOCALES as readonly string[]).includes(value);
}

/**
 * The locales a new site starts with, as the first migration stores them: French is the default
 * and the source language. Tests that need no database use the same set.
 */
export const INITIAL_LOCALES: readonly LocaleRecord[] = [
  { tag: 'fr', position: 0, enabled: true, isDefault: true, dirOverride: null, fallbacks: ['en'], prefix: 'fr' },
  { tag: 'en', position: 1, enabled: true, isDefault: false, dirOverride: null, fallbacks: ['fr'], prefix: 'en' },
  { tag: 'es', position: 2, enabled: true, isDefault: false, dirOverride: null, fallbacks: ['en', 'fr'], prefix: 'es' },
  { tag: 'ar', position: 3, enabled: true, isDefault: false, dirOverride: null, fallbacks: ['en', 'fr'], prefix: 'ar' },
];

export const INITIAL_LOCALE_SET = new LocaleSet(INITIAL_LOCALES);

/** The back office's languages as a set: the same four, with the same fallbacks, fixed in code. */
export const ADMIN_LOCALE_SET = new LocaleSet(INITIAL_LOCALES);

export type { LocaleCode };
