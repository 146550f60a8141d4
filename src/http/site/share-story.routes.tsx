import { randomBytes, timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart, { type Multipart } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { MenuEntry } from '../../modules/content/index.ts';
import type { LocaleCode, LocaleSet } from '../../modules/locales/index.ts';
import {
  checkSubmissionForm,
  DISPLAY_NAME_MAX,
  isSubmissionUploadError,
  STORY_LANGUAGES,
  STORY_MAX,
  type StagedUpload,
  type SubmissionsModule,
} from '../../modules/submissions/index.ts';
import { shareStoryTranslator, type ShareStoryKey, type ShareT } from './share-story.messages.ts';
import { createSiteRenderer, type SiteDeps } from './site.routes.tsx';
import { createViewContext, type ViewContext } from './views/view-context.ts';
import {
  emptyShareForm,
  SHARE_STORY_SEGMENT,
  ShareMessagePage,
  ShareStoryPage,
  THANKS_SEGMENT,
  type ShareFormField,
  type ShareFormValues,
} from './views/share-story.view.tsx';

export interface ShareStoryDeps extends SiteDeps {
  readonly submissions: SubmissionsModule;
}

const FORM_COOKIE = 'ensemble_share';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const TEXT_FIELDS = ['displayName', 'originCountry', 'residenceCountry', 'story', 'storyLanguage', 'email', 'phone', 'consent', 'website'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const MB = 1024 * 1024;

/**
 * GET/POST /{locale}/share-your-story and its thank-you page. Every answer is rendered for its
 * request (never through the page cache: the form carries this visitor's token) and is no-store.
 * Multipart is parsed in this context only; the token is checked before any other part is read,
 * and a file waits in a private staging file until the whole form has passed its checks.
 */
export async function registerShareStoryRoutes(app: FastifyInstance, deps: ShareStoryDeps): Promise<void> {
  const site = createSiteRenderer(deps);
  const secure = deps.publicUrl.startsWith('https://');
  const { submissions } = deps;

  await app.register(async (scope) => {
    await scope.register(cookie);
    await scope.register(multipart, {
      // Past the limit the file is cut and the stream ends; the staging step names the overflow.
      throwFileSizeLimit: false,
      limits: { fileSize: submissions.limits.maxUploadBytes + 1, files: 1, fields: 16, parts: 20, fieldSize: 64 * 1024, fieldNameSize: 64, headerPairs: 20 },
    });

    scope.get(`/:locale/${SHARE_STORY_SEGMENT}`, async (request, reply) => {
      const locale = localeParam(request, deps.locales.current());
      if (!locale) return site.sendError(request, reply, 'notFound');
      const token = formToken(request, reply, secure);
      return sendForm(reply, 200, locale, token, emptyShareForm(locale), {});
    });

    scope.get(`/:locale/${SHARE_STORY_SEGMENT}/${THANKS_SEGMENT}`, async (request, reply) => {
      const locale = localeParam(request, deps.locales.current());
      if (!locale) return site.sendError(request, reply, 'notFound');
      const t = shareStoryTranslator(deps.locales.current(), locale);
      return sendMessage(reply, 200, locale, t('share.thanks.title'), t('share.thanks.body'), { href: `/${deps.locales.current().get(locale).prefix}/`, label: t('share.thanks.home') });
    });

    scope.post(`/:locale/${SHARE_STORY_SEGMENT}`, { onSend: discardUnreadBody }, async (request, reply) => {
      const locale = localeParam(request, deps.locales.current());
      if (!locale) return site.sendError(request, reply, 'notFound');
      const t = shareStoryTranslator(deps.locales.current(), locale);
      const refuse = () =>
        sendMessage(reply, 403, locale, t('share.csrf.title'), t('share.csrf.body'), { href: `/${deps.locales.current().get(locale).prefix}/${SHARE_STORY_SEGMENT}`, label: t('share.csrf.back') });
      if (!request.isMultipart()) return refuse();
      const parts = request.parts()[Symbol.asyncIterator]();
      const expected = request.cookies[FORM_COOKIE];
      if (!isSameSite(request) || !expected || !TOKEN_PATTERN.test(expected) || !(await firstPartIsToken(parts, expected))) return refuse();

      const read = await readRest(parts, submissions);
      try {
        const values = formValues(read.fields, locale);
        const fileError = (key: ShareStoryKey | undefined): Partial<Record<ShareFormField, string>> =>
          key ? { media: t(key, { max: Math.floor(submissions.limits.maxUploadBytes / MB) }) } : {};
        // When a form is sent back, a file that came with it is not kept: say so beside the field.
        const resend = read.staged || read.fileRefusal ? fileError(read.fileRefusal?.message ?? 'share.error.media.again') : {};

        if (read.fields.website) {
          // A robot filled the trap: the same answer as a person gets, and nothing is stored.
          submissions.limiter.hit(request.ip, new Date());
          return reply.redirect(`/${deps.locales.current().get(locale).prefix}/${SHARE_STORY_SEGMENT}/${THANKS_SEGMENT}`, 303);
        }
        const wait = submissions.limiter.retryAfter(request.ip, new Date());
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          return sendForm(reply, 429, locale, expected, values, resend, t('share.rateLimited', { minutes: Math.ceil(wait / 60) }));
        }
        if (read.malformed) return sendForm(reply, 400, locale, expected, values, fileError('share.error.media.malformed'));
        const { problems } = checkSubmissionForm(read.fields);
        const errors: Partial<Record<ShareFormField, string>> = { ...resend };
        for (const p of problems) errors[p.field] = t(`share.error.${p.field}.${p.reason}` as ShareStoryKey, { max: p.field === 'story' ? STORY_MAX : DISPLAY_NAME_MAX });
        if (read.fileRefusal && problems.length === 0) return sendForm(reply, read.fileRefusal.status, locale, expected, values, errors);
        if (problems.length > 0) return sendForm(reply, 400, locale, expected, values, errors);

        let stored: { photoImageId: string } | { videoId: string } | undefined;
        if (read.staged) {
          try {
            stored = await submissions.storeUpload(read.staged);
          } catch (error) {
            const refusal = uploadRefusal(error, submissions.canReceiveVideo);
            if (!refusal) throw error;
            const max = refusal.fromMedia ? Math.floor(deps.media.limits.maxUploadBytes / MB) : Math.floor(submissions.limits.maxUploadBytes / MB);
            return sendForm(reply, refusal.status, locale, expected, values, { media: t(refusal.message, { max }) });
          }
        }
        await submissions.submit({ locale, form: read.fields, ...stored });
        submissions.limiter.hit(request.ip, new Date());
        return reply.redirect(`/${deps.locales.current().get(locale).prefix}/${SHARE_STORY_SEGMENT}/${THANKS_SEGMENT}`, 303);
      } finally {
        await read.staged?.discard();
      }
    });
  });

  async function chrome(locale: LocaleCode): Promise<{ ctx: ViewContext; menu: MenuEntry[]; footer: MenuEntry[] }> {
    const options = { fallback: await deps.settings.getFallbackPolicy() };
    const [menu, footer] = await Promise.all([deps.content.reader.getMenu('main', locale, options), deps.content.reader.getMenu('footer', locale, options)]);
    return { ctx: createViewContext(deps.locales, locale, deps.assets.urls, deps.publicUrl), menu, footer };
  }

  async function sendForm(reply: FastifyReply, status: number, locale: LocaleCode, csrfToken: string, values: ShareFormValues, errors: Partial<Record<ShareFormField, string>>, notice?: string) {
    const { ctx, menu, footer } = await chrome(locale);
    const page = (
      <ShareStoryPage
        ctx={ctx}
        t={shareStoryTranslator(deps.locales.current(), locale)}
        menu={menu}
        footerMenu={footer}
        csrfToken={csrfToken}
        values={values}
        errors={errors}
        notice={notice}
        maxUploadMb={Math.floor((submissions.canReceiveVideo ? submissions.limits.maxUploadBytes : deps.media.limits.maxUploadBytes) / MB)}
        canReceiveVideo={submissions.canReceiveVideo}
      />
    );
    return sendHtml(reply, status, page);
  }

  async function sendMessage(reply: FastifyReply, status: number, locale: LocaleCode, title: string, body: string, link: { href: string; label: string }) {
    const { ctx, menu, footer } = await chrome(locale);
    return sendHtml(reply, status, <ShareMessagePage ctx={ctx} menu={menu} footerMenu={footer} title={title} body={body} link={link} />);
  }
}

function sendHtml(reply: FastifyReply, status: number, page: VNode) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .send(`<!DOCTYPE html>${renderToString(page)}`);
}

