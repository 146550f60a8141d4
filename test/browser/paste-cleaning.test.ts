import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * cleanPastedHtml (editor-paste.ts) in a real browser's DOMParser, on clipboard HTML as Google Docs
 * and Word put it there: the result keeps headings, paragraphs, lists, bold, italic and links only.
 */
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-5678-9abcdef01234"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Rapport de mission</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Nous avons rencontré </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">trente familles</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> à la frontière</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;">.</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Eau potable</span></p></li><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-size:11pt;font-weight:400;">Abris</span></p></li></ul><p dir="rtl" style="line-height:1.38;"><a href="https://example.org/rapport" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">le rapport complet</span></a></p></b><br class="Apple-interchange-newline">`;

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} p.MsoListParagraphCxSpFirst {mso-style-type:export-only;} --></style></head><body lang=FR style='tab-interval:35.4pt;word-wrap:break-word'><!--StartFragment--><p class=MsoNormal><b style='mso-bidi-font-weight:normal'><span style='font-size:14.0pt;line-height:107%'>Points clés</span></b><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Premier point<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Second point<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Étape un<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Étape deux<o:p></o:p></p>
<p class=MsoNormal><i style='mso-bidi-font-style:normal'>Fin</i> du <span class=SpellE>document</span><o:p>&nbsp;</o:p></p><!--EndFragment--></body></html>`;

describe('cleanPastedHtml', () => {
  let browser: Browser;
  let page: Page;
  const clean = (html: string) => page.evaluate((input) => (window as unknown as { paste: { cleanPastedHtml: (h: string) => string } }).paste.cleanPastedHtml(input), html);

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../../src/http/admin/client/editor-paste.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'paste',
      platform: 'browser',
    });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  });
  afterAll(() => browser?.close());

  it('unwraps Google Docs’ normal-weight <b> and keeps its bold and italic spans as strong and em', async () => {
    const html = await clean(GOOGLE_DOCS);
    expect(html).not.toMatch(/docs-internal-guid|<b[ >]|style=|dir=|role=|aria-level|<span|<meta/);
    expect(html).toContain('<h2>Rapport de mission</h2>');
    expect(html).toContain('<p>Nous avons rencontré <strong>trente familles</strong><em> à la frontière</em>.</p>');
    expect(html).toContain('<ul><li><p>Eau potable</p></li><li><p>Abris</p></li></ul>');
    expect(html).toContain('<p><a href="https://example.org/rapport">le rapport complet</a></p>');
  });

  it('turns Word’s list paragraphs into real lists without their typed bullets, and drops Office tags and classes', async () => {
    const html = await clean(WORD);
    expect(html).not.toMatch(/Mso|mso-|class=|style=|o:p|supportLists|·|<span/);
    expect(html).toContain('<b>Points clés</b>');
    expect(html).toContain('<ul><li>Premier point</li><li>Second point</li></ul>');
    expect(html).toContain('<ol><li>Étape un</li><li>Étape deux</li></ol>');
    expect(html).toContain('<i>Fin</i> du document');
  });

  it('keeps no script, handler or style from hostile clipboard HTML', async () => {
    const html = await clean('<p onclick="alert(1)" style="x">a<script>alert(1)</script><img src=x onerror=alert(1)><span style="font-weight:700" onmouseover="x">b</span></p><style>p{}</style>');
    expect(html).not.toMatch(/onclick|onerror|onmouseover|<script|<style|style=/);
    expect(html).toContain('<strong>b</strong>');
  });
});
