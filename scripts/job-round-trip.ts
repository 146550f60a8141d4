// Measures a translation job's round trip for 100 pages on a fresh SQLite site in a temporary
// folder: the pages are made (French, several paragraphs with bold and links each), a job takes
// everything missing in Arabic, its XLIFF 2.0 file is exported, every target is filled as a tool
// would (the test fixture's upper-casing), and the file is imported as pending versions.
// Usage: node --import tsx scripts/job-round-trip.ts [PAGES]   (default 100)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SYSTEM } from '../src/modules/accounts/index.ts';
import { markupToRichText } from '../src/modules/content/index.ts';
import { createModules } from '../src/modules.ts';
import { systemClock } from '../src/platform/clock.ts';
import { migrateToLatest, openDatabase } from '../src/platform/db/database.ts';
import { fillTargets } from '../test/fixtures/xliff-job.ts';

const pages = Number(process.argv[2] ?? 100);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'job-round-trip-'));
const database = openDatabase({ url: path.join(dir, 'site.db') });
const timings: [string, number][] = [];
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings.push([name, performance.now() - start]);
  return result;
}

try {
  await migrateToLatest(database.db);
  const modules = createModules({ db: database.db, clock: systemClock, mediaDir: path.join(dir, 'media'), pageCacheBytes: 8 * 1024 * 1024 });
  await modules.locales.load();
  const content = modules.content.service;
  const body = (n: number) =>
    markupToRichText(
      [
        `## Programme ${n}`,
        `Notre équipe travaille avec **les familles du quartier ${n}** depuis plusieurs années. Elle écoute, puis elle agit. Lisez [le rapport](https://example.org/rapport-${n}) pour en savoir plus.`,
        `Chaque semaine, des bénévoles accueillent les nouveaux arrivants. Ils les aident à trouver un logement, une école et un travail. *Merci à eux !*`,
        `- Des repas chauds.\n- Des cours de langue.\n- Un accompagnement juridique.`,
        `> Nous avons retrouvé confiance. Le chemin est encore long.\n— Une habitante`,
      ].join('\n\n'),
    );
  const section = await phase('make the section and pages', async () => {
    const root = await content.createDocumentWithTranslation({ type: 'page', locale: 'fr', translation: { slug: 'programmes', title: 'Nos programmes', body: body(0) }, actor: SYSTEM });
    for (let n = 1; n < pages; n++) {
      await content.createDocumentWithTranslation({ type: 'page', parentId: root.document.id, locale: 'fr', translation: { slug: `programme-${n}`, title: `Programme numéro ${n}. Pour tous.`, summary: `Ce que fait le programme ${n}. En bref.`, body: body(n) }, actor: SYSTEM });
    }
    return root.document.id;
  });
  const ids = await phase('choose: everything missing in Arabic in the section', () => modules.translationJobs.documentsNeeding({ sourceLocale: 'fr', targetLocale: 'ar', sectionId: section }));
  const job = await phase('create the job', () => modules.translationJobs.createJob({ actor: SYSTEM, name: 'Mesure', sourceLocale: 'fr', targetLocales: ['ar'], documentIds: ids }));
  const file = await phase('export XLIFF 2.0', () => modules.translationJobs.exportLocale({ actor: SYSTEM, jobId: job.id, locale: 'ar', version: '2.0' }));
  const returned = await phase('fill every target', async () => Buffer.from(fillTargets(new TextDecoder().decode(file.bytes))));
  const report = await phase('import as pending versions', () => modules.translationJobs.importFile({ actor: SYSTEM, jobId: job.id, bytes: returned }));
  const segments = (new TextDecoder().decode(file.bytes).match(/<segment\b/g) ?? []).length;
  console.log(`Job round trip: ${ids.length} pages, ${segments} segments, export ${(file.bytes.byteLength / 1024).toFixed(0)} KiB; imported ${report.applied.length}, stale ${report.stale.length}, not returned ${report.notReturned.length}`);
  console.log('| Phase | ms |');
  console.log('| --- | ---: |');
  for (const [name, ms] of timings) console.log(`| ${name} | ${ms.toFixed(0)} |`);
  const trip = timings.filter(([name]) => name !== 'make the section and pages').reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`| **round trip (choose → import)** | **${trip.toFixed(0)}** |`);
  await modules.notifications.stop();
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
