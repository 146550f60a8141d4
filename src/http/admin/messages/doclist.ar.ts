import type { doclistFr } from './doclist.fr.ts';

/** The documents list's filters and bulk actions, بالعربية. */
export const doclistAr: Readonly<Record<keyof typeof doclistFr, string>> = {
  'doclist.missing': 'ترجمة ناقصة في',
  'doclist.select': 'تحديد «{title}» ({locale})',
  'doclist.selectColumn': 'التحديد',
  'doclist.bulk.label': 'مع الترجمات المحددة',
  'doclist.bulk.submit': 'إرسال للمراجعة',
  'doclist.bulk.publish': 'نشر',
  'doclist.bulk.archive': 'أرشفة',
  'doclist.bulk.apply': 'تطبيق',
  'doclist.bulk.title': 'النتيجة: {action}',
  'doclist.bulk.summary': 'تم: {done}، رُفض: {refused}.',
  'doclist.bulk.result': 'النتيجة',
  'doclist.bulk.done': 'تم: الحالة الآن {status}',
  'doclist.bulk.refused': 'مرفوض: {reason}',
  'doclist.bulk.none': 'لم يتم أي شيء: حدّد ترجمة واحدة على الأقل واختر إجراءً.',
  'doclist.bulk.back': 'العودة إلى القائمة',
  'doclist.reason.forbidden': 'دورك لا يسمح بذلك في هذه اللغة',
  'doclist.reason.notAllowed': 'غير ممكن من حالتها الحالية',
  'doclist.reason.invalid': 'فشلت التحققات السابقة للنشر ({problems})',
  'doclist.reason.conflict': 'عدّلها شخص آخر في الأثناء',
  'doclist.reason.notFound': 'لم تعد موجودة',
};
