/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { buildWebApp } from '../../infra/scripts/build-web-app.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { axe, launchChromium, seriousOrCritical } from '../support/browser.js';

// Each step waits on what the page shows, never on time.
jest.setTimeout(240_000);

/** Issue 12's "after" pictures, kept apart from the main suite's folder (which it empties on each run). */
const SHOTS = resolve('test-artifacts/issue-12/after');
const WIDTHS = [1366, 1920, 360] as const;
const AGENCY_CODES = new Set(['UWV', 'SVB', 'DUO', 'CJIB', 'CAK', 'IND', 'TSL', 'BD']);

/** What the visible text of a timeline may never hold: a code, an ISO timestamp, an id. */
function leaks(text: string): string[] {
  const codes = (text.match(/\b[A-Z][A-Z_]{2,}\b/g) ?? []).filter((w) => !AGENCY_CODES.has(w));
  const iso = text.match(/\d{4}-\d\d-\d\dT\d\d:\d\d/g) ?? [];
  const ids = text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
  return [...codes, ...iso, ...ids];
}

describe('the line and desk screens of issue 12 (inbox, one truth about time, plain Dutch, who has the case)', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let base: string;
  let browser: Browser;
  let db: pg.Client;
  const refs: Record<'regular' | 'callback' | 'live' | 'late', string> = { regular: '', callback: '', live: '', late: '' };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildWebApp();
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    worker = await AppProcess.start('line-worker', { RECONCILE_INTERVAL_MS: '300' });
    browser = await launchChromium();
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await Promise.all([hub?.stop(), worker?.stop()]);
  });

  async function newPage(width = 1366): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width, height: 900 } });
    // A step that never comes fails with the locator it waited for, well within the test's own limit.
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => process.stdout.write(`page error: ${error.message}\n`));
    return page;
  }

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  }

  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload === true);

  /** Screenshot and axe-core; a serious or critical violation fails the test. */
  async function inspect(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    expect(seriousOrCritical(await axe(page, name))).toEqual([]);
  }

  async function send(desk: Page, name: string, urgency: string): Promise<string> {
    await desk.getByLabel(/Vragen van de burger/).fill('Vraag over WW.');
    await desk.getByLabel('Naam', { exact: true }).fill(name);
    const draft = desk.getByRole('group', { name: 'Doorverwijzing 1' });
    await draft.getByLabel('Zoek een onderwerp').fill('WW');
    await draft.getByRole('radio', { name: 'WW-uitkering (UWV)' }).click();
    await draft.getByRole('radio', { name: urgency }).click();
    await draft.getByLabel(/De vraag voor deze organisatie/).fill('Vraag over WW.');
    await draft.getByRole('checkbox', { name: 'Naam en contactgegevens' }).click();
    await desk.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    const sent = desk.getByRole('status').filter({ hasText: 'Verstuurd. Referentie' });
    await sent.waitFor();
    const reference = /Referentie: (\S+)\./.exec((await sent.textContent()) ?? '')![1]!;
    await desk.reload();
    await desk.getByRole('button', { name: 'Uitloggen' }).waitFor();
    return reference;
  }

  /** Nothing of the page runs past the window, and nothing in the inbox scrolls inside itself. */
  async function fitsWithoutScrolling(page: Page): Promise<{ pageFits: boolean; innerScroll: boolean; cutOff: string[] }> {
    return page.evaluate(() => {
      const inbox = document.querySelector('.ll-inbox')!;
      const edge = inbox.getBoundingClientRect().right + 1;
      const scrollers = [inbox, ...Array.from(inbox.querySelectorAll('*'))].filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth);
      const cutOff = Array.from(document.querySelectorAll('.ll-inbox th, .ll-inbox td'))
        // On a phone the header row is only for screen readers (each card names its fields).
        .filter((cell) => getComputedStyle(cell.closest('thead, tbody')!).position !== 'absolute')
        .filter((cell) => cell.getBoundingClientRect().right > edge)
        .map((cell) => cell.textContent ?? '');
      return { pageFits: document.documentElement.scrollWidth <= window.innerWidth, innerScroll: scrollers.length > 0, cutOff };
    });
  }

  it('point 3 and 5: the inbox in work order, the deadline with date and time left, Nu and late marked in words, the detail in view with focus', async () => {
    const desk = await newPage();
    await signIn(desk, 'desk.utrecht');
    refs.regular = await send(desk, 'Testpersoon Gewoon', 'Gewoon');
    refs.callback = await send(desk, 'Testpersoon Terugbellen', 'Terugbellen');
    refs.live = await send(desk, 'Testpersoon Nu', 'Nu, burger is aan de balie');
    refs.late = await send(desk, 'Testpersoon Laat', 'Gewoon');

    const uwv = await newPage();
    await signIn(uwv, 'specialist.uwv');
    for (const reference of Object.values(refs)) await uwv.locator(`tr[data-referral="${reference}"] .ll-status[data-status="RECEIVED"]`).waitFor();
    // One referral past its deadline: the hub's one rule says so everywhere.
    await db.query(`UPDATE referral SET accept_due_at = now() - interval '1 hour' WHERE reference = $1`, [refs.late]);
    await uwv.reload();
    await uwv.locator(`tr[data-referral="${refs.late}"]`).waitFor();

    // Work order as take-next picks: most urgent first, then the earliest deadline (the late one is due first among the regular).
    const order = await uwv.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-referral')));
    const at = (reference: string) => order.indexOf(reference);
    expect(at(refs.live)).toBeLessThan(at(refs.callback));
    expect(at(refs.callback)).toBeLessThan(at(refs.late));
    expect(at(refs.late)).toBeLessThan(at(refs.regular));

    // Nu and late are marked with words and a symbol, not only colour; every deadline has a time and says how long is left.
    const live = uwv.locator(`tr[data-referral="${refs.live}"]`);
    expect(await live.locator('.ll-live').textContent()).toBe('● Nu, burger is aan de balie');
    const late = uwv.locator(`tr[data-referral="${refs.late}"] [data-deadline]`);
    expect(await late.getAttribute('data-deadline')).toBe('OVERDUE');
    expect(await late.textContent()).toMatch(/^⚠ Te laat: dit moest uiterlijk .*\d\d:\d\d/);
    const regular = (await uwv.locator(`tr[data-referral="${refs.regular}"] [data-deadline]`).textContent()) ?? '';
    expect(regular).toMatch(/[Uu]iterlijk (\S+ \d+ \S+,? )?\d\d:\d\d · nog .*(minuten|uur|minuut) werktijd/);

    for (const width of WIDTHS) {
      await uwv.setViewportSize({ width, height: 900 });
      expect(await fitsWithoutScrolling(uwv)).toEqual({ pageFits: true, innerScroll: false, cutOff: [] });
      await uwv.getByRole('button', { name: `Open ${refs.live}` }).click();
      const heading = uwv.getByRole('heading', { level: 2, name: `Doorverwijzing ${refs.live}` });
      await heading.waitFor();
      await uwv.waitForFunction(() => document.activeElement?.classList.contains('ll-detail__heading') === true);
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(900);
      await uwv.getByText('De burger wacht nu bij Servicepunt Stadskantoor Utrecht (Stadsplateau 1). Neem contact op met de balie daar.').waitFor();
      await inspect(uwv, `p3-line-inbox-${width}`);
      await uwv.getByRole('button', { name: `Open ${refs.regular}` }).click();
      await uwv.getByRole('heading', { level: 2, name: `Doorverwijzing ${refs.regular}` }).waitFor();
    }

    // "Mine": after pickup only this specialist's cases are listed.
    await uwv.setViewportSize({ width: 1366, height: 900 });
    await uwv.getByRole('button', { name: `Open ${refs.live}` }).click();
    await uwv.getByRole('button', { name: 'Oppakken' }).click();
    await uwv.getByText('Behandelaar: Demo Specialist UWV', { exact: true }).waitFor();
    await uwv.getByLabel('Van wie').selectOption({ label: 'Alleen mijn doorverwijzingen' });
    await uwv.locator(`tbody tr[data-referral="${refs.regular}"]`).waitFor({ state: 'detached' });
    await uwv.locator(`tbody tr[data-referral="${refs.live}"]`).waitFor();
    const handlers = await uwv.locator('tbody tr td:last-child').allTextContents();
    expect(handlers.length).toBeGreaterThan(0);
    expect(handlers.every((h) => h === 'Demo Specialist UWV')).toBe(true);
    await inspect(uwv, 'p3-line-inbox-mine-1366');

    // The desk card reads the same state (reloaded: the test moved the deadline in the database, which sends no event), and its durations are words.
    await desk.reload();
    const card = desk.locator(`[data-referral="${refs.late}"]`);
    await card.locator('[data-deadline]').waitFor();
    expect(await card.locator('[data-deadline]').getAttribute('data-deadline')).toBe('OVERDUE');
    expect(await card.textContent()).not.toMatch(/\d+:\d\d min/);
    expect(await card.locator('.ll-timer time').first().textContent()).toMatch(/^\d+ (seconden|seconde|minuten|minuut|uur)/);
    await inspect(desk, 'p5-desk-card-1366');

    // The coordinator's overdue list holds the same referral.
    const coordinator = await newPage();
    await signIn(coordinator, 'coordinator.uwv');
    await coordinator.getByRole('checkbox', { name: 'Alleen wat nu te laat is' }).check();
    await coordinator.locator(`tr[data-referral="${refs.late}"] [data-deadline="OVERDUE"]`).waitFor();
    await inspect(coordinator, 'p5-line-coordinator-overdue-1366');
    await Promise.all([desk, uwv, coordinator].map((p) => p.context().close()));
  });

  it('point 6 and 8: timelines in plain sentences with names, abbreviations explained, and the handler changing live on the first specialist\'s open screen', async () => {
    expect(refs.live).not.toBe('');
    const [first, coordinator, desk] = [await newPage(), await newPage(), await newPage()];
    await signIn(first, 'specialist.uwv');
    await signIn(coordinator, 'coordinator.uwv');
    await signIn(desk, 'desk.utrecht');
    expect(await first.locator('h1 abbr').getAttribute('title')).toBe('Uitvoeringsinstituut Werknemersverzekeringen');

    await first.getByRole('button', { name: `Open ${refs.live}` }).click();
    await first.getByRole('button', { name: 'Contact starten' }).click();
    await first.getByRole('button', { name: 'Wacht even' }).click();
    await first.getByLabel(/Waarop wacht u/).fill('Wacht op de ontslagbrief');
    await first.getByRole('button', { name: 'Bevestigen: Wacht even' }).click();
    await first.getByRole('button', { name: 'Verder gaan' }).click();
    await first.getByRole('button', { name: 'Wacht even' }).waitFor();

    // The coordinator hands the case on; the first specialist's open screen loses its buttons at once, without a reload.
    await coordinator.getByRole('button', { name: `Open ${refs.live}` }).click();
    await coordinator.getByRole('button', { name: 'Geef aan collega' }).click();
    await coordinator.getByLabel(/Welke collega/).selectOption({ label: 'Demo Specialist UWV 2' });
    await coordinator.getByRole('button', { name: 'Bevestigen: Geef aan collega' }).click();
    await first.getByRole('button', { name: 'Wacht even' }).waitFor({ state: 'detached' });
    await first.getByText('Demo Specialist UWV 2 behandelt deze doorverwijzing. U kunt hem overnemen; dat komt in het verloop.').waitFor();
    await first.getByText('Behandelaar: Demo Specialist UWV 2', { exact: true }).waitFor();
    expect(await first.getByRole('button', { name: 'Afronden' }).count()).toBe(0);
    expect(await notReloaded(first)).toBe(true);
    await inspect(first, 'p8-line-first-specialist-after-reassign-1366');

    // Taking it back is an explicit, recorded move; the coordinator sees the new handler live.
    await first.getByRole('button', { name: 'Neem over' }).click();
    await first.getByRole('button', { name: 'Wacht even' }).waitFor();
    await coordinator.getByText('Behandelaar: Demo Specialist UWV', { exact: true }).waitFor();

    // The line's timeline: sentences, names of colleagues, no codes, ISO times or ids.
    const timeline = first.locator('.ll-detail .ll-timeline');
    await timeline.locator('li[data-event="REASSIGNED"]').nth(1).waitFor();
    const lines = await timeline.locator('li').allInnerTexts();
    expect(lines.flatMap(leaks)).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('De lijn van de organisatie heeft de doorverwijzing ontvangen.'),
        expect.stringContaining('Demo Specialist UWV heeft de doorverwijzing opgepakt.'),
        expect.stringContaining('Demo Specialist UWV zette de doorverwijzing op "Wacht even". Toelichting: Wacht op de ontslagbrief'),
        expect.stringContaining('Demo Coördinator UWV gaf de doorverwijzing aan Demo Specialist UWV 2.'),
        expect.stringContaining('Demo Specialist UWV heeft de doorverwijzing overgenomen.'),
      ]),
    );
    await inspect(first, 'p6-line-timeline-1366');

    // The desk reads the same history without the line's names; English when switched.
    const card = desk.locator(`[data-referral="${refs.live}"]`);
    await card.locator('summary').click();
    await card.locator('.ll-timeline li[data-event="REASSIGNED"]').nth(1).waitFor();
    const deskLines = await card.locator('.ll-timeline li').allInnerTexts();
    expect(deskLines.flatMap(leaks)).toEqual([]);
    expect(deskLines.join('\n')).not.toContain('Demo Specialist');
    expect(deskLines).toEqual(expect.arrayContaining([expect.stringContaining('Een coördinator van de organisatie gaf de doorverwijzing aan een collega.')]));
    await inspect(desk, 'p6-desk-timeline-1366');
    await desk.getByRole('button', { name: 'English' }).click();
    await card.locator('.ll-timeline li').filter({ hasText: 'A specialist of the agency picked the referral up.' }).waitFor();
    expect((await card.locator('.ll-timeline li').allInnerTexts()).flatMap(leaks)).toEqual([]);
    await inspect(desk, 'p6-desk-timeline-english-1366');

    await first.getByRole('button', { name: 'English' }).click();
    await first.setViewportSize({ width: 360, height: 740 });
    await timeline.locator('li').filter({ hasText: 'Demo Coördinator UWV handed the referral to Demo Specialist UWV 2.' }).waitFor();
    expect(await first.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await inspect(first, 'p6-line-timeline-english-360');
    await Promise.all([first, coordinator, desk].map((p) => p.context().close()));
  });
});
