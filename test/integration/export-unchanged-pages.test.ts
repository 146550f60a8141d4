import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/export/export-writer.ts';
import { exportSite, type ExportSummary } from '../../src/export/static-export.ts';
import { SYSTEM_ACTOR as actor } from '../../src/modules/content/index.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { publishedPage, savePublished } from '../helpers/content-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * A second export keeps the pages whose content did not change without rendering them. Whatever
 * changed, its output must be exactly what a full export from scratch writes.
 */

const CAMPAIGN = 'journee-internationale-des-migrants-2019';
const MESSAGE = `${CAMPAIGN}/message-du-directeur-general`;
const BARBER = `${CAMPAIGN}/le-salon-de-karim`;
const TAKE_ACTION = 'agir';
const WORK_WITH_US = `${TAKE_ACTION}/travailler-avec-nous`;

/** Every file of an export (manifest aside) with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((name) => name !== MANIFEST_NAME);
  return new Map(names.sort().map((name) => [name, readFileSync(path.join(dir, name))]));
}

describeEachDatabase('export of unchanged pages', (dialect) => {
  let site: TestSite;
  let outDir: string;
  const scratch: string[] = [];
  const incremental = () =>
    exportSite(site.app, { outDir, publicUrl: TEST_PUBLIC_URL, pagefind: false, skipUnchanged: { modules: site, pageCache: site.pageCache } });

  /** Exports incrementally, then from scratch with an empty page cache, and checks both wrote the same site. */
  async function exportAndCompare(): Promise<ExportSummary> {
    const summary = await incremental();
    site.pageCache.clear();
    const fresh = await mkdtemp(path.join(os.tmpdir(), 'ensemble-full-export-'));
    scratch.push(fresh);
    const full = await exportSite(site.app, { outDir: fresh, publicUrl: TEST_PUBLIC_URL, pagefind: false });
    expect(full.skipped).toBe(0);
    const [ours, reference] = await Promise.all([filesOf(outDir), filesOf(fresh)]);
    expect([...ours.keys()]).toEqual([...reference.keys()]);
    const different = [...reference].filter(([name, bytes]) => !ours.get(name)?.equals(bytes)).map(([name]) => name);
    expect(different).toEqual([]);
    expect(summary.pages).toBe(full.pages);
    return summary;
  }

  const find = async (p: string) => (await site.content.reader.findByPath('fr', p, { fallback: 'show' }))!;
  const retitle = async (p: string, change: { title?: string; slug?: string }) => {
    const { document } = await find(p);
    const t = (await site.content.service.findTranslation(document.id, 'fr'))!;
    await savePublished(site, {
      documentId: document.id,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug: change.slug ?? t.slug, title: change.title ?? t.title, summary: t.summary, body: t.body, fields: t.fields },
      actor,
    });
  };

  beforeAll(async () => {
    site = await buildTestSite(dialect);
    outDir = await mkdtemp(path.join(os.tmpdir(), 'ensemble-export-'));
    const first = await incremental();
    expect(first.skipped).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await site?.close();
    for (const dir of [outDir, ...scratch]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders nothing again when nothing changed', async () => {
    const again = await exportAndCompare();
    expect(again.skipped).toBe(again.pages - 12); // the search and story-form pages of the six locales are always built
    expect(again.written).toBe(0);
  }, 120_000);

  it('renders again only the pages that show a retitled page', async () => {
    await retitle(MESSAGE, { title: 'Le message du Directeur général, relu' });
    const summary = await exportAndCompare();
    expect(summary.writtenPaths).toContain(`fr/${MESSAGE}/index.html`);
    expect(summary.skipped).toBeGreaterThan(summary.pages / 2);
  }, 120_000);

  it('follows a new child onto its parent’s page, a menu change onto every page, and an image’s alt text', async () => {
    await publishedPage(site, (await find(TAKE_ACTION)).document.id, 'benevolat', 'Devenir bénévole');
    const published = await exportAndCompare();
    expect(published.writtenPaths).toContain('fr/agir/benevolat/index.html');
    expect(published.skipped).toBeGreaterThan(0);

    const story = await find(BARBER);
    await site.media.updateImageDetails({ id: String(story.document.fields.image), actor: SYSTEM, alt: { fr: 'Un peigne et des ciseaux sur le comptoir.' } });
    const altered = await exportAndCompare();
    expect(altered.writtenPaths).toContain(`fr/${BARBER}/index.html`);
    expect(altered.skipped).toBeGreaterThan(0);

    await site.content.menus.addItem({ menu: 'footer', documentId: (await find(WORK_WITH_US)).document.id, parentId: null, actor: SYSTEM });
    const menus = await exportAndCompare();
    expect(menus.skipped).toBe(0);
  }, 240_000);

  it('moves the pages under a section whose address changed, and renders everything when a setting changes', async () => {
    await retitle(TAKE_ACTION, { slug: 'passer-a-l-action' });
    const moved = await exportAndCompare();
    expect(moved.writtenPaths).toContain('fr/passer-a-l-action/index.html');
    expect(moved.deletedPaths).toContain('fr/agir/index.html');

    await site.settings.setFallbackPolicy({ policy: 'hide', actor: SYSTEM });
    const hidden = await exportAndCompare();
    expect(hidden.skipped).toBe(0);
  }, 240_000);
});
