import type { Page } from 'playwright-core';
import { addUser } from './cli.ts';

export const TEST_PASSWORD = 'a long password for browser tests';

/**
 * Creates an account with the CLI and signs in through the real forms: the one-time
 * set-password link, then the sign-in page. Leaves the page on the back office.
 */
export async function signInAs(
  page: Page,
  site: { baseUrl: string; dataDir: string },
  role: string,
  email: string,
  locales: readonly string[] = [],
): Promise<void> {
  const link = addUser({ dataDir: site.dataDir, publicUrl: site.baseUrl }, role, email, locales);
  await page.goto(link);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.click('main form button[type="submit"]');
  await page.waitForURL(/\/admin\/sign-in/);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await page.click('main form button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/sign-in'));
}
