import type { captionsFr } from './captions.fr.ts';

/** Problems found in an uploaded captions file, in Arabic (must be complete). */
export const captionsAr: Readonly<Record<keyof typeof captionsFr, string>> = {
  'captions.problem.empty': 'ملف الترجمة فارغ.',
  'captions.problem.too-large': 'ملف الترجمة كبير جدًا ({detail}).',
  'captions.problem.not-text': 'السطر {line}: هذا ليس ملف ترجمة نصيًا ({detail}).',
  'captions.problem.encoding': 'السطر {line}: ترميز غير مقروء ({detail}). احفظ الملف بترميز UTF-8.',
  'captions.problem.signature': 'السطر {line}: يجب أن يبدأ ملف WebVTT بـ «WEBVTT»؛ وُجد «{detail}».',
  'captions.problem.timing': 'السطر {line}: توقيت غير صالح «{detail}». الصيغة المتوقعة: 00:01:02.345.',
  'captions.problem.time-order': 'السطر {line}: ينتهي النص المترجم قبل أن يبدأ ({detail}).',
  'captions.problem.time-limit': 'السطر {line}: الوقت «{detail}» يتجاوز 99:59:59.999.',
  'captions.problem.too-many-cues': 'السطر {line}: عدد كبير جدًا من مقاطع الترجمة ({detail}).',
  'captions.problem.cue-too-long': 'السطر {line}: مقطع الترجمة هذا طويل جدًا ({detail}).',
  'captions.problem.no-cues': 'لا يحتوي الملف على أي مقطع ترجمة.',
  'captions.problem.srt-index': 'السطر {line}: رقم مقطع SRT غير صالح «{detail}».',
  'captions.problem.too-many-problems': 'مشكلات كثيرة جدًا: تُعرض الأولى فقط.',
  'captions.problem.style-block': 'السطر {line}: أُزيلت كتلة STYLE؛ يطبّق المشغّل أسلوبه الخاص.',
  'captions.problem.region-block': 'السطر {line}: أُزيلت كتلة REGION.',
  'captions.problem.cue-setting': 'السطر {line}: تم تجاهل إعدادات المقطع: «{detail}».',
  'captions.problem.cue-id': 'السطر {line}: أُزيل معرّف المقطع («{detail}»).',
  'captions.problem.markup': 'السطر {line}: وسوم غير مدعومة عُرضت كنص، أو صُحّحت.',
  'captions.problem.inline-timestamp': 'السطر {line}: أُزيلت أوقات داخلية خارج مدة المقطع.',
  'captions.problem.stray-text': 'السطر {line}: تم تجاهل نص خارج أي مقطع («{detail}»)؛ هل تسلّل سطر فارغ؟',
  'captions.problem.out-of-order': 'السطر {line}: المقاطع غير مرتبة؛ رُتّبت حسب وقت البدء.',
};
