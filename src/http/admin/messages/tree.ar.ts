import type { treeFr } from './tree.fr.ts';

/** The page tree and the menus, in Arabic. */
export const treeAr: Readonly<Record<keyof typeof treeFr, string>> = {
  'tree.title': 'شجرة الصفحات',
  'tree.intro': 'الترتيب هنا هو ترتيب الموقع العام. نقل صفحة يغيّر عناوينها؛ وتُعاد توجيه العناوين القديمة إلى الجديدة.',
  'tree.empty': 'لا توجد صفحات حاليًا.',
  'tree.moveUp': 'نقل إلى الأعلى',
  'tree.moveDown': 'نقل إلى الأسفل',
  'tree.moveUpLabel': 'نقل «{title}» إلى الأعلى',
  'tree.moveDownLabel': 'نقل «{title}» إلى الأسفل',
  'tree.moveUnder': 'نقل تحت…',
  'tree.moveUnderLabel': 'الموضع الجديد لـ«{title}»',
  'tree.topLevel': '(المستوى الأول)',
  'tree.move': 'نقل',
  'tree.done.moved': 'نُقلت الصفحة.',
  'tree.error.conflict': 'لم يُنقل أي شيء: عدّل شخص آخر هذه الصفحة في هذه الأثناء. الشجرة أدناه محدّثة؛ أعد المحاولة.',
  'tree.error.descendant': 'لم يُنقل أي شيء: لا يمكن وضع صفحة تحت نفسها ولا تحت إحدى صفحاتها الفرعية.',
  'tree.error.slugTaken': 'لم يُنقل أي شيء: هناك صفحة أخرى تستخدم هذا العنوان في ذلك الموضع.',
  'tree.error.input': 'اختر «نقل إلى الأعلى» أو «نقل إلى الأسفل» أو موضعًا جديدًا.',
};
