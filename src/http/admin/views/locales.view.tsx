import { directionOf, languageName, LOCALE_EXISTS, LOCALE_TAG_INVALID, type LocaleCode, type LocaleInfo } from '../../../modules/locales/index.ts';
import type { AppError } from '../../../platform/errors.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { NO_ERRORS, type FormErrors } from '../field-errors.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from './admin-layout.view.tsx';
import { Field, FormMessage, PostForm, SelectField } from './form.view.tsx';

/** A locale form as typed, shown again when it is refused. */
export interface LocaleForm {
  readonly tag: string;
  readonly fallbacks: string;
  readonly prefix: string;
  readonly dir: string;
}

export type LocalesOutcome =
  | { readonly kind: 'done'; readonly key: AdminMessageKey; readonly tag: LocaleCode | undefined }
  | { readonly kind: 'error'; readonly key: AdminMessageKey }
  /** `target`: 'add', or the tag of the locale whose form or button was refused. */
  | { readonly kind: 'invalid'; readonly target: string; readonly values: LocaleForm | undefined; readonly errors: FormErrors };

const PROBLEMS: Readonly<Record<string, AdminMessageKey>> = {
  'fallbacks:self': 'locales.error.fallbacks.self',
  'prefix:prefix': 'locales.error.prefix',
  'prefix:taken': 'locales.error.prefix.taken',
  'enabled:default': 'locales.error.enabled.default',
  'isDefault:default': 'locales.error.enabled.default',
  'enabled:last': 'locales.error.enabled.last',
};

/** The operation's refusal as messages in the editor's language, beside the inputs they concern. */
export function localizeLocaleProblems(error: AppError, req: AdminRequest): FormErrors {
  if (error.code === LOCALE_TAG_INVALID) return { byField: { tag: req.t('locales.error.tag') }, other: [] };
  if (error.code === LOCALE_EXISTS) return { byField: { tag: req.t('locales.error.exists') }, other: [] };
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of error.details) {
    const key = PROBLEMS[`${problem.path}:${problem.reason ?? ''}`];
    const message =
      problem.path === 'fallbacks' && problem.reason === 'unknown'
        ? req.t('locales.error.fallbacks.unknown', { tags: req.locales.allCodes.join(', ') })
        : key
          ? req.t(key)
          : req.t('field.invalid', { message: problem.message });
    if (problem.path === 'fallbacks' || problem.path === 'prefix') byField[problem.path] = byField[problem.path] ? `${byField[problem.path]} ${message}` : message;
    else if (!other.includes(message)) other.push(message);
  }
  return { byField, other };
}

