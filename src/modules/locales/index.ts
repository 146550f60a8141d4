/** @module locales — the site's locales, their direction and fallbacks, negotiation, and interface messages. */
export * from './locales.ts';
export { createTranslator, translate, type MessageKey, type MessageValues, type Translate } from './messages.ts';
export { themesAr, themesEn, themesEs, themesFr } from './messages/stories.ts';
