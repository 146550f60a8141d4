// Reports the web-font bytes a first visit downloads, per script: French and Russian pages (none
// expected), and the demo's Arabic and Chinese pages. Each page is opened in a fresh Chromium
// context, so nothing comes from the cache.
// Usage: node --import tsx scripts/font-bytes.ts [BASE_URL]   (without BASE_URL it starts a server)
import { launchChromium } from '../test/helpers/chromium.ts';
import { fontDownloads } from '../test/helpers/script-samples.ts';
import { startServer, type ServerProcess } from '../test/helpers/server-process.ts';

const PAGES: readonly { readonly label: string; readonly path: string }[] = [
  { label: 'French home (Latin)', path: '/fr/' },
  { label: 'Arabic home', path: '/ar/' },
  { label: 'Arabic campaign', path: '/ar/al-yawm-al-duwali-lil-muhajirin-2019' },
  { label: 'Russian home (Cyrillic)', path: '/ru/' },
  { label: 'Chinese home', path: '/zh/' },
  { label: 'Chinese campaign', path: '/zh/guoji-yimin-ri-2019' },
];

let server: ServerProcess | undefined;
const given = process.argv[2];
if (given === undefined) server = await startServer();
const baseUrl = (given ?? server!.baseUrl).replace(/\/$/, '');
const browser = await launchChromium();
try {
  console.log('| Page | Font files | Font bytes | of which bold (700) | Font CSS bytes (br) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const page of PAGES) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const url = baseUrl + page.path;
    await tab.goto(url, { waitUntil: 'load' });
    const fonts = await fontDownloads(tab);
    const cssHrefs = await tab.evaluate(() =>
      [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => (link as HTMLLinkElement).href).filter((href) => href.includes('/fonts-')),
    );
    let cssBytes = 0;
    for (const href of cssHrefs) {
      const response = await fetch(href, { headers: { 'accept-encoding': 'br' } });
      cssBytes += Number(response.headers.get('content-length') ?? 0);
      await response.arrayBuffer();
    }
    const bytes = fonts.reduce((sum, font) => sum + font.bytes, 0);
    const bold = fonts.filter((font) => font.name.includes('-700-')).reduce((sum, font) => sum + font.bytes, 0);
    console.log(`| ${page.label} | ${fonts.length} | ${kb(bytes)} | ${kb(bold)} | ${kb(cssBytes)} |`);
    await context.close();
  }
} finally {
  await browser.close();
  await server?.stop();
}

function kb(bytes: number): string {
  return bytes === 0 ? '0' : `${(bytes / 1024).toFixed(1)} KiB`;
}
