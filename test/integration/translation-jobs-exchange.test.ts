import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM, type UserActor } from '../../src/modules/accounts/index.ts';
import { createTranslationJobsModule, TRANSLATION_JOB_FILE_REFUSED, TRANSLATION_JOB_NOT_FOUND } from '../../src/modules/translation-jobs/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { fillTargets } from '../fixtures/xliff-job.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { editFrench, makeActor, makeSection, multipartImport, sessionFor } from '../helpers/job-fixtures.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

const SCHEMA_DIR = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/standards/xliff-2.0');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describeEachDatabase('translation jobs: XLIFF export, import as pending versions, hostile files', (dialect) => {
  let site: TestSite;
  let admin: UserActor;
  let translator: UserActor;
  let s: Awaited<ReturnType<typeof makeSection>>;
  let jobId: string;
  let session: { cookie: string; csrf: string };
  let files: { ar20: string; ar12: string };

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    admin = await makeActor(site, 'administrator');
    translator = await makeActor(site, 'translator', ['ar']);
    session = await sessionFor(site, 'administrator');
    s = await makeSection(site, { ar: true });
    // The Arabic of the section's first page is live: an import must leave visitors' text alone.
    await site.content.service.publishTranslation({ documentId: s.water, locale: 'ar', actor: SYSTEM });
    await editFrench(site, s.water, 'Accès à l’eau potable');
    await editFrench(site, s.wells, 'Les puits du village, réparés');
  });
  afterAll(() => site.close());

  /** Every translation's version and status in the section: what must not move when a file is refused. */
  async function snapshot() {
    const out: Record<string, string> = {};
    for (const id of [...s.all, s.outside]) {
      for (const t of await site.content.service.listTranslations(id)) out[`${id}/${t.locale}`] = `${t.version}/${t.status}`;
    }
    return out;
  }
  const importHttp = (file: Uint8Array | string) => {
    const { payload, headers } = multipartImport(session.csrf, file);
    return site.app.inject({ method: 'POST', url: `/admin/jobs/${jobId}/import`, headers: { ...headers, cookie: session.cookie }, payload });
  };

  it('sends a section’s outdated Arabic pages: XLIFF 2.0 (schema-valid), 1.2, and a zip of both target locales', async () => {
    const outdated = await site.translationJobs.documentsNeeding({ sourceLocale: 'fr', targetLocale: 'ar', sectionId: s.section });
    expect(outdated.sort()).toEqual([s.water, s.wells].sort());
    const job = await site.translationJobs.createJob({ actor: admin, name: 'Programmes : arabe', sourceLocale: 'fr', targetLocales: ['ar', 'es'], documentIds: outdated, assignee: { kind: 'user', userId: translator.id } });
    jobId = job.id;

    const ar20 = await site.translationJobs.exportLocale({ actor: admin, jobId, locale: 'ar', version: '2.0' });
    const ar12 = await site.translationJobs.exportLocale({ actor: translator, jobId, locale: 'ar', version: '1.2' });
    files = { ar20: text(ar20.bytes), ar12: text(ar12.bytes) };
    expect(files.ar20).toContain(`trgLang="ar"`);
    expect(files.ar20).toContain('Accès à l’eau potable');
    // The old Arabic title rides along as a starting point, marked as not yet translated.
    expect(files.ar20).toContain('عنوان قديم');
    expect(files.ar12).toContain('target-language="ar"');

    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-xlf-'));
    try {
      const file = path.join(work, 'ar.xlf');
      fs.writeFileSync(file, files.ar20);
      const lint = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMA_DIR, 'xliff_core_2.0.xsd'), file], { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMA_DIR, 'catalog.xml') } });
      expect(lint.status, lint.stderr).toBe(0);
      // translate-toolkit reads the 1.2 file: every trans-unit (one per segment) arrives in the .po.
      const xlf12 = path.join(work, 'ar12.xlf');
      fs.writeFileSync(xlf12, files.ar12);
      const po = path.join(work, 'ar12.po');
      const toPo = spawnSync('xliff2po', ['--progress=none', xlf12, po], { encoding: 'utf8' });
      expect(toPo.status, toPo.stderr).toBe(0);
      const locations = fs.readFileSync(po, 'utf8').match(/^#: .+$/gm)!.flatMap((line) => line.slice(3).split(' ').map(decodeURIComponent));
      const ids = [...files.ar12.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(10);
      expect(new Set(locations)).toEqual(new Set(ids));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }

    const zip = await site.translationJobs.exportAll({ actor: admin, jobId, version: '2.0' });
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual([expect.stringMatching(/fr-ar\.xlf$/), expect.stringMatching(/fr-es\.xlf$/)].sort());
    const detail = await site.translationJobs.getJob(admin, jobId);
    expect(detail.state).toBe('sent');
    expect(detail.locales.map((l) => l.state)).toEqual(['sent', 'sent']);
    expect(detail.events.filter((e) => e.kind === 'exported')).toHaveLength(4);
  });

  it('refuses hostile and foreign files whole, with clear messages, and changes nothing', async () => {
    const before = await snapshot();
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="ar"><file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>`;
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="ar"><file id="f"><unit id="u"><segment><source>&lol3;</source></segment></unit></file></xliff>`;
    const other = await site.translationJobs.createJob({ actor: admin, name: 'Un autre lot', sourceLocale: 'fr', targetLocales: ['ar'], documentIds: [s.water] });
    const foreign = text((await site.translationJobs.exportLocale({ actor: admin, jobId: other.id, locale: 'ar', version: '2.0' })).bytes);
    const german = fillTargets(files.ar20).replace('trgLang="ar"', 'trgLang="de"');
    const cases: [string, string | Buffer, number, RegExp][] = [
      ['XXE', xxe, 422, /DTD|DOCTYPE|entit/i],
      ['billion laughs', laughs, 422, /DTD|DOCTYPE|entit/i],
      ['another job', fillTargets(foreign), 422, /another job|belongs to job/i],
      ['a wrong target locale', german, 422, /translation into de/],
      ['not XML', 'hello, this is not a translation', 422, /line 1/i],
    ];
    for (const [what, body, status, message] of cases) {
      const response = await importHttp(body);
      expect(response.statusCode, what).toBe(status);
      expect(response.body, what).toMatch(message);
    }
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x20);
    const tooBig = await importHttp(huge);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.body).toContain('20');
    // Operations refuse the same way, whoever asks.
    await expect(site.translationJobs.importFile({ actor: admin, jobId, bytes: Buffer.from(xxe) })).rejects.toMatchObject({ code: TRANSLATION_JOB_FILE_REFUSED });
    const stranger = await makeActor(site, 'translator', ['ar']);
    await expect(site.translationJobs.importFile({ actor: stranger, jobId, bytes: Buffer.from(fillTargets(files.ar20)) })).rejects.toMatchObject({ code: TRANSLATION_JOB_NOT_FOUND });
    expect(await snapshot()).toEqual(before);
    expect((await site.translationJobs.getJob(admin, jobId)).events.some((e) => e.kind === 'imported')).toBe(false);
  });

  it('imports the returned 2.0 file as pending versions with links and bold intact, publishes nothing; a reviewer publishes one', async () => {
    const response = await importHttp(fillTargets(files.ar20));
    expect(response.statusCode, response.body).toBe(200);
    const water = (await site.content.service.findWorkingCopy(s.water, 'ar'))!;
    // Visitors still read the published Arabic; the import waits in the working copy.
    expect(water.translation.status).toBe('published');
    expect(water.translation.title).toBe('عنوان قديم');
    expect(water.pending?.title).toBe('ACCÈS À L’EAU POTABLE');
    const paragraph = water.pending!.body.content[1]!;
    expect(paragraph).toMatchObject({ type: 'paragraph', content: [{ text: 'LISEZ ' }, { text: 'NOTRE RAPPORT', marks: [{ type: 'bold' }] }, { text: ' ET ' }, { text: 'LA PAGE DES BÉNÉVOLES', marks: [{ type: 'link', attrs: { href: 'https://example.org/benevoles' } }] }, { text: '. MERCI À VOUS !' }] });
    const wells = (await site.content.service.findTranslation(s.wells, 'ar'))!;
    expect(wells.status).toBe('draft');
    expect(wells.title).toBe('LES PUITS DU VILLAGE, RÉPARÉS');

    const detail = await site.translationJobs.getJob(admin, jobId);
    expect(detail.items.filter((i) => i.locale === 'ar').map((i) => i.state)).toEqual(['returned', 'returned']);
    // Spanish has not come back: the job is partly returned.
    expect(detail.state).toBe('partly_returned');
    expect(detail.events.find((e) => e.kind === 'imported')?.details).toMatchObject({ applied: 2, stale: 0, notReturned: 0 });

    const reviewer = await makeActor(site, 'reviewer');
    await site.content.service.publishTranslation({ documentId: s.water, locale: 'ar', actor: reviewer });
    expect((await site.content.service.findTranslation(s.water, 'ar'))!.title).toBe('ACCÈS À L’EAU POTABLE');
  });

  it('flags a document whose source changed between export and import, and does not apply it', async () => {
    await editFrench(site, s.wells, 'Les puits du village, tous réparés');
    const before = (await site.content.service.findTranslation(s.wells, 'ar'))!;
    const report = await site.translationJobs.importFile({ actor: translator, jobId, bytes: Buffer.from(fillTargets(files.ar12)) });
    expect(report.locale).toBe('ar');
    expect(report.stale.map((x) => x.documentId)).toEqual([s.wells]);
    expect(report.stale[0]!.units.map((u) => u.unitId)).toContain('title');
    expect(report.stale[0]!.units.every((u) => typeof u.line === 'number')).toBe(true);
    expect(report.applied.map((a) => a.documentId)).toEqual([s.water]);
    expect((await site.content.service.findTranslation(s.wells, 'ar'))!.version).toBe(before.version);
    const detail = await site.translationJobs.getJob(admin, jobId);
    expect(detail.items.find((i) => i.documentId === s.wells && i.locale === 'ar')?.state).toBe('stale');
  });

  it('carries memory matches from the optional lookup into the export', async () => {
    const withMemory = createTranslationJobsModule({
      db: site.database.db,
      clock: systemClock,
      audit: site.audit,
      content: site.content,
      locales: site.locales,
      listUsers: () => site.accounts.users.listUsers(),
      matches: async (_from, _to, plains) => plains.map((p) => (p === 'Des lits.' ? [{ target: 'أسرّة.', similarity: 100 }] : [])),
    });
    const file = text((await withMemory.exportLocale({ actor: admin, jobId, locale: 'ar', version: '2.0' })).bytes);
    expect(file).toContain('<mtc:matches>');
    expect(file).toContain('أسرّة.');
  });

  it('counts a document with empty targets as not returned', async () => {
    const report = await site.translationJobs.importFile({ actor: admin, jobId, bytes: Buffer.from(files.ar20) });
    expect(report.applied).toEqual([]);
    expect(report.notReturned.length + report.stale.length).toBe(2);
  });

  it('JSON API: creates a job from what is missing in Spanish, exports it, and imports the returned file (raw XLIFF body)', async () => {
    const { secret } = await site.accounts.apiTokens.createApiToken({ actor: SYSTEM, name: 'tms', scopes: ['read', 'write'] });
    const auth = { authorization: `Bearer ${secret}` };
    const created = await site.app.inject({ method: 'POST', url: '/api/v1/translation-jobs', headers: auth, payload: { name: 'Programmes : espagnol', sourceLocale: 'fr', targetLocales: ['es'], needing: 'es', sectionId: s.section } });
    expect(created.statusCode, created.body).toBe(201);
    const job = created.json<{ id: string; documentCount: number }>();
    expect(job.documentCount).toBe(4);
    const exported = await site.app.inject({ method: 'POST', url: `/api/v1/translation-jobs/${job.id}/export`, headers: auth, payload: { locale: 'es', format: '2.0' } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/xliff+xml');
    const imported = await site.app.inject({ method: 'POST', url: `/api/v1/translation-jobs/${job.id}/import`, headers: { ...auth, 'content-type': 'application/xliff+xml' }, payload: fillTargets(exported.body) });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<{ applied: unknown[] }>().applied).toHaveLength(4);
    const refused = await site.app.inject({ method: 'POST', url: `/api/v1/translation-jobs/${job.id}/import`, headers: { ...auth, 'content-type': 'application/xliff+xml' }, payload: '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>' });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const listed = await site.app.inject({ method: 'GET', url: '/api/v1/translation-jobs', headers: auth });
    expect(listed.json<{ items: { id: string; state: string }[] }>().items.find((j) => j.id === job.id)?.state).toBe('returned');
  });
});
