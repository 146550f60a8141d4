import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to SQLite in ./data on port 3000', () => {
    const config = loadConfig({}, '/srv/site');
    expect(config.http.port).toBe(3000);
    expect(config.data.dir).toBe('/srv/site/data');
    expect(config.data.mediaDir).toBe('/srv/site/data/media');
    expect(config.db).toEqual({ url: 'file:/srv/site/data/ensemble.sqlite', dialect: 'sqlite' });
    expect(Object.isFrozen(config.http)).toBe(true);
  });

  it('switches to PostgreSQL when DATABASE_URL says so', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/site' }, '/srv');
    expect(config.db.dialect).toBe('postgres');
  });

  it('names every bad variable and what it expects, at once', () => {
    try {
      loadConfig({ PORT: 'eighty', HOST: 'http://x y', DATABASE_URL: 'mysql://root:secret@db/x', PUBLIC_URL: 'not a url' }, '/srv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT must be a whole number from 0 to 65535, got "eighty"');
      expect(message).toContain('HOST must be a host name or IP address');
      expect(message).toContain('DATABASE_URL must start with postgres://');
      expect(message).toContain('PUBLIC_URL must be');
      expect(message).not.toContain('secret');
      expect((error as ConfigError).problems).toHaveLength(4);
    }
  });

  it('keeps media in DATA_DIR/media unless FILE_STORE=s3 names a bucket', () => {
    expect(loadConfig({}, '/srv').fileStore).toEqual({ kind: 'local' });
    const s3 = loadConfig({ FILE_STORE: 's3', S3_BUCKET: 'site-media', S3_ENDPOINT: 'https://minio.example.org:9000/', S3_PREFIX: '/main/', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }, '/srv');
    expect(s3.fileStore).toEqual({ kind: 's3', bucket: 'site-media', endpoint: 'https://minio.example.org:9000', prefix: 'main/', region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'id', secretAccessKey: 'secret' } });
    // AWS itself: no endpoint, virtual-host addressing, the SDK's own credentials.
    expect(loadConfig({ FILE_STORE: 's3', S3_BUCKET: 'site-media', S3_REGION: 'eu-west-3' }, '/srv').fileStore).toMatchObject({ endpoint: null, region: 'eu-west-3', forcePathStyle: false, credentials: null, prefix: '' });
    // Named before the switch: what `media move --to s3` copies into.
    const before = loadConfig({ S3_BUCKET: 'site-media' }, '/srv');
    expect(before.fileStore).toEqual({ kind: 'local' });
    expect(before.s3).toMatchObject({ bucket: 'site-media' });
  });

  it('names each bad object-storage setting, never echoing a secret', () => {
    try {
      loadConfig({ FILE_STORE: 's3', S3_BUCKET: 'No_Such', S3_ENDPOINT: 'ftp://user:hunter2@x', S3_ACCESS_KEY_ID: 'id', S3_PREFIX: '../x' }, '/srv');
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('S3_BUCKET must be a bucket name');
      expect(message).toContain('S3_ENDPOINT must be an http:// or https:// URL');
      expect(message).toContain('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
      expect(message).toContain('S3_PREFIX must be a folder path');
      expect(message).not.toContain('hunter2');
    }
    expect(() => loadConfig({ FILE_STORE: 'disk' }, '/srv')).toThrow(/FILE_STORE must be local or s3, got "disk"/);
  });

  it('limits downloadable files (PDF) to 50 MB unless FILE_MAX_UPLOAD_MB says otherwise', () => {
    expect(loadConfig({}, '/srv').files.maxUploadBytes).toBe(50 * 1024 * 1024);
    expect(loadConfig({ FILE_MAX_UPLOAD_MB: '200' }, '/srv').files.maxUploadBytes).toBe(200 * 1024 * 1024);
    expect(() => loadConfig({ FILE_MAX_UPLOAD_MB: '0' }, '/srv')).toThrow(/FILE_MAX_UPLOAD_MB must be a whole number from 1 to 4096/);
    expect(() => loadConfig({ FILE_MAX_UPLOAD_MB: '50MB' }, '/srv')).toThrow(/FILE_MAX_UPLOAD_MB/);
  });

  it('limits uploads to 20 MB unless MEDIA_MAX_UPLOAD_MB says otherwise', () => {
    expect(loadConfig({}, '/srv').media.maxUploadBytes).toBe(20 * 1024 * 1024);
    expect(loadConfig({ MEDIA_MAX_UPLOAD_MB: '5' }, '/srv').media.maxUploadBytes).toBe(5 * 1024 * 1024);
    expect(() => loadConfig({ MEDIA_MAX_UPLOAD_MB: '0' }, '/srv')).toThrow(/MEDIA_MAX_UPLOAD_MB must be a whole number from 1 to 1024/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
  it('sends notification mail through SMTP only when SMTP_URL is set, from SMTP_FROM or noreply at the public host', () => {
    expect(loadConfig({}, '/srv').mail).toEqual({ smtpUrl: null, from: 'Ensemble <noreply@localhost.localdomain>', digestHourUtc: 7 });
    const config = loadConfig({ SMTP_URL: 'smtp://bot:s3cret@mail.example.org:587', PUBLIC_URL: 'https://www.example.org', NOTIFY_DIGEST_HOUR: '18' }, '/srv');
    expect(config.mail).toEqual({ smtpUrl: 'smtp://bot:s3cret@mail.example.org:587', from: 'Ensemble <noreply@www.example.org>', digestHourUtc: 18 });
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example.org', SMTP_FROM: 'Comms <comms@example.org>' }, '/srv').mail.from).toBe('Comms <comms@example.org>');
    try {
      loadConfig({ SMTP_URL: 'http://bot:s3cret@mail.example.org', SMTP_FROM: 'nobody', NOTIFY_DIGEST_HOUR: '24' }, '/srv');
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('SMTP_URL must look like smtp://');
      expect(message).not.toContain('s3cret');
      expect(message).toContain('SMTP_FROM must be an address');
      expect(message).toContain('NOTIFY_DIGEST_HOUR must be a whole number from 0 to 23');
    }
  });

  it('serves no metrics and gives requests 10 s to finish unless told otherwise', () => {
    expect(loadConfig({}, '/srv').ops).toEqual({ metricsToken: null, metricsPort: null, shutdownGraceMs: 10_000 });
    const config = loadConfig({ METRICS_TOKEN: 'a'.repeat(24), METRICS_PORT: '9464', SHUTDOWN_GRACE_MS: '2500' }, '/srv');
    expect(config.ops).toEqual({ metricsToken: 'a'.repeat(24), metricsPort: 9464, shutdownGraceMs: 2500 });
  });

  it('refuses a guessable metrics token, a metrics port equal to the site\'s, and a grace out of range', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short token' }, '/srv')).toThrow(/METRICS_TOKEN must be 16 to 256 printable characters/);
    expect(() => loadConfig({ PORT: '8080', METRICS_PORT: '8080' }, '/srv')).toThrow(/METRICS_PORT must differ from PORT/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '-1' }, '/srv')).toThrow(/SHUTDOWN_GRACE_MS must be a whole number from 0 to 600000/);
  });
});
