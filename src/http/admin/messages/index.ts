import { createTranslator, type LocaleCode } from '../../../modules/locales/index.ts';
import { adminEn } from './en.ts';
import { adminFr } from './fr.ts';

export type AdminMessageKey = keyof typeof adminFr;
export type AdminCatalog = Readonly<Record<AdminMessageKey, string>>;

// The back office speaks French and English today; Spanish and Arabic users see English until
// their catalogs are written (the fallback chain of each locale decides).
export const translateAdmin = createTranslator<AdminMessageKey>({ fr: adminFr, en: adminEn, es: {}, ar: {} });

export type AdminT = (key: AdminMessageKey, values?: Record<string, string | number | Date>) => string;

export function adminTranslator(locale: LocaleCode): AdminT {
  return (key, values) => translateAdmin(locale, key, values);
}
