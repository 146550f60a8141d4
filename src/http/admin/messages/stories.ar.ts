import { themesAr } from '../../../modules/locales/index.ts';
import type { storiesFr } from './stories.fr.ts';

export const storiesAr: Readonly<Record<keyof typeof storiesFr, string>> = {
  ...themesAr,
  'edit.field.people': 'الأشخاص (الأسماء الأولى أو الأسماء المستعارة)',
  'edit.field.themes': 'المواضيع',
  'edit.field.video': 'الفيديو',
  'edit.field.related': 'قصص ذات صلة',
  'edit.field.captions': 'الترجمة المرئية (WebVTT)',
  'edit.field.descriptions': 'الوصف الصوتي النصي (WebVTT)',
  'edit.field.transcript': 'النص المكتوب',
  'edit.field.featuredStories': 'قصص مختارة',
  'edit.field.actions': 'دعوات إلى العمل',
  'edit.hint.video': 'فيديو من مكتبة الفيديو. تُنتَج النسخ الخفيفة تلقائياً.',
  'edit.hint.captions': 'نص WebVTT: الصقه هنا أو ارفع ملف ‎.vtt أو ‎.srt من صفحة الوثيقة. تذكر الأخطاء رقم السطر.',
  'edit.hint.transcript': 'اتركه فارغاً لتُنشئ الصفحة النص المكتوب من الترجمة المرئية.',
  'edit.hint.choices': 'اختر كل ما ينطبق.',
};
