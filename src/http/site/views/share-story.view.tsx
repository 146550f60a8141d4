import type { MenuEntry } from '../../../modules/content/index.ts';
import type { LocaleSet } from '../../../modules/locales/index.ts';
import { COUNTRY_CODES, DISPLAY_NAME_MAX, STORY_LANGUAGES, STORY_MAX, type SubmissionField } from '../../../modules/submissions/index.ts';
import type { ShareT } from '../share-story.messages.ts';
import { Layout } from './layout.view.tsx';
import type { ViewContext } from './view-context.ts';

export const SHARE_STORY_SEGMENT = 'share-your-story';
export const THANKS_SEGMENT = 'thank-you';

/** What the visitor typed, given back as it came so nothing is lost when the form is shown again. */
export interface ShareFormValues {
  readonly displayName: string;
  readonly originCountry: string;
  readonly residenceCountry: string;
  readonly story: string;
  readonly storyLanguage: string;
  readonly email: string;
  readonly phone: string;
  readonly consent: boolean;
}

export type ShareFormField = SubmissionField | 'media';

export interface ShareFormProps {
  readonly ctx: ViewContext;
  readonly t: ShareT;
  readonly menu: readonly MenuEntry[];
  readonly footerMenu: readonly MenuEntry[];
  readonly csrfToken: string;
  readonly values: ShareFormValues;
  /** Sentences to show beside each field, in the order of the form. */
  readonly errors: Partial<Record<ShareFormField, string>>;
  /** A message for the whole form (the rate limit), shown above the fields. */
  readonly notice?: string;
  readonly maxUploadMb: number;
  readonly canReceiveVideo: boolean;
}

const FIELD_ORDER: readonly ShareFormField[] = ['displayName', 'originCountry', 'residenceCountry', 'story', 'storyLanguage', 'media', 'email', 'phone', 'consent'];
const ACCEPT_PHOTO = 'image/jpeg,image/png,image/webp';
const ACCEPT_VIDEO = 'video/mp4,video/webm,video/quicktime';

export const emptyShareForm = (storyLanguage: string): ShareFormValues => ({
  displayName: '',
  originCountry: '',
  residenceCountry: '',
  story: '',
  storyLanguage,
  email: '',
  phone: '',
  consent: false,
});

/** Where this form lives in every locale, for the language switcher and hreflang links. */
export function shareAlternates(locales: LocaleSet) {
  return locales.codes.map((locale) => ({ locale, path: SHARE_STORY_SEGMENT, isTranslated: true }));
}

/**
 * The public form: works without JavaScript and without CSS (the honeypot's label asks people to
 * leave it empty, should the stylesheet not hide it), errors summarised at the top with links
 * and repeated beside each field, every answer kept.
 */
