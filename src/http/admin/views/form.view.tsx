import type { ComponentChildren } from 'preact';

/** A POST form carrying the CSRF token; every state change in the back office goes through one. */
export function PostForm({ action, csrfToken, children, class: className }: { action: string; csrfToken: string; children: ComponentChildren; class?: string }) {
  return (
    <form method="post" action={action} class={className} novalidate>
      <input type="hidden" name="_csrf" value={csrfToken} />
      {children}
    </form>
  );
}

/** A labelled input with its error beside it, tied together for screen readers. */
export function Field({
  name,
  id = `field-${name}`,
  label,
  type = 'text',
  value,
  error,
  required,
  autocomplete,
  hint,
  lang,
  dir,
}: {
  name: string;
  /** Default `field-<name>`; a page with several forms of the same names gives each its own. */
  id?: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'date';
  value?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  /** The language of the text typed (a code, a tag: `ltr` keeps it readable in the Arabic admin). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autocomplete={autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        lang={lang}
        dir={dir}
      />
    </div>
  );
}

/** A labelled choice among a few options, its error beside it. */
export function SelectField({
  name,
  id = `field-${name}`,
  label,
  value,
  options,
  error,
  hint,
}: {
  name: string;
  id?: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  hint?: string;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <select id={id} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={described}>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A form-level message (error or confirmation) announced when the page loads. */
export function FormMessage({ kind, children }: { kind: 'error' | 'success'; children: ComponentChildren }) {
  return (
    <p class={`form-message form-message--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
