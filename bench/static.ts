// Static export pages/s against Hugo on the same content, and the time to re-export after one change.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/http/app.ts';
import { loadSiteAssets } from '../src/http/site/site-assets.ts';
import { SYSTEM_ACTOR } from '../src/modules/content/index.ts';
import { createLogger } from '../src/platform/logger.ts';
import { buildWithHugo, writeHugoSite } from './hugo.ts';
import { fmt, installHint, skippedRow, type Row } from './report.ts';
import type { SeedPlan, SeededPage } from './seed.ts';
import { hasCommand } from './servers.ts';
import { optionalImport, type BenchSite } from './site.ts';

// The module's own type, so a change to the export's options fails the typecheck, not the bench.
type StaticExportModule = typeof import('../src/export/static-export.ts');

export async function measureStaticExport(site: BenchSite, plan: SeedPlan, changed: SeededPage, shmDir: string): Promise<Row[]> {
  const exporter = await optionalImport<StaticExportModule>('../src/export/static-export.ts');
  const exportTarget = 'at least Hugo’s pages/s';
  const reexportTarget = '< 1 s';
  if (!exporter) return [skippedRow('Static export', 'not available yet (src/export/static-export.ts)', exportTarget), skippedRow('Re-export after one change', 'not available yet', reexportTarget)];
  const publicUrl = 'https://bench.example.org';
  const app = await buildApp({ ...site.modules, assets: loadSiteAssets(), logger: createLogger('warn'), publicUrl });
  const rows: Row[] = [];
  try {
    const outDir = path.join(shmDir, 'ensemble-export');
    const started = performance.now();
    // No Pagefind index: Hugo builds no search index either.
    // As `npx ensemble export` runs: a page unchanged since the last export is not rendered again.
    const skipUnchanged = { modules: site.modules, pageCache: site.modules.pageCache };
    const first = await exporter.exportSite(app, { outDir, publicUrl, pagefind: false, skipUnchanged });
    const ours = first.pages / ((performance.now() - started) / 1000);

    let hugoRow: Row;
    if (hasCommand('hugo')) {
      const siteDir = path.join(shmDir, 'hugo-site');
      writeHugoSite(siteDir, plan);
      const hugo = await buildWithHugo(siteDir, path.join(shmDir, 'hugo-public'));
      const theirs = hugo.pages / (hugo.ms / 1000);
      hugoRow = {
        figure: `Static export (${first.pages.toLocaleString('en-GB')} pages: 4 locales, .br/.gz beside; Hugo ${hugo.pages.toLocaleString('en-GB')} pages: 2 languages, uncompressed)`,
        value: fmt.perSecond(ours),
        reference: `Hugo ${fmt.perSecond(theirs)}`,
        ratio: fmt.ratio(ours / theirs),
        target: '≥ 1.00×',
        meets: ours >= theirs,
      };
    } else {
      hugoRow = { ...skippedRow('Static export vs Hugo', installHint('hugo'), exportTarget), value: `${fmt.perSecond(ours)} (Hugo skipped: ${installHint('hugo')})` };
    }
    rows.push(hugoRow);

    const translation = await site.modules.content.service.findTranslation(changed.documentId, 'en');
    if (!translation) throw new Error('the changed page has no English translation');
    // Saved, then published: a save alone is the page's working copy, which no visitor sees.
    const saved = await site.modules.content.service.saveTranslation({
      documentId: changed.documentId,
      locale: 'en',
      expectedVersion: translation.version,
      translation: { ...translation, title: `${translation.title} (changed)` },
      actor: SYSTEM_ACTOR,
    });
    await site.modules.content.service.publishTranslation({ documentId: changed.documentId, locale: 'en', expectedVersion: saved.version, actor: SYSTEM_ACTOR });
    const again = performance.now();
    const second = await exporter.exportSite(app, { outDir, publicUrl, pagefind: false, skipUnchanged });
    const ms = performance.now() - again;
    rows.push({ figure: `Re-export after one title change (${second.written} files written of ${second.pages.toLocaleString('en-GB')} pages; ${(second.skipped ?? 0).toLocaleString('en-GB')} pages not rendered)`, value: fmt.ms(ms), target: reexportTarget, meets: ms < 1000 });
    fs.rmSync(outDir, { recursive: true, force: true });
  } finally {
    await app.close();
  }
  return rows;
}
