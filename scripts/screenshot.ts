// Takes phone and desktop screenshots of public pages, to look at what visitors see.
// Usage: node --import tsx scripts/screenshot.ts http://localhost:3000 OUT_DIR /fr/ /ar/ ...
import { chromium } from 'playwright-core';

const [base = 'http://localhost:3000', out = '/tmp/shots', ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;
for (const [label, viewport] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  for (const path of paths.length > 0 ? paths : ['/fr/', '/ar/']) {
    await page.goto(base + path, { waitUntil: 'load' });
    const name = `${out}/${label}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await page.close();
}
await browser.close();
