import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { loadSiteAssets } from '../../src/http/site/site-assets.ts';
import { INITIAL_LOCALE_SET, type LocaleCode } from '../../src/modules/locales/index.ts';
import { cleanLine, cleanStory, createSubmissionsModule, type SubmissionVideoStore } from '../../src/modules/submissions/index.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { AppError } from '../../src/platform/errors.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { fieldOf, signInAs, type AdminClient } from '../helpers/admin-session.ts';
import { attackPath, readAttackList } from '../helpers/attacks.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, textOf, type HtmlElement, type HtmlNode } from '../helpers/html.ts';
import { multipartBody, type MultipartPart } from '../helpers/multipart.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';
import { testMediaDir } from '../helpers/test-media.ts';

const LOCALE_CODES = [...INITIAL_LOCALE_SET.codes];

const SVG_DIR = attackPath('svg');
const FORM = 'share-your-story';

let address = 0;
/** A fresh client address per visitor, so the rate limit only meets where a test wants it to. */
const nextAddress = () => {
  address++;
  return `198.51.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`;
};

interface Visitor {
  readonly cookie: string;
  readonly token: string;
  readonly ip: string;
}

const VALID = {
  displayName: 'Amal',
  originCountry: 'SY',
  residenceCountry: 'FR',
  story: 'Je suis arrivée en 2016.\n\nAujourd’hui j’enseigne le français.',
  storyLanguage: 'fr',
  email: '',
  phone: '',
  consent: 'yes',
} as const;

