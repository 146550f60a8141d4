import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { userActor, type TokenActor } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import { createContentModule, markupToRichText, SYSTEM_ACTOR, type ContentModule } from './index.ts';

const reviewer = userActor({ id: 'u-reviewer', role: 'reviewer', locales: [] });
const writeOnly: TokenActor = { kind: 'token', id: 'token:w', tokenId: 'w', scopes: ['write'], locales: null };

describeEachDatabase('previewing unsaved text', (dialect) => {
  let database: Database;
  let content: ContentModule;
  let audit: AuditModule;
  let changes: number;
  let pageId: string;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const clock = manualClock('2026-12-03T10:00:00Z');
    audit = createAuditModule({ db: database.db, clock });
    changes = 0;
    content = createContentModule({ db: database.db, clock, audit, onChange: () => changes++ });
    const page = await content.service.createDocumentWithTranslation({
      type: 'page',
      locale: 'fr',
      translation: { slug: '', title: 'Publié', body: markupToRichText('Texte publié.') },
      actor: SYSTEM_ACTOR,
    });
    await content.service.publishTranslation({ documentId: page.document.id, locale: 'fr', actor: SYSTEM_ACTOR });
    await content.service.saveTranslation({ documentId: page.document.id, locale: 'fr', expectedVersion: 2, translation: { slug: '', title: 'Copie de travail', body: markupToRichText('Texte en attente.') }, actor: SYSTEM_ACTOR });
    pageId = page.document.id;
    changes = 0;
  });
  afterEach(() => database.close());

  it('gives the typed text as a translation, and writes, announces and audits nothing', async () => {
    const before = { revisions: await content.service.listRevisions(pageId, 'fr'), audit: (await audit.list({ documentId: pageId })).entries.length };
    const preview = await content.service.previewTranslation({ actor: reviewer, documentId: pageId, locale: 'fr', translation: { slug: '', title: ' Pas encore enregistré ', body: markupToRichText('Frappe en cours.') } });
    expect(preview.problems).toEqual([]);
    expect(preview.translation).toMatchObject({ title: 'Pas encore enregistré', status: 'published', version: 3, locale: 'fr' });
    expect(preview.document.id).toBe(pageId);
    expect(await content.service.listRevisions(pageId, 'fr')).toEqual(before.revisions);
    expect((await audit.list({ documentId: pageId })).entries).toHaveLength(before.audit);
    expect(changes).toBe(0);
    expect((await content.service.findWorkingCopy(pageId, 'fr'))?.text.title).toBe('Copie de travail');
  });

  it('shows a value a save would refuse as the working copy has it, and names it', async () => {
    const preview = await content.service.previewTranslation({ actor: SYSTEM_ACTOR, documentId: pageId, locale: 'fr', translation: { slug: 'Pas Valide', title: '', body: markupToRichText('Nouveau.') } });
    expect(preview.problems.map((p) => p.path).sort()).toEqual(['slug', 'title']);
    expect(preview.translation).toMatchObject({ title: 'Copie de travail', slug: '' });
    expect(preview.translation.body).toEqual(markupToRichText('Nouveau.'));
  });

  it('previews a locale not written yet as a new draft, and refuses a caller who may not read', async () => {
    const fresh = await content.service.previewTranslation({ actor: SYSTEM_ACTOR, documentId: pageId, locale: 'en', translation: { slug: '', title: 'Draft', body: markupToRichText('New.') } });
    expect(fresh.translation).toMatchObject({ status: 'draft', version: 0, title: 'Draft', locale: 'en' });
    await expect(content.service.previewTranslation({ actor: writeOnly, documentId: pageId, locale: 'fr', translation: { slug: '', title: 'x' } })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await expect(content.service.previewTranslation({ actor: SYSTEM_ACTOR, documentId: 'missing', locale: 'fr', translation: { slug: '', title: 'x' } })).rejects.toMatchObject({ code: 'CONTENT_DOCUMENT_NOT_FOUND' });
  });
});
