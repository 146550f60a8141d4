import { parse } from 'parse5';
import { attr, findAll } from './html.ts';

/**
 * A minimal browser for HTTP tests against a running server: keeps cookies, reads a page's
 * first POST form (CSRF token included) and submits it with changes.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The cookies held, as a Cookie header, e.g. to hand this session to a browser. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string): Promise<{ status: number; body: string; location: string | null }> {
    return this.send(path, { method: 'GET' });
  }

  /** Submits the page's form whose action is `action`, with its current values overridden by `changes`. */
  async submitForm(pageBody: string, action: string, changes: Record<string, string> = {}) {
    const form = findAll(parse(pageBody), 'form').find((f) => attr(f, 'action') === action && attr(f, 'method') === 'post');
    if (!form) throw new Error(`no POST form to ${action} on the page`);
    const values = new URLSearchParams();
    for (const input of findAll(form, 'input')) {
      const name = attr(input, 'name');
      if (!name || (attr(input, 'type') === 'checkbox' && attr(input, 'checked') === undefined)) continue;
      values.append(name, attr(input, 'value') ?? '');
    }
    for (const area of findAll(form, 'textarea')) {
      const name = attr(area, 'name');
      if (name) values.append(name, area.childNodes.map((n) => ('value' in n ? n.value : '')).join(''));
    }
    for (const select of findAll(form, 'select')) {
      const name = attr(select, 'name');
      const chosen = findAll(select, 'option').filter((o) => attr(o, 'selected') !== undefined);
      if (name) for (const option of chosen) values.append(name, attr(option, 'value') ?? '');
    }
    for (const [name, value] of Object.entries(changes)) values.set(name, value);
    return this.send(action, { method: 'POST', body: values.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  private async send(path: string, init: { method: string; body?: string; headers?: Record<string, string> }) {
    const response = await fetch(this.baseUrl + path, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: this.cookieHeader() },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, body: await response.text(), location: response.headers.get('location') };
  }
}
