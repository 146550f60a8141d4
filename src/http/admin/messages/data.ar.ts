import type { dataFr } from './data.fr.ts';

export const dataAr: Readonly<Record<keyof typeof dataFr, string>> = {
  'type.dataset': 'مجموعة بيانات',
  'edit.field.chart': 'الرسم البياني (line: خطي، bar: أعمدة)',
  'edit.field.series': 'القيم',
  'edit.field.licence': 'الترخيص',
  'edit.field.licenceUrl': 'عنوان الترخيص',
  'edit.field.measure': 'ما تعدّه القيم',
  'edit.field.description': 'وصف الرسم البياني',
  'edit.field.labels': 'أسماء الفئات',
  'edit.field.dataset': 'مجموعة البيانات المصدر',
  'edit.hint.series': 'قيمة واحدة في كل سطر: «التاريخ;القيمة» (2019;272000000) أو «التاريخ;الفئة;القيمة» (2019;europe;82000000). التاريخ: سنة أو YYYY-MM أو YYYY-MM-DD؛ الفئة: مفتاح بأحرف لاتينية صغيرة أو رمز بلد (IN)؛ القيمة بالأرقام، والكسور بنقطة.',
  'edit.hint.labels': 'فئة واحدة في كل سطر: «المفتاح = الاسم» (europe = أوروبا). تُسمّى رموز البلدان تلقائياً.',
  'edit.hint.description': 'ما يبيّنه الرسم البياني في جملة أو جملتين: هذا هو النص البديل له.',
};