function localeParam(request: FastifyRequest, locales: LocaleSet): LocaleCode | undefined {
  const { locale } = request.params as { locale: string };
  return locales.fromPrefix(locale)?.code;
}

/**
 * The visitor's form token (double submit): a random value in a cookie only this site can set,
 * repeated in the form. Another site can make a browser post the form, but not read the value.
 */
function formToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[FORM_COOKIE];
  if (existing && TOKEN_PATTERN.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  reply.setCookie(FORM_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  return token;
}

/** What the browser says of the request's source agrees with a same-site form (as in the back office). */
function isSameSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === 'null' || origin === `${request.protocol}://${request.headers.host}`;
}

/** The first part must be the `_csrf` field (browsers send fields in document order, and it comes first). */
async function firstPartIsToken(parts: AsyncIterator<Multipart>, expected: string): Promise<boolean> {
  try {
    const first = await parts.next();
    if (first.done || first.value.type !== 'field' || first.value.fieldname !== '_csrf' || typeof first.value.value !== 'string') return false;
    const a = Buffer.from(first.value.value);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  } catch {
    return false;
  }
}

interface FileRefusal {
  readonly status: number;
  readonly message: ShareStoryKey;
  readonly fromMedia?: boolean;
}

interface ReadForm {
  readonly fields: Partial<Record<TextField, string>>;
  readonly staged?: StagedUpload;
  readonly fileRefusal?: FileRefusal;
  readonly malformed: boolean;
}

