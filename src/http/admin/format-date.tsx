import type { LocaleCode } from '../../modules/locales/index.ts';

/** Who reads a back-office date: the interface language and the reader's time zone. */
export interface DateReader {
  readonly locale: LocaleCode;
  readonly timeZone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as the reader's clocks show it, the zone named: "3 déc. 2026, 14:05 (Europe/Paris)".
 * The one formatter of back-office dates: lists, audit, revisions, schedule, media, tokens.
 */
export function formatInstant(reader: DateReader, iso: string | Date, options: { seconds?: boolean } = {}): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '—';
  const key = `${reader.locale}|${reader.timeZone}|${options.seconds ? 's' : ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(reader.locale === 'en' ? 'en-GB' : reader.locale, {
      dateStyle: 'medium',
      timeStyle: options.seconds ? 'medium' : 'short',
      timeZone: reader.timeZone,
    });
    formatters.set(key, format);
  }
  // The zone's IANA name is in every language, and says what a short name ("UTC+6") may not.
  return `${format.format(date)} (${reader.timeZone})`;
}

/** `<time datetime="…ISO…">` showing `formatInstant`, so the exact instant stays in the markup. */
export function When({ reader, iso, seconds }: { reader: DateReader; iso: string | Date; seconds?: boolean }) {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const datetime = Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  return <time datetime={datetime}>{formatInstant(reader, date, { seconds })}</time>;
}
