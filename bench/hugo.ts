// Hugo building the same content as Markdown: the reference for static export pages/s.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pageSlug, sectionSlug, sectionText, seededText, SEED_LOCALES, type SeedPlan } from './seed.ts';
import type { PageText } from './text.ts';

export interface HugoResult {
  readonly pages: number;
  readonly ms: number;
}

/** Writes a two-language Hugo site with the seeded text and a minimal layout of full pages. */
export function writeHugoSite(siteDir: string, plan: SeedPlan): void {
  fs.mkdirSync(path.join(siteDir, 'layouts', '_default'), { recursive: true });
  fs.writeFileSync(
    path.join(siteDir, 'config.toml'),
    `baseURL = "http://localhost/"
title = "Ensemble bench"
defaultContentLanguage = "fr"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[languages.fr]
  contentDir = "content/fr"
  languageName = "Français"
  weight = 1
[languages.en]
  contentDir = "content/en"
  languageName = "English"
  weight = 2
`,
  );
  const baseof = `<!doctype html>
<html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title><meta name="description" content="{{ .Summary | plainify }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head>
<body><header><nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>{{ range .Site.Home.Sections }} <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<nav aria-label="breadcrumb">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> / {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a> {{ end }}</footer></body></html>
`;
  fs.writeFileSync(path.join(siteDir, 'layouts', '_default', 'baseof.html'), baseof);
  fs.writeFileSync(path.join(siteDir, 'layouts', '_default', 'single.html'), '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}{{ end }}\n');
  fs.writeFileSync(
    path.join(siteDir, 'layouts', '_default', 'list.html'),
    '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}\n',
  );
  for (const locale of SEED_LOCALES) {
    const root = path.join(siteDir, 'content', locale);
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, '_index.md'), markdown(sectionText(-1, locale)));
    for (let s = 0; s < plan.sections; s++) {
      fs.mkdirSync(path.join(root, sectionSlug(s)), { recursive: true });
      fs.writeFileSync(path.join(root, sectionSlug(s), '_index.md'), markdown(sectionText(s, locale)));
    }
    for (let i = 0; i < plan.documents; i++) {
      const file = path.join(root, sectionSlug(i % plan.sections), `${pageSlug(i)}.md`);
      fs.writeFileSync(file, markdown(seededText(i, locale, plan.bodyChars), pageSlug(i)));
    }
  }
}

/** Builds the site into `outDir` and counts the HTML pages written. */
export async function buildWithHugo(siteDir: string, outDir: string): Promise<HugoResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('hugo', ['--quiet', '-s', siteDir, '-d', outDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hugo exited with ${code}: ${errors}`))));
  });
  const ms = performance.now() - started;
  return { pages: countHtml(outDir), ms };
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++;
  }
  return count;
}

function markdown(text: PageText, slug?: string): string {
  const front = [`title: ${JSON.stringify(text.title)}`, `summary: ${JSON.stringify(text.summary)}`, ...(slug ? [`slug: ${slug}`] : [])];
  const body = text.blocks.map((block) => `${block.heading ? `## ${block.heading}\n\n` : ''}${block.text}\n`).join('\n');
  return `---\n${front.join('\n')}\n---\n\n${body}`;
}