export function LocalesPage({ req, stylesheet, missing, outcome }: { req: AdminRequest; stylesheet: string; missing: ReadonlyMap<LocaleCode, number>; outcome?: LocalesOutcome }) {
  const { t } = req;
  const name = (code: LocaleCode) => languageName(code, req.locale);
  const refused = (target: string) => (outcome?.kind === 'invalid' && outcome.target === target ? outcome : undefined);
  const adding = refused('add');
  const all = req.locales.all;
  return (
    <AdminLayout req={req} title={t('locales.title')} stylesheet={stylesheet} current="/admin/locales">
      {outcome?.kind === 'done' ? (
        <FormMessage kind="success">{t(outcome.key, outcome.tag ? { language: name(outcome.tag), prefix: req.locales.get(outcome.tag).prefix } : { language: '', prefix: '' })}</FormMessage>
      ) : null}
      {outcome?.kind === 'error' ? <FormMessage kind="error">{t(outcome.key)}</FormMessage> : null}
      <p>{t('locales.intro')}</p>
      <p class="field__hint">{t('locales.disableNote')}</p>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('locales.tag')}</th>
            <th scope="col">{t('locales.endonym')}</th>
            <th scope="col">{t('locales.name')}</th>
            <th scope="col">{t('locales.dir')}</th>
            <th scope="col">{t('locales.prefix')}</th>
            <th scope="col">{t('locales.fallbacks')}</th>
            <th scope="col">{t('locales.state')}</th>
            <th scope="col">{t('locales.missing')}</th>
          </tr>
        </thead>
        <tbody>
          {all.map((locale) => (
            <tr id={`row-${locale.code}`}>
              <th scope="row">
                <a href={`#locale-${locale.code}`} dir="ltr">
                  {locale.code}
                </a>
              </th>
              <td lang={locale.code} dir={locale.dir}>
                {locale.endonym}
              </td>
              <td>{name(locale.code)}</td>
              <td>{t(`locales.dir.${locale.dir}`)}</td>
              <td dir="ltr">{`/${locale.prefix}/`}</td>
              <td>{locale.fallbacks.length === 0 ? t('locales.fallbacks.none') : locale.fallbacks.map(name).join(', ')}</td>
              <td>
                {t(locale.enabled ? 'locales.state.enabled' : 'locales.state.disabled')}
                {locale.isDefault ? <span class="tag">{t('locales.default')}</span> : null}
              </td>
              <td>
                <a href={`/admin/locales/${locale.code}/strings${(missing.get(locale.code) ?? 0) > 0 ? '?missing=1' : ''}`} data-missing={missing.get(locale.code) ?? 0}>
                  {t('locales.missingCount', { count: missing.get(locale.code) ?? 0 })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="add">{t('locales.add')}</h2>
      {adding ? <Refusal req={req} lead="locales.error.add" other={adding.errors.other} /> : null}
      <PostForm action="/admin/locales" csrfToken={req.csrfToken} class="form form--narrow">
        <Field name="tag" label={t('locales.add.tag')} hint={t('locales.add.tag.hint')} value={adding?.values?.tag} error={adding?.errors.byField.tag} required autocomplete="off" dir="ltr" />
        <Field name="fallbacks" label={t('locales.fallbacks')} hint={t('locales.fallbacks.hintAdd')} value={adding?.values?.fallbacks} error={adding?.errors.byField.fallbacks} autocomplete="off" dir="ltr" />
        <Field name="prefix" label={t('locales.prefix')} hint={t('locales.prefix.hint')} value={adding?.values?.prefix} error={adding?.errors.byField.prefix} autocomplete="off" dir="ltr" />
        <DirectionField req={req} id="field-dir" value={adding?.values?.dir ?? 'auto'} />
        <button type="submit">{t('locales.addButton')}</button>
      </PostForm>

      {all.map((locale, index) => (
        <LocaleSettings req={req} locale={locale} isFirst={index === 0} isLast={index === all.length - 1} refusal={refused(locale.code)} />
      ))}
    </AdminLayout>
  );
}

function LocaleSettings({ req, locale, isFirst, isLast, refusal }: { req: AdminRequest; locale: LocaleInfo; isFirst: boolean; isLast: boolean; refusal: Extract<LocalesOutcome, { kind: 'invalid' }> | undefined }) {
  const { t } = req;
  const code = locale.code;
  const base = `/admin/locales/${code}`;
  const id = (name: string) => `locale-${code}-${name}`;
  const values = refusal?.values;
  const errors = refusal?.errors ?? NO_ERRORS;
  return (
    <section id={`locale-${code}`} aria-labelledby={id('title')}>
      <h2 id={id('title')}>{t('locales.settingsOf', { language: `${languageName(code, req.locale)} (${code})` })}</h2>
      {refusal ? <Refusal req={req} lead="locales.error.settings" other={errors.other} /> : null}
      <div class="workflow">
        {!locale.enabled || !locale.isDefault ? (
          <PostForm action={`${base}/enabled`} csrfToken={req.csrfToken}>
            <button type="submit" name="enabled" value={locale.enabled ? '0' : '1'} class={locale.enabled ? 'button-secondary' : undefined}>
              {t(locale.enabled ? 'locales.disable' : 'locales.enable')}
            </button>
          </PostForm>
        ) : null}
        {locale.enabled && !locale.isDefault ? (
          <PostForm action={`${base}/default`} csrfToken={req.csrfToken}>
            <button type="submit" class="button-secondary">
              {t('locales.makeDefault')}
            </button>
          </PostForm>
        ) : null}
        {!isFirst ? (
          <PostForm action={`${base}/move`} csrfToken={req.csrfToken}>
            <button type="submit" name="direction" value="up" class="button-secondary">
              {t('locales.moveUp')}
            </button>
          </PostForm>
        ) : null}
        {!isLast ? (
          <PostForm action={`${base}/move`} csrfToken={req.csrfToken}>
            <button type="submit" name="direction" value="down" class="button-secondary">
              {t('locales.moveDown')}
            </button>
          </PostForm>
        ) : null}
        <a href={`${base}/strings`}>{t('locales.strings')}</a>
      </div>
      <PostForm action={base} csrfToken={req.csrfToken} class="form form--narrow">
        <Field name="fallbacks" id={id('fallbacks')} label={t('locales.fallbacks')} hint={t('locales.fallbacks.hintEdit')} value={values?.fallbacks ?? locale.fallbacks.join(', ')} error={errors.byField.fallbacks} autocomplete="off" dir="ltr" />
        <Field name="prefix" id={id('prefix')} label={t('locales.prefix')} hint={t('locales.prefix.hint')} value={values?.prefix ?? locale.prefix} error={errors.byField.prefix} autocomplete="off" dir="ltr" />
        <DirectionField req={req} id={id('dir')} value={values?.dir ?? (locale.dir === directionOf(code) ? 'auto' : locale.dir)} />
        <button type="submit">{t('locales.save')}</button>
      </PostForm>
    </section>
  );
}

function DirectionField({ req, id, value }: { req: AdminRequest; id: string; value: string }) {
  const { t } = req;
  const options = [
    { value: 'auto', label: t('locales.dir.auto') },
    { value: 'ltr', label: t('locales.dir.ltr') },
    { value: 'rtl', label: t('locales.dir.rtl') },
  ];
  return <SelectField name="dir" id={id} label={t('locales.dir')} value={value} options={options} />;
}

function Refusal({ req, lead, other }: { req: AdminRequest; lead: AdminMessageKey; other: readonly string[] }) {
  return (
    <div class="form-message form-message--error" role="alert">
      <p>{req.t(lead)}</p>
      {other.length > 0 ? <ul>{other.map((message) => <li>{message}</li>)}</ul> : null}
    </div>
  );
}
