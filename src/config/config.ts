import path from 'node:path';
import type { FileStoreConfig, S3StoreOptions } from '../platform/file-store/index.ts';

/** Frozen, typed settings read once from the environment; the only reader of process.env. */
export interface Config {
  readonly http: { readonly port: number; readonly host: string; readonly publicUrl: string };
  readonly cache: { readonly pageCacheBytes: number };
  readonly demo: { readonly loadOnFirstRun: boolean };
  /** `mediaDir` holds uploads being checked, and the media themselves unless `fileStore` is a bucket. */
  readonly data: { readonly dir: string; readonly mediaDir: string };
  readonly fileStore: FileStoreConfig;
  /** The bucket named by S3_*, whichever store is in use: `media move` copies into it before FILE_STORE=s3. */
  readonly s3: S3StoreOptions | null;
  readonly db: { readonly url: string; readonly dialect: 'sqlite' | 'postgres' };
  readonly log: { readonly level: LogLevel };
  readonly media: { readonly maxUploadBytes: number };
  readonly video: { readonly maxUploadBytes: number; readonly ffmpegPath: string; readonly ffprobePath: string };
  readonly files: { readonly maxUploadBytes: number };
  /** Notification mail: SMTP when `smtpUrl` is set, else written to the log. */
  readonly mail: { readonly smtpUrl: string | null; readonly from: string; readonly digestHourUtc: number };
  /** 32 bytes that seal stored secrets (machine translation API keys); null: DATA_DIR/secret.key, made once. */
  readonly secrets: { readonly keyHex: string | null };
  /**
   * /metrics: on the site's port for a bearer `metricsToken`, and/or on a port of its own; with
   * neither set there are no metrics (404). `shutdownGraceMs`: how long requests in flight may finish.
   */
  readonly ops: { readonly metricsToken: string | null; readonly metricsPort: number | null; readonly shutdownGraceMs: number };
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'];

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment into a Config, collecting every invalid variable before failing.
 * @throws ConfigError naming each bad variable and what is expected
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];

  const port = parsePort(env.PORT, problems);
  const host = parseHost(env.HOST, problems);
  const dataDir = parseDataDir(env.DATA_DIR, cwd, problems);
  const db = parseDatabaseUrl(env.DATABASE_URL, dataDir, problems);
  const level = parseLogLevel(env.LOG_LEVEL, problems);
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, port, problems);
  const pageCacheMb = parseWholeNumber('PAGE_CACHE_MB', env.PAGE_CACHE_MB, 64, 1, 65_536, problems);
  const demo = parseBoolean('DEMO_CONTENT', env.DEMO_CONTENT, true, problems);
  const maxUploadMb = parseWholeNumber('MEDIA_MAX_UPLOAD_MB', env.MEDIA_MAX_UPLOAD_MB, 20, 1, 1024, problems);
  const maxVideoMb = parseWholeNumber('VIDEO_MAX_UPLOAD_MB', env.VIDEO_MAX_UPLOAD_MB, 2048, 1, 65_536, problems);
  const maxFileMb = parseWholeNumber('FILE_MAX_UPLOAD_MB', env.FILE_MAX_UPLOAD_MB, 50, 1, 4096, problems);
  const ffmpegPath = env.FFMPEG_PATH || 'ffmpeg';
  const ffprobePath = env.FFPROBE_PATH || 'ffprobe';
  const smtpUrl = parseSmtpUrl(env.SMTP_URL, problems);
  const mailFrom = parseMailFrom(env.SMTP_FROM, publicUrl, problems);
  const digestHourUtc = parseWholeNumber('NOTIFY_DIGEST_HOUR', env.NOTIFY_DIGEST_HOUR, 7, 0, 23, problems);
  const secretKey = parseSecretKey(env.SECRET_KEY, problems);

  const metricsToken = parseMetricsToken(env.METRICS_TOKEN, problems);
  const metricsPort = env.METRICS_PORT ? parseWholeNumber('METRICS_PORT', env.METRICS_PORT, 0, 1, 65_535, problems) : null;
  if (metricsPort !== null && metricsPort === port) problems.push(`METRICS_PORT must differ from PORT (${port})`);
  const { fileStore, s3 } = parseFileStore(env, problems);
  const shutdownGraceMs = parseWholeNumber('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000, 0, 600_000, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze({
    http: { port, host, publicUrl },
    cache: { pageCacheBytes: pageCacheMb * 1024 * 1024 },
    demo: { loadOnFirstRun: demo },
    media: { maxUploadBytes: maxUploadMb * 1024 * 1024 },
    video: { maxUploadBytes: maxVideoMb * 1024 * 1024, ffmpegPath, ffprobePath },
    files: { maxUploadBytes: maxFileMb * 1024 * 1024 },
    mail: { smtpUrl, from: mailFrom, digestHourUtc },
    secrets: { keyHex: secretKey },
    data: { dir: dataDir, mediaDir: path.join(dataDir, 'media') },
    fileStore,
    s3,
    db,
    log: { level },
    ops: { metricsToken, metricsPort, shutdownGraceMs },
  });
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw === '') return 3000;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${printable(raw)}"`);
    return 0;
  }
  return Number(raw);
}

