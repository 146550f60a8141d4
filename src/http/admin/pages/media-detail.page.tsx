import type { FastifyInstance, FastifyReply } from 'fastify';
import { type User , userActor } from '../../../modules/accounts/index.ts';
import { allows, POLICY_FORBIDDEN } from '../../../modules/policy/index.ts';
import type { LocaleCode, LocaleInfo, LocaleSet } from '../../../modules/locales/index.ts';
import { ALT_TEXT_MAX, CROP_RATIOS, MEDIA_IMAGE_NOT_FOUND, MEDIA_INVALID_DETAILS, type ImageAsset } from '../../../modules/media/index.ts';
import { isAppError } from '../../../platform/errors.ts';
import { actorOf, sendAdminPage, type AdminDeps, type AdminRequest } from '../admin-plugin.tsx';
import { formatInstant } from '../format-date.tsx';
import { sendForbidden } from '../document-context.ts';
import { AdminLayout, AdminMessagePage } from '../views/admin-layout.view.tsx';
import { FormMessage, PostForm } from '../views/form.view.tsx';
import { focusClass } from '../../site/views/picture.view.tsx';

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface DetailValues {
  readonly alt: Partial<Record<LocaleCode, string>>;
  readonly focalX: string;
  readonly focalY: string;
}
type FieldErrors = Partial<Record<`alt-${LocaleCode}` | 'focalX' | 'focalY', string>>;

/**
 * One image: its alt text in each locale and its focal point. Editors change everything;
 * translators write the alt text of the locales assigned to them; reviewers read. Who may change
 * what is the media module's decision (`updateImageDetails`); this page only shows it.
 */
export function registerMediaDetailRoutes(app: FastifyInstance, deps: AdminDeps): void {
  app.get('/admin/media/:id', { config: { access: 'content.read' } }, async (request, reply) => {
    const image = await findImage(deps, (request.params as { id: string }).id);
    if (!image) return sendNotFound(reply, request.admin, deps);
    const query = request.query as Record<string, unknown>;
    const { t } = request.admin;
    const notice = query.uploaded === '1' ? t('media.upload.done') : query.saved === '1' ? t('media.detail.saved') : undefined;
    return sendAdminPage(reply, 200, <DetailPage req={request.admin} deps={deps} image={image} values={valuesOf(image)} notice={notice} />);
  });

  app.post('/admin/media/:id', { config: { access: 'translation.edit' } }, async (request, reply) => {
    const image = await findImage(deps, (request.params as { id: string }).id);
    if (!image) return sendNotFound(reply, request.admin, deps);
    const form = (request.body ?? {}) as Record<string, unknown>;
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    // The form sends every field as shown, read-only ones included; the media module refuses
    // only what actually changes and this person may not change (POLICY_FORBIDDEN → 403).
    const alt: Partial<Record<LocaleCode, string>> = {};
    for (const code of request.admin.locales.allCodes) {
      const value = text(`alt-${code}`);
      if (value !== undefined) alt[code] = value;
    }
    const values: DetailValues = {
      alt: { ...image.alt, ...alt },
      focalX: text('focalX') ?? String(image.focalPoint.x),
      focalY: text('focalY') ?? String(image.focalPoint.y),
    };
    try {
      const focalPoint = { x: decimal(values.focalX), y: decimal(values.focalY) };
      await deps.media.updateImageDetails({ id: image.id, alt, focalPoint, actor: actorOf(request.admin) });
      return reply.redirect(`/admin/media/${image.id}?saved=1`, 303);
    } catch (error) {
      if (isAppError(error) && error.code === MEDIA_IMAGE_NOT_FOUND) return sendNotFound(reply, request.admin, deps);
      if (isAppError(error) && error.code === POLICY_FORBIDDEN) return sendForbidden(reply, request.admin, deps, request.admin.t('error.forbidden.body'));
      if (!isAppError(error) || error.code !== MEDIA_INVALID_DETAILS) throw error;
      const { t } = request.admin;
      const errors: FieldErrors = {};
      for (const { path } of error.details) {
        if (path === 'focalPoint.x') errors.focalX = t('media.detail.focalError');
        else if (path === 'focalPoint.y') errors.focalY = t('media.detail.focalError');
        else if (path.startsWith('alt.')) errors[`alt-${path.slice(4) as LocaleCode}`] = t('media.detail.altTooLong', { max: ALT_TEXT_MAX });
      }
      return sendAdminPage(reply, 400, <DetailPage req={request.admin} deps={deps} image={image} values={values} errors={errors} />);
    }
  });
}

/** 1 234 567 bytes → "1,2 Mo" / "1.2 MB", in the interface's language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

async function findImage(deps: AdminDeps, id: string): Promise<ImageAsset | undefined> {
  return ID_PATTERN.test(id) ? (await deps.media.findImages([id]))[0] : undefined;
}

function sendNotFound(reply: FastifyReply, req: AdminRequest, deps: AdminDeps) {
  return sendAdminPage(reply, 404, <AdminMessagePage req={req} stylesheet={deps.stylesheet} title={req.t('media.title')} message={req.t('media.notFound')} />);
}

/** Locales whose alt text the form lets this user write, as the media module decides (`translation.edit` per locale). */
function editableLocales(user: Pick<User, 'id' | 'role' | 'locales'>, locales: LocaleSet): readonly LocaleCode[] {
  return locales.allCodes.filter((locale) => allows(userActor(user), 'translation.edit', { locale }));
}

/** "0.25" or "0,25" → 0.25; anything else → NaN, which the media module reports. */
function decimal(raw: string): number {
  return /^\s*\d*(?:[.,]\d+)?\s*$/.test(raw) && /\d/.test(raw) ? Number(raw.trim().replace(',', '.')) : Number.NaN;
}