describeEachDatabase('share your story (#NousEnsemble)', (dialect) => {
  let site: TestSite;
  let editor: AdminClient;
  let photo: Buffer;

  beforeAll(async () => {
    site = await buildTestSite(dialect, { demo: false });
    editor = await signInAs(site, 'editor', { uiLocale: 'en' });
    photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c84' } }).jpeg().toBuffer();
  });
  afterAll(() => site.close());

  async function visit(locale: LocaleCode = 'fr', ip = nextAddress()): Promise<Visitor & { html: string }> {
    const response = await site.app.inject({ method: 'GET', url: `/${locale}/${FORM}`, remoteAddress: ip });
    expect(response.statusCode).toBe(200);
    const setCookie = String([response.headers['set-cookie']].flat()[0] ?? '');
    const cookie = setCookie.split(';')[0]!;
    const token = findAll(parse(response.body), 'input').find((el) => attr(el, 'name') === '_csrf');
    return { html: response.body, cookie, token: attr(token!, 'value')!, ip };
  }

  function send(
    visitor: Visitor,
    fields: Readonly<Record<string, string>>,
    options: { locale?: LocaleCode; file?: { name: string; body: Buffer; type?: string }; token?: string | null; headers?: Record<string, string>; app?: TestSite['app'] } = {},
  ) {
    const parts: MultipartPart[] = [];
    if (options.token !== null) parts.push({ name: '_csrf', value: options.token ?? visitor.token });
    for (const [name, value] of Object.entries(fields)) parts.push({ name, value });
    if (options.file) parts.push({ name: 'media', filename: options.file.name, type: options.file.type, body: options.file.body });
    const { payload, contentType } = multipartBody(parts);
    return (options.app ?? site.app).inject({
      method: 'POST',
      url: `/${options.locale ?? 'fr'}/${FORM}`,
      remoteAddress: visitor.ip,
      headers: { cookie: visitor.cookie, 'content-type': contentType, ...options.headers },
      payload,
    });
  }

  async function countSubmissions(): Promise<number> {
    const row = await site.database.db.selectFrom('storySubmissions').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function countImages(): Promise<number> {
    return (await site.media.listImages({ limit: 1, offset: 0 })).total;
  }

  async function findByName(name: string) {
    return site.database.db.selectFrom('storySubmissions').selectAll().where('displayName', '=', name).executeTakeFirst();
  }

  describe('the public form', () => {
    it.each(LOCALE_CODES)('renders in %s with lang, direction, labels, countries and consent, never cached', async (locale) => {
      const response = await site.app.inject({ method: 'GET', url: `/${locale}/${FORM}`, remoteAddress: nextAddress() });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(String(response.headers['set-cookie'])).toMatch(/^ensemble_share=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict/);
      const doc = parse(response.body);
      const html = findAll(doc, 'html')[0]!;
      expect(attr(html, 'lang')).toBe(locale);
      expect(attr(html, 'dir')).toBe(INITIAL_LOCALE_SET.get(locale).dir);
      const labels = new Set(findAll(doc, 'label').map((l) => attr(l, 'for')));
      for (const id of ['displayName', 'originCountry', 'residenceCountry', 'story', 'storyLanguage', 'media', 'email', 'phone', 'consent']) {
        expect(labels.has(id), `label for ${id}`).toBe(true);
      }
      expect(findAll(doc, 'legend').length).toBeGreaterThanOrEqual(3);
      const form = findAll(doc, 'form').find((f) => attr(f, 'action') === `/${locale}/${FORM}`)!;
      expect(attr(form, 'enctype')).toBe('multipart/form-data');
      expect(attr(findAll(form, 'input')[0]!, 'name')).toBe('_csrf');
      const syria = new Intl.DisplayNames([locale], { type: 'region' }).of('SY')!;
      const origin = findAll(doc, 'select').find((s) => attr(s, 'name') === 'originCountry')!;
      expect(findAll(origin, 'option').some((o) => attr(o, 'value') === 'SY' && textOf(o) === syria)).toBe(true);
      expect(fieldOf(response.body, 'storyLanguage').value).toBe(locale);
      const trap = findAll(doc, 'input').find((i) => attr(i, 'name') === 'website')!;
      expect([attr(trap, 'tabindex'), attr(trap, 'autocomplete')]).toEqual(['-1', 'off']);
      const trapBox = findAll(doc, 'div').find((d) => findAll(d, 'input').includes(trap) && attr(d, 'aria-hidden') === 'true');
      expect(attr(trapBox!, 'class')).toBe('visually-hidden');
      const consent = findAll(doc, 'input').find((i) => attr(i, 'name') === 'consent')!;
      expect([attr(consent, 'type'), attr(consent, 'checked')]).toEqual(['checkbox', undefined]);
      expect(textOf(doc)).toContain(new Intl.DisplayNames([locale], { type: 'language' }).of('ti'));
    });

    it('answers an unknown locale with the ordinary 404 page', async () => {
      expect((await site.app.inject({ method: 'GET', url: `/de/${FORM}` })).statusCode).toBe(404);
    });
  });

  describe('sending a story', () => {
    it('puts a valid story in the queue, contact details apart, and thanks the sender (POST-redirect-GET)', async () => {
      const visitor = await visit('en');
      const response = await send(visitor, { ...VALID, displayName: 'Queue Test Amal', email: 'amal.queue@example.org', phone: '+33 6 12 34 56 78' }, { locale: 'en' });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/en/${FORM}/thank-you`);
      const thanks = await site.app.inject({ method: 'GET', url: String(response.headers.location) });
      expect(thanks.statusCode).toBe(200);
      expect(thanks.body).toContain('Thank you for your story');
      const stored = (await findByName('Queue Test Amal'))!;
      expect(stored).toMatchObject({ locale: 'en', originCountry: 'SY', residenceCountry: 'FR', storyLanguage: 'fr', status: 'pending', story: VALID.story });
      expect(JSON.stringify(stored)).not.toContain('amal.queue@example.org');
      expect(await site.submissions.findContact(stored.id)).toMatchObject({ email: 'amal.queue@example.org', phone: '+33 6 12 34 56 78' });
      const queue = await editor.get('/admin/submissions');
      expect(queue.statusCode).toBe(200);
      expect(queue.body).toContain('Queue Test Amal');
      const detail = await editor.get(`/admin/submissions/${stored.id}`);
      expect(detail.body).toContain('amal.queue@example.org');
    });

    it('keeps the photo as re-encoded renditions under a neutral name', async () => {
      const visitor = await visit();
      const response = await send(visitor, { ...VALID, displayName: 'Photo Test' }, { file: { name: 'Marie Dupont passport.jpg', body: photo, type: 'image/jpeg' } });
      expect(response.statusCode).toBe(303);
      const stored = (await findByName('Photo Test'))!;
      const image = await site.media.getImage(stored.photoImageId!);
      expect(image.displayName).not.toContain('Dupont');
      expect(image.sourceType).toBe('jpeg');
    });

    it('stores nothing when the honeypot is filled, and answers exactly as for a person', async () => {
      const before = [await countSubmissions(), await countImages()];
      const visitor = await visit();
      const response = await send(visitor, { ...VALID, displayName: 'Honeypot Bot', website: 'http://spam.example' }, { file: { name: 'a.jpg', body: photo } });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/fr/${FORM}/thank-you`);
      expect([await countSubmissions(), await countImages()]).toEqual(before);
    });

    it('refuses a form without its token, with a wrong one, or from another site, with a clear page', async () => {
      const before = await countSubmissions();
      const visitor = await visit();
      const cases = [
        await send(visitor, VALID, { token: null }),
        await send(visitor, VALID, { token: 'x'.repeat(43) }),
        await send({ ...visitor, cookie: '' }, VALID),
        await send(visitor, VALID, { headers: { 'sec-fetch-site': 'cross-site' } }),
        await send(visitor, VALID, { headers: { origin: 'https://evil.example' } }),
      ];
      for (const response of cases) {
        expect(response.statusCode).toBe(403);
        expect(response.body).toContain('Formulaire expiré');
        expect(response.body).toContain('Rien n’a été enregistré');
      }
      expect(await countSubmissions()).toBe(before);
    });

    it('shows each problem beside its field and in a summary with links, keeping every answer', async () => {
      const visitor = await visit();
      const story = 'Une histoire <b>gardée</b>\n\ntelle quelle.';
      const response = await send(visitor, { ...VALID, displayName: '', originCountry: 'ZZ', story, email: 'not-an-email', consent: '' });
      expect(response.statusCode).toBe(400);
      const doc = parse(response.body);
      const summary = findAll(doc, 'div').find((d) => attr(d, 'class') === 'error-summary')!;
      expect(findAll(summary, 'a').map((a) => attr(a, 'href'))).toEqual(['#displayName', '#originCountry', '#email', '#consent']);
      expect(fieldOf(response.body, 'displayName').error).toBe('Indiquez un prénom ou un pseudonyme.');
      expect(fieldOf(response.body, 'email')).toMatchObject({ value: 'not-an-email', error: expect.stringContaining('nom@exemple.org') });
      expect(textareaValue(response.body, 'story')).toBe(story);
      expect(fieldOf(response.body, 'residenceCountry').value).toBe('FR');
      expect(response.body).toContain('Cochez la case pour donner votre accord');
    });

    it('limits stories per address and answers the next with a 429 page that keeps the text', async () => {
      const visitor = await visit('es');
      for (let i = 0; i < 5; i++) {
        expect((await send(visitor, { ...VALID, displayName: `Rate ${i}` }, { locale: 'es' })).statusCode).toBe(303);
      }
      const story = 'Mi historia, que no se debe perder.\n\nSegunda parte.';
      const response = await send(visitor, { ...VALID, displayName: 'Rate 5', story }, { locale: 'es' });
      expect(response.statusCode).toBe(429);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(response.body).toContain('Ya ha enviado varias historias');
      expect(textareaValue(response.body, 'story')).toBe(story);
      expect(fieldOf(response.body, 'displayName').value).toBe('Rate 5');
      expect(await findByName('Rate 5')).toBeUndefined();
      // Another address is not affected.
      expect((await send(await visit('es'), { ...VALID, displayName: 'Rate other' }, { locale: 'es' })).statusCode).toBe(303);
    });

    it('refuses every SVG of the attack corpus as a photo, clearly and beside the file field, storing nothing', async () => {
      const before = [await countSubmissions(), await countImages()];
      for (const name of fs.readdirSync(SVG_DIR)) {
        const visitor = await visit('en');
        const response = await send(visitor, { ...VALID, displayName: `SVG ${name}` }, { locale: 'en', file: { name, body: fs.readFileSync(path.join(SVG_DIR, name)), type: 'image/svg+xml' } });
        expect(response.statusCode, name).toBe(415);
        expect(fieldOf(response.body, 'media').error, name).toContain('SVG files and other formats are refused');
        expect(fieldOf(response.body, 'displayName').value).toBe(`SVG ${name}`);
        expect(textareaValue(response.body, 'story')).toBe(VALID.story);
      }
      expect([await countSubmissions(), await countImages()]).toEqual(before);
    });

    it('passes a video to the video module, and shows its refusals beside the file field', async () => {
      const received: Buffer[] = [];
      const videos: SubmissionVideoStore = {
        async createVideoFromUpload(source) {
          const chunks: Buffer[] = [];
          for await (const chunk of source) chunks.push(Buffer.from(chunk));
          const bytes = Buffer.concat(chunks);
          if (bytes.subarray(4, 8).toString('latin1') !== 'ftyp') throw new AppError('VIDEO_UNSUPPORTED_TYPE', 'validation', 'not a video');
          if (bytes.length < 32) throw new AppError('VIDEO_TRUNCATED', 'validation', 'cut short');
          received.push(bytes);
          return { id: 'video-1' };
        },
      };
      const submissions = createSubmissionsModule({ db: site.database.db, clock: systemClock, audit: site.audit, content: site.content.service, images: site.media, videos, stagingDir: path.join(testMediaDir(), '.submissions-incoming') });
      const app = await buildApp({ ...site, submissions, assets: loadSiteAssets(), logger: createLogger('silent'), publicUrl: TEST_PUBLIC_URL });
      try {
        const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(100, 7)]);
        const ok = await send(await visit('en'), { ...VALID, displayName: 'Video Test' }, { locale: 'en', app, file: { name: 'clip.mp4', body: mp4, type: 'video/mp4' } });
        expect(ok.statusCode).toBe(303);
        expect(received).toEqual([mp4]);
        expect((await findByName('Video Test'))?.videoId).toBe('video-1');
        const cut = await send(await visit('en'), { ...VALID, displayName: 'Video Cut' }, { locale: 'en', app, file: { name: 'clip.mp4', body: mp4.subarray(0, 20), type: 'video/mp4' } });
        expect(cut.statusCode).toBe(422);
        expect(fieldOf(cut.body, 'media').error).toContain('cannot be read');
        expect(fieldOf(cut.body, 'displayName').value).toBe('Video Cut');
      } finally {
        await app.close();
      }
    });
  });

  describe('moderation', () => {
    async function submitted(name: string, extra: Record<string, string> = {}, file?: { name: string; body: Buffer }) {
      const response = await send(await visit(), { ...VALID, displayName: name, ...extra }, file ? { file } : {});
      expect(response.statusCode).toBe(303);
      return (await findByName(name))!;
    }

    it('lets a reviewer moderate and refuses a translator', async () => {
      const s = await submitted('Permission Test');
      const translator = await signInAs(site, 'translator', { locales: ['en'] });
      expect((await translator.get('/admin/submissions')).statusCode).toBe(403);
      expect((await translator.get(`/admin/submissions/${s.id}`)).statusCode).toBe(403);
      expect((await translator.post(`/admin/submissions/${s.id}/approve`, { confirm: 'yes' })).statusCode).toBe(403);
      const reviewer = await signInAs(site, 'reviewer');
      expect((await reviewer.get(`/admin/submissions/${s.id}`)).statusCode).toBe(200);
      expect((await site.submissions.getSubmission(s.id)).status).toBe('pending');
    });

    it('asks for confirmation, then rejects once, with an audit entry', async () => {
      const s = await submitted('Reject Test');
      expect((await editor.post(`/admin/submissions/${s.id}/reject`, {})).statusCode).toBe(400);
      expect((await site.submissions.getSubmission(s.id)).status).toBe('pending');
      expect((await editor.post(`/admin/submissions/${s.id}/reject`, { confirm: 'yes' })).statusCode).toBe(303);
      expect((await site.submissions.getSubmission(s.id)).status).toBe('rejected');
      expect((await editor.post(`/admin/submissions/${s.id}/approve`, { confirm: 'yes' })).statusCode).toBe(409);
      const { entries } = await site.audit.list({ action: 'submission.rejected' });
      expect(entries.some((e) => e.details.submissionId === s.id)).toBe(true);
      expect((await editor.get('/admin/submissions/no-such-id')).statusCode).toBe(404);
    });

    it('turns an approved story into a draft (not published) with no contact data in it', async () => {
      const s = await submitted('Approve Test', { email: 'approve.secret@example.org', phone: '+34 600 111 222', storyLanguage: 'ar', story: 'سطر أول\nسطر ثان\n\nفقرة ثانية' }, { name: 'p.jpg', body: photo });
      const response = await editor.post(`/admin/submissions/${s.id}/approve`, { confirm: 'yes' });
      expect(response.statusCode).toBe(303);
      const approved = await site.submissions.getSubmission(s.id);
      expect(approved.status).toBe('approved');
      const documentId = approved.storyDocumentId!;
      const document = await site.content.service.getDocument(documentId);
      expect(document).toMatchObject({ type: 'story', fields: { originCountry: 'SY', residenceCountry: 'FR', people: 'Approve Test', image: s.photoImageId } });
      const translation = (await site.content.service.findTranslation(documentId, 'ar'))!;
      expect(translation).toMatchObject({ status: 'draft', title: 'Approve Test', publishedAt: null });
      expect(translation.body).toEqual({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'سطر أول' }, { type: 'hardBreak' }, { type: 'text', text: 'سطر ثان' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'فقرة ثانية' }] },
        ],
      });
      const everything = JSON.stringify(await dumpTables(site));
      const contentRows = JSON.stringify([document, translation, await site.database.db.selectFrom('revisions').selectAll().where('documentId', '=', documentId).execute()]);
      expect(contentRows).not.toContain('approve.secret');
      expect(contentRows).not.toContain('600 111 222');
      expect(everything.split('approve.secret@example.org').length).toBe(2); // the contact row only
      const detail = await editor.get(`/admin/submissions/${s.id}`);
      expect(detail.body).toContain(`/admin/documents/${documentId}`);
      const { entries } = await site.audit.list({ action: 'submission.approved', documentId });
      expect(entries).toHaveLength(1);
    });

    it('erases contact details, or the whole submission, leaving no trace in any table or file', async () => {
      const secret = { name: 'Zuleika Erasure', email: 'zuleika.erasure@example.org', phone: '+44 7700 900123' };
      const contactOnly = await submitted('Erase Contact Only', { email: 'contact.only@example.org' });
      expect((await editor.post(`/admin/submissions/${contactOnly.id}/erase`, { confirm: 'yes' })).statusCode).toBe(303);
      expect(await site.submissions.findContact(contactOnly.id)).toBeUndefined();
      expect((await site.submissions.getSubmission(contactOnly.id)).story).toBe(VALID.story);
      expect(JSON.stringify(await dumpTables(site))).not.toContain('contact.only@example.org');

      const story = `${secret.name} raconte : je m'appelle ${secret.name}.`;
      const s = await submitted(secret.name, { email: secret.email, phone: secret.phone, story }, { name: `${secret.name}.jpg`, body: photo });
      expect(JSON.stringify(await dumpTables(site))).toContain(secret.email);
      const response = await editor.post(`/admin/submissions/${s.id}/erase`, { confirm: 'yes', whole: 'yes' });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/admin/submissions?done=erasedAll');
      const rows = JSON.stringify(await dumpTables(site));
      for (const value of [secret.name, secret.email, secret.phone, 'Zuleika']) expect(rows).not.toContain(value);
      for (const file of listFiles(testMediaDir())) {
        const bytes = fs.readFileSync(file);
        for (const value of [secret.name, secret.email, secret.phone]) expect(bytes.includes(Buffer.from(value)), file).toBe(false);
      }
      const { entries } = await site.audit.list({ action: 'submission.erased' });
      const entry = entries.find((e) => e.details.submissionId === s.id)!;
      expect(entry.details).toMatchObject({ erased: 'submission', photoImageId: s.photoImageId });
      expect((await editor.get(`/admin/submissions/${s.id}`)).statusCode).toBe(404);
    });
  });

  describe('hostile text', () => {
    const lines = readAttackList('xss.txt');

    it(`stores every line of xss.txt (${lines.length}) and shows it only as text, in the queue, the detail and the draft`, async () => {
      const failures: string[] = [];
      for (const [index, line] of lines.entries()) {
        const story = cleanStory(line);
        const name = cleanLine(Array.from(line).slice(0, 80).join('')) || `Line ${index}`;
        const response = await send(await visit('en'), { ...VALID, displayName: Array.from(line).slice(0, 80).join('') || `Line ${index}`, story: line }, { locale: 'en' });
        if (story === '') {
          expect(response.statusCode, `line ${index}`).toBe(400);
          continue;
        }
        if (response.statusCode !== 303) {
          failures.push(`line ${index}: ${response.statusCode}`);
          continue;
        }
        const stored = (await site.database.db.selectFrom('storySubmissions').selectAll().where('story', '=', story).where('displayName', '=', name).where('status', '=', 'pending').executeTakeFirst())!;
        if (!stored) {
          failures.push(`line ${index}: not stored as cleaned`);
          continue;
        }
        const detail = await editor.get(`/admin/submissions/${stored.id}`);
        const doc = parse(detail.body);
        const box = findAll(doc, 'div').find((d) => attr(d, 'class') === 'submission-story')!;
        if (!onlyText(box, ['p', 'br'])) failures.push(`line ${index}: markup in the story box`);
        // Lines become <br> and paragraphs <p>: the text nodes, joined, are the story without its line ends.
        if (textOf(box) !== story.replace(/\n/g, '').replace(/\s+/g, ' ').trim()) failures.push(`line ${index}: story text differs: ${JSON.stringify([textOf(box), story])}`);
        if (!onlyText(findAll(doc, 'h1')[0]!, [])) failures.push(`line ${index}: markup in the title`);
        if (hasActiveContent(doc)) failures.push(`line ${index}: active content in the detail page`);

        const approve = await editor.post(`/admin/submissions/${stored.id}/approve`, { confirm: 'yes' });
        if (approve.statusCode !== 303) {
          failures.push(`line ${index}: approve ${approve.statusCode}`);
          continue;
        }
        const documentId = (await site.submissions.getSubmission(stored.id)).storyDocumentId!;
        const translation = (await site.content.service.findTranslation(documentId, 'fr'))!;
        const texts = translation.body.content.flatMap((block) => ('content' in block && block.content ? block.content : []) as readonly { type: string; text?: string }[]);
        if (!texts.every((node) => node.type === 'text' || node.type === 'hardBreak')) failures.push(`line ${index}: draft has other nodes`);
        if (texts.map((node) => node.text ?? '\n').join('') !== story.replace(/\n\n+/g, '')) failures.push(`line ${index}: draft text differs`);
        const page = await editor.get(`/admin/documents/${documentId}`);
        if (page.statusCode !== 200 || hasActiveContent(parse(page.body))) failures.push(`line ${index}: draft page ${page.statusCode}`);
      }
      expect(failures).toEqual([]);
    }, 300_000);
  });
});