function parseHost(raw: string | undefined, problems: string[]): string {
  if (raw === undefined || raw === '') return '0.0.0.0';
  // A host name or an IPv4/IPv6 literal; anything with spaces, slashes or a scheme is a mistake.
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(raw)) {
    problems.push(`HOST must be a host name or IP address such as 127.0.0.1, got "${printable(raw)}"`);
  }
  return raw;
}

function parseDataDir(raw: string | undefined, cwd: string, problems: string[]): string {
  if (raw === undefined || raw === '') return path.resolve(cwd, 'data');
  if (raw.includes('\0')) {
    problems.push('DATA_DIR must be a folder path without NUL characters');
    return path.resolve(cwd, 'data');
  }
  return path.resolve(cwd, raw);
}

function parseDatabaseUrl(
  raw: string | undefined,
  dataDir: string,
  problems: string[],
): Config['db'] {
  if (raw === undefined || raw === '') {
    return { url: `file:${path.join(dataDir, 'ensemble.sqlite')}`, dialect: 'sqlite' };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
      return { url: raw, dialect: 'postgres' };
    } catch {
      problems.push('DATABASE_URL is not a valid postgres:// URL');
      return { url: raw, dialect: 'postgres' };
    }
  }
  if (raw.startsWith('file:') && raw.length > 'file:'.length) {
    return { url: raw, dialect: 'sqlite' };
  }
  if (raw === ':memory:') return { url: raw, dialect: 'sqlite' };
  problems.push(
    `DATABASE_URL must start with postgres:// (PostgreSQL) or file: (SQLite file), got "${printable(redact(raw))}"`,
  );
  return { url: raw, dialect: 'sqlite' };
}

function parsePublicUrl(raw: string | undefined, port: number, problems: string[]): string {
  if (raw === undefined || raw === '') return `http://localhost:${port}`;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/' && !url.search) return url.origin;
  } catch {
    // reported below
  }
  problems.push(`PUBLIC_URL must be the site's origin such as https://www.example.org, got "${printable(raw)}"`);
  return '';
}

/** 64 hex characters (`openssl rand -hex 32`); never echoed back in the message. */
function parseSecretKey(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^[0-9a-fA-F]{64}$/.test(raw)) {
    problems.push('SECRET_KEY must be 64 hexadecimal characters (32 bytes); generate one with `openssl rand -hex 32`');
    return null;
  }
  return raw.toLowerCase();
}

function parseSmtpUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname) return raw;
  } catch {
    // reported below
  }
  problems.push(`SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://…:465, got "${printable(redact(raw))}"`);
  return null;
}

