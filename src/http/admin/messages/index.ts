import { ADMIN_LOCALE_SET, catalogLookup, createTranslator, type LocaleCode } from '../../../modules/locales/index.ts';
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
import { treeEn } from './tree.en.ts';
import { doclistAr } from './doclist.ar.ts';
import { doclistEn } from './doclist.en.ts';
import { doclistEs } from './doclist.es.ts';
import { doclistFr } from './doclist.fr.ts';
import { treeFr } from './tree.fr.ts';
import { adminEs } from './es.ts';
import { adminAr } from './ar.ts';
import { editEs } from './edit.es.ts';
import { editAr } from './edit.ar.ts';
import { translationsEs } from './translations.es.ts';
import { translationsAr } from './translations.ar.ts';
import { mediaEs } from './media.es.ts';
import { mediaAr } from './media.ar.ts';
import { workflowEs } from './workflow.es.ts';
import { workflowAr } from './workflow.ar.ts';
import { treeEs } from './tree.es.ts';
import { treeAr } from './tree.ar.ts';
import { menusFr } from './menus.fr.ts';
import { menusEn } from './menus.en.ts';
import { menusEs } from './menus.es.ts';
import { menusAr } from './menus.ar.ts';
import { storiesFr } from './stories.fr.ts';
import { storiesEn } from './stories.en.ts';
import { storiesEs } from './stories.es.ts';
import { storiesAr } from './stories.ar.ts';
import { videoFr } from './video.fr.ts';
import { videoEn } from './video.en.ts';
import { videoEs } from './video.es.ts';
import { videoAr } from './video.ar.ts';
import { captionsFr } from './captions.fr.ts';
import { captionEditorFr } from './caption-editor.fr.ts';
import { captionEditorEn } from './caption-editor.en.ts';
import { captionEditorEs } from './caption-editor.es.ts';
import { captionEditorAr } from './caption-editor.ar.ts';
import { captionsEn } from './captions.en.ts';
import { captionsEs } from './captions.es.ts';
import { captionsAr } from './captions.ar.ts';
import { consentFr } from './consent.fr.ts';
import { consentEn } from './consent.en.ts';
import { consentEs } from './consent.es.ts';
import { consentAr } from './consent.ar.ts';
import { submissionsFr } from './submissions.fr.ts';
import { submissionsEn } from './submissions.en.ts';
import { submissionsEs } from './submissions.es.ts';
import { submissionsAr } from './submissions.ar.ts';
import { reviewFr } from './review.fr.ts';
import { reviewEn } from './review.en.ts';
import { reviewEs } from './review.es.ts';
import { reviewAr } from './review.ar.ts';
import { tokensFr } from './tokens.fr.ts';
import { tokensEn } from './tokens.en.ts';
import { tokensEs } from './tokens.es.ts';
import { tokensAr } from './tokens.ar.ts';
import { localesFr } from './locales.fr.ts';
import { localesEn } from './locales.en.ts';
import { localesEs } from './locales.es.ts';
import { localesAr } from './locales.ar.ts';
import { dataFr } from './data.fr.ts';
import { dataEn } from './data.en.ts';
import { dataEs } from './data.es.ts';
import { dataAr } from './data.ar.ts';
import { filesFr } from './files.fr.ts';
import { filesEn } from './files.en.ts';
import { filesEs } from './files.es.ts';
import { filesAr } from './files.ar.ts';
import { liveEditFr } from './live-edit.fr.ts';
import { liveEditEn } from './live-edit.en.ts';
import { liveEditEs } from './live-edit.es.ts';
import { liveEditAr } from './live-edit.ar.ts';
import { notificationsFr } from './notifications.fr.ts';
import { machineTranslationFr } from './machine-translation.fr.ts';
import { machineTranslationEn } from './machine-translation.en.ts';
import { machineTranslationEs } from './machine-translation.es.ts';
import { machineTranslationAr } from './machine-translation.ar.ts';
import { notificationsEn } from './notifications.en.ts';
import { notificationsEs } from './notifications.es.ts';
import { notificationsAr } from './notifications.ar.ts';
import { jobsFr } from './jobs.fr.ts';
import { jobsEn } from './jobs.en.ts';
import { jobsEs } from './jobs.es.ts';
import { jobsAr } from './jobs.ar.ts';
import { labelsFr } from './labels.fr.ts';
import { labelsEn } from './labels.en.ts';
import { labelsEs } from './labels.es.ts';
import { labelsAr } from './labels.ar.ts';
import { editorFr } from './editor.fr.ts';
import { editorEn } from './editor.en.ts';
import { editorEs } from './editor.es.ts';
import { editorAr } from './editor.ar.ts';
import { memoryFr } from './memory.fr.ts';
import { memoryEn } from './memory.en.ts';
import { memoryEs } from './memory.es.ts';
import { memoryAr } from './memory.ar.ts';

