import { userActor } from '../../src/modules/accounts/index.ts';
import { parse } from 'parse5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCaptions } from '../../src/modules/captions/index.ts';
import { buildTestSite, TEST_PUBLIC_URL, type TestSite } from '../helpers/build-test-app.ts';
import { attr, findAll, findFirst, textOf, type HtmlElement, type HtmlNode } from '../helpers/html.ts';
import { describeEachDatabase } from '../helpers/test-database.ts';

const CAMPAIGN = '/fr/journee-internationale-des-migrants-2019';
const BARBER = `${CAMPAIGN}/le-salon-de-karim`;
const BARBER_EN = '/en/international-migrants-day-2019/karims-barbershop';

describeEachDatabase('video stories on the public site', (dialect) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await buildTestSite(dialect, { demoVideos: true });
    // Until the renditions exist the original plays, and that page is what the cache holds…
    const early = await site.app.inject({ method: 'GET', url: BARBER });
    expect(early.body).toMatch(/<source src="\/media\/video\/[a-f0-9]{20}-original\.mp4" type="video\/mp4"\/>/);
    // …until the worker, as the server's would, makes them.
    const worker = site.video.createWorker();
    while ((await worker.runOnce()) !== 'idle');
  }, 180_000);
  afterAll(() => site.close());

  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  const page = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return parse(response.body);
  };
  const video = (root: HtmlNode) => findFirst(root, 'video');

  it('plays the renditions once made (the cached page is replaced): poster, nothing preloaded, no autoplay, the light one first on small screens', async () => {
    const player = video(await page(BARBER));
    expect(attr(player, 'preload')).toBe('none');
    expect(attr(player, 'controls')).toBeDefined();
    expect(attr(player, 'autoplay')).toBeUndefined();
    expect(attr(player, 'poster')).toMatch(/^\/media\/video\/[a-f0-9]{20}-poster\.jpg$/);
    const sources = findAll(player, 'source');
    expect(sources.map((s) => [attr(s, 'src')?.replace(/[a-f0-9]{20}/, 'H'), attr(s, 'media')])).toEqual([
      ['/media/video/H-360.mp4', '(max-width: 40em)'],
      ['/media/video/H-720.mp4', undefined],
    ]);
  });

  it('turns captions on in the page’s language, offers the others and the text descriptions', async () => {
    for (const [url, locale] of [[BARBER, 'fr'], [BARBER_EN, 'en']] as const) {
      const tracks = findAll(video(await page(url)), 'track');
      const captions = tracks.filter((t) => attr(t, 'kind') === 'captions');
      expect(captions.map((t) => attr(t, 'srclang'))).toEqual(['fr', 'en', 'es', 'ar', 'zh-Hans', 'ru']);
      expect(captions.filter((t) => attr(t, 'default') !== undefined).map((t) => attr(t, 'srclang'))).toEqual([locale]);
      expect(tracks.filter((t) => attr(t, 'kind') === 'descriptions').map((t) => attr(t, 'srclang'))).toEqual(['fr', 'en', 'es', 'ar', 'zh-Hans', 'ru']);
    }
  });

  it('serves each track as WebVTT under a name that changes with its text', async () => {
    const track = findAll(video(await page(BARBER)), 'track').find((t) => attr(t, 'srclang') === 'en' && attr(t, 'kind') === 'captions')!;
    const response = await get(attr(track, 'src')!);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(response.headers['cache-control']).toContain('immutable');
    const parsed = parseCaptions(response.body);
    expect(parsed.ok && parsed.cues.length).toBe(6);
    expect((await get(attr(track, 'src')!.replace(/\.[a-f0-9]{12}\.vtt$/, '.000000000000.vtt'))).statusCode).toBe(404);
    expect((await get('/captions/nope/fr/captions.000000000000.vtt')).statusCode).toBe(404);
  });

  it('shows a transcript made from the captions, with each line’s time for the script to seek to', async () => {
    const lines = findAll(await page(BARBER), 'li').filter((li) => attr(li, 'data-start') !== undefined);
    expect(lines).toHaveLength(6);
    expect(attr(lines[0]!, 'data-start')).toBe('0.500');
    expect(textOf(lines[3]!)).toContain('Karim: Ici, personne ne me demande d’où je viens.');
  });

  it('lists downloads with their sizes, and serves video files with byte ranges', async () => {
    const root = await page(BARBER);
    const section = findAll(root, 'section').find((s) => attr(s, 'aria-labelledby') === 'downloads')!;
    const links = findAll(section, 'a');
    expect(links.map(textOf).slice(0, 3)).toEqual([
      expect.stringMatching(/^Vidéo MP4, 720p \(\d+(,\d)? (Mo|ko)\)$/),
      expect.stringMatching(/^Vidéo allégée MP4, 360p \(/),
      expect.stringMatching(/^Son seul, M4A \(/),
    ]);
    const light = attr(links[1]!, 'href')!;
    const whole = await get(light);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('video/mp4');
    expect(whole.headers['cache-control']).toContain('immutable');
    const part = await get(light, { range: 'bytes=100-199' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${whole.rawPayload.length}`);
    expect(part.rawPayload.equals(whole.rawPayload.subarray(100, 200))).toBe(true);
    expect((await get('/media/video/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(404);
  });

  it('shares with the locale’s hashtag, and describes the video for other sites (Open Graph, JSON-LD, oEmbed)', async () => {
    const root = await page(BARBER);
    const share = findAll(root, 'section').find((s) => attr(s, 'aria-labelledby') === 'share')!;
    const hrefs = findAll(share, 'a').map((a) => attr(a, 'href')!);
    expect(hrefs.some((h) => h.startsWith('mailto:') && decodeURIComponent(h).includes('#NousEnsemble'))).toBe(true);
    for (const host of ['https://wa.me/', 'https://x.com/', 'https://www.facebook.com/', 'https://www.linkedin.com/']) {
      expect(hrefs.some((h) => h.startsWith(host)), host).toBe(true);
    }
    expect(decodeURIComponent(hrefs.find((h) => h.startsWith('https://wa.me/'))!)).toContain('#NousEnsemble');
    const meta = (property: string) => findAll(root, 'meta').find((m) => attr(m, 'property') === property);
    expect(attr(meta('og:video')!, 'content')).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/media/video/[a-f0-9]{20}-720\\.mp4$`));
    expect(attr(meta('og:type')!, 'content')).toBe('video.other');
    const ld = findAll(root, 'script').find((s) => attr(s, 'type') === 'application/ld+json')!;
    const data = JSON.parse(textOf(ld)) as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'VideoObject', name: 'Le salon de Karim', duration: 'PT20S', inLanguage: 'fr' });
    expect(String(data.transcript)).toContain('Gaziantep');

    const discovery = findAll(root, 'link').find((l) => attr(l, 'type') === 'application/json+oembed')!;
    const oembed = await get(attr(discovery, 'href')!.slice(TEST_PUBLIC_URL.length));
    expect(oembed.statusCode).toBe(200);
    const body = oembed.json() as Record<string, unknown>;
    expect(body).toMatchObject({ version: '1.0', type: 'video', title: 'Le salon de Karim', width: 640, height: 360 });
    expect(String(body.html)).toMatch(new RegExp(`^<iframe src="${TEST_PUBLIC_URL}/embed/[0-9a-f-]+\\?subtitle=fr" `));
    expect((await get(`/oembed?url=${encodeURIComponent(`${TEST_PUBLIC_URL}/fr/`)}`)).statusCode).toBe(404);
    expect((await get(`/oembed?url=${encodeURIComponent('https://evil.example/fr/x')}`)).statusCode).toBe(404);
    expect((await get(`/oembed?format=xml&url=${encodeURIComponent(TEST_PUBLIC_URL + BARBER)}`)).statusCode).toBe(501);
  });

  it('offers an embeddable player that other sites may frame, with captions in the language asked for', async () => {
    const root = await page(BARBER);
    const share = findAll(root, 'section').find((s) => attr(s, 'aria-labelledby') === 'share')!;
    const embedHref = attr(findAll(share, 'a').at(-1)!, 'href')!;
    const embed = await get(embedHref.replace('subtitle=fr', 'subtitle=en'));
    expect(embed.statusCode).toBe(200);
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const tracks = findAll(video(parse(embed.body)), 'track').filter((t) => attr(t, 'default') !== undefined);
    expect(tracks.map((t) => attr(t, 'srclang'))).toEqual(['en']);
    // Every other page still refuses to be framed.
    expect((await get(BARBER)).headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('filters the hub’s stories by country, theme and caption language through the address alone', async () => {
    const titles = async (query: string) => {
      const root = await page(`${CAMPAIGN}${query}`);
      const section = findAll(root, 'section').find((s) => attr(s, 'aria-labelledby') === 'stories')!;
      return findAll(section, 'h3').map(textOf);
    };
    const both = ['Le salon de Karim', 'Mariela et Joel, deux archets à Saint-Domingue'];
    expect(await titles('')).toEqual(both);
    expect(await titles('?country=SY')).toEqual(['Le salon de Karim']);
    expect(await titles('?country=do')).toEqual(['Mariela et Joel, deux archets à Saint-Domingue']);
    expect(await titles('?theme=culture')).toEqual(['Mariela et Joel, deux archets à Saint-Domingue']);
    expect(await titles('?captions=en')).toEqual(both);
    // TODO(issue 10): once ru is a site locale, ?captions=ru narrows the list to Karim’s story (the only one captioned in Russian).
    expect(await titles('?captions=ar')).toEqual(both);
    expect(await titles('?country=FR&theme=work')).toEqual([]);
    // Junk is dropped, never an error.
    expect(await titles("?country=';--&theme=<script>&page=-3&captions=xx")).toEqual(both);
    const form = findAll(await page(CAMPAIGN), 'form').find((f) => attr(f, 'role') === 'search')!;
    expect(attr(form, 'method')).toBe('get');
    const labels = findAll(form, 'label').map((l) => attr(l, 'for'));
    expect(findAll(form, 'select').map((s: HtmlElement) => attr(s, 'id'))).toEqual(labels);
  });

  it('never lets a query string make a page other than the hub vary', async () => {
    const plain = await get(BARBER);
    const junk = await get(`${BARBER}?country=SY&page=2`);
    expect(junk.statusCode).toBe(200);
    expect(junk.headers.etag).toBe(plain.headers.etag);
  });

  // Last: it takes a demo story off the site.
  it('stops serving a story’s video files, embed and oEmbed the moment its consent is withdrawn', async () => {
    const root = await page(BARBER);
    const files = findAll(video(root), 'source').map((s) => attr(s, 'src')!);
    const poster = attr(video(root), 'poster')!;
    for (const file of [...files, poster]) expect((await get(file)).statusCode, file).toBe(200);
    const storyId = (await site.content.reader.findByPath('fr', BARBER.slice(4), { fallback: 'show' }))!.document.id;
    const [karim] = await site.consent.listForDocument(storyId);
    await site.consent.withdraw(karim!.id, userActor({ id: 'u-editor', role: 'editor', locales: [] }));
    expect((await get(BARBER)).statusCode).toBe(404);
    for (const file of [...files, poster]) expect((await get(file)).statusCode, file).toBe(404);
    expect((await get(`/embed/${storyId}?subtitle=fr`)).statusCode).toBe(404);
    expect((await get(`/oembed?url=${encodeURIComponent(TEST_PUBLIC_URL + BARBER)}`)).statusCode).toBe(404);
  });
});
