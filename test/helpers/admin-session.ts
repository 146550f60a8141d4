import type { LightMyRequestResponse } from 'fastify';
import { parse } from 'parse5';
import { SYSTEM, type Role } from '../../src/modules/accounts/index.ts';
import type { LocaleCode } from '../../src/modules/locales/index.ts';
import type { TestSite } from './build-test-app.ts';
import { attr, findAll, textOf, type HtmlElement, type HtmlNode } from './html.ts';

export const TEST_PASSWORD = 'a long enough test password';

export type FormFields = Readonly<Record<string, string | readonly string[]>>;

/** A signed-in back-office user who sends requests through app.inject, with the session's form token. */
export interface AdminClient {
  readonly userId: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form: FormFields): Promise<LightMyRequestResponse>;
}

let counter = 0;

/** Creates an account with a password and signs it in (each from its own client address, so limits never meet). */
export async function signInAs(
  site: TestSite,
  role: Role,
  options: { locales?: readonly LocaleCode[]; uiLocale?: LocaleCode; email?: string } = {},
): Promise<AdminClient> {
  counter++;
  const email = options.email ?? `${role}-${counter}@example.org`;
  const { user, setPasswordToken } = await site.accounts.users.createUser({
    email,
    role,
    displayName: `${role} ${counter}`,
    locales: options.locales ?? [],
    ...(options.uiLocale ? { uiLocale: options.uiLocale } : {}),
    actor: SYSTEM,
  });
  await site.accounts.users.setPasswordWithToken({ token: setPasswordToken, password: TEST_PASSWORD });
  const { token, session } = await site.accounts.sessions.signIn({
    email,
    password: TEST_PASSWORD,
    clientAddress: `10.${Math.floor(counter / 250)}.${counter % 250}.9`,
  });
  const cookie = `ensemble_session=${token}`;
  return {
    userId: user.id,
    get: (url) => site.app.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url, form) =>
      site.app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: encodeForm({ ...form, _csrf: session.csrfToken }),
      }),
  };
}

export function encodeForm(form: FormFields): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    for (const v of typeof value === 'string' ? [value] : value) params.append(key, v);
  }
  return params.toString();
}

/** The `.field` block holding the input (or textarea/select) named `name`, with its value and error. */
export function fieldOf(html: string | HtmlNode, name: string): { value: string; error: string | undefined; element: HtmlElement } {
  const root = typeof html === 'string' ? parse(html) : html;
  const block = findAll(root, 'div').find(
    (div) =>
      (attr(div, 'class') ?? '').split(' ').includes('field') &&
      ['input', 'textarea', 'select'].some((tag) => findAll(div, tag).some((el) => attr(el, 'name') === name)),
  );
  if (!block) throw new Error(`no field named ${name}`);
  const control = ['input', 'textarea', 'select'].flatMap((tag) => findAll(block, tag)).find((el) => attr(el, 'name') === name)!;
  const value =
    control.tagName === 'textarea'
      ? textOf(control)
      : control.tagName === 'select'
        ? findAll(control, 'option').filter((o) => attr(o, 'selected') !== undefined).map((o) => attr(o, 'value')).join(',')
        : (attr(control, 'value') ?? '');
  const error = findAll(block, 'p').find((p) => attr(p, 'class') === 'field__error');
  return { value, error: error ? textOf(error) : undefined, element: control };
}

/** The value of the (first) input named `name`, hidden ones included. */
export function inputValue(html: string, name: string): string | undefined {
  const input = findAll(parse(html), 'input').find((el) => attr(el, 'name') === name);
  return input ? attr(input, 'value') : undefined;
}
