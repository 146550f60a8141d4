import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fillTargets, jobFor, storySource, storyType, storyUnits } from '../../../test/fixtures/xliff-job.ts';
import type { CodedPart, CodedText } from './coded-text.ts';
import { readAttackList } from '../../../test/helpers/attacks.ts';
import { applyUnits, extractUnits, parseSafeXml, readXliff, writeXliff12, writeXliff2, zipFiles, type ReadExpectation, type TranslationUnit } from './index.ts';

const upper = (text: CodedText): CodedText =>
  text.map((part): CodedPart => (typeof part === 'string' ? part.toUpperCase() : part.kind === 'pc' ? { ...part, content: upper(part.content) } : part));

const expectation = (units: readonly TranslationUnit[], patch: Partial<ReadExpectation> = {}): ReadExpectation => ({
  jobId: 'job-42',
  targetLocale: 'ar',
  known: (id) => (id === 'story-1' ? { units, sourceVersion: 7 } : undefined),
  ...patch,
});

const writers = { '2.0': writeXliff2, '1.2': writeXliff12 } as const;

describe.each(['2.0', '1.2'] as const)('XLIFF %s exchange', (version) => {
  const write = writers[version];

  it('round-trips: export, targets filled by a tool, import, applied with formatting intact', () => {
    const units = storyUnits();
    const returned = fillTargets(write(jobFor(units)));
    const result = readXliff(Buffer.from(returned), expectation(units));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, version });
    const segmentCount = units.reduce((n, u) => n + u.segments.length, 0);
    expect(result.units).toHaveLength(segmentCount);
    expect(result.units.every((u) => !u.sourceChanged && u.sourceVersion === 7 && u.line > 1)).toBe(true);

    const target = (unitId: string, segmentId: string) => result.units.find((u) => u.unitId === unitId && u.segmentId === segmentId)?.target;
    const applied = applyUnits(storySource, storyType, 'fr', target);
    const expected = applyUnits(storySource, storyType, 'fr', (u, s) => {
      const source = units.find((x) => x.id === u)?.segments.find((x) => x.id === s)?.source;
      return source && upper(source);
    });
    expect(applied.missing).toEqual([]);
    expect(applied.text).toEqual(expected.text);
    expect(applied.text.title).toBe('REVENIR CHEZ SOI. UNE HISTOIRE');
    expect(applied.text.body.content[1]).toMatchObject({
      content: [
        { text: 'LISEZ ' },
        { text: 'NOTRE ', marks: [{ type: 'link', attrs: { href: 'https://example.org/rapport?a=1&b=2' } }] },
        { text: 'RAPPORT ANNUEL', marks: [{ type: 'link' }, { type: 'bold' }] },
        { text: '. EN 2025, ' },
        { type: 'fact', attrs: { id: 'families-helped' } },
        { text: ' FAMILLES ONT ÉTÉ AIDÉES.  MERCI À ' },
        { text: 'VOUS', marks: [{ type: 'italic' }] },
        { text: ' & AUX <BÉNÉVOLES> !' },
        { type: 'hardBreak' },
        { text: 'VOIR ' },
        { text: 'LA PAGE', marks: [{ type: 'link', attrs: { documentId: 'volunteers' } }] },
        { text: '.' },
      ],
    });
    expect(applied.text.fields).toEqual({ pullQuote: '« NOUS SOMMES REVENUS. »', credits: 'PHOTOS : LÉA M.' });
  });

  it('refuses a file for another job or another locale as a whole', () => {
    const units = storyUnits();
    const returned = Buffer.from(fillTargets(write(jobFor(units))));
    const wrongJob = readXliff(returned, expectation(units, { jobId: 'job-43' }));
    expect(wrongJob).toMatchObject({ ok: false, units: [] });
    expect(wrongJob.problems[0]).toMatchObject({ fatal: true, line: expect.any(Number), message: 'the file belongs to job job-42, not to job job-43' });
    const wrongLocale = readXliff(returned, expectation(units, { targetLocale: 'es' }));
    expect(wrongLocale).toMatchObject({ ok: false, units: [] });
    expect(wrongLocale.problems[0]!.message).toBe('the file is a translation into ar, not into es');
    expect(readXliff(returned, expectation(units, { targetLocale: 'AR' })).ok).toBe(true);
  });

  it('lists unknown documents and units, and sets aside units whose codes were broken', () => {
    const units = storyUnits();
    const stale = units.filter((u) => u.id !== 'summary');
    let returned = fillTargets(write(jobFor(units)));
    // The link code dropped from the first body sentence, a code the source never had in the heading.
    returned = returned.replace(/<(pc|g) id="1"[^>]*>NOTRE (<(?:pc|g)[^>]*>RAPPORT ANNUEL<\/(?:pc|g)>)<\/(?:pc|g)>(?=\.<\/target>)/, 'NOTRE $2');
    returned = returned.replace('<target>CE QUE NOUS FAISONS</target>', `<target>CE QUE <${version === '2.0' ? 'pc' : 'g'} id="99">NOUS</${version === '2.0' ? 'pc' : 'g'}> FAISONS</target>`);
    const result = readXliff(Buffer.from(returned), expectation(stale));
    expect(result.ok).toBe(true);
    const messages = result.problems.map((p) => [p.unitId, p.fatal, p.message]);
    expect(messages).toEqual([
      ['summary', false, 'unit "summary" is not in this document (any more): left out'],
      ['body:0', false, 'unit "body:0" is set aside: segment s1: codes 99 are not in the source'],
      ['body:1', false, 'unit "body:1" is set aside: segment s1: the link or figure codes 1 are missing'],
    ]);
    expect(result.problems.every((p) => typeof p.line === 'number')).toBe(true);
    expect(result.units.some((u) => ['summary', 'body:0', 'body:1'].includes(u.unitId))).toBe(false);
    expect(result.units.some((u) => u.unitId === 'title')).toBe(true);

    const otherDoc = readXliff(Buffer.from(returned), expectation(units, { known: () => undefined }));
    expect(otherDoc.problems).toEqual([expect.objectContaining({ documentId: 'story-1', fatal: false, message: 'document "story-1" is not part of this job: its units are left out' })]);
  });

  it('flags units whose source changed since the export instead of hiding it', () => {
    const units = storyUnits();
    const returned = Buffer.from(fillTargets(write(jobFor(units))));
    const edited = storyUnits({ ...storySource, title: 'Rentrer chez soi. Une histoire' });
    const result = readXliff(returned, expectation(edited, { known: () => ({ units: edited, sourceVersion: 8 }) }));
    expect(result.ok).toBe(true);
    expect(result.units.every((u) => u.sourceChanged && u.sourceVersion === 7)).toBe(true);
    expect(result.problems.find((p) => p.unitId === 'title')!.message).toMatch(/changed since the export \(version 7, now 8\)/);
    // Same version number but different text (the hash tells).
    const sameVersion = readXliff(returned, expectation(edited));
    expect(sameVersion.units.filter((u) => u.sourceChanged).map((u) => u.unitId)).toEqual(['title', 'title']);
  });

  it('carries hostile text through export and import unchanged', () => {
    const lines = readAttackList('xss.txt');
    const source = {
      title: `${lines[0]!} \u0001\u0008`,
      summary: lines[1]!,
      body: { type: 'doc' as const, content: lines.slice(2, 200).map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text, marks: [{ type: 'italic' as const }] }] })) },
      fields: {},
    };
    const units = extractUnits(source, undefined, 'fr');
    const returned = fillTargets(write(jobFor(units)), (t) => t);
    const result = readXliff(Buffer.from(returned), expectation(units));
    expect(result.problems).toEqual([]);
    const applied = applyUnits(source, undefined, 'fr', (u, s) => result.units.find((x) => x.unitId === u && x.segmentId === s)?.target);
    expect(applied.missing).toEqual([]);
    // 1.2 has no way to carry characters XML refuses: they come back as U+FFFD.
    const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;
    const scrubbed = JSON.parse(JSON.stringify(source), (_, v: unknown) => (typeof v === 'string' ? v.replace(notXml, '\ufffd') : v)) as typeof source;
    expect(scrubbed).not.toEqual(source);
    expect(applied.text).toEqual(version === '2.0' ? source : scrubbed);
  });

  it('drops white space a tool left at the edges of a target', () => {
    const units = storyUnits();
    const returned = fillTargets(write(jobFor(units))).replace('>REVENIR CHEZ SOI.<', '>  REVENIR CHEZ SOI. <');
    const result = readXliff(Buffer.from(returned), expectation(units));
    expect(result.units.find((u) => u.unitId === 'title' && u.segmentId === 's1')!.target).toEqual(['REVENIR CHEZ SOI.']);
  });

  it('ignores targets left empty, and keeps the source for them when applied', () => {
    const units = storyUnits();
    const result = readXliff(Buffer.from(write(jobFor(units))), expectation(units));
    expect(result).toMatchObject({ ok: true, units: [], problems: [] });
  });

  it('writes existing targets and memory matches, escaped', () => {
    const units = storyUnits();
    const xml = write(
      jobFor(units, {
        documents: [{
          ...jobFor(units).documents[0]!,
          targets: (u, s) => (u === 'title' && s === 's1' ? { text: ['<b>عودة</b> & "بيت".'], state: 'translated' } : undefined),
          matches: (u, s) => (u === 'summary' && s === 's1' ? [{ similarity: 87.5, source: ['Trois familles.'], target: ['ثلاث عائلات.'], origin: 'memory <main>' }] : []),
        }],
      }),
    );
    const parsed = parseSafeXml(xml);
    expect(parsed.ok).toBe(true);
    expect(xml).toContain('&lt;b&gt;عودة&lt;/b&gt; &amp; "بيت".');
    expect(xml).toContain(version === '2.0' ? 'similarity="87.5"' : 'match-quality="88"');
    expect(xml).toContain('origin="memory &lt;main&gt;"');
    const result = readXliff(Buffer.from(xml), expectation(units));
    expect(result.units).toEqual([expect.objectContaining({ unitId: 'title', segmentId: 's1', target: ['<b>عودة</b> & "بيت".'] })]);
  });
});

