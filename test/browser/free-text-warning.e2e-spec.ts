/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { syntheticBsn } from '#domain';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { buildWebApp } from '../../infra/scripts/build-web-app.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { axe, launchChromium, screenshot, seriousOrCritical } from '../support/browser.js';

// Each step waits on what the page shows, never on time.
jest.setTimeout(90_000);

describe('the desk is told beside the field when free text carries personal data without consent', () => {
  let hub: AppProcess;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    await buildWebApp();
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function signedInDesk(): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Gebruikersnaam').fill('desk.utrecht');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    return page;
  }

  it('warns beside "De vraag voor deze organisatie" and keeps sending off until the BSN is consented or gone', async () => {
    const desk = await signedInDesk();
    const bsn = syntheticBsn(8080);
    await desk.getByLabel(/Vragen van de burger/).fill('Wil een boete in delen betalen.');
    const draft = desk.getByRole('group', { name: 'Doorverwijzing 1' });
    await draft.getByLabel('Zoek een onderwerp').fill('betalingsregeling');
    await draft.getByRole('radio', { name: 'betalingsregeling (CJIB)' }).click();
    const question = draft.getByLabel(/De vraag voor deze organisatie/);
    await question.fill(`Wil in delen betalen. BSN ${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`);
    const send = desk.getByRole('button', { name: 'Doorverwijzing versturen' });

    const warning = draft.getByText('Hier staat een BSN. De burger gaf geen toestemming om dit te delen met Centraal Justitieel Incassobureau.', { exact: false });
    await warning.waitFor();
    expect(await question.getAttribute('aria-invalid')).toBe('true');
    expect(await send.isDisabled()).toBe(true);
    await screenshot(desk, '40-desk-free-text-bsn-warning');
    expect(seriousOrCritical(await axe(desk, 'desk free-text warning'))).toEqual([]);

    // An IBAN never goes, whatever the consent.
    await question.fill('Betaalt vanaf NL91 ABNA 0417 1643 00');
    await draft.getByText('Hier staat een rekeningnummer (IBAN). Dat mag niet in deze tekst.', { exact: false }).waitFor();
    expect(await send.isDisabled()).toBe(true);

    // The citizen agrees to share the BSN with CJIB: the same text may go as written.
    await question.fill(`Wil in delen betalen. BSN ${bsn}`);
    await warning.waitFor();
    await draft.getByRole('checkbox', { name: 'BSN' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await question.getAttribute('aria-invalid')).not.toBe('true');
    expect(await send.isDisabled()).toBe(false);
    await send.click();
    await desk.getByRole('status').filter({ hasText: 'Verstuurd. Referentie' }).waitFor();
    await desk.context().close();
  });

  it('says it in English too', async () => {
    const desk = await signedInDesk();
    await desk.getByRole('button', { name: 'English' }).click();
    const draft = desk.getByRole('group', { name: 'Referral 1' });
    await draft.getByLabel(/The question for this agency/).fill('Call back on 06-12345678');
    await draft.getByText('This text contains a phone number. The citizen did not agree to share it with this agency.', { exact: false }).waitFor();
    expect(await desk.getByRole('button', { name: 'Send referral' }).isDisabled()).toBe(true);
    await desk.context().close();
  });
});
