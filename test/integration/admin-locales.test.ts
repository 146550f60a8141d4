import { afterAll, beforeAll, expect, it } from 'vitest';
import { SHIPPED_CATALOGS } from '../../src/modules/locales/index.ts';
import { fieldOf, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

/** The site's languages and their interface strings, managed from the back office. */
describeEachDatabase('back office: site languages and interface strings', (dialect) => {
  let site: TestSite;
  let admin: AdminClient;
  let translator: AdminClient;
  const publicPage = (url: string) => site.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    site = await buildTestSite(dialect);
    admin = await signInAs(site, 'administrator', { uiLocale: 'en' });
    translator = await signInAs(site, 'translator', { uiLocale: 'en', locales: ['ar'] });
  }, 60_000);
  afterAll(() => site.close());

  it('lists the configured languages with their names, direction, prefix, fallbacks and missing strings', async () => {
    const page = await admin.get('/admin/locales');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/admin/locales" aria-current="page"');
    const row = /<tr id="row-ar">([\s\S]*?)<\/tr>/.exec(page.body)![1]!;
    expect(row).toContain('<td lang="ar" dir="rtl">العربية</td>');
    expect(row).toContain('<td>Arabic</td>');
    expect(row).toContain('Right to left');
    expect(row).toContain('/ar/');
    expect(row).toContain('English, French');
    expect(row).toContain('data-missing="0"');
    expect(page.body).toContain('Disabling a language sends its visitors to its fallback language and keeps all of its texts.');
  });

  it('adds Ukrainian from the page; the public site serves /uk/ and the table counts its missing strings', async () => {
    const added = await admin.post('/admin/locales', { tag: 'UK', fallbacks: 'en, fr', prefix: '', dir: 'auto' });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe('/admin/locales?done=added&tag=uk#locale-uk');
    const page = await admin.get(String(added.headers.location));
    expect(page.body).toContain('Ukrainian added: the site serves it at /uk/.');
    const row = /<tr id="row-uk">([\s\S]*?)<\/tr>/.exec(page.body)![1]!;
    expect(row).toContain('Українська');
    expect(row).toContain('English, French');
    expect(Number(/data-missing="(\d+)"/.exec(row)![1])).toBe(site.locales.missingMessages('uk').length);
    expect(row).toContain('href="/admin/locales/uk/strings?missing=1"');

    const home = await publicPage('/uk/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toMatch(/<html[^>]*lang="uk"/);
    expect((await site.audit.list({ action: 'locale.added' })).entries[0]).toMatchObject({ actorId: admin.userId, details: { tag: 'uk' } });
  });

  it('keeps what was typed and says what is wrong beside each field', async () => {
    const badTag = await admin.post('/admin/locales', { tag: 'not a tag', fallbacks: 'en', prefix: 'xx', dir: 'rtl' });
    expect(badTag.statusCode).toBe(400);
    expect(badTag.body).toContain('The language was not added: correct the fields marked below.');
    expect(fieldOf(badTag.body, 'tag')).toMatchObject({ value: 'not a tag', error: 'Give a BCP 47 language code (a language, then a script or region), for example uk, pt-BR or zh-Hans.' });
    expect(fieldOf(badTag.body, 'fallbacks').value).toBe('en');
    expect(fieldOf(badTag.body, 'prefix').value).toBe('xx');
    expect(fieldOf(badTag.body, 'dir').value).toBe('rtl');

    const exists = await admin.post('/admin/locales', { tag: 'fr', fallbacks: '', prefix: '', dir: 'auto' });
    expect(exists.statusCode).toBe(409);
    expect(fieldOf(exists.body, 'tag').error).toBe('This language is already configured; if it is disabled, enable it.');

    const invalid = await admin.post('/admin/locales', { tag: 'de', fallbacks: 'en, xx', prefix: 'admin', dir: 'auto' });
    expect(invalid.statusCode).toBe(400);
    expect(fieldOf(invalid.body, 'fallbacks')).toMatchObject({ value: 'en, xx', error: expect.stringContaining('Choose fallback languages among the site’s: fr, en, es, ar') });
    expect(fieldOf(invalid.body, 'prefix').error).toContain('not an address the site uses');
    expect(site.locales.current().has('de')).toBe(false);

    const arabic = await signInAs(site, 'administrator', { uiLocale: 'ar' });
    const inArabic = await arabic.post('/admin/locales', { tag: '??', fallbacks: '', prefix: '', dir: 'auto' });
    expect(fieldOf(inArabic.body, 'tag').error).toContain('أدخل رمز لغة وفق BCP 47');
  });

  it('disables a language (visitors sent to its fallback, texts kept), enables it, moves it and refuses disabling the default', async () => {
    const disabled = await admin.post('/admin/locales/es/enabled', { enabled: '0' });
    expect(disabled.statusCode).toBe(303);
    expect((await admin.get(String(disabled.headers.location))).body).toContain('Spanish is disabled: its visitors are sent to its fallback language, and its texts are kept.');
    const visit = await publicPage('/es/');
    expect(visit.statusCode).toBeGreaterThanOrEqual(300);
    expect(visit.statusCode).toBeLessThan(400);
    expect(visit.headers.location).toBe('/en/');
    expect((await admin.post('/admin/locales/es/enabled', { enabled: '1' })).statusCode).toBe(303);
    expect((await publicPage('/es/')).statusCode).toBe(200);

    const refused = await admin.post('/admin/locales/fr/enabled', { enabled: '0' });
    expect(refused.statusCode).toBe(400);
    expect(/<section id="locale-fr"[\s\S]*?<\/section>/.exec(refused.body)![0]).toContain('The default language cannot be disabled: make another language the default first.');

    expect((await admin.post('/admin/locales/uk/move', { direction: 'up' })).statusCode).toBe(303);
    expect(site.locales.current().allCodes).toEqual(['fr', 'en', 'es', 'ar', 'zh-Hans', 'uk', 'ru']);
    const settings = await admin.post('/admin/locales/uk', { fallbacks: 'en', prefix: 'ua', dir: 'auto' });
    expect(settings.statusCode).toBe(303);
    expect(site.locales.current().get('uk')).toMatchObject({ prefix: 'ua', fallbacks: ['en'] });
    const taken = await admin.post('/admin/locales/uk', { fallbacks: 'en', prefix: 'fr', dir: 'auto' });
    expect(taken.statusCode).toBe(400);
    const section = /<section id="locale-uk"[\s\S]*?<\/section>/.exec(taken.body)![0];
    expect(section).toContain('Another language already has this prefix.');
    expect(section).toContain('value="fr"');
    expect((await admin.post('/admin/locales/xx/default', {})).statusCode).toBe(404);
  });

  it('refuses the page to an editor', async () => {
    const editor = await signInAs(site, 'editor', { uiLocale: 'en' });
    expect((await editor.get('/admin/locales')).statusCode).toBe(403);
    expect((await editor.post('/admin/locales', { tag: 'it' })).statusCode).toBe(403);
    expect((await editor.get('/admin/locales/es/strings')).statusCode).toBe(200);
  });

  it('lets a translator edit an Arabic interface string, which the public site shows at once', async () => {
    expect((await publicPage('/ar/')).body).toContain(SHIPPED_CATALOGS.ar!['nav.skip']);
    const page = await translator.get('/admin/locales/ar/strings');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<textarea id="message-nav.skip" name="message" rows="2" lang="ar" dir="rtl"/);

    const saved = await translator.post('/admin/locales/ar/strings', { key: 'nav.skip', message: 'تخطَّ إلى المحتوى' });
    expect(saved.statusCode).toBe(303);
    const after = await translator.get(String(saved.headers.location));
    expect(after.body).toContain('Text “nav.skip” saved: the site shows it from now on.');
    expect((await translator.get('/admin/locales/ar/strings?done=saved&key=Call%20us')).body).not.toContain('Call us');
    expect(/<tr id="string-nav.skip">[\s\S]*?<\/tr>/.exec(after.body)![0]).toContain('data-origin="edited"');
    expect((await publicPage('/ar/')).body).toContain('تخطَّ إلى المحتوى');

    const reverted = await translator.post('/admin/locales/ar/strings', { key: 'nav.skip', message: 'ignored', revert: '1' });
    expect(reverted.statusCode).toBe(303);
    expect((await publicPage('/ar/')).body).toContain(SHIPPED_CATALOGS.ar!['nav.skip']);
  });

  it('refuses a translator other languages and the French source, and an invalid message with the error beside it', async () => {
    expect((await translator.post('/admin/locales/es/strings', { key: 'nav.skip', message: 'Saltar' })).statusCode).toBe(403);
    expect((await translator.post('/admin/locales/fr/strings', { key: 'nav.skip', message: 'Sauter' })).statusCode).toBe(403);
    const readOnly = await translator.get('/admin/locales/fr/strings');
    expect(readOnly.statusCode).toBe(200);
    expect(readOnly.body).toContain('You can read these texts but not change them in this language.');
    expect(readOnly.body).not.toContain('<textarea');
    expect((await translator.get('/admin/locales/xx/strings')).statusCode).toBe(404);

    const broken = '{count, plural, one {بلد واحد} other {# بلد}}';
    const invalid = await translator.post('/admin/locales/ar/strings', { key: 'countries.count', message: broken, missing: '1' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('The text “countries.count” was not saved: correct the field marked below.');
    const row = /<tr id="string-countries.count">[\s\S]*?<\/tr>/.exec(invalid.body)![0];
    expect(row).toContain('This text does not match the source: it must keep the same values in braces and the language’s plural forms.');
    expect(row).toContain('“zero”');
    expect(row).toContain('>{count, plural, one {بلد واحد} other {# بلد}}</textarea>');
    expect(site.locales.translate('ar', 'countries.count', { count: 3 })).toBe('3 بلدان');
  });

  it('shows each enabled language’s missing interface strings on the translation dashboard, linked for who may edit them', async () => {
    const dashboard = await translator.get('/admin/translations');
    expect(dashboard.statusCode).toBe(200);
    const uk = /<tr id="strings-uk">[\s\S]*?<\/tr>/.exec(dashboard.body)![0];
    expect(uk).toContain(`${site.locales.missingMessages('uk').length} missing`);
    expect(uk).not.toContain('<a');
    const ar = /<tr id="strings-ar">[\s\S]*?<\/tr>/.exec(dashboard.body)![0];
    expect(ar).toContain('href="/admin/locales/ar/strings"');
    expect(ar).toContain('Complete');
    const forAdmin = await admin.get('/admin/translations');
    expect(/<tr id="strings-uk">[\s\S]*?<\/tr>/.exec(forAdmin.body)![0]).toContain('href="/admin/locales/uk/strings?missing=1"');
  });
});
