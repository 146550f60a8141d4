import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../helpers/admin-browser.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { VIEWPORT } from '../helpers/site.ts';

/** A visitor shares a story through the public form; a moderator approves it into a draft story. */

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('Share your story', () => {
  it('takes a story from the campaign page to the moderation queue, and a moderator makes it a draft story', async () => {
    const visitor = await browser.newContext({ viewport: VIEWPORT });
    const moderator = await browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await visitor.newPage();
      await tab.goto(`${baseUrl}/fr/journee-internationale-des-migrants-2019`);
      await tab.getByRole('link', { name: 'Racontez votre histoire' }).click();
      await tab.waitForURL(/\/fr\/share-your-story$/);

      // Sent without agreeing: the form comes back with the reason and keeps what was typed.
      await tab.getByLabel(/Votre prénom ou un pseudonyme/).fill('Amina');
      await tab.getByLabel(/Pays d’origine/).selectOption('SO');
      await tab.getByLabel(/Pays où vous vivez aujourd’hui/).selectOption('KE');
      const story = 'J’ai ouvert une petite boulangerie à Nairobi.\n\nMes voisins viennent goûter le pain de mon enfance.';
      await tab.getByLabel(/Votre histoire/).fill(story);
      await tab.evaluate(() => document.querySelector('form')?.setAttribute('novalidate', ''));
      await tab.getByRole('button', { name: 'Envoyer mon histoire' }).click();
      await expect.poll(() => tab.locator('.error-summary').count()).toBe(1);
      expect(await tab.getByLabel(/Votre histoire/).inputValue()).toBe(story);
      expect(await tab.getByLabel(/Votre prénom ou un pseudonyme/).inputValue()).toBe('Amina');

      await tab.getByLabel('J’ai lu ce texte et je suis d’accord.').check();
      await tab.getByRole('button', { name: 'Envoyer mon histoire' }).click();
      await tab.waitForURL(/\/fr\/share-your-story\/thank-you$/);
      expect(await tab.locator('h1').innerText()).toBe('Merci pour votre histoire');

      const admin = await moderator.newPage();
      await signInAs(admin, { baseUrl, dataDir }, 'reviewer', 'moderation@example.org');
      await admin.goto(`${baseUrl}/admin/submissions`);
      await admin.getByRole('link', { name: /Amina/ }).first().click();
      expect(await admin.locator('main').innerText()).toContain('boulangerie à Nairobi');
      await admin.locator('#confirm-approve').check();
      await admin.getByRole('button', { name: /Approuver|Approve/ }).click();
      await admin.waitForURL(/done=approved/);
      await admin.locator(`main a[href^="/admin/documents/"]`).first().click();
      await admin.waitForURL(/\/admin\/documents\/[0-9a-f-]+$/);
      const overview = await admin.locator('main').innerText();
      expect(overview).toContain('Amina');
      // A draft: nothing reaches the public site until someone publishes it.
      expect(overview).toMatch(/Brouillon|Draft/);
    } finally {
      await visitor.close();
      await moderator.close();
    }
  }, 90_000);
});
