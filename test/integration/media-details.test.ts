import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translateAdmin } from '../../src/http/admin/messages/index.ts';
import { fieldOf, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

describeEachDatabase('media details: alt text per locale and focal point', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let id: string;
  const fr = (key: Parameters<typeof translateAdmin>[1]) => translateAdmin('fr', key);

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#8ab17d' } }).png().toBuffer();
    id = (await site.media.createImageFromUpload([png], { actor: SYSTEM, fileName: 'garden.png' })).id;
  });
  afterAll(() => site.close());

  it('saves alt text in each locale and the focal point, then shows them', async () => {
    const form = { 'alt-fr': 'Un jardin partagé', 'alt-en': 'A shared garden', 'alt-es': '', 'alt-ar': 'حديقة مشتركة', focalX: '0.3', focalY: '0,75' };
    const saved = await editor.post(`/admin/media/${id}`, form);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/admin/media/${id}?saved=1`);
    const page = await editor.get(String(saved.headers.location));
    expect(page.body).toContain(fr('media.detail.saved'));
    expect(fieldOf(page.body, 'alt-ar').value).toBe('حديقة مشتركة');
    expect(attr(fieldOf(page.body, 'alt-ar').element, 'dir')).toBe('rtl');
    expect(fieldOf(page.body, 'focalY').value).toBe('0.75');
    const image = await site.media.getImage(id);
    expect(image.alt).toEqual({ fr: 'Un jardin partagé', en: 'A shared garden', ar: 'حديقة مشتركة' });
    expect(image.focalPoint).toEqual({ x: 0.3, y: 0.75 });
    expect(await site.media.findMissingAlt([id], 'es')).toEqual([id]);
    expect(await site.media.findMissingAlt([id], 'fr')).toEqual([]);
    const library = await editor.get('/admin/media');
    expect(library.body).toContain('Texte alternatif manquant : espagnol');
  });

  it('shows errors beside the fields and keeps what was typed', async () => {
    const response = await editor.post(`/admin/media/${id}`, { 'alt-fr': 'x'.repeat(501), focalX: '2', focalY: 'abc' });
    expect(response.statusCode).toBe(400);
    expect(fieldOf(response.body, 'focalX').error).toBe(fr('media.detail.focalError'));
    expect(fieldOf(response.body, 'focalY').error).toBe(fr('media.detail.focalError'));
    expect(fieldOf(response.body, 'focalY').value).toBe('abc');
    expect(fieldOf(response.body, 'alt-fr').error).toBeDefined();
    expect((await site.media.getImage(id)).focalPoint).toEqual({ x: 0.3, y: 0.75 });
  });

  it('lets a translator write alt text only in their locales, and refuses a form that changes another locale or the focal point', async () => {
    const translator = await signInAs(site, 'translator', { locales: ['es'] });
    const page = await translator.get(`/admin/media/${id}`);
    expect(page.statusCode).toBe(200);
    expect(attr(fieldOf(page.body, 'alt-fr').element, 'readonly')).toBeDefined();
    expect(attr(fieldOf(page.body, 'alt-es').element, 'readonly')).toBeUndefined();
    // A form changed by hand (another locale's text, the focal point) is refused whole: nothing is saved.
    for (const tampered of [{ 'alt-fr': 'changé' }, { focalX: '0', focalY: '0' }] as Record<string, string>[]) {
      const refused = await translator.post(`/admin/media/${id}`, { 'alt-es': 'Un huerto compartido', ...tampered });
      expect(refused.statusCode).toBe(403);
      expect((await site.media.getImage(id)).alt.es).toBeUndefined();
    }
    // The form as shown sends read-only fields back unchanged: only the translator's own locale changes.
    const response = await translator.post(`/admin/media/${id}`, { 'alt-es': 'Un huerto compartido', 'alt-fr': 'Un jardin partagé', focalX: '0.3', focalY: '0.75' });
    expect(response.statusCode).toBe(303);
    const image = await site.media.getImage(id);
    expect(image.alt).toMatchObject({ fr: 'Un jardin partagé', es: 'Un huerto compartido' });
    expect(image.focalPoint).toEqual({ x: 0.3, y: 0.75 });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const bad of ['00000000-0000-4000-8000-000000000000', 'nope', '..%2F..%2Fetc', `${id}x`]) {
      expect((await editor.get(`/admin/media/${bad}`)).statusCode, bad).toBe(404);
      expect((await editor.post(`/admin/media/${bad}`, { 'alt-fr': 'x' })).statusCode, bad).toBe(404);
    }
  });

  it('stores every xss.txt payload as alt text inert: the page shows it as text, never as markup', async () => {
    const payloads = readAttackList('xss.txt');
    const counts = { saved: 0, refused: 0 };
    for (const payload of payloads) {
      const response = await editor.post(`/admin/media/${id}`, { 'alt-en': payload, focalX: '0.5', focalY: '0.5' });
      expect([303, 400], payload).toContain(response.statusCode);
      counts[response.statusCode === 303 ? 'saved' : 'refused']++;
      const doc = parse((await editor.get(`/admin/media/${id}`)).body);
      expect(findAll(doc, 'script').every((s) => attr(s, 'src') !== undefined && s.childNodes.length === 0), payload).toBe(true);
      for (const tag of ['svg', 'iframe', 'object', 'embed', 'math', 'style']) expect(findAll(doc, tag), `${tag}: ${payload}`).toEqual([]);
    }
    console.info(`xss.txt as alt text: ${counts.saved} saved inert, ${counts.refused} refused (over ${500} characters)`);
    expect(counts.saved).toBeGreaterThan(payloads.length / 2);
  });
});
