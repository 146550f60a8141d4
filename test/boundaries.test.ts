import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/platform/project-root.ts';
import { checkBoundaries, formatViolations, lex, type SourceFile, type Violation } from './helpers/boundary-rules.ts';

/**
 * The dependency rule (ARCHITECTURE.md, STYLE.md §2) checked over every file under src/, tests
 * included: modules never import http/, cli/, export/, Fastify or process.env, and other modules
 * only through their index.ts; platform/ imports none of them; http/, cli/ and export/ never import a
 * repository or build a query; each table has one owning module (its index.ts `OWNED_TABLES`) and
 * nothing else names it in a query.
 */

/**
 * Known exceptions, each with its reason. An entry that no longer matches anything fails the test,
 * so the list only shrinks.
 */
const ALLOWED: readonly { file: string; rule: Violation['rule']; reason: string }[] = [
  {
    file: 'src/modules/audit/audit.test.ts',
    rule: 'table-owner',
    reason: 'inserts and deletes a users row to show that audit entries outlive their user; accounts has no use case that deletes a user',
  },
];

const root = projectRoot();

describe('dependency boundaries', () => {
  it('holds for every source file', async () => {
    const violations = checkBoundaries({ files: sourceFiles(), owners: await declaredOwners(), schemaTables: schemaTables() });
    const allowed = (v: Violation) => ALLOWED.some((a) => a.file === v.file && a.rule === v.rule);
    const unexpected = violations.filter((v) => !allowed(v));
    // One `file:line [rule] message` line per violation.
    expect(formatViolations(unexpected), 'boundary violations').toBe('');
    const stale = ALLOWED.filter((a) => !violations.some((v) => v.file === a.file && v.rule === a.rule));
    expect(stale.map((a) => `${a.file} [${a.rule}]`), 'allow-list entries that match nothing any more: remove them').toEqual([]);
  });

  it('gives every table of the schema exactly one owning module', async () => {
    const owners = await declaredOwners();
    const owned = [...owners.values()].flat();
    for (const table of schemaTables()) expect(owned.filter((t) => t === table), table).toHaveLength(1);
  });
});

