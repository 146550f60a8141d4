import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/admin-browser.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { addUser } from '../helpers/cli.ts';
import { HttpSession } from '../helpers/http-session.ts';

const XSS = readAttackList('xss.txt');

/**
 * Every line of attacks/xss.txt typed into the editing forms as a page's title, summary and body,
 * published, then shown in Chromium on the public site and in the back office: each is refused with
 * a clear error or stored as inert text, and nothing runs anywhere.
 */
describe('hostile text in every field', () => {
  const baseUrl = inject('baseUrl');
  const dataDir = inject('dataDir');
  let browser: Browser;
  let admin: HttpSession;
  let parentPath = '';
  const outcomes = { stored: 0, bodyRefused: 0 };

  beforeAll(async () => {
    browser = await launchChromium();
    admin = new HttpSession(baseUrl);
    const link = new URL(addUser({ dataDir, publicUrl: baseUrl }, 'administrator', 'xss-admin@example.org'));
    await admin.submitForm((await admin.get(link.pathname + link.search)).body, '/admin/set-password', { password: TEST_PASSWORD });
    await admin.submitForm((await admin.get('/admin/sign-in')).body, '/admin/sign-in', { email: 'xss-admin@example.org', password: TEST_PASSWORD });
  }, 120_000);
  afterAll(() => browser?.close());

  async function createPublished(parentId: string, fields: Record<string, string>): Promise<{ status: number; id?: string }> {
    const form = await admin.get(`/admin/documents/new?type=page&parent=${parentId}`);
    const created = await admin.submitForm(form.body, '/admin/documents/new', { locale: 'fr', ...fields });
    if (created.status !== 303 || !created.location) return { status: created.status };
    const id = /\/admin\/documents\/([0-9a-f-]{36})/.exec(created.location)![1]!;
    const overview = await admin.get(`/admin/documents/${id}`);
    const published = await admin.submitForm(overview.body, `/admin/documents/${id}/fr/publish`);
    expect(published.status).toBe(303);
    return { status: 303, id };
  }

  it(`stores all ${XSS.length} payloads as text or refuses them clearly`, async () => {
    const list = await admin.get('/admin/documents?search=Accueil&locale=fr');
    // The search matches titles containing the word too ("…qui accueillent…"): the home is the exact one.
    const homeId = /href="\/admin\/documents\/([0-9a-f-]{36})">Accueil<\/a>/.exec(list.body)![1]!;
    const parent = await createPublished(homeId, { title: 'Textes hostiles', slug: 'textes-hostiles', 'shared.listing': 'children' });
    expect(parent.status).toBe(303);
    parentPath = '/fr/textes-hostiles';
    for (const [i, payload] of XSS.entries()) {
      const fields = { title: payload.slice(0, 300), slug: `x-${i}`, summary: payload.slice(0, 1000), body: payload };
      let result = await createPublished(parent.id!, fields);
      if (result.status === 400) {
        // The body markup refused an unsafe link: the editor is told, and the rest can still be saved.
        outcomes.bodyRefused++;
        result = await createPublished(parent.id!, { ...fields, body: '' });
      }
      expect(result.status, payload).toBe(303);
      outcomes.stored++;
    }
    console.log(`hostile text: ${XSS.length} payloads; ${outcomes.stored} stored as text, ${outcomes.bodyRefused} bodies refused with a field error`);
  }, 900_000);

  it('runs nothing on the public listing, the pages, or the back office that shows them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const problems: string[] = [];
    const visit = async (url: string) => {
      await page.goto(baseUrl + url);
      problems.push(...(await activeElements(page)).map((p) => `${url}: ${p}`));
    };
    await visit(parentPath);
    expect(await page.locator('.cards__list li').count()).toBe(XSS.length);
    for (const i of [0, 7, 42, 100, 200, XSS.length - 1]) await visit(`${parentPath}/x-${i}`);
    // The back office, signed in as the administrator who typed them.
    await context.addCookies(
      admin.cookieHeader().split('; ').filter(Boolean).map((pair) => {
        const [name = '', value = ''] = pair.split('=');
        return { name, value, url: `${baseUrl}/admin` };
      }),
    );
    for (let p = 1; p <= Math.ceil(XSS.length / 25) + 1; p++) {
      await visit(`/admin/documents?locale=fr&page=${p}`);
      // Signed in, really looking at the list: not bounced to the sign-in page.
      expect(new URL(page.url()).pathname).toBe('/admin/documents');
    }
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
    await visit('/admin/translations');
    await visit('/admin/audit');
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);
});

/** Elements or attributes that would run code: scripts not served by us (JSON-LD data aside), handlers, script URLs. */
async function activeElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // JSON-LD in the head is data, never run; a title that broke out of it would leave invalid JSON.
    const isStructuredData = (element: Element) => {
      if (element.getAttribute('type') !== 'application/ld+json' || !element.closest('head')) return false;
      try {
        JSON.parse(element.textContent ?? '');
        return true;
      } catch {
        return false;
      }
    };
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (tag === 'script' && !(element.getAttribute('src') ?? '').startsWith('/assets/') && !isStructuredData(element)) found.push(`<script>`);
      if (['iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(tag) && element.closest('body')) found.push(`<${tag}>`);
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
          found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
        }
      }
    }
    return found;
  });
}
