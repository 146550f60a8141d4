import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/project-root.ts';
import { preparePageSync, type RenderedPage } from './page-cache.ts';
import { buildFontStylesheet, WEB_FONTS, type FontFile } from './site-fonts.ts';
import { ADMIN_SCRIPT_FILES, type AdminScriptName, type SiteAssetUrls } from './views/view-context.ts';

export interface SiteAsset {
  readonly contentType: string;
  readonly page: RenderedPage;
}

/** Stylesheets, scripts, icon and fonts, read once, served under content-hashed names that never change. */
export interface SiteAssets {
  readonly urls: SiteAssetUrls;
  readonly byName: ReadonlyMap<string, SiteAsset>;
  /** Font files, streamed from disk (already compressed: WOFF2); also content-hashed. */
  readonly fonts: ReadonlyMap<string, FontFile>;
}

export function loadSiteAssets(dir: string = path.join(projectRoot(), 'public')): SiteAssets {
  const byName = new Map<string, SiteAsset>();
  const add = (file: string, contentType: string): string => addText(file, fs.readFileSync(path.join(dir, file), 'utf8'), contentType);
  const addText = (file: string, text: string, contentType: string): string => {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    const ext = path.extname(file);
    const name = `${path.basename(file, ext)}.${hash}${ext}`;
    byName.set(name, { contentType, page: preparePageSync(200, text) });
    return `/assets/${name}`;
  };
  const fonts = new Map<string, FontFile>();
  const fontStylesheets: Record<string, string> = {};
  for (const font of WEB_FONTS) {
    const sheet = buildFontStylesheet(font, (name) => `/assets/${name}`);
    for (const [name, file] of sheet.files) fonts.set(name, file);
    fontStylesheets[font.script] = addText(`fonts-${font.script.toLowerCase()}.css`, sheet.css, 'text/css; charset=utf-8');
  }
  return {
    urls: {
      stylesheet: add('site.css', 'text/css; charset=utf-8'),
      icon: add('icon.svg', 'image/svg+xml'),
      adminStylesheet: add('admin.css', 'text/css; charset=utf-8'),
      adminScripts: Object.fromEntries(Object.entries(ADMIN_SCRIPT_FILES).map(([name, file]) => [name, add(file, 'text/javascript; charset=utf-8')])) as Record<AdminScriptName, string>,
      playerScript: add('player.js', 'text/javascript; charset=utf-8'),
      fontStylesheets,
    },
    byName,
    fonts,
  };
}