function valuesOf(image: ImageAsset): DetailValues {
  return { alt: { ...image.alt }, focalX: String(image.focalPoint.x), focalY: String(image.focalPoint.y) };
}

function DetailPage(props: { req: AdminRequest; deps: AdminDeps; image: ImageAsset; values: DetailValues; errors?: FieldErrors; notice?: string }) {
  const { req, deps, image, values, errors = {}, notice } = props;
  const { t, auth, locale } = req;
  const editable = auth ? editableLocales(auth.user, req.locales) : [];
  const canMoveFocus = auth ? allows(userActor(auth.user), 'content.edit') : false;
  const jpegs = image.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  const preview = jpegs.filter((v) => v.width <= 800).pop() ?? jpegs[0];
  const small = jpegs[0];
  const date = formatInstant(req, image.createdAt);
  const dimensions = t('media.dimensions', { width: image.width, height: image.height });
  return (
    <AdminLayout
      req={req}
      title={t('media.detail.title', { name: image.displayName })}
      stylesheet={deps.stylesheet}
      current="/admin/media"
      scripts={canMoveFocus ? [deps.scripts.focalPoint] : []}
    >
      <p>
        <a href="/admin/media">{t('media.detail.back')}</a>
      </p>
      {notice ? <FormMessage kind="success">{notice}</FormMessage> : null}
      {Object.keys(errors).length > 0 ? <FormMessage kind="error">{t('media.detail.invalid')}</FormMessage> : null}
      <div class="media-detail">
        {preview ? (
          <div class="media-detail__focus">
            {/* The focal-point script lays its marker over this frame; the label names the marker's position. */}
            <div class="media-detail__image">
              <div class="focal-picker" data-focal-picker={canMoveFocus ? '' : undefined} data-label={t('media.focal.marker', { x: '{x}', y: '{y}' })} data-hint={t('media.focal.keys')}>
                <img class="media-detail__preview" src={`/media/${preview.file}`} width={preview.width} height={preview.height} alt={image.alt[locale] ?? ''} />
              </div>
            </div>
            {small ? <CropPreviews req={req} image={image} file={small.file} /> : null}
          </div>
        ) : null}
        <p class="media-detail__source">
          {image.sourceType && image.sourceBytes !== null
            ? t('media.detail.source', { date, type: image.sourceType.toUpperCase(), size: formatBytes(image.sourceBytes, locale), dimensions })
            : dimensions}
        </p>
      </div>
      <PostForm action={`/admin/media/${image.id}`} csrfToken={req.csrfToken} class="form form--narrow">
        <fieldset class="field">
          <legend>{t('media.detail.alt')}</legend>
          <p class="field__hint" id="alt-hint">
            {t('media.detail.altHint', { max: ALT_TEXT_MAX })}
          </p>
          {!canMoveFocus && editable.length > 0 ? (
            <p class="field__hint">{t('media.detail.altReadOnly', { locales: editable.map((c) => req.locales.get(c).endonym).join(', ') })}</p>
          ) : null}
          {req.locales.allCodes.map((code) => (
            <AltField info={req.locales.get(code)} value={values.alt[code] ?? ''} error={errors[`alt-${code}`]} readOnly={!editable.includes(code)} />
          ))}
        </fieldset>
        <fieldset class="field">
          <legend>{t('media.detail.focal')}</legend>
          <p class="field__hint" id="focal-hint">
            {t('media.detail.focalHint')}
          </p>
          <FocalField name="focalX" label={t('media.detail.focalX')} value={values.focalX} error={errors.focalX} readOnly={!canMoveFocus} />
          <FocalField name="focalY" label={t('media.detail.focalY')} value={values.focalY} error={errors.focalY} readOnly={!canMoveFocus} />
        </fieldset>
        {editable.length > 0 ? <button type="submit">{t('media.detail.save')}</button> : null}
      </PostForm>
    </AdminLayout>
  );
}

/**
 * The image as the site crops it at each ratio, centred on the saved focal point (the site's own
 * quarter classes); the focal-point script moves them with the inputs before saving.
 */
function CropPreviews({ req, image, file }: { req: AdminRequest; image: ImageAsset; file: string }) {
  const { t } = req;
  return (
    <div class="focal-crops">
      <p class="focal-crops__title" id="focal-crops-title">
        {t('media.focal.previews')}
      </p>
      <ul class="focal-crops__list" aria-labelledby="focal-crops-title">
        {CROP_RATIOS.map((ratio) => (
          <li class={`focal-crop focal-crop--${ratio.id}`}>
            <img class={`focal-crop__image ${focusClass(image)}`} src={`/media/${file}`} alt="" data-focal-crop={ratio.id} />
            <span class="focal-crop__label">{t(`media.focal.ratio.${ratio.id}`, { ratio: `${ratio.width}:${ratio.height}` })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AltField({ info, value, error, readOnly }: { info: LocaleInfo; value: string; error?: string; readOnly: boolean }) {
  const code = info.code;
  const id = `field-alt-${code}`;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id} lang={code}>
        {info.endonym}
      </label>
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={`alt-${code}`}
        rows={2}
        maxLength={ALT_TEXT_MAX}
        lang={code}
        dir={info.dir}
        readOnly={readOnly}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={['alt-hint', error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        value={value}
      />
    </div>
  );
}

function FocalField({ name, label, value, error, readOnly }: { name: string; label: string; value: string; error?: string; readOnly: boolean }) {
  const id = `field-${name}`;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="number"
        min="0"
        max="1"
        step="0.01"
        inputMode="decimal"
        value={value}
        readOnly={readOnly}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={['focal-hint', error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      />
    </div>
  );
}
