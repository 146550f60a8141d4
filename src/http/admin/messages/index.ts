import { createTranslator, type LocaleCode } from '../../../modules/locales/index.ts';
import { adminEn } from './en.ts';
import { adminFr } from './fr.ts';
import { editEn } from './edit.en.ts';
import { editFr } from './edit.fr.ts';
import { translationsEn } from './translations.en.ts';
import { translationsFr } from './translations.fr.ts';
import { mediaEn } from './media.en.ts';
import { mediaFr } from './media.fr.ts';
import { workflowEn } from './workflow.en.ts';
import { workflowFr } from './workflow.fr.ts';

/**
 * The back office's catalogs. Each area may keep its own pair of files (`<area>.fr.ts`, typed
 * `as const`, and `<area>.en.ts`, typed complete against it) and list them here.
 */
const FR = { ...adminFr, ...translationsFr, ...editFr, ...mediaFr, ...workflowFr } as const;
const EN: Readonly<Record<keyof typeof FR, string>> = { ...adminEn, ...translationsEn, ...editEn, ...mediaEn, ...workflowEn };

export type AdminMessageKey = keyof typeof FR;
export type AdminCatalog = Readonly<Record<keyof typeof adminFr, string>>;

// The back office speaks French and English today; Spanish and Arabic users see English until
// their catalogs are written (the fallback chain of each locale decides).
export const translateAdmin = createTranslator<AdminMessageKey>({ fr: FR, en: EN, es: {}, ar: {} });

export type AdminT = (key: AdminMessageKey, values?: Record<string, string | number | Date>) => string;

export function adminTranslator(locale: LocaleCode): AdminT {
  return (key, values) => translateAdmin(locale, key, values);
}
