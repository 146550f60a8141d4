import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR, markupToRichText } from '../../src/modules/content/index.ts';
import { fieldOf, inputValue, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * Two people save the same version of a translation at the same moment: exactly one save wins,
 * the other is refused with their text kept and what changed shown. Fired concurrently, not one
 * after the other, so the database's conditional update is what decides.
 */
describeEachDatabase('back office: concurrent editing', (dialect) => {
  let site: TestSite;
  let alice: AdminClient;
  let bruno: AdminClient;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    alice = await signInAs(site, 'editor');
    bruno = await signInAs(site, 'translator', { locales: ['en'] });
  });
  afterAll(() => site.close());

  async function pageWithEnglish(n: number) {
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'page',
      locale: 'fr',
      translation: { slug: `concurrent-${n}`, title: `Source ${n}`, body: markupToRichText('Texte source.') },
      actor: SYSTEM_ACTOR,
    });
    await site.content.service.saveTranslation({
      documentId: document.id,
      locale: 'en',
      expectedVersion: 0,
      translation: { slug: `concurrent-${n}`, title: `Start ${n}`, body: markupToRichText('Starting text.') },
      actor: SYSTEM_ACTOR,
    });
    return document.id;
  }

  it('lets exactly one of two simultaneous saves of the same version win, and keeps the loser’s text', async () => {
    for (let round = 1; round <= 5; round++) {
      const id = await pageWithEnglish(round);
      const form = (who: string) => ({
        expectedVersion: '1',
        slug: `concurrent-${round}`,
        title: `Title by ${who} ${round}`,
        body: `Paragraph written by ${who} in round ${round}.`,
      });
      const [a, b] = await Promise.all([alice.post(`/admin/documents/${id}/en`, form('Alice')), bruno.post(`/admin/documents/${id}/en`, form('Bruno'))]);
      expect([a.statusCode, b.statusCode].sort(), `round ${round}`).toEqual([303, 409]);
      const [winner, loser] = a.statusCode === 303 ? ['Alice', b] : ['Bruno', a];
      const lost = winner === 'Alice' ? 'Bruno' : 'Alice';
      expect(fieldOf(loser.body, 'title').value).toBe(`Title by ${lost} ${round}`);
      expect(fieldOf(loser.body, 'body').value).toBe(`Paragraph written by ${lost} in round ${round}.`);
      // What changed meanwhile: the winner's stored text, and a form now based on the stored version.
      expect(loser.body).toContain(`Paragraph written by ${winner} in round ${round}.`);
      expect(inputValue(loser.body, 'expectedVersion')).toBe('2');
      const stored = await site.content.service.findTranslation(id, 'en');
      expect(stored).toMatchObject({ version: 2, title: `Title by ${winner} ${round}` });
    }
  });

  it('lets only one of two simultaneous first saves create a translation', async () => {
    const id = await pageWithEnglish(50);
    const form = (who: string) => ({ expectedVersion: '0', slug: 'concurrent-50', title: `Título de ${who}`, body: `Texto de ${who}.` });
    const [a, b] = await Promise.all([alice.post(`/admin/documents/${id}/es`, form('Alice')), alice.post(`/admin/documents/${id}/es`, form('Bruno'))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
    const loser = a.statusCode === 409 ? 'Alice' : 'Bruno';
    expect(fieldOf((a.statusCode === 409 ? a : b).body, 'title').value).toBe(`Título de ${loser}`);
    expect(await site.content.service.findTranslation(id, 'es')).toMatchObject({ version: 1, title: `Título de ${loser === 'Alice' ? 'Bruno' : 'Alice'}` });
  });

  it('shows only what differs from the version the editor opened, and a deliberate second save succeeds', async () => {
    const id = await pageWithEnglish(100);
    const base = { expectedVersion: '1', slug: 'concurrent-100', body: 'Starting text.' };
    expect((await alice.post(`/admin/documents/${id}/en`, { ...base, title: 'Alice’s title' })).statusCode).toBe(303);
    const refused = await bruno.post(`/admin/documents/${id}/en`, { ...base, title: 'Start 100', body: 'Bruno’s body.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Quelqu’un d’autre a enregistré entre-temps');
    const changes = refused.body.slice(refused.body.indexOf('conflict__changes'), refused.body.indexOf('</dl>', refused.body.indexOf('conflict__changes')));
    expect(changes).toContain('Alice’s title');
    expect(changes).not.toContain('Starting text.');
    const again = await bruno.post(`/admin/documents/${id}/en`, { ...base, expectedVersion: inputValue(refused.body, 'expectedVersion')!, title: 'Merged title', body: 'Bruno’s body.' });
    expect(again.statusCode).toBe(303);
    expect(await site.content.service.findTranslation(id, 'en')).toMatchObject({ version: 3, title: 'Merged title' });
  });

  it('refuses a stale save of the shared fields too, keeping the typed values', async () => {
    const { document } = await site.content.service.createDocumentWithTranslation({
      type: 'campaign',
      fields: { date: '2026-12-18' },
      locale: 'fr',
      translation: { slug: 'campagne-partagee', title: 'Campagne', fields: { hashtag: '#Ensemble' } },
      actor: SYSTEM_ACTOR,
    });
    const [a, b] = await Promise.all([
      alice.post(`/admin/documents/${document.id}`, { expectedVersion: '1', 'shared.date': '2026-12-19' }),
      alice.post(`/admin/documents/${document.id}`, { expectedVersion: '1', 'shared.date': '2026-12-20' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const typed = a.statusCode === 409 ? '2026-12-19' : '2026-12-20';
    expect(fieldOf(loser.body, 'shared.date').value).toBe(typed);
    expect((await site.content.service.getDocument(document.id)).fields.date).not.toBe(typed);
  });
});