/** Reads the remaining parts: known text fields (first value wins) and at most one staged file. */
async function readRest(parts: AsyncIterator<Multipart>, submissions: SubmissionsModule): Promise<ReadForm> {
  const fields: Partial<Record<TextField, string>> = {};
  let staged: StagedUpload | undefined;
  let fileRefusal: FileRefusal | undefined;
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await parts.next();
    } catch {
      // A cut connection or a broken body: what arrived is shown again, nothing is stored.
      await staged?.discard();
      return { fields, malformed: true };
    }
    if (next.done) break;
    const part = next.value;
    if (part.type === 'file') {
      if (part.fieldname !== 'media' || staged || fileRefusal) {
        part.file.resume();
        continue;
      }
      try {
        staged = await submissions.stageUpload(guardStream(part.file));
      } catch (error) {
        if (error instanceof MalformedUploadError) return { fields, malformed: true };
        const refusal = uploadRefusal(error, submissions.canReceiveVideo);
        if (!refusal) throw error;
        fileRefusal = refusal;
      }
      continue;
    }
    const name = part.fieldname as TextField;
    if ((TEXT_FIELDS as readonly string[]).includes(name) && fields[name] === undefined && typeof part.value === 'string') fields[name] = part.value;
  }
  return { fields, staged, fileRefusal, malformed: false };
}

/** A failure of the request stream itself, told apart from our own errors. */
class MalformedUploadError extends Error {}

async function* guardStream(file: AsyncIterable<unknown>): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of file) yield chunk as Uint8Array;
  } catch (error) {
    throw new MalformedUploadError('The upload stream failed', { cause: error });
  }
}

/** How an upload error reads beside the file field, or undefined for an error that is a bug. */
function uploadRefusal(error: unknown, canReceiveVideo: boolean): FileRefusal | undefined {
  if (!isSubmissionUploadError(error)) return undefined;
  switch (error.code) {
    case 'SUBMISSIONS_UPLOAD_TOO_LARGE':
    case 'VIDEO_UPLOAD_TOO_LARGE':
      return { status: 413, message: 'share.error.media.tooLarge' };
    case 'MEDIA_UPLOAD_TOO_LARGE':
      return { status: 413, message: 'share.error.media.tooLarge', fromMedia: true };
    case 'MEDIA_UNSUPPORTED_TYPE':
    case 'VIDEO_UNSUPPORTED_TYPE':
    case 'SUBMISSIONS_PHOTO_TYPE':
    case 'SUBMISSIONS_VIDEO_UNAVAILABLE':
      return { status: 415, message: canReceiveVideo ? 'share.error.media.type' : 'share.error.media.typePhotoOnly' };
    case 'MEDIA_TOO_MANY_PIXELS':
      return { status: 422, message: 'share.error.media.pixels' };
    default:
      return { status: 422, message: 'share.error.media.unreadable' };
  }
}

/** The visitor's answers as they typed them, for showing the form again. */
function formValues(fields: Partial<Record<TextField, string>>, locale: LocaleCode): ShareFormValues {
  const language = fields.storyLanguage ?? '';
  return {
    displayName: fields.displayName ?? '',
    originCountry: fields.originCountry ?? '',
    residenceCountry: fields.residenceCountry ?? '',
    story: fields.story ?? '',
    storyLanguage: (STORY_LANGUAGES as readonly string[]).includes(language) ? language : locale,
    email: fields.email ?? '',
    phone: fields.phone ?? '',
    consent: fields.consent === 'yes',
  };
}

/** onSend: whatever of a refused body was not read is discarded, never parsed or stored. */
async function discardUnreadBody(request: FastifyRequest): Promise<void> {
  if (!request.raw.readableEnded) {
    request.raw.unpipe();
    request.raw.resume();
  }
}
