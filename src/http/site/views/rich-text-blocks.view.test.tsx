import { parse } from 'parse5';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { markupToRichText } from '../../../modules/content/index.ts';
import { fixedLocales } from '../../../modules/locales/index.ts';
import type { ImageAsset } from '../../../modules/media/index.ts';
import type { VideoAsset } from '../../../modules/video/index.ts';
import { readAttackList } from '../../../../test/helpers/attacks.ts';
import { findAll, textOf } from '../../../../test/helpers/html.ts';
import type { References } from '../page-model.ts';
import { RichText } from './rich-text.view.tsx';
import { ADMIN_SCRIPT_FILES, createViewContext } from './view-context.ts';

const assets = { stylesheet: '/s.css', icon: '/i.svg', adminStylesheet: '/a.css', adminScripts: ADMIN_SCRIPT_FILES, playerScript: '/p.js', fontStylesheets: {} };
const ctxFor = (locale: 'fr' | 'ar') => createViewContext(fixedLocales(), locale, assets, 'https://ensemble.test');

const image: ImageAsset = {
  id: 'img-1',
  width: 1600,
  height: 900,
  variants: (['avif', 'webp', 'jpeg'] as const).flatMap((format) => [480, 800, 1600].map((width) => ({ format, width, height: (width * 9) / 16, file: `img-1-${width}.${format}`, bytes: 1000 }))),
  createdAt: '2026-01-01T00:00:00Z',
  displayName: 'camp.jpg',
  sourceType: 'jpeg',
  sourceBytes: 1000,
  focalPoint: { x: 0.5, y: 0.5 },
  alt: { fr: 'Des tentes au lever du jour.', ar: 'خيام عند الفجر.' },
} as ImageAsset;

const video = {
  id: 'vid-1',
  displayName: 'Témoignage',
  status: 'ready',
  durationMs: 1000,
  width: 1280,
  height: 720,
  original: { kind: 'original', file: 'vid-1.mp4', mime: 'video/mp4', bytes: 10 },
  renditions: [],
  poster: { kind: 'poster', file: 'vid-1.jpg', mime: 'image/jpeg', bytes: 10 },
} as unknown as VideoAsset;

const refs: References = {
  facts: new Map(),
  links: new Map([
    ['page-1', { path: 'agir', title: 'Agir', locale: 'fr' }],
    ['story-1', { path: 'histoires/amina', title: 'Le retour d’Amina', locale: 'fr' }],
  ]),
  images: new Map([['img-1', image]]),
  videos: new Map([['vid-1', video]]),
};

function render(markup: string, locale: 'fr' | 'ar' = 'fr', with_: References = refs) {
  return parse(`<!DOCTYPE html><html><body>${renderToString(<RichText ctx={ctxFor(locale)} doc={markupToRichText(markup)} refs={with_} />)}</body></html>`);
}

describe('RichText blocks', () => {
  it('shows a library image with its space reserved, its alt text in the reader’s locale and its caption', () => {
    for (const [locale, alt] of [['fr', 'Des tentes au lever du jour.'], ['ar', 'خيام عند الفجر.']] as const) {
      const tree = render('![Au camp, en mars](media:img-1)', locale);
      const [img] = findAll(tree, 'img');
      const attr = (name: string) => img?.attrs.find((a) => a.name === name)?.value;
      expect(attr('alt')).toBe(alt);
      expect([attr('width'), attr('height')]).toEqual(['800', '450']);
      expect(attr('loading')).toBe('lazy');
      expect(findAll(tree, 'source').map((s) => s.attrs.find((a) => a.name === 'type')?.value)).toEqual(['image/avif', 'image/webp']);
      expect(findAll(tree, 'figcaption').map(textOf)).toEqual(['Au camp, en mars']);
    }
  });

  it('shows nothing for an image, story or video that is not loaded (deleted, unpublished)', () => {
    const tree = render('![x](media:gone)\n\n{story:gone}\n\n{video:gone}\n\n[[Agir]](doc:gone)');
    expect(findAll(tree, 'figure')).toEqual([]);
    expect(findAll(tree, 'a')).toEqual([]);
  });

  it('embeds a story as a card leading to it and a video with the native player, loading nothing before play', () => {
    const tree = render('{story:story-1}\n\n{video:vid-1}');
    const link = findAll(tree, 'a')[0];
    expect(textOf(link!)).toBe('Le retour d’Amina');
    expect(link?.attrs.find((a) => a.name === 'href')?.value).toBe('/fr/histoires/amina');
    const [player] = findAll(tree, 'video');
    expect(player?.attrs.find((a) => a.name === 'preload')?.value).toBe('none');
    expect(player?.attrs.find((a) => a.name === 'poster')?.value).toBe('/media/video/vid-1.jpg');
    expect(findAll(tree, 'source').map((s) => s.attrs.find((a) => a.name === 'src')?.value)).toEqual(['/media/video/vid-1.mp4']);
  });

  it('renders a call to action as a button link, to a page by id or to a safe address, never to a script', () => {
    const tree = render('[[Agir]](doc:page-1)\n\n[[Écrire]](mailto:a@example.org)');
    expect(findAll(tree, 'a').map((a) => [textOf(a), a.attrs.find((x) => x.name === 'href')?.value, a.attrs.find((x) => x.name === 'class')?.value])).toEqual([
      ['Agir', '/fr/agir', 'button'],
      ['Écrire', 'mailto:a@example.org', 'button'],
    ]);
    const hostile = { type: 'doc', content: [{ type: 'callToAction', attrs: { label: 'x', href: 'javascript:alert(1)' } }] } as const;
    expect(renderToString(<RichText ctx={ctxFor('fr')} doc={hostile as never} refs={refs} />)).not.toContain('javascript');
  });

  it('gives a quote its attribution as a caption, and keeps a quote without one a plain blockquote', () => {
    const tree = render('> Nous sommes revenus.\n— Amina\n\n> Sans auteur.');
    expect(findAll(tree, 'figcaption').map(textOf)).toEqual(['Amina']);
    expect(findAll(tree, 'blockquote').map(textOf)).toEqual(['Nous sommes revenus.', 'Sans auteur.']);
    expect(findAll(tree, 'figure')).toHaveLength(1);
  });

  it('shows every xss.txt payload given as caption, attribution or label as text, never as markup', () => {
    for (const payload of readAttackList('xss.txt').slice(0, 200)) {
      const doc = {
        type: 'doc',
        content: [
          { type: 'image', attrs: { mediaId: 'img-1', caption: payload } },
          { type: 'blockquote', attrs: { attribution: payload }, content: [] },
          { type: 'callToAction', attrs: { label: payload, href: '/fr/' } },
        ],
      };
      const html = renderToString(<RichText ctx={ctxFor('fr')} doc={doc as never} refs={refs} />);
      const tree = parse(`<!DOCTYPE html><html><body>${html}</body></html>`);
      expect(findAll(tree, 'script'), payload).toEqual([]);
      expect(findAll(tree, 'img'), payload).toHaveLength(1);
      for (const el of findAll(tree, 'a')) expect(el.attrs.filter((a) => a.name.startsWith('on')), payload).toEqual([]);
    }
  });
});
