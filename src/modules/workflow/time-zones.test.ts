import { describe, expect, it } from 'vitest';
import { formatOffset, isTimeZone, offsetMinutesAt, parseLocalDateTime, utcToLocal, zonedToUtc } from './time-zones.ts';

const at = (date: string, time: string, zone: string) => zonedToUtc(parseLocalDateTime(date, time)!, zone);

describe('local date-times in IANA time zones', () => {
  it('converts Geneva time in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(at('2026-12-18', '00:00', 'Europe/Zurich')).toEqual({ kind: 'ok', instant: new Date('2026-12-17T23:00:00Z'), offsetMinutes: 60, ambiguous: false });
    expect(at('2026-07-01', '12:00', 'Europe/Zurich')).toMatchObject({ instant: new Date('2026-07-01T10:00:00Z'), offsetMinutes: 120 });
  });

  it('reports the hour skipped in spring as nonexistent, and the minutes around it as ordinary', () => {
    expect(at('2026-03-29', '02:30', 'Europe/Zurich')).toEqual({ kind: 'nonexistent' });
    expect(at('2026-03-29', '01:59', 'Europe/Zurich')).toMatchObject({ instant: new Date('2026-03-29T00:59:00Z') });
    expect(at('2026-03-29', '03:00', 'Europe/Zurich')).toMatchObject({ instant: new Date('2026-03-29T01:00:00Z') });
    expect(at('2026-03-08', '02:30', 'America/New_York')).toEqual({ kind: 'nonexistent' });
  });

  it('takes the first of the two moments an autumn time names, and says it was ambiguous', () => {
    expect(at('2026-10-25', '02:30', 'Europe/Zurich')).toMatchObject({ instant: new Date('2026-10-25T00:30:00Z'), offsetMinutes: 120, ambiguous: true });
    expect(at('2026-10-25', '03:00', 'Europe/Zurich')).toMatchObject({ instant: new Date('2026-10-25T02:00:00Z'), ambiguous: false });
    expect(at('2026-11-01', '01:30', 'America/New_York')).toMatchObject({ instant: new Date('2026-11-01T05:30:00Z'), ambiguous: true });
  });

  it('keeps a constant offset in zones without daylight saving time', () => {
    for (const date of ['2026-01-15', '2026-03-29', '2026-07-01', '2026-10-25']) {
      expect(at(date, '02:30', 'Asia/Kolkata')).toMatchObject({ offsetMinutes: 330, ambiguous: false });
      expect(at(date, '12:00', 'Africa/Nairobi')).toMatchObject({ instant: new Date(`${date}T09:00:00Z`) });
    }
  });

  it('reads back the wall clock and the offset at an instant', () => {
    expect(utcToLocal(new Date('2026-12-17T23:00:00Z'), 'Europe/Zurich')).toEqual({ year: 2026, month: 12, day: 18, hour: 0, minute: 0 });
    expect(offsetMinutesAt(new Date('2026-07-01T00:00:00Z'), 'America/New_York')).toBe(-240);
    expect([formatOffset(60), formatOffset(330), formatOffset(-240), formatOffset(0)]).toEqual(['UTC+1', 'UTC+5:30', 'UTC−4', 'UTC']);
  });

  it('accepts only real dates, real times and known zones', () => {
    expect(parseLocalDateTime('2026-02-29', '10:00')).toBeUndefined();
    expect(parseLocalDateTime('2028-02-29', '10:00')).toEqual({ year: 2028, month: 2, day: 29, hour: 10, minute: 0 });
    expect(parseLocalDateTime('2026-12-18', '24:00')).toBeUndefined();
    expect(parseLocalDateTime('18/12/2026', '00:00')).toBeUndefined();
    expect(['Europe/Zurich', 'UTC', 'Asia/Kolkata'].map(isTimeZone)).toEqual([true, true, true]);
    expect(['Mars/Olympus', '', '../etc', 'Europe/Zurich\n'].map(isTimeZone)).toEqual([false, false, false, false]);
  });
});