export function ShareStoryPage(props: ShareFormProps) {
  const { ctx, t, values, errors } = props;
  const title = t('share.title');
  const problems = FIELD_ORDER.filter((field) => errors[field] !== undefined);
  const regionNames = new Intl.DisplayNames([ctx.locale], { type: 'region' });
  const languageNames = new Intl.DisplayNames([ctx.locale], { type: 'language' });
  const countries = COUNTRY_CODES.map((code) => ({ code, name: regionNames.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, ctx.locale));
  const languages = STORY_LANGUAGES.map((code) => ({ code, name: languageNames.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, ctx.locale));
  const described = (field: ShareFormField, hint: boolean) =>
    [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (field: ShareFormField) =>
    errors[field] ? (
      <p class="field__error" id={`${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const invalid = (field: ShareFormField) => (errors[field] ? 'true' : undefined);
  const fieldClass = (field: ShareFormField) => (errors[field] ? 'field field--error' : 'field');
  const countrySelect = (field: 'originCountry' | 'residenceCountry', value: string) => (
    <div class={fieldClass(field)}>
      <label for={field}>
        {t(`share.field.${field}`)} <span class="field__required">{t('share.required')}</span>
      </label>
      {error(field)}
      <select id={field} name={field} required autocomplete={field === 'residenceCountry' ? 'country' : 'off'} aria-invalid={invalid(field)} aria-describedby={described(field, false)}>
        <option value="" selected={value === ''}>
          {t('share.country.choose')}
        </option>
        {countries.map((c) => (
          <option value={c.code} selected={c.code === value}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Layout ctx={ctx} title={title} menu={props.menu} footerMenu={props.footerMenu} alternates={shareAlternates(ctx.locales)} canonicalPath={ctx.href(ctx.locale, SHARE_STORY_SEGMENT)}>
      <article class="page share-story">
        <header class="page__header">
          <h1>{title}</h1>
          <p class="lead">{t('share.lead')}</p>
        </header>
        {props.notice ? (
          <p class="notice notice--error" role="alert" id="form-notice">
            {props.notice}
          </p>
        ) : null}
        {problems.length > 0 ? (
          <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
            <p id="error-summary-title">
              <strong>{t('share.errorSummary', { count: problems.length })}</strong>
            </p>
            <ul>
              {problems.map((field) => (
                <li>
                  <a href={`#${field}`}>{errors[field]}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form method="post" action={ctx.href(ctx.locale, SHARE_STORY_SEGMENT)} enctype="multipart/form-data" class="form share-form" novalidate>
          {/* First in the form: the server checks this token before it reads anything else. */}
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <div class={fieldClass('displayName')}>
            <label for="displayName">
              {t('share.field.displayName')} <span class="field__required">{t('share.required')}</span>
            </label>
            <p class="field__hint" id="displayName-hint">
              {t('share.field.displayName.hint', { max: DISPLAY_NAME_MAX })}
            </p>
            {error('displayName')}
            <input id="displayName" name="displayName" type="text" value={values.displayName} required maxlength={DISPLAY_NAME_MAX} autocomplete="given-name" aria-invalid={invalid('displayName')} aria-describedby={described('displayName', true)} />
          </div>
          <fieldset class="fieldset">
            <legend>{t('share.countries.legend')}</legend>
            {countrySelect('originCountry', values.originCountry)}
            {countrySelect('residenceCountry', values.residenceCountry)}
          </fieldset>
          <div class={fieldClass('story')}>
            <label for="story">
              {t('share.field.story')} <span class="field__required">{t('share.required')}</span>
            </label>
            <p class="field__hint" id="story-hint">
              {t('share.field.story.hint', { max: STORY_MAX })}
            </p>
            {error('story')}
            <textarea id="story" name="story" rows={12} required maxlength={STORY_MAX} aria-invalid={invalid('story')} aria-describedby={described('story', true)}>
              {values.story}
            </textarea>
          </div>
          <div class={fieldClass('storyLanguage')}>
            <label for="storyLanguage">
              {t('share.field.storyLanguage')} <span class="field__required">{t('share.required')}</span>
            </label>
            {error('storyLanguage')}
            <select id="storyLanguage" name="storyLanguage" aria-invalid={invalid('storyLanguage')} aria-describedby={described('storyLanguage', false)}>
              {languages.map((l) => (
                <option value={l.code} selected={l.code === values.storyLanguage} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <div class={fieldClass('media')}>
            <label for="media">
              {t('share.field.media')} <span class="field__optional">{t('share.optional')}</span>
            </label>
            <p class="field__hint" id="media-hint">
              {t(props.canReceiveVideo ? 'share.field.media.hint' : 'share.field.media.videoOff', { max: props.maxUploadMb })}
            </p>
            {error('media')}
            <input id="media" name="media" type="file" accept={props.canReceiveVideo ? `${ACCEPT_PHOTO},${ACCEPT_VIDEO}` : ACCEPT_PHOTO} aria-invalid={invalid('media')} aria-describedby={described('media', true)} />
          </div>
          <fieldset class="fieldset">
            <legend>
              {t('share.contact.legend')} <span class="field__optional">{t('share.optional')}</span>
            </legend>
            <p class="field__hint">{t('share.contact.hint')}</p>
            <div class={fieldClass('email')}>
              <label for="email">{t('share.field.email')}</label>
              {error('email')}
              <input id="email" name="email" type="email" value={values.email} maxlength={254} autocomplete="email" aria-invalid={invalid('email')} aria-describedby={described('email', false)} />
            </div>
            <div class={fieldClass('phone')}>
              <label for="phone">{t('share.field.phone')}</label>
              {error('phone')}
              <input id="phone" name="phone" type="tel" value={values.phone} maxlength={30} autocomplete="tel" dir="ltr" aria-invalid={invalid('phone')} aria-describedby={described('phone', false)} />
            </div>
          </fieldset>
          {/* A trap for robots: people never see or reach it; a filled one stores nothing. */}
          <div class="visually-hidden" aria-hidden="true">
            <label for="website">{t('share.trap.label')}</label>
            <input id="website" name="website" type="text" value="" tabindex={-1} autocomplete="off" />
          </div>
          <fieldset class={errors.consent ? 'fieldset field--error' : 'fieldset'}>
            <legend>
              {t('share.consent.legend')} <span class="field__required">{t('share.required')}</span>
            </legend>
            <p id="consent-text">{t('share.consent.text')}</p>
            <div class="field field--checkbox">
              {error('consent')}
              <input id="consent" name="consent" type="checkbox" value="yes" checked={values.consent} required aria-invalid={invalid('consent')} aria-describedby={['consent-text', errors.consent ? 'consent-error' : ''].filter(Boolean).join(' ')} />
              <label for="consent">{t('share.consent.label')}</label>
            </div>
          </fieldset>
          <button type="submit">{t('share.submit')}</button>
        </form>
      </article>
    </Layout>
  );
}

/** A short page with a title, a paragraph and a link: the thank-you and the expired-form answers. */
export function ShareMessagePage(props: { ctx: ViewContext; menu: readonly MenuEntry[]; footerMenu: readonly MenuEntry[]; title: string; body: string; link: { href: string; label: string } }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title} menu={props.menu} footerMenu={props.footerMenu} alternates={[]}>
      <article class="page share-story">
        <header class="page__header">
          <h1>{props.title}</h1>
          <p class="lead">{props.body}</p>
        </header>
        <p>
          <a href={props.link.href}>{props.link.label}</a>
        </p>
      </article>
    </Layout>
  );
}