/**
 * The back office's catalogs. Each area may keep its own pair of files (`<area>.fr.ts`, typed
 * `as const`, and `<area>.en.ts`, `<area>.es.ts`, `<area>.ar.ts`, typed complete against it) and list them here.
 */
const FR = { ...adminFr, ...translationsFr, ...editFr, ...mediaFr, ...workflowFr, ...treeFr, ...menusFr, ...storiesFr, ...videoFr, ...captionsFr, ...consentFr, ...submissionsFr, ...reviewFr, ...tokensFr, ...localesFr, ...dataFr, ...filesFr, ...liveEditFr, ...doclistFr, ...notificationsFr, ...machineTranslationFr, ...labelsFr, ...captionEditorFr, ...editorFr, ...memoryFr, ...jobsFr } as const;
const EN: Readonly<Record<keyof typeof FR, string>> = { ...adminEn, ...translationsEn, ...editEn, ...mediaEn, ...workflowEn, ...treeEn, ...menusEn, ...storiesEn, ...videoEn, ...captionsEn, ...consentEn, ...submissionsEn, ...reviewEn, ...tokensEn, ...localesEn, ...dataEn, ...filesEn, ...liveEditEn, ...doclistEn, ...notificationsEn, ...machineTranslationEn, ...labelsEn, ...captionEditorEn, ...editorEn, ...memoryEn, ...jobsEn };
const ES: Readonly<Record<keyof typeof FR, string>> = { ...adminEs, ...translationsEs, ...editEs, ...mediaEs, ...workflowEs, ...treeEs, ...menusEs, ...storiesEs, ...videoEs, ...captionsEs, ...consentEs, ...submissionsEs, ...reviewEs, ...tokensEs, ...localesEs, ...dataEs, ...filesEs, ...liveEditEs, ...doclistEs, ...notificationsEs, ...machineTranslationEs, ...labelsEs, ...captionEditorEs, ...editorEs, ...memoryEs, ...jobsEs };
const AR: Readonly<Record<keyof typeof FR, string>> = { ...adminAr, ...translationsAr, ...editAr, ...mediaAr, ...workflowAr, ...treeAr, ...menusAr, ...storiesAr, ...videoAr, ...captionsAr, ...consentAr, ...submissionsAr, ...reviewAr, ...tokensAr, ...localesAr, ...dataAr, ...filesAr, ...liveEditAr, ...doclistAr, ...notificationsAr, ...machineTranslationAr, ...labelsAr, ...captionEditorAr, ...editorAr, ...memoryAr, ...jobsAr };

export type AdminMessageKey = keyof typeof FR;
export type AdminCatalog = Readonly<Record<keyof typeof adminFr, string>>;

// The back office speaks its four shipped languages, whatever the site publishes in; every catalog is complete against the French.
export const translateAdmin = createTranslator(catalogLookup<AdminMessageKey>({ fr: FR, en: EN, es: ES, ar: AR }), (locale) => ADMIN_LOCALE_SET.chain(locale));

export type AdminT = (key: AdminMessageKey, values?: Record<string, string | number | Date>) => string;

export function adminTranslator(locale: LocaleCode): AdminT {
  return (key, values) => translateAdmin(locale, key, values);
}
