import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { formatInstant, When } from './format-date.tsx';

describe('back-office dates', () => {
  const instant = '2026-12-03T13:05:00.000Z';

  it('shows one instant in each reader’s zone, the zone named', () => {
    expect(formatInstant({ locale: 'fr', timeZone: 'Asia/Dhaka' }, instant)).toBe('3 déc. 2026, 19:05 (Asia/Dhaka)');
    expect(formatInstant({ locale: 'fr', timeZone: 'America/New_York' }, instant)).toBe('3 déc. 2026, 08:05 (America/New_York)');
    expect(formatInstant({ locale: 'en', timeZone: 'Europe/Paris' }, instant)).toBe('3 Dec 2026, 14:05 (Europe/Paris)');
  });

  it('crosses the date line with the zone, and keeps the instant in the datetime attribute', () => {
    const html = renderToString(<When reader={{ locale: 'fr', timeZone: 'Pacific/Kiritimati' }} iso="2026-12-31T12:30:00Z" />);
    expect(html).toBe('<time datetime="2026-12-31T12:30:00.000Z">1 janv. 2027, 02:30 (Pacific/Kiritimati)</time>');
  });

  it('writes a dash for a date it cannot read rather than "Invalid Date"', () => {
    expect(formatInstant({ locale: 'ar', timeZone: 'Asia/Dhaka' }, 'not a date')).toBe('—');
  });
});
