// `node --import tsx scripts/memory-hit-rate.ts`: the translation memory's hit rate on the demo.
// Loads the demo into a temporary SQLite data folder (publishing feeds the memory), rebuilds the
// memory from the published translations, then, for every missing or outdated translation of the
// demo, counts the source segments the memory knows exactly and those with a match of 75 % or more.
// A second figure, leave one out, asks the same of every current translation with its own
// document's pairs set aside: how much a page would get if it were translated last.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SYSTEM } from '../src/modules/accounts/index.ts';
import { CONTENT_TYPES, findContentType, textFingerprint, translationStates, type Translation } from '../src/modules/content/index.ts';
import { demoConsentRecorder, loadDemoOnFirstRun } from '../src/modules/demo/index.ts';
import { codedToPlain, extractUnits, normaliseSegment, segmentHash } from '../src/modules/xliff/index.ts';
import { createModules } from '../src/modules.ts';
import { systemClock } from '../src/platform/clock.ts';
import { migrateToLatest, openDatabase } from '../src/platform/db/database.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensemble-memory-'));
const database = openDatabase({ url: path.join(dir, 'ensemble.db') });
try {
  await migrateToLatest(database.db);
  const modules = createModules({ db: database.db, clock: systemClock, mediaDir: path.join(dir, 'media'), pageCacheBytes: 1024 * 1024 });
  await modules.locales.load();
  const started = performance.now();
  await loadDemoOnFirstRun(modules.content.service, modules.settings, {
    createImage: (bytes, details) => modules.media.createImage(bytes, details),
    createFile: (bytes, details) => modules.files.createFileFromBytes(bytes, details),
    recordConsent: demoConsentRecorder(modules.consent),
    locales: modules.locales,
    addGlossaryTerm: (term) => modules.memory.glossary.save({ ...term, actor: SYSTEM }),
  });
  const loaded = performance.now();
  const rebuilt = await modules.memory.rebuild(SYSTEM);
  const rebuiltAt = performance.now();
  const locales = modules.locales.current().allCodes;

  type Tally = { translations: number; segments: number; exact: number; fuzzy: number };
  const work: Tally = { translations: 0, segments: 0, exact: 0, fuzzy: 0 };
  const leaveOneOut: Tally = { translations: 0, segments: 0, exact: 0, fuzzy: 0 };
  let lookupMs = 0;
  let lookups = 0;

  /** Counts a translation's source segments the memory has: exactly, or at 75 % or more (skipping `own` document's pairs). */
  async function tally(into: Tally, source: Translation, target: string, documentId: string, type: ReturnType<typeof findContentType>, own: boolean) {
    into.translations++;
    const units = extractUnits(source, type, source.locale);
    const plains = units.flatMap((u) => u.segments.map((s) => normaliseSegment(codedToPlain(s.source))));
    const ownHashes = own ? await ownPairs(documentId, source.locale, target) : new Set<string>();
    const t0 = performance.now();
    const exact = await modules.memory.exact(source.locale, target, plains.map(segmentHash));
    for (const plain of plains) {
      into.segments++;
      if (exact.has(segmentHash(plain)) && !ownHashes.has(segmentHash(plain))) {
        into.exact++;
        continue;
      }
      const fuzzy = await modules.memory.fuzzy(source.locale, target, plain, { min: 0.75, limit: own ? 10 : 1 });
      lookups++;
      if (fuzzy.some((m) => !ownHashes.has(segmentHash(codedToPlain(m.source))) && m.similarity < 1)) into.fuzzy++;
      else if (fuzzy.some((m) => !ownHashes.has(segmentHash(codedToPlain(m.source))))) into.exact++;
    }
    lookupMs += performance.now() - t0;
  }

  /** The source hashes this document alone put in the memory for the pair (another document may share a sentence). */
  async function ownPairs(documentId: string, sourceLocale: string, targetLocale: string): Promise<Set<string>> {
    const mine = new Map<string, number>();
    const all = new Map<string, number>();
    for (const type of CONTENT_TYPES.values()) {
      for (const doc of await modules.content.service.listDocuments(type.name)) {
        const translations = await modules.content.service.listTranslations(doc.id);
        const source = translations.find((t) => t.locale === sourceLocale);
        if (!source || !translations.some((t) => t.locale === targetLocale && t.status === 'published')) continue;
        for (const unit of extractUnits(source, type, sourceLocale)) {
          for (const s of unit.segments) {
            const hash = segmentHash(codedToPlain(s.source));
            all.set(hash, (all.get(hash) ?? 0) + 1);
            if (doc.id === documentId) mine.set(hash, (mine.get(hash) ?? 0) + 1);
          }
        }
      }
    }
    return new Set([...mine].filter(([hash, n]) => all.get(hash) === n).map(([hash]) => hash));
  }

  const sample: { id: string; type: NonNullable<ReturnType<typeof findContentType>>; source: Translation; target: string }[] = [];
  for (const type of CONTENT_TYPES.values()) {
    for (const doc of await modules.content.service.listDocuments(type.name)) {
      const translations = await modules.content.service.listTranslations(doc.id);
      const states = translationStates(translations, locales, textFingerprint);
      const source = translations.find((t) => t.sourceLocale === null);
      if (!source) continue;
      for (const locale of locales) {
        if (states[locale] === 'missing' || states[locale] === 'outdated') await tally(work, source, locale, doc.id, type, false);
        else if (states[locale] === 'current') sample.push({ id: doc.id, type, source, target: locale });
      }
    }
  }
  // Leave one out on a sample of current translations (every 7th): the full run reads the whole tree per translation.
  for (const [i, item] of sample.entries()) if (i % 7 === 0) await tally(leaveOneOut, item.source, item.target, item.id, item.type, true);

  const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);
  const line = (label: string, t: Tally) =>
    `${label}: ${t.translations} translations, ${t.segments} source segments; exact ${t.exact} (${pct(t.exact, t.segments)}), fuzzy ≥75 % ${t.fuzzy} (${pct(t.fuzzy, t.segments)}), any match ${pct(t.exact + t.fuzzy, t.segments)}`;
  process.stdout.write(
    [
      `demo loaded in ${((loaded - started) / 1000).toFixed(1)} s (memory fed by each publish); rebuild read ${rebuilt.documents} documents, ${rebuilt.pairs} pairs, in ${((rebuiltAt - loaded) / 1000).toFixed(1)} s`,
      `memory: ${(await modules.memory.countByPair()).map((c) => `${c.sourceLocale}→${c.targetLocale} ${c.pairs}`).join(', ')}`,
      line('missing or outdated translations of the demo', work),
      line('leave one out (every 7th current translation, its own pairs set aside)', leaveOneOut),
      `fuzzy lookups: ${lookups}, ${(lookupMs / Math.max(1, lookups)).toFixed(1)} ms per segment on average (exact and fuzzy together)`,
      '',
    ].join('\n'),
  );
  await modules.notifications.stop();
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
