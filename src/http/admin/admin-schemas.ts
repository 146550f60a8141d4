import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import { Type, type TProperties } from 'typebox';

/**
 * The back office's route schemas. They are deliberately permissive: a form is checked by its
 * handler, which answers with field errors beside the fields; a schema only refuses what no page
 * of ours sends (an absurd id, a field a megabyte long), and the admin pipeline answers that
 * with its own 400 page after the access and form-token checks (admin-plugin.tsx).
 */

/** The admin's Fastify context: request types come from each route's TypeBox schemas. */
export type AdminInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/**
 * What a page answers: HTML, sent as a string with its content type (sendAdminPage), which Fastify
 * passes through without serialising; redirects (303) have no body. Server errors are the site's
 * error page (http/error-handler.ts), not declared here.
 */
const HtmlPage = Type.String({ contentMediaType: 'text/html' });
export const PageResponses = { '2xx': HtmlPage, '4xx': HtmlPage };

/** An id in an address: longer than any id we make, far shorter than an abuse. */
export const UrlId = Type.String({ minLength: 1, maxLength: 256 });
/** A locale in an address; the handler answers an unknown one with its not-found page. */
export const UrlLocale = Type.String({ minLength: 1, maxLength: 35 });

export const IdParams = Type.Object({ id: UrlId });
export const TranslationParams = Type.Object({ id: UrlId, locale: UrlLocale });

/** A query value the handler reads and checks itself (`done`, filters, page numbers). */
export const QueryText = Type.Optional(Type.String({ maxLength: 2048 }));

/** A query string: the names a page reads, anything else ignored as before. */
export function query<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: true });
}

/** A form field: text up to a generous bound, optional because the handler names what is missing. */
export const FormText = Type.Optional(Type.String({ maxLength: 1_000_000 }));
/** A field whose name repeats (check boxes, ordered lists): one string or several. */
export const FormList = Type.Optional(Type.Union([Type.String({ maxLength: 1_000_000 }), Type.Array(Type.String({ maxLength: 1_000_000 }), { maxItems: 10_000 })]));

/**
 * An urlencoded form (@fastify/formbody): the form token and the names the handler reads; other
 * names pass (dynamic `fields.<name>` and `shared.<name>`), the handler ignores what it does not know.
 */
export function form<P extends TProperties>(properties: P) {
  return Type.Object({ _csrf: FormText, ...properties }, { additionalProperties: true });
}

/**
 * The document forms: their fixed names (read with `formText`, which takes the first of a repeated
 * name) and the dynamic `shared.<name>` / `fields.<name>` inputs of the content type.
 */
export const TranslationForm = form({ expectedVersion: FormList, slug: FormList, title: FormList, summary: FormList, body: FormList });
export const NewDocumentForm = form({ type: FormList, parent: FormList, locale: FormList, slug: FormList, title: FormList, summary: FormList, body: FormList });
export const SharedFieldsForm = form({ expectedVersion: FormList });

/** A form that carries only its token (sign-out, revoke, remove…). */
export const TokenOnlyForm = form({});
