import type { ContentTypeDef } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { Change, RawFields, TranslationDraft } from '../document-form.ts';
import type { FormErrors } from '../field-errors.ts';
import type { AdminT } from '../messages/index.ts';
import { editorFr } from '../messages/editor.fr.ts';
import { FieldInput, fieldLabel, TextField, type ReferenceOptions, type TextLanguage } from './field-input.view.tsx';

/** The inputs of one translation: slug, title, summary, body as markup, and the type's translatable fields. */
export function TranslationInputs(props: {
  type: ContentTypeDef;
  draft: TranslationDraft;
  errors: FormErrors;
  t: AdminT;
  options: ReferenceOptions;
  /** The language of the text being edited, when it is known. */
  language?: TextLanguage;
  /** Offers the rich text editor (admin-editor.js) over the body's markup; the textarea stays the fallback. */
  richText?: boolean;
}) {
  const { type, draft, errors, t } = props;
  const { language } = props;
  return (
    <>
      <TextField name="title" label={t('edit.field.title')} value={draft.title} error={errors.byField.title} required maxLength={300} language={language} />
      <TextField name="slug" label={t('edit.field.slug')} value={draft.slug} error={errors.byField.slug} hint={t('edit.hint.slug')} maxLength={120} dir="ltr" />
      <TextField name="summary" label={t('edit.field.summary')} value={draft.summary} error={errors.byField.summary} rows={3} hint={t('edit.hint.maxLength', { max: 1000 })} language={language} />
      <TextField name="body" label={t('edit.field.body')} value={draft.body} error={errors.byField.body} rows={16} hint={t('editor.hint.plain')} language={language} richText={props.richText ? richTextLabels(t) : undefined} />
      {type.translatableFields.map((def) => (
        <FieldInput def={def} prefix="fields" value={draft.fields[def.name]} error={errors.byField[`fields.${def.name}`]} t={t} options={props.options} language={language} />
      ))}
    </>
  );
}

/** The inputs of a document's language-neutral fields. */
export function SharedInputs(props: { type: ContentTypeDef; values: RawFields; errors: FormErrors; t: AdminT; options: ReferenceOptions }) {
  const { type, values, errors, t } = props;
  if (type.sharedFields.length === 0) return <p class="field__hint">{t('edit.noSharedFields')}</p>;
  return (
    <>
      {type.sharedFields.map((def) => (
        <FieldInput def={def} prefix="shared" value={values[def.name]} error={errors.byField[`shared.${def.name}`]} t={t} options={props.options} />
      ))}
    </>
  );
}

/** Errors that belong to no single input, listed above the form. */
export function FormErrorList({ errors, t }: { errors: FormErrors; t: AdminT }) {
  const count = Object.keys(errors.byField).length + errors.other.length;
  if (count === 0) return null;
  return (
    <div class="form-message form-message--error" role="alert">
      <p>{t('edit.invalid', { count })}</p>
      {errors.other.length > 0 ? <ul>{errors.other.map((message) => <li>{message}</li>)}</ul> : null}
    </div>
  );
}

/**
 * Shown when a save was refused because someone else saved first: the editor's text stays in the
 * form, and this lists what is stored now wherever it differs from the version they started from.
 */
export function ChangesMeanwhile(props: { changes: readonly Change[]; t: AdminT; language?: TextLanguage; status?: (s: string) => string }) {
  const { changes, t, language } = props;
  return (
    <section class="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('edit.conflict.title')}</h2>
      <p>{t('edit.conflict.body')}</p>
      {changes.length === 0 ? (
        <p>{t('edit.conflict.none')}</p>
      ) : (
        <dl class="conflict__changes">
          {changes.map((change) => (
            <>
              <dt>{changeLabel(t, change.name)}</dt>
              <dd>
                {change.name === 'body' ? (
                  <pre class="markup" lang={language?.lang} dir={language?.dir}>{String(change.now)}</pre>
                ) : change.name === 'status' && props.status ? (
                  props.status(String(change.now))
                ) : (
                  <span lang={change.name.startsWith('shared.') ? undefined : language?.lang} dir={change.name.startsWith('shared.') ? undefined : language?.dir}>
                    {typeof change.now === 'string' ? change.now || '—' : change.now.join(', ') || '—'}
                  </span>
                )}
              </dd>
            </>
          ))}
        </dl>
      )}
      <p>{t('edit.conflict.again')}</p>
    </section>
  );
}

function changeLabel(t: AdminT, name: string): string {
  if (name === 'status') return t('documents.status');
  if (name === 'parent') return t('edit.field.parent');
  return fieldLabel(t, name.replace(/^(?:fields|shared)\./, ''));
}

const EDITOR_BUTTONS = ['bold', 'italic', 'h2', 'h3', 'bulletList', 'orderedList', 'quote', 'link', 'toolbar', 'linkPrompt', 'linkRefused', 'area'] as const;

/** The rich text editor's labels, in the editor's language, as data-label-* attributes of the textarea. */
function richTextLabels(t: AdminT): Record<string, string> {
  return {
    ...Object.fromEntries(EDITOR_BUTTONS.map((name) => [`data-label-${name.toLowerCase()}`, t(`edit.editor.${name}`)])),
    // The pickers' and shortcuts' strings, as one JSON attribute (escaped like any attribute).
    'data-messages': JSON.stringify(Object.fromEntries(EDITOR_MESSAGE_KEYS.map((key) => [key, t(key, { count: '{count}' })]))),
  };
}

const EDITOR_MESSAGE_KEYS = Object.keys(editorFr) as (keyof typeof editorFr)[];
