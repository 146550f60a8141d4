import type { SearchDb } from './search.repository.ts';
import type { SearchDocument } from './search.types.ts';

const CHUNK = 500;

/**
 * Records what these documents' pages show of others (see SearchDocument.references), inside the
 * engine's transaction. `replace`: the entries are every locale's, so older references go; a
 * reindex of some locales only adds (references are per document, and a reference left over from
 * another locale costs at most one needless reindex).
 */
export async function writeReferences(trx: SearchDb, documentIds: readonly string[], entries: readonly SearchDocument[], replace: boolean): Promise<void> {
  if (replace) await trx.deleteFrom('searchReferences').where('documentId', 'in', [...documentIds]).execute();
  const rows = new Map<string, { reference: string; documentId: string }>();
  for (const entry of entries) {
    for (const reference of entry.references ?? []) rows.set(`${reference} ${entry.documentId}`, { reference, documentId: entry.documentId });
  }
  const all = [...rows.values()];
  for (let i = 0; i < all.length; i += CHUNK) {
    // Two saves of one document may reindex at once: the same rows are the same fact.
    await trx
      .insertInto('searchReferences')
      .values(all.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['reference', 'documentId']).doNothing())
      .execute();
  }
}
