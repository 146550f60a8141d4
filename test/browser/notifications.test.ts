import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { WCAG_21_AA, formatAxe, type AxeViolation } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { VIEWPORT } from '../helpers/site.ts';

/**
 * A story sent through the public form reaches a moderator's notifications: the count in the
 * navigation, the list (axe), marking it read from the keyboard, and choosing the daily digest on
 * the account page.
 */

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function axe(page: Page): Promise<AxeViolation[]> {
  const result = await new AxeBuilder({ page }).withTags([...WCAG_21_AA]).analyze();
  return result.violations.map((v) => ({
    url: page.url(),
    id: v.id,
    impact: String(v.impact ?? ''),
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
  }));
}

describe('notifications in the back office', () => {
  it('tells a moderator of a story, lets them mark it read by keyboard and choose the daily digest', async () => {
    const visitor = await browser.newContext({ viewport: VIEWPORT });
    const staff = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const admin = await staff.newPage();
      await signInAs(admin, { baseUrl, dataDir }, 'editor', 'notified-editor@example.org');

      const tab = await visitor.newPage();
      await tab.goto(`${baseUrl}/fr/share-your-story`);
      await tab.getByLabel(/Votre prénom ou un pseudonyme/).fill('Nadia');
      await tab.getByLabel(/Pays d’origine/).selectOption('MA');
      await tab.getByLabel(/Pays où vous vivez aujourd’hui/).selectOption('FR');
      await tab.getByLabel(/Votre histoire/).fill('Je donne des cours de darija aux enfants de mon immeuble le samedi matin.');
      await tab.getByLabel('J’ai lu ce texte et je suis d’accord.').check();
      await tab.getByRole('button', { name: 'Envoyer mon histoire' }).click();
      await tab.waitForURL(/\/fr\/share-your-story\/thank-you$/);

      await admin.goto(`${baseUrl}/admin`);
      const navLink = admin.locator('nav a[href="/admin/notifications"]');
      expect(await navLink.innerText()).toMatch(/^Notifications\s+1 non lue$/);
      await navLink.click();
      await admin.waitForURL(/\/admin\/notifications$/);
      const item = admin.locator('.notification--unread');
      expect(await item.count()).toBe(1);
      expect(await item.innerText()).toContain('Récit reçu');
      expect(await item.getByRole('link', { name: 'Récit reçu' }).getAttribute('href')).toMatch(/^\/admin\/submissions\//);
      expect(await item.innerText()).not.toContain('Nadia');
      const violations = await axe(admin);
      await admin.screenshot({ path: '/tmp/notify-list.png', fullPage: true }).catch(() => undefined);

      // Keyboard only: focus the button, press Enter; the page says it was done and the count goes.
      const markRead = admin.getByRole('button', { name: /Marquer comme lue/ });
      await markRead.focus();
      await admin.keyboard.press('Enter');
      await admin.waitForURL(/done=read/);
      expect(await admin.getByRole('status').innerText()).toBe('Notification marquée comme lue.');
      expect(await admin.locator('.nav-count').count()).toBe(0);
      expect(await admin.locator('.notification--unread').count()).toBe(0);
      violations.push(...(await axe(admin)));

      await admin.goto(`${baseUrl}/admin/account`);
      const digest = admin.getByRole('group', { name: 'Récit reçu' }).getByLabel('Résumé quotidien');
      await digest.focus();
      await admin.keyboard.press('Space');
      expect(await digest.isChecked()).toBe(true);
      await admin.getByRole('button', { name: 'Enregistrer les préférences' }).click();
      await admin.waitForURL(/\/admin\/account\?done=notifications#notifications$/);
      expect(await admin.getByRole('status').innerText()).toBe('Vos préférences de notification sont enregistrées.');
      expect(await admin.getByRole('group', { name: 'Récit reçu' }).getByLabel('Résumé quotidien').isChecked()).toBe(true);
      violations.push(...(await axe(admin)));
      await admin.screenshot({ path: '/tmp/notify-account.png', fullPage: true }).catch(() => undefined);
      expect(violations, formatAxe(violations, baseUrl)).toEqual([]);
    } finally {
      await visitor.close();
      await staff.close();
    }
  });
});
