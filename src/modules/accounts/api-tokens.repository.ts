import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { ApiTokensTable } from '../../platform/db/schema.ts';
import type { LocaleCode } from '../locales/index.ts';
import { TOKEN_SCOPES, type TokenScope } from './actor.ts';

/** A stored API token: what the table holds, parsed. `secretHash` never leaves the accounts module. */
export interface ApiTokenRow {
  readonly id: string;
  readonly name: string;
  readonly secretHash: string;
  readonly scopes: readonly TokenScope[];
  readonly locales: readonly LocaleCode[] | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export type ApiTokensRepository = ReturnType<typeof createApiTokensRepository>;

/** The only place with SQL for API tokens. */
export function createApiTokensRepository(db: Db) {
  return {
    async insertApiToken(token: ApiTokenRow): Promise<void> {
      await db
        .insertInto('apiTokens')
        .values({ ...token, scopes: JSON.stringify(token.scopes), locales: token.locales ? JSON.stringify(token.locales) : null })
        .execute();
    },

    async findApiToken(by: { id: string } | { secretHash: string }): Promise<ApiTokenRow | undefined> {
      const row = await db
        .selectFrom('apiTokens')
        .selectAll()
        .$call((q) => ('id' in by ? q.where('id', '=', by.id) : q.where('secretHash', '=', by.secretHash)))
        .executeTakeFirst();
      return row && toApiToken(row);
    },

    /** Newest first. */
    async listApiTokens(): Promise<ApiTokenRow[]> {
      const rows = await db.selectFrom('apiTokens').selectAll().orderBy('createdAt', 'desc').orderBy('id').execute();
      return rows.map(toApiToken);
    },

    /** Says whether this call was the one that revoked it. */
    async revokeApiToken(id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('apiTokens')
        .set({ revokedAt: now })
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Records a use unless one was recorded after `notSince`: a read does not write on every request. */
    async touchApiToken(id: string, now: string, notSince: string): Promise<void> {
      await db
        .updateTable('apiTokens')
        .set({ lastUsedAt: now })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<=', notSince)]))
        .execute();
    },
  };
}

function toApiToken(row: Selectable<ApiTokensTable>): ApiTokenRow {
  // Parsed defensively: an unknown scope or locale written by hand grants nothing.
  const scopes = (JSON.parse(row.scopes) as unknown[]).filter((s): s is TokenScope => (TOKEN_SCOPES as readonly unknown[]).includes(s));
  const locales = row.locales === null ? null : (JSON.parse(row.locales) as unknown[]).filter((l): l is LocaleCode => typeof l === 'string');
  return { ...row, scopes, locales };
}
