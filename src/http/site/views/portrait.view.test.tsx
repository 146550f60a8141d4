import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { LocalizedDocument } from '../../../modules/content/index.ts';
import type { ImageAsset, ImageFormat } from '../../../modules/media/index.ts';
import { initialsOf, Portrait } from './portrait.view.tsx';

const person = (title: string, portrait?: string) =>
  ({
    document: { id: 'p1', type: 'person', fields: portrait ? { portrait } : {} },
    translation: { locale: 'fr', title, fields: { role: 'Directrice générale' } },
    locale: 'fr',
    isFallback: false,
    path: undefined,
  }) as unknown as LocalizedDocument;

const variant = (format: ImageFormat, width: number) => ({ format, width, height: width, file: `abc-${width}.${format === 'jpeg' ? 'jpg' : format}`, bytes: 1000 });
const image: ImageAsset = {
  id: 'img1',
  width: 800,
  height: 800,
  variants: (['avif', 'webp', 'jpeg'] as const).flatMap((f) => [variant(f, 400), variant(f, 800)]),
  createdAt: '2026-12-03T00:00:00Z',
  displayName: 'portrait.png',
  sourceType: null,
  sourceBytes: null,
  focalPoint: { x: 0.5, y: 0.3 },
  alt: { fr: 'Portrait illustré de Clara Ndiaye-Holm' },
};
const images = new Map([[image.id, image]]);

describe('Portrait', () => {
  it('shows the portrait with its size reserved, lazily, and alt="" because the name is written beside it', () => {
    const html = renderToString(<Portrait person={person('Clara Ndiaye-Holm', 'img1')} images={images} sizes="4.5rem" class="org-chart__portrait" />);
    expect(html).toMatch(/^<span class="org-chart__portrait"><picture>/);
    expect(html).toContain('<img src="/media/abc-800.jpg"');
    // An empty alt: preact writes it as the bare attribute, which HTML reads as alt="".
    expect(html).toMatch(/ width="800" height="800" alt(="")? /);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('sizes="4.5rem"');
    expect(html).toContain('class="fx-2 fy-1"');
    expect(html).not.toContain('Portrait illustré');
  });

  it('loads eagerly when asked (a portrait near the top of the page)', () => {
    const html = renderToString(<Portrait person={person('Clara Ndiaye-Holm', 'img1')} images={images} sizes="5rem" eager class="person__portrait" />);
    expect(html).not.toContain('loading=');
  });

  it('falls back to the initials, hidden from screen readers, without a portrait or when its image is gone', () => {
    for (const p of [person('Clara Ndiaye-Holm'), person('Clara Ndiaye-Holm', 'deleted')]) {
      expect(renderToString(<Portrait person={p} images={images} sizes="4.5rem" class="org-chart__portrait" />)).toBe(
        '<span class="org-chart__portrait org-chart__portrait--initials" aria-hidden="true">CN</span>',
      );
    }
  });
});

describe('initialsOf', () => {
  it('takes the first and last words’ first letters, one character for a Han name, and keeps Arabic letters apart', () => {
    expect(initialsOf('Kwame Asante-Boateng')).toBe('KA');
    expect(initialsOf('Sofía de la Arancibia')).toBe('SA');
    expect(initialsOf('克拉拉·恩迪亚耶-霍尔姆')).toBe('克');
    expect(initialsOf('ليلى بن حدو')).toBe('ل\u200cح');
  });
});
