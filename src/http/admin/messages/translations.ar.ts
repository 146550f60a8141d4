import type { translationsFr } from './translations.fr.ts';

/** The translation dashboard, in Arabic. */
export const translationsAr: Readonly<Record<keyof typeof translationsFr, string>> = {
  'admin.nav.translations': 'الترجمات',
  'translations.title': 'الترجمات',
  'translations.coverage': 'التغطية حسب القسم واللغة',
  'translations.section': 'القسم',
  'translations.total': 'الموقع بأكمله',
  'translations.cell': '{current} من {total} محدّثة',
  'translations.outdatedCount':
    '{count, plural, =0 {} zero {} one {ترجمة واحدة للمراجعة} two {ترجمتان للمراجعة} few {# ترجمات للمراجعة} many {# ترجمة للمراجعة} other {# ترجمة للمراجعة}}',
  'translations.queue': 'بانتظار الترجمة',
  'translations.queueMine': 'قائمتي: {locales}',
  'translations.queueMore': '{count, plural, one {وترجمة أخرى أقدم} two {وترجمتان أخريان أقدم} few {و# ترجمات أخرى أقدم} many {و# ترجمة أخرى أقدم} other {و# ترجمة أخرى أقدم}}.',
  'translations.queueEmpty': 'لا شيء بانتظار الترجمة حاليًا.',
  'translations.state.missing': 'غير موجودة',
  'translations.state.outdated': 'للمراجعة: تغيّر النص الأصلي',
  'translations.state.current': 'محدّثة',
  'translations.state.source': 'النص الأصلي',
  'translations.translate': 'الترجمة إلى {language}',
  'translations.outside': 'خارج شجرة الصفحات ({type})',
};
