import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attackPath, readAttackList } from '../../../test/helpers/attacks.ts';
import { childElements, parseSafeXml, textContent, XML_NS, type XmlResult } from './safe-xml.ts';

const problemsOf = (result: XmlResult) => (result.ok ? [] : result.problems);

describe('safe XML reader', () => {
  it('reads elements with resolved namespaces, attributes, text and lines', () => {
    const result = parseSafeXml(Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<?some-tool ignored?>\n<x:root xmlns:x="urn:a" xmlns="urn:b" xml:lang="ar" plain="1 &amp; 2">\n  <child x:flag="yes"><![CDATA[<b>]]>&lt;&#x263A;<!-- gone --></child>\n</x:root>',
    ));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.root).toMatchObject({ name: 'root', ns: 'urn:a', line: 3, attrs: { plain: '1 & 2', [`{${XML_NS}}lang`]: 'ar' } });
    const [child] = childElements(result.root, 'child', 'urn:b');
    expect(child).toMatchObject({ line: 4, attrs: { '{urn:a}flag': 'yes' } });
    expect(textContent(child!)).toBe('<b><☺');
  });

  it('refuses a DTD declaring an external entity (XXE), and never reads the file it names', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<xliff>&xxe;</xliff>';
    const problems = problemsOf(parseSafeXml(Buffer.from(xml)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/DOCTYPE/);
    expect(JSON.stringify(problems)).not.toContain('root:');
  });

  it('refuses billion laughs at once, without expanding anything', () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('\n');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY l0 "lol">\n${entities}\n]>\n<lolz>&l9;</lolz>`;
    const started = performance.now();
    const problems = problemsOf(parseSafeXml(Buffer.from(xml)));
    expect(performance.now() - started).toBeLessThan(500);
    expect(problems[0]!.message).toMatch(/DOCTYPE/);
  });

  it('refuses the XML cases of the shared attack corpus that declare a DTD', () => {
    for (const file of ['08-xxe-local-file.svg', '09-billion-laughs.svg']) {
      const problems = problemsOf(parseSafeXml(fs.readFileSync(attackPath('svg', file))));
      expect(problems.map((p) => p.message).join(' '), file).toMatch(/DOCTYPE/);
      expect(problems[0]!.line, file).toBe(2);
    }
    // A stylesheet processing instruction is skipped, never followed.
    expect(parseSafeXml(fs.readFileSync(attackPath('svg', '13-xml-stylesheet-pi.svg'))).ok).toBe(true);
  });

  it('refuses an entity nobody declared, with its line', () => {
    const problems = problemsOf(parseSafeXml('<a>\n<b>&nbsp;</b></a>'));
    expect(problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/undefined entity/) });
  });

  it('refuses a 100 MB input before parsing it', () => {
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x20);
    huge.write('<xliff>', 0);
    const started = performance.now();
    const problems = problemsOf(parseSafeXml(huge));
    expect(performance.now() - started).toBeLessThan(200);
    expect(problems).toEqual([{ message: 'the file is 100.0 MB, more than the 20.0 MB accepted' }]);
    expect(problemsOf(parseSafeXml('<a>0123456789</a>', { maxBytes: 10 }))[0]!.message).toMatch(/more than the 1 KB/);
  });

  it('refuses too many elements and too deep a nesting', () => {
    expect(problemsOf(parseSafeXml(`<a>${'<b/>'.repeat(20)}</a>`, { maxElements: 10 }))[0]!.message).toBe('more than 10 elements');
    expect(problemsOf(parseSafeXml(`${'<a>'.repeat(70)}${'</a>'.repeat(70)}`))[0]!.message).toBe('elements nested deeper than 64 levels');
    expect(parseSafeXml(`${'<a>'.repeat(64)}${'</a>'.repeat(64)}`).ok).toBe(true);
  });

  it('lists unclosed and mismatched tags with their lines', () => {
    const problems = problemsOf(parseSafeXml('<xliff>\n  <file>\n    <unit>\n  </file>\n'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ line: 4, message: expect.stringMatching(/unexpected close tag/) });
    expect(problems.some((p) => /unclosed tag/.test(p.message))).toBe(true);
    expect(problemsOf(parseSafeXml(''))[0]!.message).toBeTruthy();
  });

  it('accepts UTF-8 with a BOM and UTF-16, and refuses other encodings and broken bytes', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><a>مرحبا</a>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(parseSafeXml(le)).toMatchObject({ ok: true, root: { children: ['مرحبا'] } });
    expect(parseSafeXml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a>é</a>')])).ok).toBe(true);
    expect(problemsOf(parseSafeXml(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')))[0]!.message).toMatch(/ISO-8859-1.*UTF-8/);
    expect(problemsOf(parseSafeXml(Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e])))[0]!.message).toMatch(/not valid UTF-8/);
  });

  it('keeps hostile strings as plain text', () => {
    for (const line of readAttackList('xss.txt').slice(0, 60)) {
      const escaped = line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const result = parseSafeXml(`<a>${escaped}</a>`);
      if (!result.ok) {
        // Control characters XML does not allow are refused, with a message.
        expect(result.problems[0]!.message).toBeTruthy();
        continue;
      }
      expect(textContent(result.root)).toBe(line.replace(/\r\n?/g, '\n'));
    }
  });
});
