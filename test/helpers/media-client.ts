import fs from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { parse } from 'parse5';
import { SYSTEM, type Role } from '../../src/modules/accounts/index.ts';
import type { LocaleCode } from '../../src/modules/locales/index.ts';
import { MEDIA_FILE_PATTERN } from '../../src/modules/media/index.ts';
import { TEST_PASSWORD } from './admin-session.ts';
import type { TestSite } from './build-test-app.ts';
import { attr, findAll, textOf } from './html.ts';
import { multipartBody, type MultipartPart } from './multipart.ts';

/** A signed-in user whose cookie and form token the test uses directly, to build its own multipart bodies. */
export interface MediaClient {
  readonly cookie: string;
  readonly csrf: string;
  upload(parts: readonly MultipartPart[], options?: { rawNames?: boolean; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  /** The usual form: the token first, then the file. */
  uploadFile(filename: string, body: Buffer, type?: string): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function mediaClient(site: TestSite, role: Role, locales: readonly LocaleCode[] = []): Promise<MediaClient> {
  const email = `media-${role}-${++counter}@example.org`;
  const { setPasswordToken } = await site.accounts.users.createUser({ email, role, locales: [...locales], actor: SYSTEM });
  await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: TEST_PASSWORD });
  const { token, session } = await site.accounts.sessions.signIn({ email, password: TEST_PASSWORD, clientAddress: `10.77.${counter}.1` });
  const cookie = `ensemble_session=${token}`;
  const upload: MediaClient['upload'] = (parts, options = {}) => {
    const body = multipartBody(parts, options);
    return site.app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { cookie, 'content-type': body.contentType, ...options.headers },
      payload: body.payload,
    });
  };
  return {
    cookie,
    csrf: session.csrfToken,
    upload,
    uploadFile: (filename, body, type = 'application/octet-stream') =>
      upload([
        { name: '_csrf', value: session.csrfToken },
        { name: 'file', filename, type, body },
      ]),
    get: (url) => site.app.inject({ method: 'GET', url, headers: { cookie } }),
  };
}

/** The text of the page's error message, if it shows one. */
export function errorMessage(html: string): string | undefined {
  const message = findAll(parse(html), 'p').find((p) => (attr(p, 'class') ?? '').includes('form-message--error'));
  return message ? textOf(message) : undefined;
}

/** Every file under the media folder, relative, `.incoming/` ones included. */
export function mediaFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

/** Files in the media folder that are not renditions the site would serve (a leftover upload, a stray name). */
export function unexpectedMediaFiles(dir: string): string[] {
  return mediaFiles(dir).filter((f) => !MEDIA_FILE_PATTERN.test(f));
}

/** Records every change under `dir` while `run` runs: proof that a refused request wrote nothing, not even for a moment. */
export async function watchWrites(dir: string, run: () => Promise<void>): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const events: string[] = [];
  const watcher = fs.watch(dir, { recursive: true }, (type, name) => events.push(`${type} ${String(name)}`));
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    watcher.close();
  }
  return events;
}
