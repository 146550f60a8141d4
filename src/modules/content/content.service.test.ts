import { afterEach, beforeEach, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { createContentModule, SYSTEM_ACTOR, type ContentModule, type RichTextDoc } from './index.ts';

const actor = SYSTEM_ACTOR;
const show = { fallback: 'show' } as const;
const hide = { fallback: 'hide' } as const;

function paragraph(text: string): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

describeEachDatabase('content API', (dialect) => {
  let database: Database;
  let content: ContentModule;
  let changes: string[][];

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    changes = [];
    content = createContentModule({
      db: database.db,
      clock: manualClock('2026-11-28T10:00:00Z'),
      onChange: (c) => changes.push([...c.documentIds]),
    });
  });
  afterEach(() => database.close());

  async function page(parentId: string | null, slugs: Partial<Record<'fr' | 'en' | 'es' | 'ar', string>>) {
    const doc = await content.service.createDocument({ type: 'page', parentId, actor });
    for (const [locale, slug] of Object.entries(slugs) as ['fr' | 'en', string][]) {
      await content.service.saveTranslation({
        documentId: doc.id,
        locale,
        expectedVersion: 0,
        translation: { slug, title: `${slug || 'home'} (${locale})`, body: paragraph(`text ${locale}`) },
        actor,
      });
      await content.service.publishTranslation({ documentId: doc.id, locale, actor });
    }
    return doc;
  }

  it('finds a published translation by its path in each locale', async () => {
    const home = await page(null, { fr: '', en: '' });
    const about = await page(home.id, { fr: 'qui-sommes-nous', en: 'who-we-are' });
    const fr = await content.reader.findByPath('fr', 'qui-sommes-nous', show);
    const en = await content.reader.findByPath('en', 'who-we-are', show);
    expect(fr?.document.id).toBe(about.id);
    expect(fr?.translation.locale).toBe('fr');
    expect(en?.translation.title).toBe('who-we-are (en)');
    expect(await content.reader.findByPath('en', 'qui-sommes-nous', show)).toBeUndefined();
  });

  it('builds nested paths from each locale’s slugs and borrows a fallback slug where one is missing', async () => {
    const home = await page(null, { fr: '', en: '', ar: '' });
    const work = await page(home.id, { fr: 'notre-travail', en: 'our-work', ar: 'amaluna' });
    const partners = await page(work.id, { fr: 'partenariats', en: 'partnerships' });
    const ar = await content.reader.findByPath('ar', 'amaluna/partnerships', show);
    expect(ar?.document.id).toBe(partners.id);
    expect(ar?.isFallback).toBe(true);
    expect(ar?.translation.locale).toBe('en');
    expect(ar?.locale).toBe('ar');
  });

  it('hides a page without its own translation when the policy is hide', async () => {
    const home = await page(null, { fr: '', en: '', es: '' });
    await page(home.id, { fr: 'agir', en: 'take-action' });
    expect(await content.reader.findByPath('es', 'take-action', show)).toBeDefined();
    expect(await content.reader.findByPath('es', 'take-action', hide)).toBeUndefined();
  });

  it('does not show a draft translation to visitors', async () => {
    const doc = await content.service.createDocument({ type: 'page', actor });
    await content.service.saveTranslation({
      documentId: doc.id,
      locale: 'fr',
      expectedVersion: 0,
      translation: { slug: '', title: 'Accueil' },
      actor,
    });
    expect(await content.reader.findByPath('fr', '', show)).toBeUndefined();
    await content.service.publishTranslation({ documentId: doc.id, locale: 'fr', actor });
    expect((await content.reader.findByPath('fr', '', show))?.translation.title).toBe('Accueil');
  });

  it('refuses a save based on a stale version and keeps the newer text', async () => {
    const home = await page(null, { fr: '' });
    const current = await content.service.findTranslation(home.id, 'fr');
    const base = current!.version;
    await content.service.saveTranslation({
      documentId: home.id,
      locale: 'fr',
      expectedVersion: base,
      translation: { slug: '', title: 'Première modification' },
      actor,
    });
    await expect(
      content.service.saveTranslation({
        documentId: home.id,
        locale: 'fr',
        expectedVersion: base,
        translation: { slug: '', title: 'Modification concurrente' },
        actor,
      }),
    ).rejects.toMatchObject({ code: 'CONTENT_VERSION_CONFLICT', kind: 'conflict' });
    // The page is published: the save went to its working copy, the published text stays.
    expect((await content.service.findWorkingCopy(home.id, 'fr'))?.text.title).toBe('Première modification');
    expect((await content.service.findTranslation(home.id, 'fr'))?.title).toBe('home (fr)');
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const home = await page(null, { fr: '' });
    const base = (await content.service.findTranslation(home.id, 'fr'))!.version;
    const results = await Promise.allSettled(
      ['A', 'B'].map((title) =>
        content.service.saveTranslation({
          documentId: home.id,
          locale: 'fr',
          expectedVersion: base,
          translation: { slug: '', title },
          actor,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('writes a revision on every save', async () => {
    const home = await page(null, { fr: '' });
    await content.service.saveTranslation({
      documentId: home.id,
      locale: 'fr',
      expectedVersion: 2,
      translation: { slug: '', title: 'Nouveau titre' },
      actor,
    });
    const revisions = await content.service.listRevisions(home.id, 'fr');
    expect(revisions.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(revisions[0]?.snapshot).toMatchObject({ title: 'Nouveau titre', status: 'published' });
  });

  it('rejects invalid slugs, unknown fields, unsafe links and unknown types with field paths', async () => {
    const doc = await content.service.createDocument({ type: 'page', actor });
    await expect(
      content.service.saveTranslation({
        documentId: doc.id,
        locale: 'fr',
        expectedVersion: 0,
        translation: {
          slug: '../Etc',
          title: '',
          fields: { evil: 1 },
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
              },
            ],
          },
        },
        actor,
      }),
    ).rejects.toMatchObject({
      code: 'CONTENT_INVALID',
      details: expect.arrayContaining([
        expect.objectContaining({ path: 'slug' }),
        expect.objectContaining({ path: 'title' }),
        expect.objectContaining({ path: 'fields.evil' }),
        expect.objectContaining({ path: 'body.content[0].content[0].marks[0]' }),
      ]),
    });
    await expect(content.service.createDocument({ type: 'plugin', actor })).rejects.toMatchObject({
      code: 'CONTENT_UNKNOWN_TYPE',
    });
  });

  it('refuses references to missing documents or documents of the wrong type', async () => {
    const person = await content.service.createDocument({ type: 'person', actor });
    await expect(
      content.service.createDocument({ type: 'office', fields: { head: 'nope' }, actor }),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ path: 'fields.head' })] });
    await expect(
      content.service.createDocument({ type: 'office', fields: { reportsTo: person.id }, actor }),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ path: 'fields.reportsTo' })] });
  });

  it('refuses a sibling slug that is already taken', async () => {
    const home = await page(null, { fr: '' });
    await page(home.id, { fr: 'agir' });
    await expect(page(home.id, { fr: 'agir' })).rejects.toMatchObject({ code: 'CONTENT_SLUG_TAKEN' });
  });

  it('moves paths of a whole subtree when a parent slug changes', async () => {
    const home = await page(null, { fr: '' });
    const work = await page(home.id, { fr: 'notre-travail' });
    const child = await page(work.id, { fr: 'partenariats' });
    const t = (await content.service.findTranslation(work.id, 'fr'))!;
    await content.service.saveTranslation({
      documentId: work.id,
      locale: 'fr',
      expectedVersion: t.version,
      translation: { slug: 'nos-activites', title: t.title },
      actor,
    });
    // A new slug of a published page waits for its publication.
    expect((await content.reader.findByPath('fr', 'notre-travail/partenariats', show))?.document.id).toBe(child.id);
    await content.service.publishTranslation({ documentId: work.id, locale: 'fr', actor });
    expect((await content.reader.findByPath('fr', 'nos-activites/partenariats', show))?.document.id).toBe(child.id);
    expect(await content.reader.findByPath('fr', 'notre-travail/partenariats', show)).toBeUndefined();
  });

  it('lists children in order and documents by type', async () => {
    const home = await page(null, { fr: '' });
    const b = await content.service.createDocument({ type: 'page', parentId: home.id, position: 2, actor });
    const a = await content.service.createDocument({ type: 'page', parentId: home.id, position: 1, actor });
    for (const [doc, slug] of [[a, 'a'], [b, 'b']] as const) {
      await content.service.saveTranslation({ documentId: doc.id, locale: 'fr', expectedVersion: 0, translation: { slug, title: slug }, actor });
      await content.service.publishTranslation({ documentId: doc.id, locale: 'fr', actor });
    }
    expect((await content.reader.listChildren(home.id, 'fr', show)).map((d) => d.translation.slug)).toEqual(['a', 'b']);
    expect(await content.reader.listByType('page', 'fr', show)).toHaveLength(3);
  });

  it('updates shared fields with an expected version and reports the change', async () => {
    const fact = await content.service.createDocument({
      type: 'fact',
      fields: { value: 175, unit: 'count', asOf: '2026-11-01', sourceUrl: 'https://example.org/members' },
      actor,
    });
    changes.length = 0;
    const updated = await content.service.updateDocument({
      id: fact.id,
      expectedVersion: 1,
      fields: { ...fact.fields, value: 176 },
      actor,
    });
    expect(updated.version).toBe(2);
    expect(changes).toEqual([[fact.id]]);
    await expect(
      content.service.updateDocument({ id: fact.id, expectedVersion: 1, fields: fact.fields, actor }),
    ).rejects.toMatchObject({ code: 'CONTENT_VERSION_CONFLICT' });
  });

  it('builds a menu tree with labels in the locale or its fallback', async () => {
    const home = await page(null, { fr: '', en: '' });
    const about = await page(home.id, { fr: 'qui-sommes-nous', en: 'who-we-are' });
    const structure = await page(about.id, { fr: 'structure' });
    const top = await content.service.addMenuItem({ menu: 'main', documentId: about.id, actor: SYSTEM_ACTOR });
    await content.service.addMenuItem({ menu: 'main', documentId: structure.id, parentId: top, actor: SYSTEM_ACTOR });
    const menu = await content.reader.getMenu('main', 'en', show);
    expect(menu).toMatchObject([
      { label: 'who-we-are (en)', path: 'who-we-are', children: [{ labelLocale: 'fr', path: 'who-we-are/structure' }] },
    ]);
    expect((await content.reader.getMenu('main', 'en', hide))[0]?.children).toEqual([]);
  });
});

