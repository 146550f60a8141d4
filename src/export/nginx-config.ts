import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportedLocale } from './export-writer.ts';
import { MANIFEST_NAME, readManifest } from './export-writer.ts';

/** Debian's `libnginx-mod-http-brotli-static`: serves the `.br` files beside each page. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxConfigOptions {
  /** The export folder. */
  readonly root: string;
  readonly port: number;
  /** Where nginx keeps its pid, logs and temporary files: nothing under /etc or /var is touched. */
  readonly runtimeDir: string;
  readonly host?: string;
  /** Load the brotli_static module (default: when Debian's module file is there). */
  readonly brotli?: boolean;
  /** Site path → site path, answered with 301 (the export's manifest holds them). */
  readonly redirects?: Readonly<Record<string, string>>;
  /** The exported locales, the default first (the export's manifest holds them). */
  readonly locales: readonly ExportedLocale[];
}

/**
 * An nginx configuration serving a static export as the live site does: pages at their
 * addresses, precompressed `.br`/`.gz` files, the visitor's language at `/`, localised 404 pages,
 * year-long caching of files named by their content. It runs in the foreground as the current user.
 */
export function nginxConfig(options: NginxConfigOptions): string {
  const run = options.runtimeDir;
  const brotli = options.brotli ?? existsSync(BROTLI_STATIC_MODULE);
  const [first, ...rest] = options.locales;
  const defaultLocale = first?.prefix ?? 'en';
  // Accept-Language is matched on the language subtag (zh-CN → the zh-Hans folder); the default answers the rest.
  const language = (l: ExportedLocale) => l.code.split('-')[0] as string;
  const others = rest.map((l) => l.prefix);
  const headers = [
    'add_header X-Content-Type-Options nosniff always;',
    'add_header Referrer-Policy same-origin always;',
    'add_header X-Frame-Options SAMEORIGIN always;',
  ];
  const location = (match: string, body: readonly string[]) => [`    location ${match} {`, ...[...headers, ...body].map((line) => `      ${line}`), '    }'];
  const immutable = ['add_header Cache-Control "public, max-age=31536000, immutable";', 'try_files $uri =404;'];
  const redirects = Object.entries(options.redirects ?? {})
    .filter(([from, to]) => SAFE_PATH.test(from) && SAFE_PATH.test(to))
    .flatMap(([from, to]) => location(`= ${from}`, [`return 301 ${to};`]));
  return [
    '# Written by src/export/nginx-config.ts: serves a static export of Ensemble.',
    ...(brotli ? [`load_module ${BROTLI_STATIC_MODULE};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${run}/nginx.pid;`,
    `error_log ${run}/error.log warn;`,
    'events { worker_connections 512; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    // Types Debian's list lacks or names differently from what the live site sends.
    '  types { text/vtt vtt; application/manifest+json webmanifest; }',
    '  default_type application/octet-stream;',
    '  charset utf-8;',
    '  charset_types text/css text/plain text/xml text/vtt application/javascript application/json application/rss+xml application/atom+xml image/svg+xml;',
    `  access_log off;`,
    `  client_body_temp_path ${run}/client-body;`,
    `  proxy_temp_path ${run}/proxy;`,
    `  fastcgi_temp_path ${run}/fastcgi;`,
    `  uwsgi_temp_path ${run}/uwsgi;`,
    `  scgi_temp_path ${run}/scgi;`,
    '  sendfile on;',
    '  server_tokens off;',
    `  map $http_accept_language $ensemble_locale { default ${defaultLocale}; ${rest.map((l) => `~*^${language(l)} ${l.prefix};`).join(' ')} }`,
    `  map $uri $ensemble_not_found { default /404.html; ~^/(${others.join('|')})/ /$1/404.html; }`,
    '  server {',
    `    listen ${options.host ?? '127.0.0.1'}:${options.port};`,
    `    root ${options.root};`,
    '    gzip_static on;',
    ...(brotli ? ['    brotli_static on;'] : []),
    '    error_page 404 $ensemble_not_found;',
    ...location('= /', ['add_header Vary Accept-Language;', 'add_header Cache-Control no-cache;', 'return 303 /$ensemble_locale/;']),
    ...location('/', ['add_header Cache-Control no-cache;', 'try_files $uri $uri/index.html =404;']),
    // The video player other sites may frame, as the live site allows.
    '    location /embed/ {',
    ...headers.filter((line) => !line.includes('X-Frame-Options')).map((line) => `      ${line}`),
    '      add_header Cache-Control no-cache;',
    '      try_files $uri $uri/index.html =404;',
    '    }',
    ...location('/assets/', immutable),
    ...location('/media/', immutable),
    ...location('/captions/', immutable),
    ...location(`= /${MANIFEST_NAME}`, ['return 404;']),
    ...location('~ \\.tmp$', ['return 404;']),
    ...redirects,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Writes nginx.conf for the export in `root` (with its redirects) into `runtimeDir`; returns its path. */
export async function writeNginxConfig(options: Omit<NginxConfigOptions, 'redirects' | 'locales'>): Promise<string> {
  await fs.mkdir(options.runtimeDir, { recursive: true });
  const { redirects, locales = [] } = await readManifest(options.root);
  const file = path.join(options.runtimeDir, 'nginx.conf');
  await fs.writeFile(file, nginxConfig({ ...options, root: path.resolve(options.root), runtimeDir: path.resolve(options.runtimeDir), redirects, locales }));
  return file;
}

const SAFE_PATH = /^\/[A-Za-z0-9._~\/-]*$/;
