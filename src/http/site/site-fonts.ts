import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Web fonts for the scripts that system fonts serve unevenly, one stylesheet per script, linked only
 * by pages written in that script (layout.view.tsx). Latin and Cyrillic use the system's fonts and
 * load nothing.
 *
 * The WOFF2 files are served from the @fontsource packages in node_modules, where `npm ci` puts
 * them: they are not copied into public/ nor committed. The Han family alone is about 200 files and
 * 7 MB for two weights, too much to keep in the repository, and a copy made at build time would be a
 * second thing to keep in step with the pinned package version. Each file is served under a name
 * carrying a hash of its bytes, like the other assets, so it can be cached for a year; the static
 * export finds the files through the stylesheet's url()s and copies them.
 */
export interface WebFont {
  /** ISO 15924 code, as `Intl.Locale#maximize()` gives it for a language: 'Arab', 'Hans'. */
  readonly script: string;
  readonly packageName: string;
  readonly family: string;
  /** Which of the package's subsets to declare (e.g. 'arabic', or the numbered Han slices). */
  readonly isWanted: (subset: string) => boolean;
  /** Names a system copy of the same face goes by (full and PostScript names): used instead of a download. */
  readonly localNames: Readonly<Record<FontWeight, readonly string[]>>;
}

/** The weights the stylesheet uses; 600 (labels, menu) is drawn with the 700 face. */
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export const WEB_FONTS: readonly WebFont[] = [
  {
    script: 'Arab',
    packageName: '@fontsource/noto-sans-arabic',
    family: 'Noto Sans Arabic',
    // Only the Arabic block: Latin words and digits in Arabic text stay in the system face, and the
    // package's Latin, math and symbol subsets are never declared.
    isWanted: (subset) => subset === 'arabic',
    localNames: {
      400: ['Noto Sans Arabic Regular', 'NotoSansArabic-Regular'],
      700: ['Noto Sans Arabic Bold', 'NotoSansArabic-Bold'],
    },
  },
  {
    script: 'Hans',
    packageName: '@fontsource/noto-sans-sc',
    family: 'Noto Sans SC',
    // The numbered slices cover Han, kana, CJK punctuation and full-width forms, most used first;
    // a page downloads only the slices its characters fall in. The Latin, Cyrillic and Vietnamese
    // subsets are left to the system.
    isWanted: (subset) => /^\d+$/.test(subset),
    // Android, ChromeOS and most Linux desktops carry the same design as Noto Sans CJK SC.
    localNames: {
      400: ['Noto Sans CJK SC', 'Noto Sans CJK SC Regular', 'NotoSansCJKsc-Regular'],
      700: ['Noto Sans CJK SC Bold', 'NotoSansCJKsc-Bold'],
    },
  },
];

/** A font file served from disk under a content-hashed name. */
export interface FontFile {
  readonly file: string;
  readonly size: number;
}

export interface FontStylesheet {
  readonly script: string;
  /** The @font-face rules, pointing at `urlFor(file name)`. */
  readonly css: string;
  /** Hashed name → file. */
  readonly files: ReadonlyMap<string, FontFile>;
}

const require = createRequire(import.meta.url);

/**
 * Reads a font package's 400 and 700 stylesheets and writes @font-face rules of our own for the
 * wanted subsets: WOFF2 only (every browser that reads WOFF2 reads unicode-range; older ones keep
 * the system fonts), a local copy first, `font-display: swap` so text never waits for a font.
 * @throws Error naming the package when it is not installed
 */
export function buildFontStylesheet(font: WebFont, urlFor: (hashedName: string) => string): FontStylesheet {
  const files = new Map<string, FontFile>();
  const rules: string[] = [];
  const base = path.basename(font.packageName);
  for (const weight of FONT_WEIGHTS) {
    let cssFile: string;
    try {
      cssFile = require.resolve(`${font.packageName}/${weight}.css`);
    } catch {
      throw new Error(`${font.packageName} is not installed: run npm ci`);
    }
    const dir = path.dirname(cssFile);
    for (const [, body = ''] of fs.readFileSync(cssFile, 'utf8').matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
      const subset = woff2 && new RegExp(`^${base}-(.+)-${weight}-normal\\.woff2$`).exec(woff2)?.[1];
      if (!woff2 || !range || !subset || !font.isWanted(subset)) continue;
      const file = path.join(dir, 'files', woff2);
      const bytes = fs.readFileSync(file);
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
      const hashedName = `${path.basename(woff2, '.woff2')}.${hash}.woff2`;
      files.set(hashedName, { file, size: bytes.length });
      const sources = [...font.localNames[weight].map((name) => `local("${name}")`), `url(${urlFor(hashedName)}) format("woff2")`];
      rules.push(
        `@font-face{font-family:"${font.family}";font-style:normal;font-weight:${weight};font-display:swap;` +
          `src:${sources.join(',')};unicode-range:${range.trim()}}`,
      );
    }
  }
  if (rules.length === 0) throw new Error(`${font.packageName}: no @font-face rule for the wanted subsets`);
  const header = `/* ${font.family} (${font.packageName}), SIL Open Font License 1.1; generated by src/http/site/site-fonts.ts */\n`;
  return { script: font.script, css: header + rules.join('\n') + '\n', files };
}
