/// <reference lib="dom" />
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { SLA_TIMER_QUEUE, slaTimerJobId } from '#lines';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { axe, type AxeSummary, clearScreenshots, launchChromium, screenshot, seriousOrCritical } from '../support/browser.js';
import { buildWebApp } from '../../infra/scripts/build-web-app.js';

/** What the keyboard is on: tag, type and accessible-ish name, enough to steer by. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}|${el.type ?? ''}|${label.trim()}`;
  });
}

/** Keyboard input, counted, so the report can say how many keys an intake takes. */
class Keys {
  /** Tab, arrows, Space and Enter: the keys that move and choose. */
  presses = 0;
  /** Characters typed into fields. */
  typed = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.presses++;
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.typed += text.length;
  }

  reset(): void {
    this.presses = 0;
    this.typed = 0;
  }

  /** Presses Tab until the focused element matches; fails after `max` presses. */
  async tabTo(pattern: RegExp, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.press('Tab');
      if (pattern.test(await focused(this.page))) return;
    }
    throw new Error(`Tab never reached ${pattern}; last focus ${await focused(this.page)}`);
  }
}

// A browser story is many round trips; each step still waits on what the page shows, never on time.
jest.setTimeout(240_000);

describe('the web app in a real browser (desk, line and monitor)', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let base: string;
  let browser: Browser;
  const axeResults: AxeSummary[] = [];
  const screenshots: string[] = [];

  beforeAll(async () => {
    clearScreenshots();
    await buildWebApp();
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    worker = await AppProcess.start('line-worker', { RECONCILE_INTERVAL_MS: '300' });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([hub?.stop(), worker?.stop()]);
    const lines = axeResults.map((r) => `  ${r.page.padEnd(28)} passes ${String(r.passes).padStart(3)}  violations ${r.violations.map((v) => `${v.id}(${v.impact},${v.nodes})`).join(' ') || 'none'}`);
    process.stdout.write(`\naxe-core, WCAG 2.1 A+AA:\n${lines.join('\n')}\nscreenshots:\n${screenshots.map((s) => `  ${s}`).join('\n')}\n`);
  });

  // Every context a test opened is closed after it, also when it failed half-way: open tabs slow the next test.
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    // A reload would wipe this; its survival proves every later change arrived live.
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  }

  async function notReloaded(page: Page): Promise<boolean> {
    return page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload === true);
  }

  /** Screenshot plus axe-core; a serious or critical violation fails the test. */
  async function inspect(page: Page, name: string): Promise<void> {
    screenshots.push(await screenshot(page, name));
    const summary = await axe(page, name);
    axeResults.push(summary);
    expect(seriousOrCritical(summary)).toEqual([]);
  }

  const badge = (page: Page, reference: string, status: string): Locator =>
    page.locator(`[data-referral="${reference}"] .ll-status[data-status="${status}"]`);

  /** A quick desk intake with one referral; returns its reference. */
  async function sendOne(desk: Page, o: { name: string; search: string; topic: string; summary: string; urgency?: string }): Promise<string> {
    await desk.getByLabel(/Vragen van de burger/).fill(o.summary);
    await desk.getByLabel('Naam', { exact: true }).fill(o.name);
    const draft = desk.getByRole('group', { name: 'Doorverwijzing 1' });
    await draft.getByLabel('Zoek een onderwerp').fill(o.search);
    await draft.getByRole('radio', { name: o.topic }).click();
    if (o.urgency) await draft.getByRole('radio', { name: o.urgency }).click();
    await draft.getByLabel(/De vraag voor deze organisatie/).fill(o.summary);
    await draft.getByRole('checkbox', { name: 'Naam en contactgegevens' }).click();
    await desk.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    const sent = desk.getByRole('status').filter({ hasText: 'Verstuurd. Referentie' });
    await sent.waitFor();
    return /Referentie: (\S+)\./.exec((await sent.textContent()) ?? '')![1]!;
  }

  /** Keyboard operability of one control: focus it, then Enter, as a keyboard user would. */
  async function pressWithKeyboard(target: Locator): Promise<void> {
    await target.focus();
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    await target.press('Enter');
  }

  /** Set by the appointment story, used by the coordinator's reassign story. */
  let scheduledReference = '';

  it('serves the app from the hub on the same URL as /graphql and starts at sign-in', async () => {
    const page = await newPage();
    await page.goto(`${base}/balie`);
    await page.waitForURL(`${base}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await inspect(page, '01-sign-in');

    await page.getByLabel('Gebruikersnaam').fill('desk.utrecht');
    await page.getByLabel('Wachtwoord').fill('wrong-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Inloggen lukt niet' }).waitFor();
    await inspect(page, '02-sign-in-failed');

    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($p: String!) { signIn(input: { username: "monitor.bzk", password: $p }) { account { role } } }', variables: { p: DEMO_PASSWORD } }),
    });
    expect(await api.json()).toEqual({ data: { signIn: { account: { role: 'MONITOR' } } } });
    await page.context().close();
  });

  it('plays the warm handoff: desk submits, UWV sees it and picks up, the desk sees "opgepakt", Toeslagen never sees it', async () => {
    const [uwv, tsl, desk] = [await newPage(), await newPage(), await newPage()];
    await signIn(uwv, 'specialist.uwv');
    await uwv.getByRole('heading', { level: 1, name: 'Lijn UWV' }).waitFor();
    await signIn(tsl, 'specialist.tsl');
    await tsl.getByRole('heading', { level: 1, name: 'Lijn TSL' }).waitFor();
    await signIn(desk, 'desk.utrecht');
    await desk.getByRole('heading', { level: 1, name: /^Balie/ }).waitFor();
    await inspect(desk, '03-desk-start');
    await inspect(uwv, '04-line-uwv-before');

    // The intake, counted: clicks and filled fields, wall-clock seconds without the screenshot pause.
    // The story's citizen has two questions: WW at UWV now, and a repayment at Toeslagen by callback.
    let clicks = 0;
    let fields = 0;
    const click = async (target: Locator) => (await target.click(), clicks++);
    const fill = async (target: Locator, text: string) => (await target.fill(text), fields++);
    const started = Date.now();
    await fill(desk.getByLabel(/Vragen van de burger/), 'Ik ben mijn baan kwijt. Hoe vraag ik WW aan?\nIk moet toeslag terugbetalen en kan dat niet.');
    await fill(desk.getByLabel('Naam', { exact: true }), 'Testpersoon Synthetisch');
    await fill(desk.getByLabel('Telefoonnummer'), '06 1234 5678');
    const first = desk.getByRole('group', { name: 'Doorverwijzing 1' });
    await fill(first.getByLabel('Zoek een onderwerp'), 'WW');
    await click(first.getByRole('radio', { name: 'WW-uitkering (UWV)' }));
    await fill(first.getByLabel(/De vraag voor deze organisatie/), 'Ontslagen per 1 december, wil WW aanvragen.');
    await click(first.getByRole('checkbox', { name: 'Naam en contactgegevens' }));
    await click(first.getByRole('checkbox', { name: 'De vraag' }));
    await click(desk.getByRole('button', { name: 'Nog een organisatie toevoegen' }));
    const second = desk.getByRole('group', { name: 'Doorverwijzing 2' });
    await fill(second.getByLabel('Zoek een onderwerp'), 'terugvordering');
    await click(second.getByRole('radio', { name: 'terugvordering (TSL)' }));
    await click(second.getByRole('radio', { name: 'Terugbellen' }));
    await fill(second.getByLabel(/De vraag voor deze organisatie/), 'Terugvordering huurtoeslag 2024, vraagt betalingsregeling.');
    await click(second.getByRole('checkbox', { name: 'Naam en contactgegevens' }));
    const paused = Date.now();
    await inspect(desk, '05-desk-intake-filled');
    const resumed = Date.now();
    await click(desk.getByRole('button', { name: 'Doorverwijzing versturen' }));
    const sent = desk.getByRole('status').filter({ hasText: 'Verstuurd. Referentie' });
    await sent.waitFor();
    const seconds = (Date.now() - started - (resumed - paused)) / 1000;
    expect(await sent.textContent()).toMatch(/Referentie: \S+, \S+\./);
    const referenceAt = async (agency: string) =>
      (await desk.locator('[data-referral]').filter({ hasText: agency }).first().getAttribute('data-referral'))!;
    const reference = await referenceAt('Uitvoeringsinstituut Werknemersverzekeringen');
    const tslReference = await referenceAt('Dienst Toeslagen');
    process.stdout.write(`\ndesk intake (story, two referrals, mouse): ${clicks} clicks, ${fields} fields typed, ${seconds.toFixed(1)} s from empty form to "Verstuurd"\n`);

    // It appears in the UWV inbox without a reload; the specialist opens it and picks it up.
    await uwv.locator(`tr[data-referral="${reference}"]`).waitFor();
    await inspect(uwv, '06-line-uwv-new-referral');
    await uwv.getByRole('button', { name: `Open ${reference}` }).click();
    await uwv.getByRole('heading', { name: `Doorverwijzing ${reference}` }).waitFor();
    await uwv.getByText('Testpersoon Synthetisch').waitFor();
    await uwv.getByText('Ontslagen per 1 december, wil WW aanvragen.').waitFor();
    await uwv.getByRole('button', { name: 'Oppakken' }).click();
    await uwv.getByRole('button', { name: 'Contact starten' }).waitFor();

    // The desk sees "opgepakt" without a reload, with the running timer replaced by the pickup time.
    await badge(desk, reference, 'ACCEPTED').waitFor();
    expect(await badge(desk, reference, 'ACCEPTED').textContent()).toBe('Opgepakt');
    await desk.locator(`[data-referral="${reference}"]`).getByText(/^Opgepakt na/).waitFor();
    await desk.locator(`[data-referral="${reference}"] summary`).click();
    await desk.locator(`[data-referral="${reference}"] .ll-timeline li`).nth(3).waitFor();
    expect(await desk.locator(`[data-referral="${reference}"] .ll-timeline li`).allTextContents()).toEqual([
      expect.stringContaining('Demo Loketmedewerker Utrecht maakte de doorverwijzing.'),
      expect.stringContaining('Demo Loketmedewerker Utrecht verstuurde de doorverwijzing.'),
      expect.stringContaining('De lijn van de organisatie heeft de doorverwijzing ontvangen.'),
      expect.stringContaining('Een specialist van de organisatie heeft de doorverwijzing opgepakt.'),
    ]);
    expect(await notReloaded(desk)).toBe(true);
    expect(await notReloaded(uwv)).toBe(true);
    await inspect(desk, '07-desk-picked-up');
    await inspect(uwv, '08-line-uwv-accepted');

    // The specialist works it to the end: start, hold with a reason, resume, complete with an outcome.
    await uwv.getByRole('button', { name: 'Contact starten' }).click();
    await uwv.getByRole('button', { name: 'Wacht even' }).click();
    await uwv.getByLabel(/Waarop wacht u/).fill('Wacht op ontslagbrief');
    await uwv.getByRole('button', { name: 'Bevestigen: Wacht even' }).click();
    await uwv.getByRole('button', { name: 'Verder gaan' }).click();
    await uwv.getByRole('button', { name: 'Afronden' }).click();
    await uwv.getByLabel(/Wat is er gedaan/).fill('WW-aanvraag samen ingediend.');
    await uwv.getByRole('button', { name: 'Bevestigen: Afronden' }).click();
    await uwv.getByText('Deze doorverwijzing is klaar.').waitFor();
    await badge(desk, reference, 'COMPLETED').waitFor();
    await inspect(uwv, '09-line-uwv-completed');

    // Filters: only completed ones.
    await uwv.getByRole('checkbox', { name: 'Afgerond' }).click();
    await uwv.locator(`tr[data-referral="${reference}"]`).waitFor();
    expect(await uwv.locator('tbody tr .ll-status').evaluateAll((els) => els.every((e) => e.getAttribute('data-status') === 'COMPLETED'))).toBe(true);
    await uwv.getByRole('checkbox', { name: 'Gewoon' }).click();
    await uwv.getByText('Geen doorverwijzingen met deze filters.').waitFor();
    await inspect(uwv, '10-line-uwv-filtered');

    // Toeslagen got its own referral live, and never the UWV one: not in its inbox, nowhere on its page.
    await tsl.locator(`tr[data-referral="${tslReference}"]`).waitFor();
    expect(await tsl.locator(`[data-referral="${reference}"]`).count()).toBe(0);
    expect(await tsl.content()).not.toContain(reference);
    expect(await tsl.content()).not.toContain('Ontslagen per 1 december');
    expect(await notReloaded(tsl)).toBe(true);
    await inspect(tsl, '11-line-tsl-inbox');
    await Promise.all([uwv, tsl, desk].map((p) => p.context().close()));
  });

  it('says beside each field what is missing or wrong, including a BSN the hub refuses', async () => {
    const desk = await newPage();
    await signIn(desk, 'desk.utrecht');
    await desk.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    await desk.getByRole('alert').filter({ hasText: '4 velden zijn nog niet goed.' }).waitFor();
    await desk.getByText('Kies een organisatie.').waitFor();
    await desk.getByText('Schrijf minstens één vraag op.').waitFor();
    await desk.getByText('Kies een onderwerp. Zoek eerst met een woord.').waitFor();
    await desk.getByText('Schrijf de vraag voor deze organisatie op.').waitFor();
    await inspect(desk, '12-desk-missing-fields');

    await desk.getByLabel(/Vragen van de burger/).fill('Vraag over kinderbijslag.');
    await desk.getByRole('textbox', { name: 'BSN' }).fill('123456789');
    await desk.getByLabel('Zoek een onderwerp').fill('kinderbijslag');
    await desk.getByRole('radio', { name: 'kinderbijslag (SVB)' }).click();
    await desk.getByLabel(/De vraag voor deze organisatie/).fill('Kinderbijslag is gestopt.');
    await desk.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    await desk.getByText('Dit BSN klopt niet. Kijk de 9 cijfers na.').waitFor();
    expect(await desk.getByRole('textbox', { name: 'BSN' }).getAttribute('aria-invalid')).toBe('true');
    await inspect(desk, '13-desk-bsn-refused');
    await desk.context().close();
  });

  it('takes a whole desk intake by keyboard only, and the line rejects it with a coded reason', async () => {
    const [desk, uwv] = [await newPage(), await newPage()];
    await signIn(uwv, 'specialist.uwv');
    await desk.goto(`${base}/`);
    await desk.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    const keys = new Keys(desk);
    await keys.tabTo(/Gebruikersnaam/);
    await keys.type('desk.utrecht');
    await keys.tabTo(/Wachtwoord/);
    await keys.type(DEMO_PASSWORD);
    await keys.press('Enter');
    await desk.getByRole('heading', { level: 1, name: /^Balie/ }).waitFor();

    keys.reset();
    const started = Date.now();
    await keys.tabTo(/Vragen van de burger/);
    await keys.type('Ik zoek werk na mijn studie.');
    await keys.tabTo(/^input\|text\|Naam$/);
    await keys.type('Testpersoon Toetsenbord');
    await desk.getByRole('option', { name: 'Uitvoeringsinstituut Werknemersverzekeringen' }).waitFor({ state: 'attached' });
    await keys.tabTo(/^select\|.*Organisatie/);
    await keys.type('Uitv');
    expect(await desk.getByRole('combobox', { name: /Organisatie/ }).inputValue()).toBe('UWV');
    await keys.tabTo(/Zoek een onderwerp/);
    await keys.type('werk zoeken');
    await desk.getByRole('radio', { name: 'werk zoeken' }).waitFor();
    await keys.tabTo(/radio\|werk zoeken/);
    await keys.press('Space');
    await keys.tabTo(/radio\|Nu, burger is aan de balie/);
    await keys.press('ArrowDown');
    await keys.press('ArrowDown');
    await keys.tabTo(/De vraag voor deze organisatie/);
    await keys.type('Wil hulp bij werk zoeken.');
    await keys.tabTo(/checkbox\|Naam en contactgegevens/);
    await keys.press('Space');
    await keys.tabTo(/Doorverwijzing versturen/);
    await keys.press('Enter');
    const sent = desk.getByRole('status').filter({ hasText: 'Verstuurd. Referentie' });
    await sent.waitFor();
    const seconds = (Date.now() - started) / 1000;
    const reference = /Referentie: (\S+)\./.exec((await sent.textContent()) ?? '')![1]!;
    expect(await desk.evaluate(() => document.activeElement?.classList.contains('ll-result'))).toBe(true);
    process.stdout.write(`desk intake (keyboard only): ${keys.presses} navigation keys (Tab, arrows, Space, Enter) and ${keys.typed} characters typed, ${seconds.toFixed(1)} s\n`);
    expect(await desk.locator(`[data-referral="${reference}"]`).textContent()).toContain('Gewoon');

    // The timeline opens by keyboard too.
    await keys.tabTo(new RegExp(`summary\\|\\|Verloop \\(${reference}\\)`));
    await keys.press('Enter');
    await desk.locator(`[data-referral="${reference}"] .ll-timeline li`).first().waitFor();
    await inspect(desk, '14-desk-keyboard-intake');

    await uwv.getByRole('button', { name: `Open ${reference}` }).click();
    await uwv.getByText('De burger deelt de vraag niet met u.').waitFor();
    await uwv.getByRole('button', { name: 'Terugsturen' }).click();
    await uwv.getByLabel(/Reden/).selectOption('NOT_OUR_DOMAIN');
    await uwv.getByLabel('Toelichting voor de balie').fill('Past beter bij DUO.');
    await inspect(uwv, '15-line-uwv-reject-form');
    await uwv.getByRole('button', { name: 'Bevestigen: Terugsturen' }).click();
    await badge(desk, reference, 'REJECTED').waitFor();
    expect(await desk.locator(`[data-referral="${reference}"]`).textContent()).toContain('Hoort niet bij ons');
    await inspect(desk, '16-desk-rejected');
    await Promise.all([uwv, desk].map((p) => p.context().close()));
  });

  it('alerts the desk when a LIVE referral is not picked up in time, lets it withdraw, and ends the session with the token (browser clock fast-forwarded)', async () => {
    const desk = await newPage();
    await desk.clock.install();
    await signIn(desk, 'desk.utrecht');
    await desk.getByLabel(/Vragen van de burger/).fill('Vraag over toeslag.');
    await desk.getByLabel('Zoek een onderwerp').fill('huurtoeslag');
    await desk.getByRole('radio', { name: 'huurtoeslag (TSL)' }).click();
    await desk.getByLabel(/De vraag voor deze organisatie/).fill('Huurtoeslag stopt, weet niet waarom.');
    await desk.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    const sent = desk.getByRole('status').filter({ hasText: 'Verstuurd. Referentie' });
    await sent.waitFor();
    const reference = /Referentie: (\S+)\./.exec((await sent.textContent()) ?? '')![1]!;
    const row = desk.locator(`[data-referral="${reference}"]`);
    await row.getByText(/^Nog niet opgepakt na/).waitFor();
    expect(await row.getByRole('alert').count()).toBe(0);
    await desk.clock.fastForward('05:01');
    await row.getByRole('alert').filter({ hasText: 'Dienst Toeslagen heeft nog niet opgepakt.' }).waitFor();
    await inspect(desk, '17-desk-not-picked-up-alert');

    // The citizen goes home: the LIVE referral becomes a callback, by keyboard.
    await pressWithKeyboard(row.getByRole('button', { name: `Maak er terugbellen van: ${reference}` }));
    await row.locator('.ll-referral__meta').filter({ hasText: 'Terugbellen' }).waitFor();
    await inspect(desk, '17b-desk-converted-to-callback');

    // The citizen cannot wait any longer: the desk withdraws it with a reason.
    await row.getByRole('button', { name: `Intrekken ${reference}` }).click();
    await row.getByLabel(/Waarom trekt u deze doorverwijzing in/).fill('Burger kon niet langer wachten.');
    await row.getByRole('button', { name: 'Bevestigen: intrekken' }).click();
    await badge(desk, reference, 'CANCELLED').waitFor();
    expect(await row.getByRole('alert').count()).toBe(0);

    // The session ends with the token; the sign-in page says why.
    await desk.clock.fastForward('15:00');
    await desk.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await desk.getByText('U bent uitgelogd. Log opnieuw in.').waitFor();
    await inspect(desk, '18-sign-in-after-expiry');
    await desk.context().close();
  });

  it('lets a specialist take the next referral and plan an appointment; the desk prints the summary and lets go only through the gate', async () => {
    const [desk, uwv] = [await newPage(), await newPage()];
    await signIn(desk, 'desk.utrecht');
    await signIn(uwv, 'specialist.uwv');
    const reference = await sendOne(desk, { name: 'Testpersoon Afspraak', search: 'WW', topic: 'WW-uitkering (UWV)', summary: 'Ontslagen, wil WW aanvragen.' });
    const visit = desk.locator('section[aria-labelledby="board"] article').filter({ hasText: 'Hulpvraag van Testpersoon Afspraak' });
    await uwv.locator(`tr[data-referral="${reference}"] .ll-status[data-status="RECEIVED"]`).waitFor();

    // The gate refuses while the line has not picked up and planned, and says which referral blocks, in B1 Dutch.
    await pressWithKeyboard(visit.getByRole('button', { name: 'Sluit de hulpvraag af: Hulpvraag van Testpersoon Afspraak' }));
    const blocked = visit.getByRole('alert').filter({ hasText: 'U kunt de hulpvraag nog niet afsluiten.' });
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain(`Uitvoeringsinstituut Werknemersverzekeringen (${reference}) heeft de vraag nog niet opgepakt.`);
    await inspect(desk, '22-desk-let-go-blocked');

    // "Pak de volgende" claims the most urgent received referral; earlier runs may have left others on the line.
    const heading = uwv.getByRole('heading', { level: 2, name: /^Doorverwijzing / });
    let shown = '';
    for (let taken = 0; taken < 30 && shown !== `Doorverwijzing ${reference}`; taken++) {
      await pressWithKeyboard(uwv.getByRole('button', { name: 'Pak de volgende' }));
      await uwv.waitForFunction((previous) => {
        const detail = Array.from(document.querySelectorAll('h2')).find((h) => h.textContent?.startsWith('Doorverwijzing '));
        return detail !== undefined && detail.textContent !== previous;
      }, shown);
      shown = (await heading.textContent()) ?? '';
    }
    expect(await heading.textContent()).toBe(`Doorverwijzing ${reference}`);
    await badge(desk, reference, 'ACCEPTED').waitFor();
    await inspect(uwv, '23-line-taken-next');

    // The appointment, with what to bring: the topic's own list plus a free item.
    await pressWithKeyboard(uwv.getByRole('button', { name: 'Maak een afspraak' }));
    const form = uwv.getByRole('form', { name: `Afspraak voor ${reference}` });
    await form.getByText('Uw laatste loonstrook').waitFor();
    await form.getByLabel('Waar?').fill('UWV-kantoor Utrecht');
    await form.getByLabel(/Wat moet de burger nog meer meenemen/).fill('Arbeidscontract');
    await inspect(uwv, '24-line-schedule-form');
    await form.getByRole('button', { name: 'Leg de afspraak vast' }).click();
    await uwv.getByRole('heading', { level: 3, name: 'Afspraak' }).waitFor();
    await uwv.getByRole('listitem').filter({ hasText: 'Arbeidscontract' }).waitFor();
    await desk.locator(`[data-referral="${reference}"] .ll-appointment`).waitFor();
    expect(await notReloaded(desk)).toBe(true);
    scheduledReference = reference;

    // The citizen's summary from the hub, printed with the browser's print dialog (print style sheet: only the summary).
    await pressWithKeyboard(visit.getByRole('button', { name: 'Samenvatting voor de burger: Hulpvraag van Testpersoon Afspraak' }));
    const summary = desk.locator('#root .ll-print');
    await summary.getByText(`Uw nummer: ${reference}`).waitFor();
    expect(await summary.textContent()).toContain('Arbeidscontract');
    await inspect(desk, '25-desk-citizen-summary');
    await desk.evaluate(() => (window.print = () => ((window as unknown as { printed: boolean }).printed = true)));
    await pressWithKeyboard(summary.getByRole('button', { name: 'Druk af' }));
    expect(await desk.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    await desk.emulateMedia({ media: 'print' });
    // On paper only the summary's copy outside the app root shows: the app itself is not displayed.
    expect(await desk.locator('#root').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const copy = desk.locator('body > .ll-print-copy');
    expect(await copy.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await copy.textContent()).toContain(`Uw nummer: ${reference}`);
    screenshots.push(await screenshot(desk, '26-desk-summary-print-media'));
    await desk.emulateMedia({ media: 'screen' });

    // Picked up and planned: the warning went by itself, and the gate lets go after a confirmation.
    await blocked.waitFor({ state: 'detached' });
    await pressWithKeyboard(visit.getByRole('button', { name: 'Sluit de hulpvraag af: Hulpvraag van Testpersoon Afspraak' }));
    await pressWithKeyboard(visit.getByRole('button', { name: 'Ja, sluit af' }));
    await visit.waitFor({ state: 'detached' });
    await desk.getByRole('status').filter({ hasText: 'Hulpvraag van Testpersoon Afspraak is afgesloten.' }).waitFor();
    await inspect(desk, '27-desk-visit-closed');
    await Promise.all([uwv, desk].map((p) => p.context().close()));
  });

  it('rejects with the agency\'s own coded reasons, and the desk re-routes in one step with the chain visible', async () => {
    const [desk, cjib] = [await newPage(), await newPage()];
    await signIn(desk, 'desk.utrecht');
    await signIn(cjib, 'specialist.cjib');
    const reference = await sendOne(desk, { name: 'Testpersoon Doorsturen', search: 'verkeersboete', topic: 'verkeersboete (CJIB)', summary: 'Vraag over een studieschuld, geen boete.' });
    await cjib.getByRole('button', { name: `Open ${reference}` }).click();
    await cjib.getByRole('button', { name: 'Terugsturen' }).click();
    // CJIB collects on others' decisions: "needs a formal request" is not on its list.
    const reasons = await cjib.getByLabel(/Reden/).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(reasons).toEqual(['NOT_OUR_DOMAIN', 'INSUFFICIENT_INFORMATION', 'CITIZEN_NOT_KNOWN', 'DUPLICATE']);
    await cjib.getByLabel(/Reden/).selectOption('NOT_OUR_DOMAIN');
    await cjib.getByRole('button', { name: 'Bevestigen: Terugsturen' }).click();
    await badge(desk, reference, 'REJECTED').waitFor();

    const row = desk.locator(`[data-referral="${reference}"]`);
    await pressWithKeyboard(row.getByRole('button', { name: `Stuur door naar een andere organisatie: ${reference}` }));
    const form = row.getByRole('form', { name: `Doorsturen in plaats van ${reference}` });
    await form.getByLabel('Zoek een onderwerp').fill('studieschuld');
    await form.getByRole('radio', { name: 'studieschuld terugbetalen (DUO)' }).click();
    await form.getByLabel(/De vraag voor deze organisatie/).fill('Vraag over het maandbedrag van de studieschuld.');
    await form.getByRole('checkbox', { name: 'Naam en contactgegevens' }).click();
    await inspect(desk, '28-desk-reroute-form');
    await form.getByRole('button', { name: 'Stuur door' }).click();
    const chain = row.locator('.ll-chain');
    await chain.waitFor();
    const next = /Doorgestuurd als (\S+)/.exec((await chain.textContent()) ?? '')![1]!;
    await desk.locator(`[data-referral="${next}"]`).filter({ hasText: 'Dienst Uitvoering Onderwijs' }).waitFor();
    await row.getByRole('button', { name: /^Stuur door naar een andere organisatie/ }).waitFor({ state: 'detached' });
    await inspect(desk, '29-desk-rerouted');
    // The new referral goes to DUO's line only; CJIB's timeline names it, its inbox never lists it.
    expect(await cjib.locator(`tr[data-referral="${next}"]`).count()).toBe(0);
    await Promise.all([cjib, desk].map((p) => p.context().close()));
  });

  it('gives a coordinator the overdue-now list and deadlines, and lets them hand a referral to a colleague', async () => {
    expect(scheduledReference).not.toBe('');
    const page = await newPage();
    await signIn(page, 'coordinator.uwv');
    await page.getByRole('columnheader', { name: 'Uiterlijk' }).waitFor();
    await page.getByRole('checkbox', { name: 'Alleen wat nu te laat is' }).press('Space');
    await page.getByRole('heading', { level: 2, name: 'Nu te laat' }).waitFor();
    await page.locator('.ll-inbox table, .ll-inbox p').first().waitFor();
    // Whatever the hub lists as overdue now shows the word, not only a colour.
    expect(await page.locator('tbody [data-deadline]').evaluateAll((els) => els.every((e) => e.getAttribute('data-deadline') === 'OVERDUE'))).toBe(true);
    await inspect(page, '30-line-coordinator-overdue');
    await page.getByRole('button', { name: 'Alle filters weghalen' }).click();
    await page.getByRole('checkbox', { name: 'Opgepakt' }).click();

    await page.getByRole('button', { name: `Open ${scheduledReference}` }).click();
    await page.getByText('Behandelaar: Demo Specialist UWV', { exact: true }).waitFor();
    await pressWithKeyboard(page.getByRole('button', { name: 'Geef aan collega' }));
    await page.getByLabel(/Welke collega/).selectOption({ label: 'Demo Specialist UWV 2' });
    await inspect(page, '31-line-reassign-form');
    await page.getByRole('button', { name: 'Bevestigen: Geef aan collega' }).click();
    await page.getByText('Behandelaar: Demo Specialist UWV 2').waitFor();
    await page.context().close();
  });

  it('shows BZK a dashboard of figures per line, with no personal data', async () => {
    const page = await newPage();
    await signIn(page, 'monitor.bzk');
    await page.getByRole('heading', { level: 1, name: 'Monitor professionele lijnen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Per organisatie' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Per servicepunt' }).waitFor();
    await page.getByTestId('warm-visits-now').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Testpersoon|06 1234|Ontslagen|\d{9}/);
    await inspect(page, '19-monitor');
    await page.context().close();
  });

  it('switches the whole interface to English and back', async () => {
    const page = await newPage();
    await signIn(page, 'desk.utrecht');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'New visit' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await inspect(page, '20-desk-english');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nieuwe hulpvraag' }).waitFor();

    // Reflow (WCAG 1.4.10): on a phone-sized screen the columns stack and nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await inspect(page, '21-desk-narrow-screen');
    await page.context().close();
  });

  it('shows the coordinator an escalation live on their own list, and lets the line fail a referral it accepted with a coded reason', async () => {
    const [desk, duo, coordinator] = [await newPage(), await newPage(), await newPage()];
    await signIn(desk, 'desk.utrecht');
    await signIn(duo, 'specialist.duo');
    await signIn(coordinator, 'coordinator.duo');
    await coordinator.getByText('Sinds u deze pagina opende, is niets naar u doorgezet.').waitFor();
    const reference = await sendOne(desk, { name: 'Testpersoon Lukt Niet', search: 'studieschuld', topic: 'studieschuld terugbetalen (DUO)', summary: 'Vraag over aflossen.' });
    await duo.locator(`tr[data-referral="${reference}"] .ll-status[data-status="RECEIVED"]`).waitFor();

    // The accept deadline and its grace pass without pickup: the escalation timer fires now.
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const timers = new Queue(SLA_TIMER_QUEUE, { connection: redis });
    try {
      await db.connect();
      const { rows } = await db.query(
        `SELECT t.id FROM referral_timer t JOIN referral r ON r.id = t.referral_id WHERE r.reference = $1 AND t.kind = 'ACCEPT_ESCALATION' AND t.settled_at IS NULL`,
        [reference],
      );
      await db.query('UPDATE referral_timer SET fire_at = now() WHERE id = $1', [rows[0].id]);
      let job = await timers.getJob(slaTimerJobId(rows[0].id));
      while (!job) job = await new Promise((r) => setTimeout(r, 50)).then(() => timers.getJob(slaTimerJobId(rows[0].id)));
      await job.promote();
    } finally {
      await timers.close();
      redis.disconnect();
      await db.end();
    }
    const escalated = coordinator.locator(`[data-escalated="${reference}"]`);
    await escalated.waitFor();
    await inspect(coordinator, '32-line-coordinator-escalated');
    await escalated.getByRole('button', { name: `Open ${reference}` }).click();
    await coordinator.getByRole('heading', { level: 2, name: `Doorverwijzing ${reference}` }).waitFor();

    await duo.getByRole('button', { name: `Open ${reference}` }).click();
    await duo.getByRole('button', { name: 'Oppakken' }).click();
    await duo.getByRole('button', { name: 'Lukt niet' }).click();
    const reasons = await duo.getByLabel(/Waarom lukt het niet/).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(reasons).toEqual(['NO_AGENCY_CAN_HELP', 'CITIZEN_UNREACHABLE']);
    await duo.getByLabel(/Waarom lukt het niet/).selectOption('CITIZEN_UNREACHABLE');
    await duo.getByLabel('Toelichting voor de balie').fill('Drie keer gebeld.');
    await inspect(duo, '33-line-fail-form');
    await duo.getByRole('button', { name: 'Bevestigen: Lukt niet' }).click();
    await duo.getByText('Deze doorverwijzing is klaar.').waitFor();
    await badge(desk, reference, 'FAILED').waitFor();
    await desk.locator(`[data-referral="${reference}"]`).getByText(/Burger niet bereikt/).waitFor();
    expect(await notReloaded(desk)).toBe(true);
    await inspect(desk, '34-desk-referral-failed');
    await Promise.all([desk, duo, coordinator].map((p) => p.context().close()));
  });
});
