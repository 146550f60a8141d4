import { SYSTEM } from '../../src/modules/accounts/index.ts';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { markupToRichText, SYSTEM_ACTOR as actor } from '../../src/modules/content/index.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { buildTestSite, type TestSite } from '../helpers/build-test-app.ts';

describeEachDatabase('publishing a page with an image', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
  });
  afterAll(() => site.close());

  it('needs the image’s alt text in the locale being published, and says so to the reviewer', async () => {
    const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#0b5394' } }).png().toBuffer();
    const image = await site.media.createImage(png, { displayName: 'hero.png', alt: { fr: 'Une carte du monde en bleu.' } });
    const page = await site.content.service.createDocument({ type: 'page', fields: { image: image.id }, actor });
    for (const [locale, slug] of [['fr', ''], ['en', '']] as const) {
      await site.content.service.saveTranslation({ documentId: page.id, locale, expectedVersion: 0, translation: { slug, title: `Home ${locale}` }, actor });
    }
    await site.content.service.publishTranslation({ documentId: page.id, locale: 'fr', actor });
    await expect(site.content.service.publishTranslation({ documentId: page.id, locale: 'en', actor })).rejects.toMatchObject({
      code: 'CONTENT_INVALID',
      details: [expect.objectContaining({ path: 'fields.image' })],
    });

    const { setPasswordToken } = await site.accounts.users.createUser({ email: 'rev@example.org', role: 'reviewer', actor: SYSTEM });
    await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: 'a reviewer password' });
    const { token, session } = await site.accounts.sessions.signIn({ email: 'rev@example.org', password: 'a reviewer password', clientAddress: '10.3.0.1' });
    const en = (await site.content.service.findTranslation(page.id, 'en'))!;
    const refused = await site.app.inject({
      method: 'POST',
      url: `/admin/documents/${page.id}/en/publish`,
      headers: { cookie: `ensemble_session=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(session.csrfToken)}&expectedVersion=${en.version}`,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('texte alternatif en English');
    expect((await site.content.service.findTranslation(page.id, 'en'))?.status).toBe('draft');

    await site.media.updateImageDetails({ id: image.id, actor: SYSTEM, alt: { fr: 'Une carte du monde en bleu.', en: 'A map of the world in blue.' } });
    await site.content.service.publishTranslation({ documentId: page.id, locale: 'en', actor });
    const html = (await site.app.inject({ method: 'GET', url: '/en/' })).body;
    const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toContain('alt="A map of the world in blue."');
    expect(img).toMatch(/width="640" height="360"/);
  });

  it('needs alt text for the images placed in the body too: a translation whose body shows an undescribed image is refused with the reason', async () => {
    const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#38761d' } }).png().toBuffer();
    const image = await site.media.createImage(png, { displayName: 'field.png', alt: { fr: 'Un champ vert.' } });
    const page = await site.content.service.createDocument({ type: 'page', fields: {}, actor });
    const body = markupToRichText(`Avant l’image.\n\n![Au printemps](media:${image.id})`);
    for (const locale of ['fr', 'en'] as const) {
      await site.content.service.saveTranslation({ documentId: page.id, locale, expectedVersion: 0, translation: { slug: `body-image-${locale}`, title: `Body image ${locale}`, body }, actor });
    }
    await site.content.service.publishTranslation({ documentId: page.id, locale: 'fr', actor });
    await expect(site.content.service.publishTranslation({ documentId: page.id, locale: 'en', actor })).rejects.toMatchObject({
      code: 'CONTENT_INVALID',
      details: [{ path: 'body.content[1]', message: 'the image needs alt text in English before this can be published' }],
    });
    expect((await site.content.service.findTranslation(page.id, 'en'))?.status).toBe('draft');

    await site.media.updateImageDetails({ id: image.id, actor: SYSTEM, alt: { fr: 'Un champ vert.', en: 'A green field.' } });
    await site.content.service.publishTranslation({ documentId: page.id, locale: 'en', actor });
    const html = (await site.app.inject({ method: 'GET', url: '/en/body-image-en' })).body;
    const figure = /<figure class="prose__figure">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain('alt="A green field."');
    expect(figure).toMatch(/width="800" height="450"/);
    expect(figure).toContain('<figcaption>Au printemps</figcaption>');
  });
});
