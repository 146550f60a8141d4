import type { dataFr } from './data.fr.ts';

export const dataAr: Readonly<Record<keyof typeof dataFr, string>> = {
  'data.tableCaption': 'القيم: {measure}',
  'data.column.date': 'التاريخ',
  'data.column.year': 'السنة',
  'data.column.category': 'الفئة',
  'data.source': 'المصدر',
  'data.licence': 'الترخيص',
  'data.downloads': 'تنزيل البيانات',
  'data.download.csv': 'جدول CSV ‏({size})',
  'data.download.json': 'بيانات JSON ‏({size})',
  'data.downloadNote': 'تتضمن الملفات القيم الدقيقة، مع المصدر والترخيص اللذين يجب ذكرهما عند إعادة الاستخدام.',
  'facts.dataset': 'عرض البيانات',
  'publication.date': 'نُشر في {date}',
  'publication.downloads': 'تنزيل المنشور',
  'publication.file': 'PDF، {size}',
  'publication.none': 'هذا المنشور غير متاح للتنزيل بعد.',
};
