/** @module locales — the site's locales, their direction and fallbacks, negotiation, and interface messages. */
export * from './locales.ts';
export { translate, messageLocale, type MessageKey } from './messages.ts';
