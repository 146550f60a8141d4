import { chromium } from 'playwright-core';
import { signInAs } from '../test/helpers/admin-browser.ts';
const baseUrl = 'http://127.0.0.1:3300';
const site = { baseUrl, dataDir: '/tmp/shot' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await signInAs(page, site, 'administrator', `shots-${Date.now()}@example.org`);
const shots: [string, string][] = [
  ['jobs', '/admin/jobs'],
  ['jobs-new', '/admin/jobs/new'],
  ['memory', '/admin/memory'],
  ['glossary', '/admin/glossary'],
  ['mt', '/admin/machine-translation'],
];
for (const [name, url] of shots) {
  const r = await page.goto(baseUrl + url);
  console.log(name, r?.status());
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
}
await browser.close();