describe('XLIFF 2.0 start and end codes', () => {
  const units = storyUnits();
  const withTarget = (target: string) =>
    readXliff(Buffer.from(writeXliff2(jobFor(units)).replace(/(<segment id="s4"><source>Voir <pc[^]*?<\/source>)/, `$1<target>${target}</target>`)), expectation(units));

  it('reads a paired code a tool wrote as <sc>/<ec> as the pair it was', () => {
    const result = withTarget('SEE <sc id="6"/>THE PAGE<ec startRef="6"/>.');
    expect(result.problems).toEqual([]);
    expect(result.units).toEqual([expect.objectContaining({ unitId: 'body:1', segmentId: 's4', target: ['SEE ', { kind: 'pc', id: '6', mark: { type: 'link', attrs: { documentId: 'volunteers' } }, content: ['THE PAGE'] }, '.'] })]);
  });

  it('sets aside a target whose start and end codes do not pair up', () => {
    expect(withTarget('SEE <sc id="6"/>THE PAGE.').problems[0]!.message).toBe('unit "body:1" is set aside: segment s4: <sc id="6"> has no <ec>');
    expect(withTarget('SEE <sc id="6" isolated="yes"/>THE PAGE.').problems[0]!.message).toMatch(/<sc> \(isolated\) is not supported here/);
    expect(withTarget('<pc id="6">SEE <sc id="9"/>THE</pc> PAGE<ec startRef="9"/>.').problems[0]!.message).toMatch(/codes overlap or do not pair up/);
  });
});

