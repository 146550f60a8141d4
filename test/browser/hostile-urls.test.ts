import { describe, expect, inject, it } from 'vitest';
import { readAttackList } from '../helpers/attacks.ts';
import { oneLine } from '../helpers/html.ts';
import { rawGet, type RawAnswer } from '../helpers/raw-http.ts';

/** Request targets a browser would never send, straight to the server over a raw socket. */

const baseUrl = inject('baseUrl');

describe('public site', () => {
  it('answers hostile URLs with an HTML error page, never a crash or a stack', async () => {
    const paths = [
      '/fr/%',
      '/fr/%E0%A4%A',
      '/fr/a%00b',
      '/xx/',
      `/fr/${'a'.repeat(8000)}`,
      '/fr/../../etc/passwd',
      '/fr/%2e%2e/%2e%2e/',
      '//evil.example',
      '/fr/<script>',
      ...attackPaths(),
    ];
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    for (const target of paths) {
      const label = target.length > 100 ? `${target.slice(0, 60)}…(${target.length} chars)` : target;
      let answer: RawAnswer;
      try {
        answer = await rawGet(baseUrl, target);
      } catch (error) {
        problems.push(`${label}: no answer (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const problem = judgeHostileAnswer(target, answer);
      if (problem !== null) problems.push(`${label}: ${problem}`);
    }
    const histogram = [...statuses].map(([status, count]) => `${status}×${count}`).join(', ');
    console.log(`hostile URLs: ${paths.length} sent (${histogram}), ${problems.length} problems`);

    const home = await rawGet(baseUrl, '/');
    expect(home.status, 'the server still answers / afterwards').toBe(303);
    expect(problems.join('\n'), 'hostile URLs answered badly').toBe('');
  });
});

/**
 * What is wrong with the answer to a hostile target, or null when it is a 400 or 404 HTML page
 * without a stack, an error or /etc/passwd in it (or, for `//host`, a redirect that stays on the site).
 */
function judgeHostileAnswer(target: string, answer: RawAnswer): string | null {
  const problems: string[] = [];
  if (answer.status >= 300 && answer.status < 400 && target.startsWith('//')) {
    if (answer.location === null) return `${answer.status} without Location`;
    const next = new URL(answer.location, `${baseUrl}/`);
    return next.origin === new URL(baseUrl).origin
      ? null
      : `${answer.status} redirect off the site to ${answer.location}`;
  }
  if (answer.status !== 400 && answer.status !== 404) {
    problems.push(
      `status ${answer.status}${answer.location !== null ? ` → ${answer.location}` : ''}, expected 400 or 404`,
    );
  }
  if (!/^text\/html\b/i.test(answer.contentType)) problems.push(`content-type ${JSON.stringify(answer.contentType)}`);
  if (!/<html[^>]*\slang=/i.test(answer.body)) problems.push(`body has no <html lang>: ${oneLine(answer.body, 120)}`);
  const stack = /\bat .*\.ts:\d+/.exec(answer.body);
  if (stack) problems.push(`body shows a stack frame: ${oneLine(stack[0], 120)}`);
  const error = /.{0,40}Error:.{0,80}/.exec(answer.body);
  if (error) problems.push(`body shows an error: ${oneLine(error[0], 120)}`);
  if (answer.body.includes('root:x:0:0')) problems.push('body contains /etc/passwd');
  return problems.length > 0 ? problems.join('; ') : null;
}

/**
 * Every 10th payload of shared/attacks/path-traversal.txt as a request target under /fr/,
 * leaving out those no HTTP client could send (spaces, control or non-ASCII characters, '#').
 */
function attackPaths(): string[] {
  return readAttackList('path-traversal.txt')
    .filter((_, index) => index % 10 === 0)
    .map((payload) => payload.replaceAll('{FILE}', 'etc/passwd'))
    .map((payload) => (payload.startsWith('/') ? payload : `/fr/${payload}`))
    .filter((target) => /^[\x21-\x7e]+$/.test(target) && !target.includes('#'));
}
