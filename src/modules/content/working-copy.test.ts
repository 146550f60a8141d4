import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { userActor, type Role } from '../accounts/index.ts';
import { createAuditModule, type AuditModule } from '../audit/index.ts';
import type { LocaleCode } from '../locales/index.ts';
import { createContentModule, SYSTEM_ACTOR, type ContentModule, type RichTextDoc } from './index.ts';

const person = (role: Role, locales: LocaleCode[] = []) => userActor({ id: `u-${role}-${locales.join('')}`, role, locales });
const editor = person('editor');
const reviewer = person('reviewer');
const translator = person('translator', ['en']);
const show = { fallback: 'show' } as const;

function paragraph(text: string): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

describeEachDatabase('working copies of published translations', (dialect) => {
  let database: Database;
  let content: ContentModule;
  let audit: AuditModule;
  let clock: ReturnType<typeof manualClock>;
  let changed: string[][];
  let pageId: string;

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    clock = manualClock('2026-12-02T10:00:00Z');
    audit = createAuditModule({ db: database.db, clock });
    changed = [];
    content = createContentModule({ db: database.db, clock, audit, onChange: (c) => changed.push([...c.documentIds]) });
    const home = await content.service.createDocumentWithTranslation({ type: 'page', locale: 'fr', translation: { slug: '', title: 'Accueil' }, actor: SYSTEM_ACTOR });
    await content.service.publishTranslation({ documentId: home.document.id, locale: 'fr', actor: SYSTEM_ACTOR });
    const page = await content.service.createDocumentWithTranslation({
      type: 'page',
      parentId: home.document.id,
      locale: 'fr',
      translation: { slug: 'agir', title: 'Agir', body: paragraph('Texte publié.') },
      actor: editor,
    });
    pageId = page.document.id;
    await content.service.publishTranslation({ documentId: pageId, locale: 'fr', actor: reviewer });
    await content.service.saveTranslation({ documentId: pageId, locale: 'en', expectedVersion: 0, translation: { slug: 'act', title: 'Act' }, actor: translator });
    await content.service.publishTranslation({ documentId: pageId, locale: 'en', actor: reviewer });
    changed = [];
  });
  afterEach(() => database.close());

  const live = async (locale: LocaleCode = 'fr') => (await content.reader.findByPath(locale, locale === 'fr' ? 'agir' : 'act', show))?.translation;
  const version = async (locale: LocaleCode = 'fr') => (await content.service.findTranslation(pageId, locale))!.version;
  const save = async (actor = editor, title = 'Agir maintenant', locale: LocaleCode = 'fr', slug = locale === 'fr' ? 'agir' : 'act') =>
    content.service.saveTranslation({ documentId: pageId, locale, expectedVersion: await version(locale), translation: { slug, title, body: paragraph(`${title}.`) }, actor });

  it('keeps the published text for visitors while an editor saves, and publishes the working copy on publish', async () => {
    const saved = await save();
    expect(saved).toMatchObject({ status: 'published', title: 'Agir maintenant' });
    expect(await live()).toMatchObject({ title: 'Agir', body: paragraph('Texte publié.') });
    // Nothing public changed, so nothing is announced to caches or the search index.
    expect(changed).toEqual([]);
    const copy = (await content.service.findWorkingCopy(pageId, 'fr'))!;
    expect(copy.translation.title).toBe('Agir');
    expect(copy.pending).toMatchObject({ title: 'Agir maintenant', reviewState: 'draft', savedBy: editor.id });
    expect(copy.text).toMatchObject({ title: 'Agir maintenant', version: saved.version });

    await expect(content.service.publishTranslation({ documentId: pageId, locale: 'fr', actor: editor })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    expect((await live())?.title).toBe('Agir');
    const published = await content.service.publishTranslation({ documentId: pageId, locale: 'fr', actor: reviewer });
    expect(published).toMatchObject({ status: 'published', title: 'Agir maintenant', version: saved.version + 1 });
    expect((await live())?.title).toBe('Agir maintenant');
    expect((await content.service.findWorkingCopy(pageId, 'fr'))?.pending).toBeUndefined();
    expect(changed.flat()).toContain(pageId);
  });

  it('keeps a new slug off the public addresses until it is published, then redirects the old one', async () => {
    await save(editor, 'Agir', 'fr', 'passer-a-l-action');
    expect(await content.reader.findByPath('fr', 'passer-a-l-action', show)).toBeUndefined();
    expect((await live())?.slug).toBe('agir');
    await content.service.publishTranslation({ documentId: pageId, locale: 'fr', actor: reviewer });
    expect((await content.reader.findByPath('fr', 'passer-a-l-action', show))?.document.id).toBe(pageId);
    expect(await content.reader.findRedirect('fr', 'agir')).toBe('passer-a-l-action');
  });

  it('runs review on the working copy: submit with a message, request changes with a comment, discard', async () => {
    clock.advance(1000);
    await save(translator, 'Act now', 'en');
    clock.advance(1000);
    const submitted = await content.service.transition({ documentId: pageId, locale: 'en', action: 'submit', message: 'Ready for a look', actor: translator });
    expect((await content.service.findWorkingCopy(pageId, 'en'))?.pending?.reviewState).toBe('in_review');
    const queue = await content.service.listReviewQueue(['en']);
    expect(queue).toEqual([expect.objectContaining({ documentId: pageId, locale: 'en', title: 'Act now', isPendingChange: true })]);
    expect(await content.service.listReviewQueue(['fr'])).toEqual([]);

    await expect(content.service.transition({ documentId: pageId, locale: 'en', action: 'request-changes', message: '  ', actor: reviewer })).rejects.toMatchObject({
      code: 'CONTENT_INVALID',
      details: [expect.objectContaining({ path: 'message' })],
    });
    await expect(content.service.transition({ documentId: pageId, locale: 'en', action: 'request-changes', message: 'Keep it short', actor: translator })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    clock.advance(1000);
    await content.service.transition({ documentId: pageId, locale: 'en', action: 'request-changes', message: 'Keep the verb first', expectedVersion: submitted.version, actor: reviewer });
    expect((await content.service.findWorkingCopy(pageId, 'en'))?.pending?.reviewState).toBe('draft');
    const notes = await content.service.listReviewNotes(pageId, 'en');
    expect(notes.slice(0, 2).map((n) => [n.step, n.message, n.actorId])).toEqual([
      ['changes-requested', 'Keep the verb first', reviewer.id],
      ['submitted', 'Ready for a look', translator.id],
    ]);

    clock.advance(1000);
    await content.service.transition({ documentId: pageId, locale: 'en', action: 'discard', actor: translator });
    expect(await content.service.findWorkingCopy(pageId, 'en')).toMatchObject({ pending: undefined, text: { title: 'Act' } });
    expect((await live('en'))?.title).toBe('Act');
    const actions = (await audit.list({ documentId: pageId })).entries.map((e) => e.action);
    expect(actions.slice(0, 4)).toEqual(['translation.pending-discarded', 'translation.changes-requested', 'translation.submitted', 'translation.saved']);
  });

  it('refuses a translator outside their locales or on the source, and a stale version, writing nothing', async () => {
    await expect(save(translator, 'Agir vite', 'fr')).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await expect(save(person('translator', ['es']), 'Act fast', 'en')).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    const before = await version();
    await expect(
      content.service.saveTranslation({ documentId: pageId, locale: 'fr', expectedVersion: before - 1, translation: { slug: 'agir', title: 'Vieux' }, actor: editor }),
    ).rejects.toMatchObject({ code: 'CONTENT_VERSION_CONFLICT' });
    expect(await version()).toBe(before);
    expect((await content.service.findWorkingCopy(pageId, 'fr'))?.pending).toBeUndefined();
    expect((await audit.list({ action: 'translation.saved', documentId: pageId })).entries.map((e) => e.actorId)).not.toContain(person('translator', ['es']).id);
  });

  it('keeps the working copy’s text when a page is taken off the site, and refuses steps that do not apply', async () => {
    await save();
    await content.service.transition({ documentId: pageId, locale: 'fr', action: 'unpublish', actor: reviewer });
    expect(await content.service.findWorkingCopy(pageId, 'fr')).toMatchObject({ pending: undefined, translation: { status: 'draft', title: 'Agir maintenant' } });
    await expect(content.service.transition({ documentId: pageId, locale: 'fr', action: 'discard', actor: editor })).rejects.toMatchObject({ code: 'CONTENT_TRANSITION_NOT_ALLOWED' });
    await content.service.transition({ documentId: pageId, locale: 'fr', action: 'archive', actor: reviewer });
    await expect(content.service.transition({ documentId: pageId, locale: 'fr', action: 'publish', actor: reviewer })).rejects.toMatchObject({ code: 'CONTENT_TRANSITION_NOT_ALLOWED' });
  });

  it('commits the change and its audit entry together: a refused save leaves neither', async () => {
    const entries = async () => (await audit.list({ documentId: pageId })).total;
    const before = await entries();
    await expect(
      content.service.saveTranslation({ documentId: pageId, locale: 'fr', expectedVersion: await version(), translation: { slug: 'Not A Slug!', title: '' }, actor: editor }),
    ).rejects.toMatchObject({ code: 'CONTENT_INVALID' });
    expect(await entries()).toBe(before);
    clock.advance(1000);
    await save();
    expect(await entries()).toBe(before + 1);
    expect((await audit.list({ documentId: pageId, limit: 1 })).entries[0]).toMatchObject({ action: 'translation.saved', actorId: editor.id, details: { pending: true } });
  });
});
