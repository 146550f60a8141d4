import type { Db } from '../../platform/db/database.ts';
import type { LocalePair, MachineMark, ProviderKind } from './machine-translation.types.ts';

/** The settings row as stored: the key still sealed. */
export interface StoredSettings {
  readonly enabled: boolean;
  readonly provider: ProviderKind;
  readonly baseUrl: string;
  readonly apiKeySealed: string | null;
  readonly keyHint: string | null;
  readonly pairs: readonly LocalePair[];
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

const ROW_ID = 'default';

export function createMachineTranslationRepository(db: Db) {
  return {
    async findSettings(): Promise<StoredSettings | undefined> {
      const row = await db.selectFrom('machineTranslationSettings').selectAll().where('id', '=', ROW_ID).executeTakeFirst();
      if (!row) return undefined;
      return {
        enabled: Number(row.enabled) === 1,
        provider: row.provider === 'libretranslate' ? 'libretranslate' : 'deepl',
        baseUrl: row.baseUrl,
        apiKeySealed: row.apiKeySealed,
        keyHint: row.keyHint,
        pairs: parsePairs(row.pairs),
        updatedAt: row.updatedAt,
        updatedBy: row.updatedBy,
      };
    },

    async saveSettings(s: StoredSettings): Promise<void> {
      const values = {
        enabled: s.enabled ? 1 : 0,
        provider: s.provider,
        baseUrl: s.baseUrl,
        apiKeySealed: s.apiKeySealed,
        keyHint: s.keyHint,
        pairs: JSON.stringify(s.pairs),
        updatedAt: s.updatedAt,
        updatedBy: s.updatedBy,
      };
      await db
        .insertInto('machineTranslationSettings')
        .values({ id: ROW_ID, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    },

    async findMark(documentId: string, locale: string): Promise<MachineMark | undefined> {
      const row = await db.selectFrom('machineTranslations').selectAll().where('documentId', '=', documentId).where('locale', '=', locale).executeTakeFirst();
      return row ? toMark(row) : undefined;
    },

    async listMarks(documentIds: readonly string[]): Promise<MachineMark[]> {
      if (documentIds.length === 0) return [];
      const rows = await db.selectFrom('machineTranslations').selectAll().where('documentId', 'in', [...documentIds]).execute();
      return rows.map(toMark);
    },

    async listRecentMarks(limit: number): Promise<MachineMark[]> {
      const rows = await db.selectFrom('machineTranslations').selectAll().orderBy('createdAt', 'desc').limit(limit).execute();
      return rows.map(toMark);
    },

    async saveMark(mark: MachineMark & { readonly segments: number; readonly fromMemory: number; readonly createdBy: string }): Promise<void> {
      const values = {
        version: mark.version,
        fingerprint: mark.fingerprint,
        provider: mark.provider,
        segments: mark.segments,
        fromMemory: mark.fromMemory,
        createdBy: mark.createdBy,
        createdAt: mark.createdAt,
      };
      await db
        .insertInto('machineTranslations')
        .values({ documentId: mark.documentId, locale: mark.locale, ...values })
        .onConflict((oc) => oc.columns(['documentId', 'locale']).doUpdateSet(values))
        .execute();
    },
  };
}

function toMark(row: { documentId: string; locale: string; version: number; fingerprint: string; provider: string; createdAt: string }): MachineMark {
  return {
    documentId: row.documentId,
    locale: row.locale,
    version: Number(row.version),
    fingerprint: row.fingerprint,
    provider: row.provider === 'libretranslate' ? 'libretranslate' : 'deepl',
    createdAt: row.createdAt,
  };
}

function parsePairs(raw: string): LocalePair[] {
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((p): p is LocalePair => typeof p?.from === 'string' && typeof p?.to === 'string').map((p) => ({ from: p.from, to: p.to }));
  } catch {
    return [];
  }
}
