import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../../../test/helpers/test-database.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { isAppError } from '../../platform/errors.ts';
import { SYSTEM, type Actor } from '../accounts/index.ts';
import { createAuditModule } from '../audit/index.ts';
import { createContentModule, markupToRichText, type WorkflowStepListener } from '../content/index.ts';
import { INITIAL_LOCALE_SOURCE } from '../locales/index.ts';
import { segmentHash, type CodedText } from '../xliff/index.ts';
import { createTranslationMemoryModule, type TranslationMemoryModule } from './index.ts';

const bold = { type: 'bold' } as const;
const translator: Actor = { kind: 'user', id: 'u-translator', role: 'translator', locales: ['en'] };
const editor: Actor = { kind: 'user', id: 'u-editor', role: 'editor', locales: [] };

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describeEachDatabase('translation memory', (dialect) => {
  let database: Database;
  let memory: TranslationMemoryModule;
  const clock = manualClock('2026-12-03T10:00:00.000Z');

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const audit = createAuditModule({ db: database.db, clock });
    const content = createContentModule({ db: database.db, clock, audit, locales: INITIAL_LOCALE_SOURCE });
    memory = createTranslationMemoryModule({ db: database.db, clock, audit, locales: INITIAL_LOCALE_SOURCE, content: content.service });
  });
  afterEach(async () => database.close());

  const seed = () =>
    memory.record({
      sourceLocale: 'fr',
      targetLocale: 'en',
      documentId: 'd1',
      origin: 'publish',
      pairs: [
        { source: ['Nous aidons les familles à trouver un logement.'], target: ['We help families find a home.'] },
        { source: ['Merci à ', { kind: 'pc', id: '1', mark: bold, content: ['vous'] }, ' !'], target: ['Thanks to ', { kind: 'pc', id: '1', mark: bold, content: ['you'] }, '!'] },
        { source: ['2025'], target: ['2025'] },
        {
          source: ['Lisez ', { kind: 'pc', id: '1', mark: { type: 'link', attrs: { href: 'https://example.org/r?a=1&b=<2>' } }, content: ['le rapport'] }, ' : ', { kind: 'ph', id: '2', node: { type: 'fact', attrs: { id: 'families-helped' } } }, ' familles.'],
          target: ['Read ', { kind: 'pc', id: '1', mark: { type: 'link', attrs: { href: 'https://example.org/r?a=1&b=<2>' } }, content: ['the report'] }, ': ', { kind: 'ph', id: '2', node: { type: 'fact', attrs: { id: 'families-helped' } } }, ' families.'],
        },
      ],
    });

  it('finds exact matches by hash, the newest wording first, per locale pair only', async () => {
    expect(await seed()).toBe(3);
    clock.advance(60_000);
    await memory.record({ sourceLocale: 'fr', targetLocale: 'en', documentId: 'd2', origin: 'publish', pairs: [{ source: ['Nous aidons les  familles à trouver un logement.'], target: ['We help families to find housing.'] }] });
    const hashes = [segmentHash('Nous aidons les familles à trouver un logement.'), segmentHash('Merci à vous !'), segmentHash('Absent.')];
    const found = await memory.exact('fr', 'en', hashes);
    expect([...found.keys()]).toEqual(hashes.slice(0, 2));
    expect(found.get(hashes[0]!)).toEqual(['We help families to find housing.']);
    expect(found.get(hashes[1]!)).toEqual(['Thanks to ', { kind: 'pc', id: '1', mark: bold, content: ['you'] }, '!']);
    expect((await memory.exact('fr', 'es', hashes)).size).toBe(0);
    expect(await memory.countByPair()).toEqual([{ sourceLocale: 'fr', targetLocale: 'en', pairs: 4 }]);
  });

  it('offers fuzzy matches of 75 % and more, best first, with the words that differ', async () => {
    await seed();
    const matches = await memory.fuzzy('fr', 'en', 'Nous aidons des familles à trouver un logement.');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.similarity).toBeGreaterThan(0.9);
    expect(matches[0]!.target).toEqual(['We help families find a home.']);
    expect(matches[0]!.diff.before.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual(['les']);
    expect(matches[0]!.diff.after.filter((s) => s.kind === 'added').map((s) => s.text)).toEqual(['des']);
    expect(await memory.fuzzy('fr', 'en', 'Une tout autre phrase, sans rapport aucun.')).toEqual([]);
    expect(await memory.fuzzy('fr', 'en', 'Nous aidons des familles.', { min: 0.5 })).toHaveLength(1);
  });

  it('exports TMX 1.4b that imported into an empty memory gives the same pairs', async () => {
    await seed();
    const tmx = await collect(memory.exportTmx({ actor: editor }));
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain('<bpt i="1" type="bold">');
    const before = await memory.exact('fr', 'en', [segmentHash('Nous aidons les familles à trouver un logement.'), segmentHash('Merci à vous !'), segmentHash('Lisez le rapport :   familles.')]);
      expect(before.size).toBe(3);

    const other = await openTestDatabase(dialect);
    try {
      const audit = createAuditModule({ db: other.db, clock });
      const content = createContentModule({ db: other.db, clock, audit, locales: INITIAL_LOCALE_SOURCE });
      const empty = createTranslationMemoryModule({ db: other.db, clock, audit, locales: INITIAL_LOCALE_SOURCE, content: content.service });
      const result = await empty.importTmx({ file: Buffer.from(tmx), actor: editor });
      expect(result).toEqual({ imported: 3, problems: [] });
      expect(await empty.exact('fr', 'en', [...before.keys()])).toEqual(before);
      // The same units, in whatever order each database lists them.
      const units = (file: string) => [...file.matchAll(/<tu .*?<\/tu>/gs)].map((m) => m[0]).sort();
      expect(units(await collect(empty.exportTmx({ actor: editor })))).toEqual(units(tmx));
      expect((await audit.list({ action: 'memory.imported' })).entries).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('refuses hostile or unusable TMX whole, naming the line, and imports nothing', async () => {
    const hostile = [
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>&xxe;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>',
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<tmx><body/></tmx>`,
      '<tmx version="1.4"><body><tu><tuv xml:lang="fr"><seg>ouvert',
      '<xliff version="2.0"/>',
      '<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="tlh"><seg>nuqneH</seg></tuv></tu></body></tmx>',
    ];
    for (const file of hostile) {
      const error = await memory.importTmx({ file, actor: editor }).catch((e: unknown) => e);
      expect(isAppError(error) && error.code === 'MEMORY_TMX_INVALID', file.slice(0, 60)).toBe(true);
      if (isAppError(error)) expect(error.details[0]!.path).toMatch(/^(line \d+|file)$/);
    }
    const huge = Buffer.alloc(21 * 1024 * 1024, 0x20);
    const error = await memory.importTmx({ file: huge, actor: editor }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('MEMORY_TMX_INVALID');
    expect(await memory.count()).toBe(0);
  });

  it('skips units in languages the site lacks and lists them by line, keeping the rest', async () => {
    const file = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="fr-FR"/>\n<body>\n<tu><tuv xml:lang="fr-FR"><seg>Bonjour <bpt i="1" type="bold">{b}</bpt>à tous<ept i="1"/></seg></tuv><tuv xml:lang="EN-GB"><seg>Hello <bpt i="1" type="bold"/>everyone<ept i="1"/></seg></tuv></tu>\n<tu><tuv xml:lang="fr"><seg>Salut</seg></tuv><tuv xml:lang="tlh"><seg>nuqneH</seg></tuv></tu>\n</body>\n</tmx>';
    const result = await memory.importTmx({ file, actor: editor });
    expect(result.imported).toBe(1);
    expect(result.problems).toEqual([{ line: 6, message: 'the language "tlh" is not one of the site\'s' }]);
    const found = await memory.exact('fr', 'en', [segmentHash('Bonjour à tous')]);
    expect([...found.values()][0]).toEqual<CodedText>(['Hello ', { kind: 'pc', id: 'i1', mark: bold, content: ['everyone'] }]);
  });

  it('learns from publications only while the translation is current, and rebuilds from what is published', async () => {
    const audit = createAuditModule({ db: database.db, clock });
    const listeners: WorkflowStepListener[] = [];
    const content = createContentModule({ db: database.db, clock, audit, locales: INITIAL_LOCALE_SOURCE, stepListeners: listeners });
    const wired = createTranslationMemoryModule({ db: database.db, clock, audit, locales: INITIAL_LOCALE_SOURCE, content: content.service });
    listeners.push((event, unit) => wired.onWorkflowStep(event, unit));
    const body = (text: string) => markupToRichText([text], (key) => key);
    const { document } = await content.service.createDocumentWithTranslation({ type: 'page', parentId: null, locale: 'fr', translation: { slug: 'repas', title: 'Le repas', body: body('Un repas partagé. Une table ouverte.') }, actor: SYSTEM });
    await content.service.publishTranslation({ documentId: document.id, locale: 'fr', actor: SYSTEM });
    const en = await content.service.saveTranslation({ documentId: document.id, locale: 'en', expectedVersion: 0, translation: { slug: 'meal', title: 'The meal', body: body('A shared meal. An open table.'), sourceLocale: 'fr' }, actor: SYSTEM });
    await content.service.publishTranslation({ documentId: document.id, locale: 'en', expectedVersion: en.version, actor: SYSTEM });
    expect((await wired.exact('fr', 'en', [segmentHash('Une table ouverte.')])).get(segmentHash('Une table ouverte.'))).toEqual(['An open table.']);

    // The English is changed, then the French: the English, made from the old French, teaches nothing when published.
    const enNow = (await content.service.findWorkingCopy(document.id, 'en'))!.translation;
    await content.service.saveTranslation({ documentId: document.id, locale: 'en', expectedVersion: enNow.version, translation: { slug: 'meal', title: 'The meal', body: body('A shared meal. A wide table.') }, actor: SYSTEM });
    const fr = (await content.service.findWorkingCopy(document.id, 'fr'))!.translation;
    const frSaved = await content.service.saveTranslation({ documentId: document.id, locale: 'fr', expectedVersion: fr.version, translation: { slug: 'repas', title: 'Le repas', body: body('Un repas partagé. Une porte ouverte.') }, actor: SYSTEM });
    await content.service.publishTranslation({ documentId: document.id, locale: 'fr', expectedVersion: frSaved.version, actor: SYSTEM });
    await content.service.publishTranslation({ documentId: document.id, locale: 'en', actor: SYSTEM });
    expect((await content.service.findTranslation(document.id, 'en'))!.body).toEqual(body('A shared meal. A wide table.'));
    expect((await wired.exact('fr', 'en', [segmentHash('Une porte ouverte.')])).size).toBe(0);
    expect(await wired.count()).toBe(3);

    await expect(wired.rebuild(translator)).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    expect(await wired.rebuild(editor)).toMatchObject({ documents: 1 });
    expect((await audit.list({ action: 'memory.rebuilt' })).entries).toHaveLength(1);
  });

  it('lets administrators and editors manage the glossary, with audit entries; translators only read it', async () => {
    const term = await memory.glossary.save({ sourceLocale: 'fr', targetLocale: 'en', term: ' #NousEnsemble ', doNotTranslate: true, actor: editor });
    expect(term).toMatchObject({ term: '#NousEnsemble', translation: '#NousEnsemble', doNotTranslate: true });
    await expect(memory.glossary.save({ sourceLocale: 'fr', targetLocale: 'en', term: '#NousEnsemble', translation: 'x', actor: editor })).rejects.toMatchObject({ code: 'MEMORY_GLOSSARY_TERM_EXISTS' });
    await expect(memory.glossary.save({ sourceLocale: 'fr', targetLocale: 'fr', term: 'a', translation: '', actor: editor })).rejects.toMatchObject({ code: 'MEMORY_GLOSSARY_INVALID' });
    await expect(memory.glossary.save({ sourceLocale: 'fr', targetLocale: 'en', term: 'accueil', translation: 'welcome', actor: translator })).rejects.toMatchObject({ code: 'POLICY_FORBIDDEN' });
    await memory.glossary.save({ id: term.id, sourceLocale: 'fr', targetLocale: 'en', term: '#NousEnsemble', doNotTranslate: true, note: 'Le mot-dièse de la campagne', actor: editor });
    const imported = await memory.glossary.importCsv({ text: 'source_locale,target_locale,term,translation,do_not_translate,note\nfr,en,accueil,welcome,,\nfr,es,accueil,acogida,0,"un ""mot"""\n', actor: SYSTEM });
    expect(imported).toEqual({ added: 2, updated: 0 });
    await expect(memory.glossary.importCsv({ text: 'source_locale,target_locale,term,translation\nfr,xx,a,b\n', actor: SYSTEM })).rejects.toMatchObject({ code: 'MEMORY_GLOSSARY_INVALID', details: [expect.objectContaining({ path: 'line 2: targetLocale' })] });
    expect((await memory.termsFor('fr', 'en')).map((t) => [t.term, t.translation, t.note])).toEqual([
      ['#NousEnsemble', '#NousEnsemble', 'Le mot-dièse de la campagne'],
      ['accueil', 'welcome', ''],
    ]);
    await memory.glossary.remove({ id: term.id, actor: editor });
    expect(await memory.termsFor('fr', 'en')).toHaveLength(1);
  });
});
