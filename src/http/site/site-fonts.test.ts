import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFontStylesheet, WEB_FONTS } from './site-fonts.ts';
import { scriptOf } from '../../modules/locales/index.ts';
import { ADMIN_SCRIPT_FILES, fontStylesheetFor } from './views/view-context.ts';

const font = (script: string) => WEB_FONTS.find((f) => f.script === script)!;
const rules = (css: string) => css.split('\n').filter((line) => line.startsWith('@font-face'));

describe('buildFontStylesheet', () => {
  it('declares Noto Sans Arabic in 400 and 700 for the Arabic block only, as WOFF2 under hashed names', () => {
    const sheet = buildFontStylesheet(font('Arab'), (name) => `/assets/${name}`);
    const declared = rules(sheet.css);
    expect(declared).toHaveLength(2);
    expect(declared.map((rule) => /font-weight:(\d+)/.exec(rule)?.[1])).toEqual(['400', '700']);
    for (const rule of declared) {
      expect(rule).toContain('font-family:"Noto Sans Arabic"');
      expect(rule).toContain('unicode-range:U+0600-06FF');
      // No Latin range: a Latin word never asks for the Arabic font.
      expect(rule).not.toMatch(/U\+00[0-7]/);
      expect(rule).not.toContain('.woff)');
      expect(rule).toMatch(/local\("NotoSansArabic-(Regular|Bold)"\),url\(\/assets\/noto-sans-arabic-arabic-(400|700)-normal\.[0-9a-f]{12}\.woff2\) format\("woff2"\)/);
    }
    expect([...sheet.files.keys()]).toHaveLength(2);
    for (const { file, size } of sheet.files.values()) {
      expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(size).toBeGreaterThan(10_000);
    }
  });

  it('declares the numbered Han slices of Noto Sans SC, not its Latin, Cyrillic or Vietnamese subsets', () => {
    const sheet = buildFontStylesheet(font('Hans'), (name) => `/assets/${name}`);
    const names = [...sheet.files.keys()];
    expect(names.length).toBeGreaterThan(150);
    expect(names.every((name) => /^noto-sans-sc-\d+-(400|700)-normal\.[0-9a-f]{12}\.woff2$/.test(name))).toBe(true);
    expect(rules(sheet.css)).toHaveLength(names.length);
    const covered = (char: string) => rules(sheet.css).some((rule) => covers(rule, char.codePointAt(0)!));
    expect(['国', '的', '移', '。', '、'].filter((char) => !covered(char)), 'Han characters and punctuation no slice covers').toEqual([]);
  });
});

describe('fontStylesheetFor', () => {
  const urls = { Arab: '/assets/fonts-arab.1.css', Hans: '/assets/fonts-hans.1.css' };
  const assets = { stylesheet: '', icon: '', adminStylesheet: '', adminScripts: ADMIN_SCRIPT_FILES, playerScript: '', fontStylesheets: urls };

  it('links the stylesheet of the language’s script, and none for Latin, Cyrillic or Traditional Chinese', () => {
    expect(fontStylesheetFor(assets, 'ar')).toBe(urls.Arab);
    expect(fontStylesheetFor(assets, 'fa')).toBe(urls.Arab);
    expect(fontStylesheetFor(assets, 'zh')).toBe(urls.Hans);
    expect(fontStylesheetFor(assets, 'zh-Hans')).toBe(urls.Hans);
    for (const locale of ['fr', 'en', 'es', 'ru', 'zh-Hant', 'zh-TW', 'not a tag']) expect(fontStylesheetFor(assets, locale), locale).toBeUndefined();
  });

  it('finds the script from the tag', () => {
    expect([scriptOf('ar'), scriptOf('ru'), scriptOf('zh'), scriptOf('sr-Latn')]).toEqual(['Arab', 'Cyrl', 'Hans', 'Latn']);
  });
});

/** Whether a @font-face rule's unicode-range holds the code point. */
function covers(rule: string, codePoint: number): boolean {
  const range = /unicode-range:([^}]+)/.exec(rule)?.[1] ?? '';
  return range.split(',').some((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}
