import { describe, expect, it } from 'vitest';
import { DEMO_SITE } from './demo-content/index.ts';
import { DEMO_IMAGES } from './demo-images.ts';
import { DEMO_PORTRAITS } from './demo-portraits.ts';

describe('demo portraits (issue 11)', () => {
  const people = DEMO_SITE.documents.filter((d) => d.type === 'person');

  it('draws one portrait per person, each registered with the demo images', () => {
    const keys = people.map((p) => p.fields?.portrait);
    expect(keys.every((k) => typeof k === 'string')).toBe(true);
    expect(new Set(keys).size).toBe(people.length);
    expect(Object.keys(DEMO_PORTRAITS).sort()).toEqual([...(keys as string[])].sort());
    for (const key of keys as string[]) expect(DEMO_IMAGES[key], key).toBe(DEMO_PORTRAITS[key]);
  });

  it('draws square SVG in shapes only: no text, no outside picture, no script', () => {
    for (const [key, draw] of Object.entries(DEMO_PORTRAITS)) {
      const svg = draw();
      expect(svg, key).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="800" viewBox="\d+ \d+ (\d+) \1">/);
      expect(svg, key).not.toMatch(/<(text|image|script|foreignObject|use)\b|href=/i);
      expect(svg.trim().endsWith('</svg>'), key).toBe(true);
    }
  });

  it('uses the site accent and warm colours of the other demo illustrations, and portraits that differ', () => {
    const all = Object.values(DEMO_PORTRAITS).map((draw) => draw());
    expect(all.some((svg) => svg.includes('#0b5394'))).toBe(true);
    expect(all.some((svg) => svg.includes('#f6a94f') || svg.includes('#d9672b'))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('describes every portrait in each language its person is translated into, naming the person', () => {
    for (const person of people) {
      for (const [locale, t] of Object.entries(person.translations)) {
        const alt = t?.alt?.portrait ?? '';
        expect(alt, `${person.key} ${locale}`).not.toBe('');
        expect(alt, `${person.key} ${locale}`).toContain(t!.title);
      }
    }
  });
});
