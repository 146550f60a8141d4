import { catalogLookup, createTranslator, fixedChain, type LocaleCode } from '../locales/index.ts';

/**
 * The mails' words, in the back office's four languages: a mail is written in its recipient's
 * interface language. ICU messages, as the back office's own catalogs.
 */
const FR = {
  'mail.review-requested.subject': 'Relecture demandée : {title} ({language})',
  'mail.review-requested.body': '{actor} a soumis la traduction en {language} de « {title} » à relecture.',
  'mail.changes-requested.subject': 'Modifications demandées : {title} ({language})',
  'mail.changes-requested.body': '{actor} demande des modifications à la traduction en {language} de « {title} ».',
  'mail.published.subject': 'Publié : {title} ({language})',
  'mail.published.body': '{actor} a publié la traduction en {language} de « {title} ».',
  'mail.schedule-failed.subject': 'Échec d’une publication programmée : {title} ({language})',
  'mail.schedule-failed.body': 'Le changement programmé de la traduction en {language} de « {title} » n’a pas pu être appliqué.',
  'mail.story-submitted.subject': 'Nouveau récit reçu ({language})',
  'mail.story-submitted.body': 'Un récit a été envoyé par le formulaire public en {language}. Il attend votre modération.',
  'mail.translation-assigned.subject': 'Traduction confiée : {title} ({language})',
  'mail.translation-assigned.body': '{actor} vous a confié la traduction en {language} de « {title} ».',
  'mail.message': 'Message :',
  'mail.open': 'Ouvrir dans Ensemble : {url}',
  'mail.openLink': 'Ouvrir dans Ensemble',
  'mail.system': 'Ensemble',
  'mail.preferences': 'Vous recevez ce courriel selon vos préférences de notification : {url}',
  'mail.preferencesLink': 'Choisir les courriels que vous recevez',
  'mail.digest.subject': '{count, plural, one {# notification} other {# notifications}} d’Ensemble',
  'mail.digest.intro': 'Voici le résumé de vos notifications.',
} as const;

type MailKey = keyof typeof FR;

const EN: Readonly<Record<MailKey, string>> = {
  'mail.review-requested.subject': 'Review requested: {title} ({language})',
  'mail.review-requested.body': '{actor} submitted the {language} translation of “{title}” for review.',
  'mail.changes-requested.subject': 'Changes requested: {title} ({language})',
  'mail.changes-requested.body': '{actor} asked for changes to the {language} translation of “{title}”.',
  'mail.published.subject': 'Published: {title} ({language})',
  'mail.published.body': '{actor} published the {language} translation of “{title}”.',
  'mail.schedule-failed.subject': 'Scheduled change failed: {title} ({language})',
  'mail.schedule-failed.body': 'The scheduled change of the {language} translation of “{title}” could not be carried out.',
  'mail.story-submitted.subject': 'New story submitted ({language})',
  'mail.story-submitted.body': 'A story was sent through the public form in {language}. It waits for moderation.',
  'mail.translation-assigned.subject': 'Translation assigned: {title} ({language})',
  'mail.translation-assigned.body': '{actor} assigned you the {language} translation of “{title}”.',
  'mail.message': 'Message:',
  'mail.open': 'Open in Ensemble: {url}',
  'mail.openLink': 'Open in Ensemble',
  'mail.system': 'Ensemble',
  'mail.preferences': 'You receive this e-mail because of your notification settings: {url}',
  'mail.preferencesLink': 'Choose which e-mails you receive',
  'mail.digest.subject': '{count, plural, one {# notification} other {# notifications}} from Ensemble',
  'mail.digest.intro': 'Here is the summary of your notifications.',
};

