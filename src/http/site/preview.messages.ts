import { catalogLookup, createTranslator, type LocaleCode, type LocaleSet, type MessageValues } from '../../modules/locales/index.ts';

// The preview's own words, in the four site languages; French is the source, as for the site.
const fr = {
  'preview.banner': 'Prévisualisation : voici le texte actuel de cette page (statut : {status}), qui n’est peut-être pas publié. Ce lien personnel expire le {when}.',
  'preview.status.draft': 'brouillon',
  'preview.status.in_review': 'en relecture',
  'preview.status.published': 'publié',
  'preview.status.archived': 'archivé',
  'preview.expired.title': 'Lien de prévisualisation expiré',
  'preview.expired.body': 'Ce lien de prévisualisation a expiré. Demandez-en un nouveau à la personne qui vous l’a envoyé.',
  'preview.home': 'Aller à l’accueil',
} as const;

type PreviewKey = keyof typeof fr;

const en: Readonly<Record<PreviewKey, string>> = {
  'preview.banner': 'Preview: this is the current text of this page (status: {status}), which may not be published. This personal link expires on {when}.',
  'preview.status.draft': 'draft',
  'preview.status.in_review': 'in review',
  'preview.status.published': 'published',
  'preview.status.archived': 'archived',
  'preview.expired.title': 'Preview link expired',
  'preview.expired.body': 'This preview link has expired. Ask the person who sent it to you for a new one.',
  'preview.home': 'Go to the home page',
};

const es: Readonly<Record<PreviewKey, string>> = {
  'preview.banner': 'Vista previa: este es el texto actual de esta página (estado: {status}), que quizá no esté publicado. Este enlace personal caduca el {when}.',
  'preview.status.draft': 'borrador',
  'preview.status.in_review': 'en revisión',
  'preview.status.published': 'publicado',
  'preview.status.archived': 'archivado',
  'preview.expired.title': 'Enlace de vista previa caducado',
  'preview.expired.body': 'Este enlace de vista previa ha caducado. Pida uno nuevo a la persona que se lo envió.',
  'preview.home': 'Ir a la página de inicio',
};

const ar: Readonly<Record<PreviewKey, string>> = {
  'preview.banner': 'معاينة: هذا هو النص الحالي لهذه الصفحة (الحالة: {status})، وقد لا يكون منشورًا. تنتهي صلاحية هذا الرابط الشخصي في {when}.',
  'preview.status.draft': 'مسودة',
  'preview.status.in_review': 'قيد المراجعة',
  'preview.status.published': 'منشور',
  'preview.status.archived': 'مؤرشف',
  'preview.expired.title': 'انتهت صلاحية رابط المعاينة',
  'preview.expired.body': 'انتهت صلاحية رابط المعاينة هذا. اطلب رابطًا جديدًا من الشخص الذي أرسله إليك.',
  'preview.home': 'الذهاب إلى الصفحة الرئيسية',
};

const lookup = catalogLookup<PreviewKey>({ fr, en, es, ar });

/** The preview's messages in a locale, along its configured chain (then English, then French). */
export function previewTranslator(locales: LocaleSet, locale: LocaleCode): (key: PreviewKey, values?: MessageValues) => string {
  const translate = createTranslator(lookup, (l) => locales.chain(l));
  return (key, values) => translate(locale, key, values);
}
