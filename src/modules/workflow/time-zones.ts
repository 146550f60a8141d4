/**
 * Local date-times in IANA time zones, converted with Intl only (no tz database of our own).
 * The offset of a zone at an instant is read from Intl.DateTimeFormat#formatToParts; a local
 * time is turned into an instant by trying the offsets in force a day before and a day after.
 */

/** A wall-clock date and time, as an editor types it: 2026-12-18 and 00:00. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export type ZonedResult =
  | { readonly kind: 'ok'; readonly instant: Date; readonly offsetMinutes: number; readonly ambiguous: boolean }
  | { readonly kind: 'nonexistent' };

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether Intl knows the zone (IANA names such as Europe/Zurich, and UTC). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone this runtime knows, for the time zone picker. */
export function listTimeZones(): readonly string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/** Reads "2026-12-18" and "00:00" (what date and time inputs send); undefined when not a real date. */
export function parseLocalDateTime(date: string, time: string): LocalDateTime | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (year < 1970 || year > 9999 || hour > 23 || minute > 59) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day, hour, minute };
}

/**
 * The instant at which clocks in `zone` show `local`.
 * Rule for the two DST edges: a time skipped when clocks go forward does not exist and is
 * reported as `nonexistent` (the caller refuses it); a time shown twice when clocks go back is
 * `ambiguous`, and the earlier instant (before the change, summer time) is chosen.
 */
export function zonedToUtc(local: LocalDateTime, zone: string): ZonedResult {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Zones change offset at most once within a day on either side of a date, so the offsets in
  // force a day before and a day after are the only candidates.
  const offsets = new Set([offsetAt(asUtc - DAY_MS, zone), offsetAt(asUtc, zone), offsetAt(asUtc + DAY_MS, zone)]);
  const instants = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((instant) => asUtc - offsetAt(instant, zone) === instant)
    .sort((a, b) => a - b);
  const unique = [...new Set(instants)];
  const first = unique[0];
  if (first === undefined) return { kind: 'nonexistent' };
  return { kind: 'ok', instant: new Date(first), offsetMinutes: offsetAt(first, zone) / 60_000, ambiguous: unique.length > 1 };
}

/** What clocks in `zone` show at `instant`. */
export function utcToLocal(instant: Date, zone: string): LocalDateTime {
  const parts = wallClock(instant.getTime(), zone);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/** The zone's offset from UTC at `instant`, in minutes (+60 for Zurich in winter). */
export function offsetMinutesAt(instant: Date, zone: string): number {
  return offsetAt(instant.getTime(), zone) / 60_000;
}

/** "UTC+1", "UTC+5:30", "UTC−3", "UTC" */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** "2026-12-18" and "00:00", for form inputs. */
export function formatLocalDateTime(local: LocalDateTime): { date: string; time: string } {
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${local.year}-${two(local.month)}-${two(local.day)}`, time: `${two(local.hour)}:${two(local.minute)}` };
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

function wallClock(instantMs: number, zone: string) {
  const values: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    // Some engines write midnight as 24 even with h23; it is the same day's 00.
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Wall clock read as if it were UTC, minus the instant: the offset in milliseconds. */
function offsetAt(instantMs: number, zone: string): number {
  const wall = wallClock(instantMs, zone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}
