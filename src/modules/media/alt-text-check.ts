import { collectReferences, findContentType, type PublishCheck } from '../content/index.ts';
import { endonymOf, type LocaleCode } from '../locales/index.ts';

/**
 * Publishing rule: every image a document shows (its fields of kind `image`, and the images placed
 * in the body about to go live) has alt text in the locale being published, so no reader of that
 * language meets an undescribed picture.
 */
export function altTextPublishCheck(findMissingAlt: (ids: readonly string[], locale: LocaleCode) => Promise<string[]>): PublishCheck {
  return async (document, locale, body) => {
    const fields = findContentType(document.type)?.sharedFields.filter((f) => f.kind === 'image') ?? [];
    const problems = [];
    const needs = `the image needs alt text in ${endonymOf(locale)} before this can be published`;
    for (const field of fields) {
      const id = document.fields[field.name];
      if (typeof id !== 'string' || id === '') continue;
      if ((await findMissingAlt([id], locale)).length > 0) problems.push({ path: `fields.${field.name}`, message: needs });
    }
    const inBody = collectReferences(body).imageIds;
    if (inBody.length > 0) {
      for (const id of await findMissingAlt(inBody, locale)) {
        // Named by its block where the image stands at the top of the body (as the editor places it).
        const index = body.content.findIndex((block) => block.type === 'image' && block.attrs.mediaId === id);
        problems.push({ path: index >= 0 ? `body.content[${index}]` : 'body', message: needs });
      }
    }
    return problems;
  };
}
