import { describe, expect, it } from 'vitest';
import { readAttackList } from '../../../test/helpers/attacks.ts';
import { markupToRichText, richTextToMarkup } from './markup.ts';
import { collectReferences, MAX_BLOCK_TEXT, richTextToPlain, validateRichText, type RichTextDoc } from './rich-text.ts';

const ID = '0b9c3a5e-1f0e-4a51-9d1c-6b8a2e7f4c10';
const doc = (...content: unknown[]) => ({ type: 'doc', content }) as unknown as RichTextDoc;

describe('rich text blocks: image, embed, call to action, quote with attribution', () => {
  it('round-trips each new block through the markup the plain textarea holds', () => {
    const text = [
      `![Le camp au lever du jour](media:${ID})`,
      `![](media:${ID})`,
      `{story:${ID}}`,
      `{video:${ID}}`,
      `[[Faire un don]](doc:${ID})`,
      '[[Nous écrire]](mailto:contact@example.org)',
      '> Nous sommes revenus.\n— Amina, 34 ans',
      '> Une citation sans auteur.',
    ].join('\n\n');
    const parsed = markupToRichText(text);
    expect(validateRichText(parsed)).toEqual([]);
    expect(parsed.content.map((b) => b.type)).toEqual(['image', 'image', 'embed', 'embed', 'callToAction', 'callToAction', 'blockquote', 'blockquote']);
    expect(parsed.content[0]).toEqual({ type: 'image', attrs: { mediaId: ID, caption: 'Le camp au lever du jour' } });
    expect(parsed.content[6]).toMatchObject({ type: 'blockquote', attrs: { attribution: 'Amina, 34 ans' } });
    expect(richTextToMarkup(parsed)).toBe(text);
  });

  it('keeps stored documents of before valid: a quote without attrs, links and facts as they were', () => {
    const old = doc({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cité' }] }] }, { type: 'paragraph', content: [{ type: 'fact', attrs: { id: 'f-1' } }] });
    expect(validateRichText(old)).toEqual([]);
  });

  it('lists what the body refers to: images, videos, embedded stories and call-to-action targets', () => {
    const refs = collectReferences(markupToRichText(`![a](media:img-1)\n\n{video:vid-1}\n\n{story:story-1}\n\n[[Go]](doc:page-1)\n\n[x](doc:page-2) {fact:f-1}`));
    expect(refs).toEqual({ factIds: ['f-1'], documentIds: ['story-1', 'page-1', 'page-2'], imageIds: ['img-1'], videoIds: ['vid-1'] });
  });

  it('puts captions, attributions and labels into the plain text search reads', () => {
    expect(richTextToPlain(markupToRichText(`![Le camp](media:${ID})\n\n> Dit.\n— Amina`))).toBe('Le camp Dit. Amina');
  });

  it('refuses bad ids, unknown embed kinds and missing labels', () => {
    const bad = [
      { type: 'image', attrs: { mediaId: '../../etc/passwd' } },
      { type: 'image', attrs: { mediaId: '' } },
      { type: 'image' },
      { type: 'embed', attrs: { kind: 'iframe', id: ID } },
      { type: 'embed', attrs: { kind: 'story', id: '<script>' } },
      { type: 'callToAction', attrs: { label: '', documentId: ID } },
      { type: 'callToAction', attrs: { label: 'Go' } },
      { type: 'callToAction', attrs: { label: 'Go', documentId: 'a b' } },
      { type: 'blockquote', attrs: { attribution: 42 }, content: [] },
      { type: 'blockquote', attrs: 'x', content: [] },
    ];
    for (const node of bad) expect(validateRichText(doc(node)), JSON.stringify(node)).not.toEqual([]);
  });

  it('refuses huge captions, attributions and labels, and control characters in them', () => {
    const huge = 'x'.repeat(MAX_BLOCK_TEXT + 1);
    expect(validateRichText(doc({ type: 'image', attrs: { mediaId: ID, caption: huge } }))[0]?.message).toMatch(/at most 500/);
    expect(validateRichText(doc({ type: 'blockquote', attrs: { attribution: huge }, content: [] }))).toHaveLength(1);
    expect(validateRichText(doc({ type: 'callToAction', attrs: { label: huge, href: '/fr/' } }))).toHaveLength(1);
    expect(validateRichText(doc({ type: 'image', attrs: { mediaId: ID, caption: 'a\u0000b' } }))).toHaveLength(1);
  });

  it('refuses every script or data address of the attack lists as a call to action', () => {
    const hostile = [...readAttackList('xss.txt'), ...readAttackList('open-redirect.txt')].filter((line) => /^\s*(javascript|data|vbscript):/i.test(line));
    expect(hostile.length).toBeGreaterThan(0);
    for (const href of hostile) expect(validateRichText(doc({ type: 'callToAction', attrs: { label: 'Go', href } })), href).not.toEqual([]);
    expect(validateRichText(markupToRichText('[[Go]](javascript:void)'))).not.toEqual([]);
  });

  it('takes every xss.txt payload as a caption, attribution or label as inert text that stays valid', () => {
    for (const payload of readAttackList('xss.txt').filter((p) => p.length <= MAX_BLOCK_TEXT && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(p))) {
      const problems = validateRichText(doc({ type: 'image', attrs: { mediaId: ID, caption: payload } }, { type: 'callToAction', attrs: { label: payload.trim() || 'x', href: '/fr/' } }, { type: 'blockquote', attrs: { attribution: payload }, content: [] }));
      expect(problems, payload).toEqual([]);
    }
  });
});
