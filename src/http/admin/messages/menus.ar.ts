import type { menusFr } from './menus.fr.ts';

/** The menus of the public site, in Arabic. */
export const menusAr: Readonly<Record<keyof typeof menusFr, string>> = {
  'menus.title': 'القوائم',
  'menus.intro': 'قوائم الموقع العام بالترتيب الذي تظهر به. لا يظهر البند إلا باللغات التي نُشرت بها صفحته.',
  'menus.menu.main': 'القائمة الرئيسية',
  'menus.menu.footer': 'تذييل الصفحة',
  'menus.empty': 'هذه القائمة فارغة.',
  'menus.moveUp': 'نقل إلى الأعلى',
  'menus.moveDown': 'نقل إلى الأسفل',
  'menus.remove': 'إزالة',
  'menus.moveUpLabel': 'نقل «{title}» إلى الأعلى',
  'menus.moveDownLabel': 'نقل «{title}» إلى الأسفل',
  'menus.removeLabel': 'إزالة «{title}» وبنوده الفرعية من القائمة',
  'menus.add.title': 'إضافة بند',
  'menus.add.menu': 'القائمة',
  'menus.add.document': 'الصفحة',
  'menus.add.parent': 'تحت البند',
  'menus.add.topLevel': '(المستوى الأول)',
  'menus.add.submit': 'إضافة',
  'menus.add.noTargets': 'لا توجد بعد أي صفحة يمكن وضعها في قائمة.',
  'menus.done.added': 'تمت إضافة البند.',
  'menus.done.moved': 'تم نقل البند.',
  'menus.done.removed': 'تمت إزالة البند.',
  'menus.error.input': 'اختر قائمة وصفحة.',
  'menus.error.parentMenu': 'لم تتم إضافة أي شيء: البند الأصلي المختار ينتمي إلى قائمة أخرى.',
};
