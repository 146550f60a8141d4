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
  label,
  type = 'text',
  value,
  error,
  required,
  autocomplete,
  hint,
}: {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'date';
  value?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  hint?: string;
}) {
  const id = `field-${name}`;
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
      />
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