describeEachDatabase('content lists for the back office', (dialect) => {
  let database: Database;
  let content: ContentModule;
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    content = createContentModule({ db: database.db, clock: manualClock('2026-11-28T10:00:00Z') });
  });
  afterEach(() => database.close());

  it('filters by type, status and locale, searches titles without regard to case, and pages', async () => {
    const titles = ['Rapport annuel', 'Notre RAPPORT 100% utile', 'Agir_maintenant', 'Autre page'];
    for (const [i, title] of titles.entries()) {
      const doc = await content.service.createDocument({ type: i === 3 ? 'story' : 'page', parentId: null, actor, fields: i === 3 ? { originCountry: 'SY', residenceCountry: 'TR' } : {} });
      await content.service.saveTranslation({ documentId: doc.id, locale: 'fr', expectedVersion: 0, translation: { slug: `p${i}`, title }, actor });
      if (i === 0) await content.service.publishTranslation({ documentId: doc.id, locale: 'fr', actor });
    }
    const list = (filter: Partial<Parameters<typeof content.service.listForAdmin>[0]>) =>
      content.service.listForAdmin({ limit: 10, offset: 0, ...filter });
    expect((await list({ search: 'rapport' })).rows.map((r) => r.title).sort()).toEqual(['Notre RAPPORT 100% utile', 'Rapport annuel']);
    expect((await list({ search: '100%' })).total).toBe(1);
    expect((await list({ search: '_' })).rows.map((r) => r.title)).toEqual(['Agir_maintenant']);
    expect((await list({ search: "' or 1=1 --" })).total).toBe(0);
    expect((await list({ status: 'published' })).rows.map((r) => r.title)).toEqual(['Rapport annuel']);
    expect((await list({ type: 'story' })).total).toBe(1);
    expect((await list({ locale: 'en' })).total).toBe(0);
    const firstPage = await list({ limit: 3 });
    const secondPage = await list({ limit: 3, offset: 3 });
    expect(firstPage.total).toBe(4);
    expect([...firstPage.rows, ...secondPage.rows].map((r) => r.title).sort()).toEqual([...titles].sort());
  });
});
