import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from '../../../modules/content/index.ts';
import { adminTranslator } from '../messages/index.ts';
import { editorFr } from '../messages/editor.fr.ts';
import { TranslationInputs } from './document-form.view.tsx';

describe('the rich text editor’s strings', () => {
  it('reach the editor as one JSON attribute in each back-office language, placeholders kept for the script', () => {
    for (const locale of ['fr', 'en', 'es', 'ar'] as const) {
      const html = renderToString(
        <TranslationInputs type={CONTENT_TYPES.get('page')!} draft={{ title: '', slug: '', summary: '', body: '', fields: {} } as never} errors={{ byField: {}, other: [] }} t={adminTranslator(locale)} options={{} as never} richText />,
      );
      const raw = /data-messages="([^"]*)"/.exec(html)?.[1] ?? '';
      const messages = JSON.parse(raw.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as Record<string, string>;
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(editorFr).sort());
      expect(messages['editor.dialog.results'], locale).toContain('{count}');
      // The plain textarea's short help names the block syntax, braces and all.
      expect(messages['editor.hint.plain'], locale).toContain('{fact:ID}');
      expect(html, locale).toContain('id="field-body-hint"');
    }
  });
});
