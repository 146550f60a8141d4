/** One glossary entry as the provider port takes it: a term, its translation, or "keep as is". */
export interface GlossaryTerm {
  readonly term: string;
  readonly translation: string;
  readonly doNotTranslate: boolean;
}

/**
 * The provider port: segments written as XML-ish markup (`<x id="1"/>`, `<g id="2">…</g>`) go in,
 * the same number come back in the same order with the tags kept. Locales are the site's tags
 * (`pt-BR`, `zh-Hans`); each adapter maps them to its own codes.
 */
export interface MachineTranslator {
  readonly provider: ProviderKind;
  translate(texts: readonly string[], from: string, to: string, glossary?: readonly GlossaryTerm[]): Promise<string[]>;
}

export type ProviderKind = 'deepl' | 'libretranslate';
export const PROVIDER_KINDS: readonly ProviderKind[] = ['deepl', 'libretranslate'];

/** A source → target locale pair an administrator allowed. */
export interface LocalePair {
  readonly from: string;
  readonly to: string;
}

/** The settings as the back office shows them: never the key, only whether one is set and its last 4 characters. */
export interface MachineTranslationSettings {
  readonly enabled: boolean;
  readonly provider: ProviderKind;
  readonly baseUrl: string;
  readonly keyHint: string | null;
  readonly pairs: readonly LocalePair[];
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

export interface SettingsInput {
  readonly enabled: boolean;
  readonly provider: string;
  readonly baseUrl: string;
  /** A new key; undefined or '' keeps the stored one. */
  readonly apiKey?: string;
  /** Forget the stored key (a keyless LibreTranslate server). */
  readonly clearKey?: boolean;
  readonly pairs: readonly LocalePair[];
}

/** The marker of a translation whose pending text came from a machine and waits for a person's review. */
export interface MachineMark {
  readonly documentId: string;
  readonly locale: string;
  readonly version: number;
  readonly provider: ProviderKind;
  readonly createdAt: string;
  /** The text's fingerprint when it was saved: the mark holds while the pending text still has it. */
  readonly fingerprint: string;
}

/** What one machine translation did. */
export interface MachineTranslateResult {
  readonly documentId: string;
  readonly locale: string;
  readonly version: number;
  readonly segments: number;
  /** Segments taken from the memory (exact matches), not sent to the provider. */
  readonly fromMemory: number;
  readonly sentToProvider: number;
  /** Whether it became the working copy of a published translation (else a draft). */
  readonly pendingOverPublished: boolean;
}
