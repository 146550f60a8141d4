import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/content/index.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf } from '../helpers/html.ts';

describeEachDatabase('translation dashboard', (dialect) => {
  let site: TestSite;
  let cookie: string;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
    const { setPasswordToken } = await site.accounts.users.createUser({ email: 't@example.org', role: 'translator', locales: ['en'], actor: SYSTEM });
    await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: 'translator password 1' });
    const { token } = await site.accounts.sessions.signIn({ email: 't@example.org', password: 'translator password 1', clientAddress: '10.1.1.1' });
    cookie = `ensemble_session=${token}`;
  });
  afterAll(() => site.close());

  const queueLinks = async () => {
    const page = parse((await site.app.inject({ method: 'GET', url: '/admin/translations', headers: { cookie } })).body);
    const queue = findAll(page, 'section').find((s) => findAll(s, 'h2').some((h) => attr(h, 'id') === 'queue'))!;
    return { page, links: findAll(queue, 'a').map((a) => attr(a, 'href')!), text: textOf(queue) };
  };

  it('shows a translator an empty queue when every page exists in their language', async () => {
    const { links, text } = await queueLinks();
    expect(links).toEqual([]);
    expect(text).toContain('English');
  });

  it('puts a page whose published source text changed into the translator’s queue as outdated, linking to its editor', async () => {
    const about = (await site.content.reader.findByPath('fr', 'qui-sommes-nous', { fallback: 'show' }))!;
    const fr = about.translation;
    await site.content.service.saveTranslation({
      documentId: fr.documentId,
      locale: 'fr',
      expectedVersion: fr.version,
      translation: { slug: fr.slug, title: fr.title, summary: `${fr.summary} Nouvelle phrase.`, body: fr.body, fields: fr.fields },
      actor: SYSTEM_ACTOR,
    });
    // Translators follow the published source: a working copy is not yet something to translate.
    expect((await queueLinks()).links).toEqual([]);
    await site.content.service.publishTranslation({ documentId: fr.documentId, locale: 'fr', actor: SYSTEM_ACTOR });
    const { links, text } = await queueLinks();
    expect(links).toEqual([`/admin/documents/${fr.documentId}/en`]);
    expect(text).toMatch(/outdated|source text changed|texte source a changé/i);
  });

  it('shows the translator what changed in the source since their translation, word by word', async () => {
    const about = (await site.content.reader.findByPath('fr', 'qui-sommes-nous', { fallback: 'show' }))!;
    const editor = await site.app.inject({ method: 'GET', url: `/admin/documents/${about.document.id}/en`, headers: { cookie } });
    expect(editor.statusCode).toBe(200);
    const diffLink = /href="(\/admin\/documents\/[^"]+\/fr\/revisions\/compare\?from=\d+&amp;to=\d+)"/.exec(editor.body)?.[1];
    expect(diffLink).toBeDefined();
    const diff = await site.app.inject({ method: 'GET', url: diffLink!.replace(/&amp;/g, '&'), headers: { cookie } });
    expect(diff.statusCode).toBe(200);
    expect(diff.body).toMatch(/<ins>(?:<span[^>]*>[^<]*<\/span>)?\s*Nouvelle phrase\./);
  });

  it('counts coverage per section and locale, with the whole site in the last row', async () => {
    const { page } = await queueLinks();
    const coverage = findAll(page, 'section').find((s) => findAll(s, 'h2').some((h) => attr(h, 'id') === 'coverage'))!;
    const rows = findAll(coverage, 'tr').map((tr) => findAll(tr, 'th').concat(findAll(tr, 'td')).map(textOf));
    const total = rows[rows.length - 1]!;
    const rowCount = (await site.content.service.listTranslationRows()).length;
    // French is the source of every document; English misses nothing; Spanish and Arabic are partial.
    expect(total[1]).toContain(`${rowCount}`);
    expect(total[2]).toMatch(new RegExp(`${rowCount - 1}\\D+${rowCount}`));
    expect(Number(/^(\d+)/.exec(total[3]!)?.[1])).toBeLessThan(rowCount);
  });
});
