import { findContentType, type PublishCheck } from '../content/index.ts';
import { endonymOf, type LocaleCode } from '../locales/index.ts';

/**
 * Publishing rule: every image a document shows (its fields of kind `image`) has alt text in the
 * locale being published, so no reader of that language meets an undescribed picture.
 */
export function altTextPublishCheck(findMissingAlt: (ids: readonly string[], locale: LocaleCode) => Promise<string[]>): PublishCheck {
  return async (document, locale) => {
    const fields = findContentType(document.type)?.sharedFields.filter((f) => f.kind === 'image') ?? [];
    const problems = [];
    for (const field of fields) {
      const id = document.fields[field.name];
      if (typeof id !== 'string' || id === '') continue;
      if ((await findMissingAlt([id], locale)).length > 0) {
        problems.push({ path: `fields.${field.name}`, message: `the image needs alt text in ${endonymOf(locale)} before this can be published` });
      }
    }
    return problems;
  };
}