describe('the boundary checker', () => {
  const owners = new Map([
    ['content', ['documents', 'translations']],
    ['search', ['searchEntries']],
  ]);
  const check = (...files: SourceFile[]) => checkBoundaries({ files, owners, schemaTables: ['documents', 'translations'] });
  const rules = (...files: SourceFile[]) => check(...files).map((v) => `${v.file}:${v.line} ${v.rule}`);

  it('finds what modules must not import or read, naming file and line', () => {
    const file = {
      path: 'src/modules/search/search.service.ts',
      text: [
        "import type { FastifyInstance } from 'fastify';",
        "import { buildApp } from '../../http/app.ts';",
        'import {',
        '  createContentModule,',
        "} from '../content/content.service.ts';",
        "import { createAccountsModule } from '../accounts/index.ts';",
        "const reader = await import('../media/media.repository.ts');",
        'export const url = process.env.DATABASE_URL;',
        "export * from '../../cli/main.ts';",
      ].join('\n'),
    };
    expect(rules(file)).toEqual([
      'src/modules/search/search.service.ts:1 module-imports-fastify',
      'src/modules/search/search.service.ts:2 module-imports-delivery',
      'src/modules/search/search.service.ts:5 module-deep-import',
      'src/modules/search/search.service.ts:7 module-deep-import',
      'src/modules/search/search.service.ts:8 module-reads-env',
      'src/modules/search/search.service.ts:9 module-imports-delivery',
    ]);
  });

  it('finds platform code importing a module or delivery code', () => {
    expect(rules({ path: 'src/platform/logger.ts', text: "import { x } from '../modules/content/index.ts';\nimport { y } from '../http/app.ts';\nimport { z } from './clock.ts';" })).toEqual([
      'src/platform/logger.ts:1 platform-imports-up',
      'src/platform/logger.ts:2 platform-imports-up',
    ]);
  });

  it('finds delivery code that imports a repository or builds a query', () => {
    const text = [
      "import { createContentRepository } from '../modules/content/content.repository.ts';",
      'export async function load(db: Db) {',
      "  await db.transaction().execute(async (trx) => trx.selectFrom('documents').selectAll().execute());",
      '  return sql<{ n: number }>`select count(*) as n from translations`.execute(db);',
      '}',
    ].join('\n');
    expect(rules({ path: 'src/export/site-versions.ts', text })).toEqual([
      'src/export/site-versions.ts:1 delivery-imports-repository',
      'src/export/site-versions.ts:3 delivery-queries-db',
      'src/export/site-versions.ts:3 delivery-queries-db',
      'src/export/site-versions.ts:3 table-owner',
      'src/export/site-versions.ts:4 delivery-queries-db',
      'src/export/site-versions.ts:4 table-owner',
    ]);
  });

  it("finds a module naming another module's table, in every way a query can", () => {
    const text = [
      "db.selectFrom('searchEntries').selectAll();",
      "db.selectFrom(['documents as d']).innerJoin('translations as t', 't.documentId', 'd.id');",
      "db.selectFrom('searchEntries').select(['translations.title']);",
      'sql`update translations set title = ${title}`;',
      "db.insertInto('searchEntries').values({ table: 'translations' });",
    ].join('\n');
    const found = check({ path: 'src/modules/search/search.repository.ts', text });
    expect(found.map((v) => `${v.line} ${v.message}`)).toEqual([
      '2 names table documents, owned by module content; ask src/modules/content/index.ts instead',
      '2 names table translations, owned by module content; ask src/modules/content/index.ts instead',
      '3 names table translations, owned by module content; ask src/modules/content/index.ts instead',
      '4 names table translations, owned by module content; ask src/modules/content/index.ts instead',
    ]);
    // The owner itself may name its tables.
    expect(check({ path: 'src/modules/content/content.repository.ts', text: "db.selectFrom('translations as t').select('t.title');" })).toEqual([]);
  });

  it('finds a table without an owner, or with two', () => {
    const found = checkBoundaries({ files: [], owners: new Map([['a', ['documents']], ['b', ['documents']]]), schemaTables: ['documents', 'videos'] });
    expect(found.map((v) => v.message)).toEqual(['table documents is also declared by module a', 'table videos has no owning module (add it to one module\'s OWNED_TABLES)']);
  });

  it('ignores comments, strings and migrations', () => {
    const text = [
      "// import { x } from '../../http/app.ts'; process.env.X",
      "/* db.selectFrom('translations') */",
      "const message = 'set process.env.X or import from \"fastify\"';",
      "const apostrophe = <p>Don't import { y } from 'fastify'</p>;",
      "const ok = /['\"]fastify/.test(message) ? 1 / 2 : 3;",
    ].join('\n');
    expect(check({ path: 'src/modules/search/a.ts', text })).toEqual([]);
    expect(check({ path: 'src/platform/db/migrations/20250101-0000-x.ts', text: "db.selectFrom('translations')" })).toEqual([]);
  });

  it('lexes nested templates and keeps offsets', () => {
    const text = 'const a = `x ${`y ${"z"}`} w`;\nconst b = sql`select ${a} from documents`;';
    const lexed = lex(text);
    expect(lexed.bare).toHaveLength(text.length);
    expect(lexed.sqlTemplates.map((t) => t.text)).toEqual(['select   from documents']);
    expect(lexed.strings.map((s) => s.value)).toEqual(['z']);
  });
});

function sourceFiles(): SourceFile[] {
  const files = fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[];
  return files
    .filter((file) => /\.tsx?$/.test(file))
    .sort()
    .map((file) => {
      const relative = `src/${file.split(path.sep).join('/')}`;
      return { path: relative, text: fs.readFileSync(path.join(root, relative), 'utf8') };
    });
}

/** Each module's `OWNED_TABLES`, read from its index.ts, the module's public surface. */
async function declaredOwners(): Promise<Map<string, readonly string[]>> {
  const owners = new Map<string, readonly string[]>();
  for (const name of fs.readdirSync(path.join(root, 'src/modules')).sort()) {
    const index = path.join(root, 'src/modules', name, 'index.ts');
    if (!fs.existsSync(index)) continue;
    const module = (await import(index)) as { OWNED_TABLES?: readonly string[] };
    if (module.OWNED_TABLES) owners.set(name, module.OWNED_TABLES);
  }
  return owners;
}

/** The members of `interface Schema` in src/platform/db/schema.ts: every table Kysely knows. */
function schemaTables(): string[] {
  const text = fs.readFileSync(path.join(root, 'src/platform/db/schema.ts'), 'utf8');
  const body = /export interface Schema \{([^}]*)\}/.exec(text)?.[1];
  if (!body) throw new Error('interface Schema not found in src/platform/db/schema.ts');
  return [...body.matchAll(/^\s*(\w+)\??:/gm)].map((m) => m[1]!);
}
