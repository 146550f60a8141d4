import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CONTENT_TYPES } from '../../src/modules/content/index.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** The editing forms come from the content types' declarations: every type, every field, no admin code per type. */
describeEachDatabase('back office: generated forms', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor');
  });
  afterAll(() => site.close());

  it.each([...CONTENT_TYPES.keys()])('offers a labelled input for every declared field of a new %s', async (typeName) => {
    const type = CONTENT_TYPES.get(typeName)!;
    const response = await editor.get(`/admin/documents/new?type=${typeName}`);
    expect(response.statusCode).toBe(200);
    const root = parse(response.body);
    const controls = ['input', 'textarea', 'select'].flatMap((tag) => findAll(root, tag));
    const names = controls.map((c) => attr(c, 'name'));
    const expected = [
      ...type.sharedFields.map((d) => `shared.${d.name}`),
      ...['title', 'slug', 'summary', 'body', 'locale'],
      ...type.translatableFields.map((d) => `fields.${d.name}`),
    ];
    for (const name of expected) expect(names, name).toContain(name);
    const labelled = new Set(findAll(root, 'label').map((l) => attr(l, 'for')));
    for (const control of controls.filter((c) => attr(c, 'type') !== 'hidden')) {
      expect(labelled.has(attr(control, 'id')), String(attr(control, 'name'))).toBe(true);
    }
    for (const def of type.sharedFields.filter((d) => d.kind === 'reference' || d.kind === 'references' || d.kind === 'choice')) {
      expect(controls.find((c) => attr(c, 'name') === `shared.${def.name}`)?.tagName, def.name).toBe('select');
    }
  });

  it('lists every content type to choose from, and refuses the form to those who may not create', async () => {
    const choice = await editor.get('/admin/documents/new');
    expect(choice.statusCode).toBe(200);
    const links = findAll(parse(choice.body), 'a').map((a) => attr(a, 'href'));
    for (const type of CONTENT_TYPES.keys()) expect(links).toContain(`/admin/documents/new?type=${type}`);
    const translator = await signInAs(site, 'translator', { locales: ['en'] });
    expect((await translator.get('/admin/documents/new?type=page')).statusCode).toBe(403);
  });
});
