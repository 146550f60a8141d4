import { directionOf, endonymOf } from './locale-tags.ts';

export type LocaleCode = string;
export type Direction = 'ltr' | 'rtl';

/** A configured locale as the site uses it: stored settings with what Intl derives from the tag. */
export interface LocaleInfo {
  /** Canonical BCP 47 tag, as stored on every translation (`zh-Hans`). */
  readonly code: LocaleCode;
  /** The language's name in itself, for the language switcher. */
  readonly endonym: string;
  readonly dir: Direction;
  /** Where to look, in order, when a document has no published translation in this locale. */
  readonly fallbacks: readonly LocaleCode[];
  /** The first segment of the locale's public URLs (`/zh/…` for zh-Hans if so configured). */
  readonly prefix: string;
  readonly enabled: boolean;
  readonly isDefault: boolean;
}

/** One stored locale (the `locales` table, decoded). */
export interface LocaleRecord {
  readonly tag: LocaleCode;
  readonly position: number;
  readonly enabled: boolean;
  readonly isDefault: boolean;
  /** Null: the direction of the tag's script. */
  readonly dirOverride: Direction | null;
  readonly fallbacks: readonly LocaleCode[];
  readonly prefix: string;
}

/**
 * The configured locales at one moment: an immutable snapshot, swapped whole when an
 * administrator changes them, so one request sees one consistent set from start to end.
 */
export class LocaleSet {
  /** Every configured locale in the administrator's order, disabled ones included. */
  readonly all: readonly LocaleInfo[];
  /** The locales visitors see, in order: routing, the switcher, hreflang, sitemaps, feeds, export. */
  readonly enabled: readonly LocaleInfo[];
  readonly defaultLocale: LocaleCode;
  private readonly byCode: ReadonlyMap<LocaleCode, LocaleInfo>;
  private readonly byPrefix: ReadonlyMap<string, LocaleInfo>;
  private readonly byLanguage: ReadonlyMap<string, LocaleInfo>;

  constructor(records: readonly LocaleRecord[]) {
    const sorted = [...records].sort((a, b) => a.position - b.position || a.tag.localeCompare(b.tag));
    this.all = sorted.map((r) =>
      Object.freeze({ code: r.tag, endonym: endonymOf(r.tag), dir: r.dirOverride ?? directionOf(r.tag), fallbacks: r.fallbacks, prefix: r.prefix, enabled: r.enabled, isDefault: r.isDefault }),
    );
    this.enabled = this.all.filter((l) => l.enabled);
    this.defaultLocale = (this.all.find((l) => l.isDefault && l.enabled) ?? this.enabled[0] ?? this.all[0])?.code ?? 'en';
    this.byCode = new Map(this.all.map((l) => [l.code, l]));
    this.byPrefix = new Map(this.all.map((l) => [l.prefix, l]));
    // Negotiation matches `zh-CN` to zh-Hans and `pt` to pt-BR: the first enabled locale of each language.
    const byLanguage = new Map<string, LocaleInfo>();
    for (const l of this.enabled) {
      const language = new Intl.Locale(l.code).language;
      if (!byLanguage.has(language)) byLanguage.set(language, l);
    }
    this.byLanguage = byLanguage;
  }

  /** Every enabled tag, in order. */
  get codes(): readonly LocaleCode[] {
    return this.enabled.map((l) => l.code);
  }

  /** Every configured tag, disabled ones included, in order: what the back office lists for translation work. */
  get allCodes(): readonly LocaleCode[] {
    return this.all.map((l) => l.code);
  }

  has(code: unknown): boolean {
    return typeof code === 'string' && this.byCode.has(code);
  }

  isEnabled(code: unknown): boolean {
    return typeof code === 'string' && this.byCode.get(code)?.enabled === true;
  }

  /**
   * A configured locale; a tag no longer configured (text kept from a removed locale) gets what
   * Intl derives from it, so old rows still render with the right direction.
   */
  get(code: LocaleCode): LocaleInfo {
    return this.byCode.get(code) ?? { code, endonym: endonymOf(code), dir: directionOf(code), fallbacks: [], prefix: code.toLowerCase(), enabled: false, isDefault: false };
  }

  /** The enabled locale whose URLs start with this segment. */
  fromPrefix(prefix: string): LocaleInfo | undefined {
    const found = this.byPrefix.get(prefix);
    return found?.enabled ? found : undefined;
  }

  /** Any configured locale (enabled or not) whose URLs start with this segment, to redirect a disabled one. */
  anyFromPrefix(prefix: string): LocaleInfo | undefined {
    return this.byPrefix.get(prefix);
  }

  /** The locale itself, then its enabled fallbacks: the order in which translations are tried. */
  chain(code: LocaleCode): readonly LocaleCode[] {
    const own = this.get(code);
    return [code, ...own.fallbacks.filter((f) => f !== code && this.isEnabled(f))];
  }

  /** The first enabled locale a visitor of a disabled one is sent to: its fallbacks, else the default. */
  redirectTarget(code: LocaleCode): LocaleCode {
    return this.get(code).fallbacks.find((f) => this.isEnabled(f)) ?? this.defaultLocale;
  }

  /**
   * Picks the best enabled locale from an Accept-Language header (RFC 9110 §12.5.4), honouring
   * q-values: an exact tag first (`pt-BR`), then the language (`fr-CA` → fr, `zh-CN` → zh-Hans).
   */
  negotiate(header: string | undefined): LocaleCode {
    if (!header) return this.defaultLocale;
    const ranges = header
      .slice(0, 1000)
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        const weight = q ? Number(q.slice(2)) : 1;
        return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
      })
      .filter((r) => r.weight > 0 && r.tag !== '' && r.tag !== '*')
      .sort((a, b) => b.weight - a.weight || a.index - b.index);
    for (const { tag } of ranges) {
      const exact = this.enabled.find((l) => l.code.toLowerCase() === tag);
      if (exact) return exact.code;
      const language = this.byLanguage.get(tag.split('-')[0] ?? '');
      if (language) return language.code;
    }
    return this.defaultLocale;
  }
}