const ES: Readonly<Record<MailKey, string>> = {
  'mail.review-requested.subject': 'Revisión solicitada: {title} ({language})',
  'mail.review-requested.body': '{actor} envió a revisión la traducción al {language} de «{title}».',
  'mail.changes-requested.subject': 'Cambios solicitados: {title} ({language})',
  'mail.changes-requested.body': '{actor} pidió cambios en la traducción al {language} de «{title}».',
  'mail.published.subject': 'Publicado: {title} ({language})',
  'mail.published.body': '{actor} publicó la traducción al {language} de «{title}».',
  'mail.schedule-failed.subject': 'Falló un cambio programado: {title} ({language})',
  'mail.schedule-failed.body': 'No se pudo aplicar el cambio programado de la traducción al {language} de «{title}».',
  'mail.story-submitted.subject': 'Nuevo relato recibido ({language})',
  'mail.story-submitted.body': 'Se envió un relato desde el formulario público en {language}. Espera moderación.',
  'mail.translation-assigned.subject': 'Traducción asignada: {title} ({language})',
  'mail.translation-assigned.body': '{actor} le asignó la traducción al {language} de «{title}».',
  'mail.message': 'Mensaje:',
  'mail.open': 'Abrir en Ensemble: {url}',
  'mail.openLink': 'Abrir en Ensemble',
  'mail.system': 'Ensemble',
  'mail.preferences': 'Recibe este correo según sus preferencias de notificación: {url}',
  'mail.preferencesLink': 'Elegir qué correos recibe',
  'mail.digest.subject': '{count, plural, one {# notificación} other {# notificaciones}} de Ensemble',
  'mail.digest.intro': 'Este es el resumen de sus notificaciones.',
};

const AR: Readonly<Record<MailKey, string>> = {
  'mail.review-requested.subject': 'طلب مراجعة: {title} ({language})',
  'mail.review-requested.body': 'أرسل {actor} الترجمة {language} لـ«{title}» إلى المراجعة.',
  'mail.changes-requested.subject': 'طلب تعديلات: {title} ({language})',
  'mail.changes-requested.body': 'طلب {actor} تعديلات على الترجمة {language} لـ«{title}».',
  'mail.published.subject': 'نُشر: {title} ({language})',
  'mail.published.body': 'نشر {actor} الترجمة {language} لـ«{title}».',
  'mail.schedule-failed.subject': 'تعذّر تنفيذ تغيير مجدول: {title} ({language})',
  'mail.schedule-failed.body': 'تعذّر تنفيذ التغيير المجدول للترجمة {language} لـ«{title}».',
  'mail.story-submitted.subject': 'قصة جديدة واردة ({language})',
  'mail.story-submitted.body': 'أُرسلت قصة عبر الاستمارة العامة باللغة {language}، وهي بانتظار الإشراف.',
  'mail.translation-assigned.subject': 'إسناد ترجمة: {title} ({language})',
  'mail.translation-assigned.body': 'أسند إليك {actor} الترجمة {language} لـ«{title}».',
  'mail.message': 'الرسالة:',
  'mail.open': 'افتح في Ensemble: {url}',
  'mail.openLink': 'افتح في Ensemble',
  'mail.system': 'Ensemble',
  'mail.preferences': 'تتلقى هذه الرسالة وفق إعدادات الإشعارات لديك: {url}',
  'mail.preferencesLink': 'اختر الرسائل التي تتلقاها',
  'mail.digest.subject': '{count, plural, zero {لا إشعارات} one {إشعار واحد} two {إشعاران} few {# إشعارات} many {# إشعارًا} other {# إشعار}} من Ensemble',
  'mail.digest.intro': 'إليك ملخص إشعاراتك.',
};

export type { MailKey };

const translate = createTranslator(catalogLookup<MailKey>({ fr: FR, en: EN, es: ES, ar: AR }), fixedChain({ fr: [], en: [], es: [], ar: [] }));

/** The mail's words in one of the back office's languages (English for any other). */
export function mailTranslator(locale: LocaleCode): (key: MailKey, values?: Record<string, string | number>) => string {
  const lang = locale === 'fr' || locale === 'en' || locale === 'es' || locale === 'ar' ? locale : 'en';
  return (key, values) => translate(lang, key, values);
}
