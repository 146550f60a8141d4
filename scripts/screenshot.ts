// Takes phone and desktop screenshots of public pages, to look at what visitors see.
// Usage: node --import tsx scripts/screenshot.ts [--dark] [--phone|--desktop] [--screens=N] [--webp] http://localhost:3000 OUT_DIR /fr/ /ar/ ...
// Each page is scrolled to its end first, so lazy images load, then shot from the top: whole, or its
// first N screens with --screens=N. --webp writes small WebP files (docs/design.md's screenshots).
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [base = 'http://localhost:3000', out = '/tmp/shots', ...paths] = args.filter((a) => !a.startsWith('--'));
const scheme = flags.has('--dark') ? 'dark' : 'light';
const screens = Number([...flags].find((f) => f.startsWith('--screens='))?.split('=')[1] ?? 0);
const webp = flags.has('--webp');
const allSizes = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;
const sizes = Object.entries(allSizes).filter(([label]) => !(flags.has('--phone') || flags.has('--desktop')) || flags.has(`--${label}`));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Scrolls down a screen at a time, so every lazy image starts loading, then waits for them all. */
async function loadLazyImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = window.innerHeight * 0.8;
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await Promise.all(
      [...document.images]
        .filter((img) => !img.complete)
        .map((img) => new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        })),
    );
    window.scrollTo(0, 0);
  });
}

for (const [label, viewport] of sizes) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme: scheme });
  for (const path of paths.length > 0 ? paths : ['/fr/', '/ar/']) {
    await page.goto(base + path, { waitUntil: 'load' });
    await loadLazyImages(page);
    const name = `${out}/${label}${scheme === 'dark' ? '-dark' : ''}${path.replace(/[^a-z0-9]+/gi, '_')}`;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const clip = screens > 0 ? { x: 0, y: 0, width: viewport.width, height: Math.min(height, viewport.height * screens) } : undefined;
    const png = await page.screenshot({ fullPage: true, ...(clip ? { clip } : {}) });
    const file = webp ? `${name}.webp` : `${name}.png`;
    await (webp ? sharp(png).webp({ quality: 72 }) : sharp(png)).toFile(file);
    console.log(file);
  }
  await page.close();
}
await browser.close();