/** The sender of notification mail; by default noreply at the public site's host. */
function parseMailFrom(raw: string | undefined, publicUrl: string, problems: string[]): string {
  if (raw === undefined || raw === '') {
    const host = publicUrl ? new URL(publicUrl).hostname : 'localhost';
    return `Ensemble <noreply@${host.includes('.') ? host : 'localhost.localdomain'}>`;
  }
  if (/[\r\n]/.test(raw) || !/@[^@\s<>]+>?$/.test(raw)) {
    problems.push(`SMTP_FROM must be an address such as "Ensemble <noreply@example.org>", got "${printable(raw)}"`);
  }
  return raw;
}

/**
 * FILE_STORE=local (the default: DATA_DIR/media) or s3, with S3_BUCKET, and for a service other
 * than AWS S3_ENDPOINT; S3_REGION, S3_PREFIX, S3_FORCE_PATH_STYLE (default: true with an endpoint),
 * S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (both, or neither for the SDK's own AWS_* chain).
 */
function parseFileStore(env: NodeJS.ProcessEnv, problems: string[]): { fileStore: FileStoreConfig; s3: S3StoreOptions | null } {
  const kind = env.FILE_STORE || 'local';
  if (kind !== 'local' && kind !== 's3') problems.push(`FILE_STORE must be local or s3, got "${printable(kind)}"`);
  const s3 = kind === 's3' || env.S3_BUCKET ? parseS3(env, problems) : null;
  return { fileStore: kind === 's3' && s3 ? { kind, ...s3 } : { kind: 'local' }, s3 };
}

function parseS3(env: NodeJS.ProcessEnv, problems: string[]): S3StoreOptions {
  const bucket = env.S3_BUCKET ?? '';
  // S3's rule for bucket names: 3 to 63 lower-case letters, digits, dots and hyphens.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) problems.push(`S3_BUCKET must be a bucket name (3 to 63 lower-case letters, digits, dots or hyphens) (needed by FILE_STORE=s3), got "${printable(bucket)}"`);
  let endpoint: string | null = null;
  if (env.S3_ENDPOINT) {
    try {
      const url = new URL(env.S3_ENDPOINT);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
      endpoint = url.origin;
    } catch {
      problems.push(`S3_ENDPOINT must be an http:// or https:// URL such as https://s3.example.org, got "${printable(redact(env.S3_ENDPOINT))}"`);
    }
  }
  const region = env.S3_REGION || 'us-east-1';
  if (!/^[a-z0-9-]{1,40}$/.test(region)) problems.push(`S3_REGION must be a region name such as eu-west-3, got "${printable(region)}"`);
  const rawPrefix = (env.S3_PREFIX ?? '').replace(/^\/+|\/+$/g, '');
  if (rawPrefix && (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(rawPrefix) || rawPrefix.split('/').some((part) => /^\.+$/.test(part)))) problems.push(`S3_PREFIX must be a folder path such as sites/main, got "${printable(rawPrefix)}"`);
  const forcePathStyle = parseBoolean('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE, endpoint !== null, problems);
  const accessKeyId = env.S3_ACCESS_KEY_ID ?? '';
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? '';
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or neither, for the AWS_* variables or an instance role)');
  const credentials = accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null;
  return { bucket, prefix: rawPrefix ? `${rawPrefix}/` : '', endpoint, region, forcePathStyle, credentials };
}

function parseMetricsToken(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw === '') return null;
  // Sent in an Authorization header: printable, no spaces, and too long to guess.
  if (!/^[\x21-\x7e]{16,256}$/.test(raw)) {
    problems.push('METRICS_TOKEN must be 16 to 256 printable characters without spaces (try: openssl rand -hex 24)');
  }
  return raw;
}

function parseWholeNumber(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${printable(raw)}"`);
    return fallback;
  }
  return Number(raw);
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${printable(raw)}"`);
  return fallback;
}

function parseLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${printable(raw)}"`);
  return 'info';
}

/** Never echo a password that may sit in a connection string. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

function printable(value: string): string {
  return JSON.stringify(value.slice(0, 80)).slice(1, -1);
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
