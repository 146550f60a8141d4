import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codedToPlain, extractUnits, writeXliff12, writeXliff2, type CodedText, type TranslationUnit } from '../../src/modules/xliff/index.ts';
import { fillTargets, jobFor, storyUnits } from '../fixtures/xliff-job.ts';
import { readAttackList } from '../helpers/attacks.ts';
import { PROJECT_ROOT } from '../helpers/server-process.ts';

/**
 * The exports checked by the tools agencies and CI have: xmllint against the OASIS XLIFF 2.0
 * schema (Debian package libxml2-utils) and translate-toolkit's xliff2po reading the 1.2 file
 * (package translate-toolkit). The schema sits beside the checkout, in ../shared/standards.
 */
const SCHEMA_DIR = path.resolve(PROJECT_ROOT, '../shared/standards/xliff-2.0');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xliff-tools-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function run(tool: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tool, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${tool} is not installed: apt-get install ${tool === 'xmllint' ? 'libxml2-utils' : 'translate-toolkit'}`);
  }
  return result;
}

/** A second document whose texts are hostile strings of the shared corpus, as an editor may type them. */
function hostileUnits(): TranslationUnit[] {
  const lines = readAttackList('xss.txt').slice(0, 120);
  return extractUnits(
    {
      title: lines[0]!,
      summary: lines[1]!,
      body: { type: 'doc', content: lines.slice(2).map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text, marks: [{ type: 'link' as const, attrs: { href: 'https://evil.example/"><script>' } }] }] })) },
      fields: {},
    },
    undefined,
    'fr',
  );
}

function exportJob() {
  const base = jobFor(storyUnits());
  return {
    ...base,
    documents: [
      {
        ...base.documents[0]!,
        targets: (u: string, s: string) => (u === 'title' && s === 's1' ? { text: ['عودة إلى البيت.'] as CodedText, state: 'translated' as const } : undefined),
        matches: (u: string) => (u === 'summary' ? [{ similarity: 91, source: ['Trois familles racontent.'] as CodedText, target: ['ثلاث عائلات تروي.'] as CodedText, origin: 'memory' }] : []),
      },
      { documentId: 'hostile-2', title: '<script>alert(1)</script>', type: 'page', sourceVersion: 1, units: hostileUnits() },
    ],
  };
}

describe('XLIFF exports read by standard tools', () => {
  it('a 2.0 export, and the file a tool returns, validate against the OASIS XLIFF 2.0 schema (xmllint)', () => {
    expect(fs.existsSync(path.join(SCHEMA_DIR, 'xliff_core_2.0.xsd')), `the XLIFF 2.0 schema is expected in ${SCHEMA_DIR}`).toBe(true);
    const exported = path.join(work, 'job-ar.xlf');
    const returned = path.join(work, 'job-ar-returned.xlf');
    fs.writeFileSync(exported, writeXliff2(exportJob()));
    fs.writeFileSync(returned, fillTargets(writeXliff2(exportJob())));
    const result = run('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMA_DIR, 'xliff_core_2.0.xsd'), exported, returned], {
      XML_CATALOG_FILES: path.join(SCHEMA_DIR, 'catalog.xml'),
    });
    expect(result.stderr).toContain(`${exported} validates`);
    expect(result.stderr).toContain(`${returned} validates`);
    expect(result.status, result.stderr).toBe(0);
  });

  it('a 1.2 export is read by translate-toolkit (xliff2po): every segment arrives with its source', () => {
    const job = exportJob();
    const xlf = path.join(work, 'job-ar-12.xlf');
    const po = path.join(work, 'job-ar-12.po');
    fs.writeFileSync(xlf, writeXliff12(job));
    const result = run('xliff2po', ['--progress=none', xlf, po]);
    expect(result.status, result.stderr).toBe(0);
    const poText = fs.readFileSync(po, 'utf8');
    const entries = parsePo(poText);
    // The notes come as comments the translator sees beside each entry.
    expect(poText).toContain('#. Page title\n#. At most 300 characters in all.\n#. Revenir <chez> soi & après (story)\n#. https://cms.example/preview/story-1?token=a&b=1\n#: title%23s1');
    const expected = job.documents.flatMap((doc) =>
      doc.units.flatMap((unit) => unit.segments.map((s) => `${unit.id}#${s.id} ${withoutCodes(s.source).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd')}`)),
    );
    expect(expected.length).toBeGreaterThan(100);
    // Sorted, as the .po merges entries by text (two documents both have a title#s1).
    expect(entries.sort()).toEqual(expected.sort());
  });
});

/** What xliff2po keeps of coded text: the words inside paired codes, nothing of placeholders. */
function withoutCodes(text: CodedText): string {
  return text.map((part) => (typeof part === 'string' ? part : part.kind === 'pc' ? withoutCodes(part.content) : '')).join('');
}

/** "location msgid" for each location (trans-unit id) of each entry of a .po file. */
function parsePo(text: string): string[] {
  const entries: string[] = [];
  let locations: string[] = [];
  let current: 'msgid' | 'other' | undefined;
  let msgid = '';
  const flush = () => {
    for (const location of locations) entries.push(`${location} ${msgid}`);
    locations = [];
    msgid = '';
    current = undefined;
  };
  const unquote = (quoted: string) => poUnescape(quoted.trim().slice(1, -1));
  for (const line of text.split('\n')) {
    if (line.startsWith('#: ')) {
      if (current) flush();
      locations.push(...line.slice(3).split(' ').map((l) => decodeURIComponent(l)));
    } else if (line.startsWith('msgid ')) {
      current = 'msgid';
      msgid = unquote(line.slice(6));
    } else if (line.startsWith('"') && current === 'msgid') {
      msgid += unquote(line);
    } else if (line.startsWith('msgstr')) {
      current = 'other';
    } else if (line === '' && current) {
      flush();
    }
  }
  if (current) flush();
  return entries;
}

const PO_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\u0007', b: '\b', f: '\f', v: '\v' };

function poUnescape(text: string): string {
  return text.replace(/\\(.)/gs, (all, c: string) => PO_ESCAPES[c] ?? all);
}