describe('reading hostile or broken XLIFF', () => {
  const units = storyUnits();
  const refuse = (xml: string | Buffer) => {
    const result = readXliff(Buffer.isBuffer(xml) ? xml : Buffer.from(xml), expectation(units));
    expect(result.ok).toBe(false);
    expect(result.units).toEqual([]);
    expect(result.problems.every((p) => p.fatal)).toBe(true);
    return result.problems;
  };

  it('refuses XXE, billion laughs and 100 MB without reading any entity', () => {
    const good = fillTargets(writeXliff2(jobFor(units)));
    const xxe = good.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff ').replace('<target>REVENIR', '<target>&xxe;REVENIR');
    expect(refuse(xxe)[0]!.message).toMatch(/DOCTYPE/);
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<xliff>&c;</xliff>`;
    expect(refuse(laughs)[0]).toMatchObject({ line: 2, message: expect.stringMatching(/DOCTYPE/) });
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x20);
    expect(refuse(huge)[0]!.message).toMatch(/more than the 20\.0 MB accepted/);
  });

  it('reads a flood of segments for one unit in bounded time, and sets the unit aside', () => {
    const flood = '<segment id="s1"><source>x</source><target>y</target></segment>\n'.repeat(20_000);
    const xml = writeXliff2(jobFor(units)).replace(/(<unit id="title"[^>]*>)/, `$1\n${flood}`);
    const started = performance.now();
    const result = readXliff(Buffer.from(xml), expectation(units));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ unitId: 'title', fatal: false, message: expect.stringContaining('segment s1 comes twice') })]);
    expect(result.problems[0]!.message.length).toBeLessThan(1000);
    const tooMany = readXliff(Buffer.from(xml), expectation(units, { limits: { maxElements: 50_000 } }));
    expect(tooMany).toMatchObject({ ok: false, units: [] });
    expect(tooMany.problems[0]).toMatchObject({ fatal: true, message: 'more than 50000 elements' });
  });

  it('refuses a file cut short, naming the line', () => {
    const cut = fillTargets(writeXliff2(jobFor(units))).split('\n').slice(0, 12).join('\n');
    const problems = refuse(cut);
    expect(problems.some((p) => /unclosed tag/.test(p.message) && p.line === 12)).toBe(true);
  });

  it('refuses a file that is no XLIFF, or names no job', () => {
    expect(refuse('<?xml version="1.0"?><html><body/></html>')[0]!.message).toBe('this is not an XLIFF 2.0 or 1.2 file');
    const noJob = writeXliff2(jobFor(units)).replace(' ens:job="job-42"', '');
    expect(refuse(noJob)[0]!.message).toMatch(/does not say which job/);
  });
});

describe('zip of several exports', () => {
  it('holds each file under a plain name', () => {
    const zip = zipFiles([
      { name: 'job-42-ar.xlf', bytes: '<xliff/>' },
      { name: '../../etc/job-42-es.xlf', bytes: Buffer.from('<x/>') },
      { name: 'job-42-ar.xlf', bytes: 'again' },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['job-42-ar.xlf', 'job-42-es.xlf', 'job-42-ar-2.xlf']);
    expect(new TextDecoder().decode(files['job-42-ar.xlf'])).toBe('<xliff/>');
  });
});
