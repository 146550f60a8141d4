import type { ComponentChildren } from 'preact';
import { choiceLabel } from './labels.view.tsx';
import type { FieldDef } from '../../../modules/content/index.ts';
import type { LocaleCode } from '../../../modules/locales/index.ts';
import type { RawValue } from '../document-form.ts';
import type { AdminMessageKey, AdminT } from '../messages/index.ts';

/** Documents a reference field may point to, by content type. */

/** Options offered for image fields, under this key: the library's images by their names. */
export const IMAGE_OPTIONS = '@image';
/** Options offered for video fields: the video library's files by their names. */
export const VIDEO_OPTIONS = '@video';
/** Options offered for file fields: the files library's PDFs by their names. */
export const FILE_OPTIONS = '@file';

export interface ReferenceOption {
  readonly id: string;
  readonly title: string;
  /** Language of the title, when it has one (an image is named by its file). */
  readonly locale?: LocaleCode;
}
export type ReferenceOptions = ReadonlyMap<string, readonly ReferenceOption[]>;

/** Language of the text an input holds, so spelling, fonts and direction follow it. */
export interface TextLanguage {
  readonly lang: LocaleCode;
  readonly dir: 'ltr' | 'rtl';
}

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

/** Label, hint and error around one control, tied together for screen readers. */
export function FieldShell(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: ControlProps) => ComponentChildren;
}) {
  const id = `field-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={id}>
        {props.label}
        {props.required ? <span class="field__required" aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? <p class="field__hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {props.error ? <p class="field__error" id={`${id}-error`}>{props.error}</p> : null}
      {props.children({ id, 'aria-describedby': described, 'aria-invalid': props.error ? 'true' : undefined })}
    </div>
  );
}

/** A one-line or multi-line text input of the translation (slug, title, summary, body). */
export function TextField(props: {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  language?: TextLanguage;
  /** For text in Latin letters whatever the language (a slug): keeps it left to right in the Arabic admin. */
  dir?: 'ltr';
  /** Marks a textarea for the rich text editor, with its labels as data attributes. */
  richText?: Record<string, string>;
}) {
  const { name, value, rows, language } = props;
  const rich = props.richText ? { 'data-rich-text': '', ...props.richText } : {};
  return (
    <FieldShell name={name} label={props.label} hint={props.hint} error={props.error} required={props.required}>
      {(control) =>
        rows ? (
          <textarea {...control} {...rich} name={name} rows={rows} lang={language?.lang} dir={language?.dir} value={value} />
        ) : (
          <input {...control} name={name} type="text" value={value} maxLength={props.maxLength} required={props.required} lang={language?.lang} dir={language?.dir ?? props.dir} />
        )
      }
    </FieldShell>
  );
}

/** The input a declared field gets, chosen by its kind; adding a type needs nothing here. */
export function FieldInput(props: {
  def: FieldDef;
  prefix: 'shared' | 'fields';
  value: RawValue | undefined;
  error?: string;
  t: AdminT;
  options: ReferenceOptions;
  language?: TextLanguage;
}) {
  const { def, t, value } = props;
  const name = `${props.prefix}.${def.name}`;
  const text = typeof value === 'string' ? value : '';
  const hint = kindHint(def, t);
  if (def.kind === 'choices') return <ChoicesField {...props} name={name} hint={hint} />;
  return (
    <FieldShell name={name} label={fieldLabel(t, def.name)} hint={hint} error={props.error} required={def.required}>
      {(control) => {
        switch (def.kind) {
          case 'choice':
            return (
              <select {...control} name={name}>
                <option value="">—</option>
                {(def.choices ?? []).map((choice) => <option value={choice} selected={text === choice}>{choiceLabel(t, def.name, choice)}</option>)}
              </select>
            );
          case 'reference':
          case 'references': {
            const chosen = typeof value === 'string' ? (value ? [value] : []) : (value ?? []);
            const known = props.options.get(def.refType ?? '') ?? [];
            // A stored id that is not among the options stays selectable, so saving does not drop it.
            const extra = chosen.filter((id) => !known.some((o) => o.id === id)).map((id) => ({ id, title: id, locale: undefined }));
            const multiple = def.kind === 'references';
            return (
              <select {...control} name={name} multiple={multiple} size={multiple ? 8 : undefined}>
                {multiple ? null : <option value="">—</option>}
                {[...known, ...extra].map((o) => (
                  <option value={o.id} selected={chosen.includes(o.id)} lang={o.locale}>{o.title}</option>
                ))}
              </select>
            );
          }
          case 'text':
            return <input {...control} name={name} type="text" value={text} maxLength={def.maxLength} lang={props.language?.lang} dir={props.language?.dir} />;
          case 'url':
            return <input {...control} name={name} type="url" value={text} inputMode="url" dir="ltr" />;
          case 'date':
            return <input {...control} name={name} type="date" value={text} />;
          case 'number':
            return <input {...control} name={name} type="text" inputMode="decimal" value={text} dir="ltr" />;
          case 'country':
            return <input {...control} name={name} type="text" value={text} maxLength={2} autocapitalize="characters" autocomplete="off" dir="ltr" class="input--short" />;
          case 'captions':
            return <textarea {...control} name={name} rows={12} value={text} dir="ltr" spellcheck={false} class="input--code" />;
          case 'longText':
            return <textarea {...control} name={name} rows={10} value={text} lang={props.language?.lang} dir={props.language?.dir} />;
          case 'series':
            return <textarea {...control} name={name} rows={12} value={text} dir="ltr" spellcheck={false} class="input--code" />;
          case 'labels':
            return <textarea {...control} name={name} rows={8} value={text} lang={props.language?.lang} dir={props.language?.dir} />;
          case 'choices':
            return null;
          case 'file':
          case 'video':
          case 'image': {
            const images = props.options.get(def.kind === 'video' ? VIDEO_OPTIONS : def.kind === 'file' ? FILE_OPTIONS : IMAGE_OPTIONS) ?? [];
            // An id not (or no longer) in the library stays selectable, so saving does not drop it.
            const known = text === '' || images.some((o) => o.id === text);
            return (
              <select {...control} name={name}>
                <option value="">—</option>
                {images.map((o) => <option value={o.id} selected={text === o.id}>{o.title}</option>)}
                {known ? null : <option value={text} selected>{text}</option>}
              </select>
            );
          }
        }
      }}
    </FieldShell>
  );
}

/** Several choices as a group of check boxes, named by a legend. */
function ChoicesField(props: { def: FieldDef; name: string; hint?: string; value: RawValue | undefined; error?: string; t: AdminT }) {
  const { def, name, t } = props;
  const chosen = typeof props.value === 'string' ? (props.value ? [props.value] : []) : (props.value ?? []);
  const id = `field-${name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={props.error ? 'field field--error field--choices' : 'field field--choices'} aria-describedby={described}>
      <legend>{fieldLabel(t, def.name)}</legend>
      {props.hint ? <p class="field__hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {props.error ? <p class="field__error" id={`${id}-error`}>{props.error}</p> : null}
      {(def.choices ?? []).map((choice) => (
        <label class="choice">
          <input type="checkbox" name={name} value={choice} checked={chosen.includes(choice)} /> {choiceLabel(t, def.name, choice)}
        </label>
      ))}
    </fieldset>
  );
}

/** A field's label from the catalog, or its declared name made readable (for types added later). */
export function fieldLabel(t: AdminT, name: string): string {
  const key = `edit.field.${name}` as AdminMessageKey;
  const label = t(key);
  if (label !== key) return label;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A content type's name from the catalog, or as declared. */
export function typeLabel(t: AdminT, type: string): string {
  const key = `type.${type}` as AdminMessageKey;
  const label = t(key);
  return label === key ? type : label;
}

function kindHint(def: FieldDef, t: AdminT): string | undefined {
  switch (def.kind) {
    case 'country':
      return t('edit.hint.country');
    case 'date':
      return t('edit.hint.date');
    case 'url':
      return t('edit.hint.url');
    case 'references':
      return t('edit.hint.references');
    case 'image':
      return t('edit.hint.image');
    case 'video':
      return t('edit.hint.video');
    case 'file':
      return t('edit.hint.file');
    case 'captions':
      return t('edit.hint.captions');
    case 'choices':
      return t('edit.hint.choices');
    case 'longText':
      return def.name === 'transcript' ? t('edit.hint.transcript') : def.name === 'description' ? t('edit.hint.description') : undefined;
    case 'series':
      return t('edit.hint.series');
    case 'labels':
      return t('edit.hint.labels');
    default:
      return def.maxLength ? t('edit.hint.maxLength', { max: def.maxLength }) : undefined;
  }
}
