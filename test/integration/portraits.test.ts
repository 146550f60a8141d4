import { parse } from 'parse5';
import { SYSTEM } from '../../src/modules/accounts/index.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlElement } from '../helpers/html.ts';
import { signInAs } from '../helpers/admin-session.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** Leadership portraits (issue 11): on the org chart and the office pages, kept fresh, chosen in the back office. */

const STRUCTURE = 'qui-sommes-nous/structure-organisationnelle';
const DG = `${STRUCTURE}/directrice-generale`;

describeEachDatabase('leadership portraits', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect);
  }, 60_000);
  afterAll(() => site.close());

  const page = async (path: string) => {
    const response = await site.app.inject({ method: 'GET', url: `/fr/${path}` });
    expect(response.statusCode).toBe(200);
    return parse(response.body);
  };
  const hasClass = (el: HtmlElement, name: string) => (attr(el, 'class') ?? '').split(' ').includes(name);
  const imgIn = (el: HtmlElement) => findAll(el, 'img')[0];

  it('gives every box of the chart its head’s portrait, decorative beside the name, and no initials', async () => {
    const boxes = findAll(await page(STRUCTURE), 'a').filter((a) => hasClass(a, 'org-chart__box'));
    expect(boxes.length).toBe(6);
    for (const box of boxes) {
      const img = imgIn(box);
      expect(img, textOf(box)).toBeDefined();
      expect(attr(img!, 'alt'), textOf(box)).toBe('');
      expect(attr(img!, 'width')).toBe(attr(img!, 'height'));
      expect(attr(img!, 'loading')).toBe('lazy');
      expect(findAll(box, 'span').some((s) => hasClass(s, 'org-chart__portrait--initials'))).toBe(false);
      expect(findAll(box, 'span').some((s) => hasClass(s, 'org-chart__head') && textOf(s).trim() !== '')).toBe(true);
    }
  });

  it('shows the head’s portrait beside the name on the office page, and the image keeps its description per locale', async () => {
    const head = findAll(await page(DG), 'dd').find((dd) => hasClass(dd, 'person'))!;
    expect(textOf(head)).toContain('Clara Ndiaye-Holm');
    const img = imgIn(head)!;
    expect(attr(img, 'alt')).toBe('');
    expect(attr(img, 'loading')).toBeUndefined();
    const dg = (await site.content.reader.findByPath('fr', DG, { fallback: 'show' }))!;
    const person = (await site.content.service.getDocument(String(dg.document.fields.head)));
    const image = await site.media.getImage(String(person.fields.portrait));
    expect(image.alt).toMatchObject({ fr: 'Portrait illustré de Clara Ndiaye-Holm', ar: 'صورة مرسومة لـكلارا ندياي-هولم', en: 'Illustrated portrait of Clara Ndiaye-Holm' });
  });

  it('evicts the chart and the office page when a portrait is re-cropped', async () => {
    await page(STRUCTURE);
    await page(DG);
    expect(site.pageCache.has(`page:fr/${STRUCTURE}`)).toBe(true);
    const dg = (await site.content.reader.findByPath('fr', DG, { fallback: 'show' }))!;
    const person = await site.content.service.getDocument(String(dg.document.fields.head));
    await site.media.updateImageDetails({ id: String(person.fields.portrait), actor: SYSTEM, focalPoint: { x: 0.5, y: 0 } });
    expect(site.pageCache.has(`page:fr/${STRUCTURE}`)).toBe(false);
    expect(site.pageCache.has(`page:fr/${DG}`)).toBe(false);
    const img = imgIn(findAll(await page(DG), 'dd').find((dd) => hasClass(dd, 'person'))!)!;
    expect(attr(img, 'class')).toBe('fx-2 fy-0');
  });

  it('offers the library’s images for a person’s portrait in the back office', async () => {
    const editor = await signInAs(site, 'editor');
    const response = await editor.get('/admin/documents/new?type=person');
    const root = parse(response.body);
    const select = findAll(root, 'select').find((s) => attr(s, 'name') === 'shared.portrait')!;
    expect(select).toBeDefined();
    expect(findAll(select, 'option').length).toBeGreaterThan(12);
    const label = findAll(root, 'label').find((l) => attr(l, 'for') === attr(select, 'id'))!;
    expect(textOf(label)).toContain('Portrait');
  });
});
