import type { FieldProblem } from '../../../platform/errors.ts';
import type { MachineMark, MachineTranslationSettings } from '../../../modules/machine-translation/index.ts';
import type { AdminRequest } from '../admin-plugin.tsx';
import { formatWhen } from '../document-context.ts';
import type { AdminMessageKey } from '../messages/index.ts';
import { AdminLayout } from './admin-layout.view.tsx';
import { Field, FormMessage, PostForm, SelectField } from './form.view.tsx';

const PROVIDER_NAMES: Readonly<Record<string, string>> = { deepl: 'DeepL', libretranslate: 'LibreTranslate' };

/** The badge beside a translation whose text a machine wrote and nobody has reviewed yet. */
export function MachineBadge({ req }: { req: AdminRequest }) {
  return <span class="tag tag--machine" data-machine-translated="">{req.t('mt.badge')}</span>;
}

/**
 * On the translation form: the notice while the text is the machine's (who proposed it, when),
 * and the button that asks for it when the pair is allowed and no person's words would be lost.
 */
export function MachineTranslationPanel({ req, base, sourceLanguage, mark, offer }: { req: AdminRequest; base: string; sourceLanguage: string; mark: MachineMark | undefined; offer: boolean }) {
  const { t } = req;
  if (!mark && !offer) return null;
  return (
    <section class="machine-translation" aria-label={t('mt.title')}>
      {mark ? (
        <div class="notice notice--machine" role="note">
          <p>
            <MachineBadge req={req} />
          </p>
          <p>{t('mt.notice', { provider: PROVIDER_NAMES[mark.provider] ?? mark.provider, when: formatWhen(req, mark.createdAt) })}</p>
        </div>
      ) : null}
      {offer ? (
        <PostForm action={`${base}/machine-translate`} csrfToken={req.csrfToken} class="machine-translation__form">
          <p class="field__hint" id="machine-translate-hint">{t('mt.button.hint')}</p>
          <button type="submit" class="button--secondary" aria-describedby="machine-translate-hint">{t('mt.button', { language: sourceLanguage })}</button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** The dashboard's list of machine translations still waiting for a person (nothing when none waits). */
export function MachineReviewList({ req, marks, titles }: { req: AdminRequest; marks: readonly MachineMark[]; titles: ReadonlyMap<string, string> }) {
  const { t } = req;
  if (marks.length === 0) return null;
  return (
    <section aria-labelledby="machine-review">
      <h2 id="machine-review">{t('mt.review.title')}</h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('documents.titleColumn')}</th>
            <th scope="col">{t('documents.locale')}</th>
            <th scope="col">{t('mt.review.when')}</th>
          </tr>
        </thead>
        <tbody>
          {marks.map((mark) => (
            <tr>
              <td>{titles.get(mark.documentId) ?? mark.documentId}</td>
              <td>
                <a href={`/admin/documents/${mark.documentId}/${mark.locale}`}>{req.locales.has(mark.locale) ? req.locales.get(mark.locale).endonym : mark.locale}</a> <MachineBadge req={req} />
              </td>
              <td>{formatWhen(req, mark.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export interface SettingsFormValues {
  readonly enabled: boolean;
  readonly provider: string;
  readonly baseUrl: string;
  readonly pairs: string;
}

export type SettingsOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] }
  | { readonly kind: 'tested'; readonly from: string; readonly to: string; readonly received: string }
  | { readonly kind: 'testFailed'; readonly key: AdminMessageKey; readonly detail: string };

/** The administrator's page: provider, address, key (never shown back), allowed pairs, on/off, and a connection test. */
export function MachineTranslationSettingsPage({ req, stylesheet, settings, values, outcome }: { req: AdminRequest; stylesheet: string; settings: MachineTranslationSettings; values: SettingsFormValues; outcome: SettingsOutcome | undefined }) {
  const { t } = req;
  const errorAt = (path: string) => (outcome?.kind === 'invalid' ? outcome.problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)).map((p) => p.message).join('; ') || undefined : undefined);
  return (
    <AdminLayout req={req} title={t('mt.title')} stylesheet={stylesheet} current="/admin/machine-translation">
      {outcome?.kind === 'saved' ? <FormMessage kind="success">{t('mt.saved')}</FormMessage> : null}
      {outcome?.kind === 'invalid' ? <FormMessage kind="error">{t('mt.invalid')}</FormMessage> : null}
      {outcome?.kind === 'tested' ? (
        <FormMessage kind="success">
          {t('mt.test.ok', { from: outcome.from, to: outcome.to, received: outcome.received })}
        </FormMessage>
      ) : null}
      {outcome?.kind === 'testFailed' ? (
        <FormMessage kind="error">
          {t('mt.test.failed')} {t(outcome.key)} <span class="machine-translation__detail">{t('mt.error.detail', { detail: outcome.detail })}</span>
        </FormMessage>
      ) : null}
      <p>{t('mt.intro')}</p>
      <PostForm action="/admin/machine-translation" csrfToken={req.csrfToken} class="form machine-translation__settings">
        <div class="field field--checkbox">
          <input type="checkbox" id="field-enabled" name="enabled" value="yes" checked={values.enabled} />
          <label for="field-enabled">{t('mt.enabled')}</label>
        </div>
        <SelectField
          name="provider"
          label={t('mt.provider')}
          value={values.provider}
          error={errorAt('provider')}
          options={[
            { value: 'deepl', label: t('mt.provider.deepl') },
            { value: 'libretranslate', label: t('mt.provider.libretranslate') },
          ]}
        />
        <Field name="baseUrl" label={t('mt.baseUrl')} hint={t('mt.baseUrl.hint')} value={values.baseUrl} error={errorAt('baseUrl')} dir="ltr" autocomplete="off" />
        <p id="api-key-state">{settings.keyHint ? t('mt.apiKey.set', { last: settings.keyHint }) : t('mt.apiKey.none')}</p>
        <Field name="apiKey" type="password" label={t('mt.apiKey')} hint={t('mt.apiKey.hint')} value="" error={errorAt('apiKey')} dir="ltr" autocomplete="new-password" />
        {settings.keyHint ? (
          <div class="field field--checkbox">
            <input type="checkbox" id="field-clearKey" name="clearKey" value="yes" />
            <label for="field-clearKey">{t('mt.apiKey.clear')}</label>
          </div>
        ) : null}
        <div class={errorAt('pairs') ? 'field field--error' : 'field'}>
          <label for="field-pairs">{t('mt.pairs')}</label>
          <p class="field__hint" id="field-pairs-hint">{t('mt.pairs.hint', { locales: req.locales.allCodes.join(', ') })}</p>
          {errorAt('pairs') ? <p class="field__error" id="field-pairs-error">{errorAt('pairs')}</p> : null}
          <textarea id="field-pairs" name="pairs" rows={6} dir="ltr" aria-describedby={errorAt('pairs') ? 'field-pairs-hint field-pairs-error' : 'field-pairs-hint'} aria-invalid={errorAt('pairs') ? 'true' : undefined}>
            {values.pairs}
          </textarea>
        </div>
        <p class="field__hint">{t('mt.sharedKey')}</p>
        <button type="submit">{t('mt.save')}</button>
      </PostForm>
      <h2>{t('mt.test')}</h2>
      <PostForm action="/admin/machine-translation/test" csrfToken={req.csrfToken}>
        <p>{t('mt.test.intro')}</p>
        <button type="submit" class="button--secondary">{t('mt.test')}</button>
      </PostForm>
    </AdminLayout>
  );
}
