import type { countriesFr } from './countries.fr.ts';

export const countriesAr: Readonly<Record<keyof typeof countriesFr, string>> = {
  'map.title': 'خريطة البلدان التي نعمل فيها',
  'map.description': 'للبلدان الملوّنة صفحات خاصة بها: اختر بلدًا من الخريطة أو من القائمة حسب المنطقة.',
  'map.source': 'الخريطة الأساسية: Natural Earth (ملك عام). لا تعني الحدود المرسومة أي اعتراف رسمي.',
  'country.region': 'المنطقة',
  'country.presenceSince': 'الحضور منذ',
  'country.head': 'رئيس المكتب',
  'country.office': 'مكتبنا',
  'country.address': 'العنوان',
  'country.email': 'البريد الإلكتروني',
  'country.phone': 'الهاتف',
  'country.website': 'موقع المكتب',
  'country.stories': 'قصص من هذا البلد',
  'country.statements': 'أخبار وبيانات',
};
