import type { AdminMessageKey, AdminT } from '../messages/index.ts';

/**
 * Human labels for the internal values the back office shows: a field's choices, audit actions,
 * locale codes. Each falls back to the raw value only when no label exists (a type added later).
 */

/** A choice of a content-type field ("asia-pacific" → "Asie-Pacifique"): `choice.<field>.<value>`; the story themes have their own. */
export function choiceLabel(t: AdminT, field: string, choice: string): string {
  for (const key of [`choice.${field}.${choice}`, ...(field === 'themes' ? [`theme.${choice}`] : [])] as AdminMessageKey[]) {
    const label = t(key);
    if (label !== key) return label;
  }
  return choice;
}

/** An audit entry's action in words, the stable code beside it for whoever searches by it. */
export function ActionLabel({ t, action }: { t: AdminT; action: string }) {
  const key = `audit.action.${action}` as AdminMessageKey;
  const label = t(key);
  if (label === key) return <code>{action}</code>;
  return (
    <>
      {label} <code class="audit__code">{action}</code>
    </>
  );
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A locale's name in the reader's language ("ar" → "arabe" in French), from Intl.DisplayNames. */
export function localeName(readerLocale: string, code: string): string {
  let names = languageNames.get(readerLocale);
  if (!names) {
    names = new Intl.DisplayNames([readerLocale], { type: 'language', fallback: 'code' });
    languageNames.set(readerLocale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