/** Every row of every table of this test's database, for looking for personal data anywhere. */
async function dumpTables(site: TestSite): Promise<Record<string, unknown[]>> {
  const tables = (await site.database.db.introspection.getTables({ withInternalKyselyTables: false })).filter(
    (t) => site.database.schema === undefined || t.schema === site.database.schema,
  );
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every table, whatever its type
    out[table.name] = await (site.database.db as any).withoutPlugins().selectFrom(table.name).selectAll().execute();
  }
  expect(Object.keys(out)).toEqual(expect.arrayContaining(['story_submissions', 'submission_contacts', 'audit_log', 'media_assets', 'translations']));
  return out;
}

/** A textarea's text exactly as sent back, line breaks included (fieldOf collapses white space). */
function textareaValue(html: string, name: string): string {
  const textarea = findAll(parse(html), 'textarea').find((el) => attr(el, 'name') === name)!;
  return textarea.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Whether the subtree holds only text and the given elements (without attributes). */
function onlyText(node: HtmlNode, allowed: readonly string[]): boolean {
  if (!('childNodes' in node)) return true;
  return node.childNodes.every((child) => {
    if (child.nodeName === '#text') return true;
    if (!('tagName' in child)) return false;
    return allowed.includes(child.tagName) && child.attrs.length === 0 && onlyText(child, allowed);
  });
}

/** Script, plugins, frames or event-handler attributes anywhere in the page. */
function hasActiveContent(doc: HtmlNode): boolean {
  for (const tag of ['script', 'iframe', 'object', 'embed', 'frame', 'svg', 'math', 'base']) if (findAll(doc, tag).length > 0) return true;
  const all: HtmlElement[] = [];
  const visit = (n: HtmlNode) => {
    if ('tagName' in n) all.push(n);
    if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(doc);
  return all.some((el) => el.attrs.some((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value))));
}
