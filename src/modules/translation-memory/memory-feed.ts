import type { Clock } from '../../platform/clock.ts';
import type { UnitOfWork } from '../../platform/db/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import type { AuditModule } from '../audit/index.ts';
import { CONTENT_TYPES, findContentType, textFingerprint, type ContentService, type Translation, type WorkflowStepEvent } from '../content/index.ts';
import { authorize } from '../policy/index.ts';
import { extractUnits } from '../xliff/index.ts';
import type { MemoryService } from './memory.service.ts';
import { pairUnits } from './pairing.ts';

/** What the memory reads of content: documents and their translations, inside a unit when given. */
export type ContentPort = Pick<ContentService, 'getDocument' | 'listTranslations' | 'listDocuments'>;

/**
 * Publishing feeds the memory. A translation is paired with its source only while it is current
 * (made from the source's present words): an outdated one would pair sentences with the
 * translation of older ones. Publishing a source pairs it with every current published translation.
 */
export function createMemoryFeed({ memory, content, clock, audit }: { memory: MemoryService; content: ContentPort; clock: Clock; audit: Pick<AuditModule, 'record'> }) {
  async function feedDocument(documentId: string, only: string | undefined, unit?: UnitOfWork): Promise<number> {
    const doc = await content.getDocument(documentId, unit);
    const type = findContentType(doc.type);
    const translations = await content.listTranslations(documentId, unit);
    const byLocale = new Map(translations.map((t) => [t.locale, t]));
    let stored = 0;
    const sourceUnits = new Map<string, ReturnType<typeof extractUnits>>();
    for (const target of translations) {
      if (target.status !== 'published' || target.sourceLocale === null) continue;
      const source = byLocale.get(target.sourceLocale);
      if (!source || (only !== undefined && only !== target.locale && only !== source.locale)) continue;
      if (!isCurrent(target, source)) continue;
      if (!sourceUnits.has(source.locale)) sourceUnits.set(source.locale, extractUnits(source, type, source.locale));
      const pairs = pairUnits(sourceUnits.get(source.locale)!, extractUnits(target, type, target.locale));
      stored += await memory.record({ sourceLocale: source.locale, targetLocale: target.locale, pairs, documentId, origin: 'publish', ...(unit ? { unit } : {}) });
    }
    return stored;
  }

  return {
    /** The publish step's listener (content's stepListeners): runs in the step's transaction. */
    async onWorkflowStep(event: WorkflowStepEvent, unit: UnitOfWork): Promise<void> {
      if (event.action !== 'publish') return;
      await feedDocument(event.documentId, event.locale, unit);
    },

    /**
     * Feeds the memory from every published translation (for a site that had pages before the
     * memory existed); pairs already there are only refreshed. Returns how many pairs were read.
     * @throws POLICY_FORBIDDEN
     */
    async rebuild(actor: Actor): Promise<{ documents: number; pairs: number }> {
      authorize(actor, 'translation.memory');
      let documents = 0;
      let pairs = 0;
      for (const type of CONTENT_TYPES.values()) {
        for (const doc of await content.listDocuments(type.name)) {
          documents++;
          pairs += await feedDocument(doc.id, undefined);
        }
      }
      await audit.record({ actorId: actor.id, action: 'memory.rebuilt', details: { documents, pairs, at: clock.now().toISOString() } });
      return { documents, pairs };
    },
  };
}

function isCurrent(target: Translation, source: Translation): boolean {
  return target.sourceFingerprint === null || target.sourceFingerprint === textFingerprint(source);
}
