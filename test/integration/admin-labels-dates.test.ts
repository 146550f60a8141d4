import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES, TOKEN_SCOPES } from '../../src/modules/accounts/index.ts';
import { CONSENT_CHANNELS } from '../../src/modules/consent/index.ts';
import { CONTENT_TYPES, SYSTEM_ACTOR, TRANSLATION_STATUSES } from '../../src/modules/content/index.ts';
import { SUBMISSION_STATUSES } from '../../src/modules/submissions/index.ts';
import { createTestHome, createTestPage } from '../../src/modules/workflow/testing.ts';
import { signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlNode } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/**
 * Internal values the back office stores (field choices, types, statuses, roles, scopes, channels,
 * rich-text node names): none may be what an editor reads where a label exists.
 */
const INTERNAL_VALUES = new Set<string>([
  ...[...CONTENT_TYPES.values()].flatMap((type) => [...type.sharedFields, ...type.translatableFields].flatMap((field) => field.choices ?? [])),
  ...CONTENT_TYPES.keys(),
  ...TRANSLATION_STATUSES,
  ...ROLES,
  ...SUBMISSION_STATUSES,
  ...TOKEN_SCOPES,
  ...CONSENT_CHANNELS,
  'in_review',
  'changes_requested',
  'request-changes',
  'bulletList',
  'orderedList',
  'asia-pacific',
  'middle-east',
]);

/** What an editor reads for each choice on the page: options, checkbox and radio labels, status badges. */
function visibleChoices(html: string): string[] {
  const root: HtmlNode = parse(html);
  const options = findAll(root, 'option').map(textOf);
  const choices = findAll(root, 'label')
    .filter((label) => findAll(label, 'input').some((input) => ['checkbox', 'radio'].includes(attr(input, 'type') ?? '')))
    .map(textOf);
  const badges = findAll(root, 'span')
    .filter((span) => (attr(span, 'class') ?? '').split(' ').includes('status'))
    .map(textOf);
  return [...options, ...choices, ...badges].map((text) => text.trim()).filter(Boolean);
}

describeEachDatabase('back office: human labels and dates in the reader’s time zone', (dialect) => {
  let site: TestSite;
  let homeId: string;
  let storyId: string;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    homeId = await createTestHome(site.content.service);
    // A story: the consent page (channels) and the document form (themes) belong to one.
    storyId = (await site.content.service.createDocument({ type: 'story', parentId: homeId, fields: { originCountry: 'SY', residenceCountry: 'TR' }, actor: SYSTEM_ACTOR })).id;
  });
  afterAll(() => site.close());

  it.each(['fr', 'ar'] as const)('shows every select, choice and status by its label, never its internal value (%s)', async (uiLocale) => {
    const admin = await signInAs(site, 'administrator', { uiLocale });
    const pages = [
      ...[...CONTENT_TYPES.keys()].map((type) => `/admin/documents/new?type=${type}`),
      '/admin/documents',
      '/admin/users',
      '/admin/submissions',
      `/admin/documents/${storyId}/consent`,
      `/admin/documents/${storyId}`,
      '/admin/tokens',
    ];
    let checked = 0;
    for (const path of pages) {
      const response = await admin.get(path);
      expect(response.statusCode, path).toBe(200);
      const shown = visibleChoices(response.body);
      checked += shown.length;
      expect(
        shown.filter((text) => INTERNAL_VALUES.has(text)),
        path,
      ).toEqual([]);
    }
    // The region, chart, unit, listing and kind selects and the theme boxes are among them.
    expect(checked).toBeGreaterThan(60);
    if (uiLocale === 'fr') {
      const country = (await admin.get('/admin/documents/new?type=country')).body;
      expect(country).toContain('<option value="asia-pacific">Asie-Pacifique</option>');
    } else {
      const statement = (await admin.get('/admin/documents/new?type=statement')).body;
      expect(statement).toContain('<option value="op-ed">مقال رأي</option>');
    }
  });

  it('names audit actions and locales in the reader’s language, the code kept beside the action', async () => {
    const admin = await signInAs(site, 'administrator');
    await createTestPage(site.content.service, homeId, { title: 'Page auditée' });
    const audit = (await admin.get('/admin/audit')).body;
    expect(audit).toContain('Compte créé <code class="audit__code">user.created</code>');
    const arabic = await signInAs(site, 'administrator', { uiLocale: 'ar' });
    const rows = findAll(parse((await arabic.get('/admin/audit')).body), 'tr').map(textOf);
    expect(rows.some((row) => row.includes('أُنشئ حساب'))).toBe(true);
  });

  it('shows the same instant in each reader’s own time zone, the zone named, with the instant in datetime', async () => {
    const page = await createTestPage(site.content.service, homeId, { title: 'Campagne programmée' });
    const reviewer = await signInAs(site, 'reviewer');
    const scheduled = await reviewer.post(`/admin/documents/${page.documentId}/fr/schedule`, {
      intent: 'schedule',
      action: 'publish',
      date: '2031-01-15',
      time: '09:30',
      timeZone: 'Europe/Zurich',
    });
    expect(scheduled.statusCode).toBe(303);
    const inZone = async (client: AdminClient, zone: string) => {
      const saved = await client.post('/admin/account/time-zone', { timeZone: zone });
      expect(saved.statusCode).toBe(303);
      const html = (await client.get('/admin/schedule')).body;
      const time = findAll(parse(html), 'time').find((el) => attr(el, 'datetime') === '2031-01-15T08:30:00.000Z');
      expect(time, zone).toBeDefined();
      return textOf(time!);
    };
    const dhaka = await inZone(await signInAs(site, 'editor'), 'Asia/Dhaka');
    const newYork = await inZone(await signInAs(site, 'editor'), 'America/New_York');
    expect(dhaka).toBe('15 janv. 2031, 14:30 (Asia/Dhaka)');
    expect(newYork).toBe('15 janv. 2031, 03:30 (America/New_York)');
  });

  it('keeps the organisation’s zone for a reader who chose none, and refuses an unknown zone beside the field', async () => {
    const editor = await signInAs(site, 'editor');
    const account = (await editor.get('/admin/account')).body;
    expect(account).toContain('<option value selected>Celui de l’organisation (Europe/Zurich)</option>');
    const refused = await editor.post('/admin/account/time-zone', { timeZone: 'Mars/Olympus_Mons' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Choisissez un fuseau horaire de la liste.');
    expect(refused.body).toContain('aria-invalid="true"');
    expect((await site.accounts.users.findUser(editor.userId))?.timeZone).toBeNull();
    // Back to the organisation's: the empty choice.
    await editor.post('/admin/account/time-zone', { timeZone: 'Asia/Dhaka' });
    expect((await site.accounts.users.findUser(editor.userId))?.timeZone).toBe('Asia/Dhaka');
    await editor.post('/admin/account/time-zone', { timeZone: '' });
    expect((await site.accounts.users.findUser(editor.userId))?.timeZone).toBeNull();
  });
});
