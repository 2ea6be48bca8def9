/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { buildWebApp } from '../../infra/scripts/build-web-app.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { axe, launchChromium, screenshot, seriousOrCritical } from '../support/browser.js';
import { GqlClient } from '../support/graphql-client.js';
import { ACCEPT } from '../support/story-operations.js';

const SCHEDULE = `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`;
const UWV = 'Uitvoeringsinstituut Werknemersverzekeringen';
const SVB = 'Sociale Verzekeringsbank';

// Each step waits on what the page shows, never on time; the budget is generous for a shared, loaded two-core machine.
jest.setTimeout(300_000);

describe('the desk after the handoff: letting go, a way back after "sent back", and errors that name the field', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    await buildWebApp();
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    worker = await AppProcess.start('line-worker', {});
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([hub?.stop(), worker?.stop()]);
  });

  async function signedIn(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    return page;
  }

  /** Screenshot under test-artifacts/screenshots, and axe-core: a serious or critical violation fails. */
  async function inspect(page: Page, name: string): Promise<void> {
    process.stdout.write(`${await screenshot(page, name)}\n`);
    expect(seriousOrCritical(await axe(page, name))).toEqual([]);
  }

  async function fillDraft(draft: Locator, o: { search: string; topic: string; summary: string }): Promise<void> {
    await draft.getByLabel('Zoek een onderwerp').fill(o.search);
    await draft.getByRole('radio', { name: o.topic }).click();
    await draft.getByLabel(/De vraag voor deze organisatie/).fill(o.summary);
    await draft.getByRole('checkbox', { name: 'De vraag' }).click();
  }

  /** Sends the filled form; returns the references in the order of the drafts. */
  async function send(desk: Page): Promise<string[]> {
    await desk.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    const sent = desk.getByRole('status').filter({ hasText: 'Verstuurd. Referentie' });
    await sent.waitFor();
    return /Referentie: ([^.]+)\./.exec((await sent.textContent()) ?? '')![1]!.split(', ');
  }

  /** A referral's id, as the desk's own API client finds it among the open visits (newest first). */
  async function referralId(reference: string): Promise<string> {
    const api = await GqlClient.signIn(base, 'desk.utrecht');
    const open = await api.data<{ visits: { edges: { node: { referrals: { id: string; reference: string }[] } }[] } }>(
      `query { visits(status: OPEN, first: 20) { edges { node { referrals { id reference } } } } }`,
    );
    return open.visits.edges.flatMap((e) => e.node.referrals).find((r) => r.reference === reference)!.id;
  }

  const badge = (page: Page, reference: string, status: string): Locator => page.locator(`[data-referral="${reference}"] .ll-status[data-status="${status}"]`);

  /** Waits for RECEIVED on the board; if it never shows, says whether the hub had it (a missed update) or not (a missed delivery). */
  async function receivedOnBoard(page: Page, reference: string): Promise<void> {
    await badge(page, reference, 'RECEIVED')
      .waitFor()
      .catch(async (error: unknown) => {
        const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await db.connect();
        const [row] = (await db.query('SELECT status, version, submitted_at, received_at FROM referral WHERE reference = $1', [reference])).rows;
        await db.end();
        const shown = await page.locator(`[data-referral="${reference}"] .ll-status`).first().getAttribute('data-status', { timeout: 1_000 }).catch(() => 'no row');
        throw new Error(`${reference}: the hub has ${JSON.stringify(row)}, the board shows ${shown}. ${String(error)}`);
      });
  }

  it('point 2: the let-go warning follows every event per organisation, goes when nothing is missing, and a closed visit stays findable', async () => {
    const [desk, uwv] = [await signedIn('desk.utrecht'), await signedIn('specialist.uwv')];
    const svb = await GqlClient.signIn(base, 'specialist.svb');
    await desk.getByLabel(/Vragen van de burger/).fill('Baan kwijt, WW aanvragen.\nKinderbijslag gestopt.');
    await desk.getByLabel('Naam', { exact: true }).fill('Testpersoon Loslaten');
    await fillDraft(desk.getByRole('group', { name: 'Doorverwijzing 1' }), { search: 'WW', topic: 'WW-uitkering (UWV)', summary: 'Ontslagen, wil WW aanvragen.' });
    await desk.getByRole('button', { name: 'Nog een organisatie toevoegen' }).click();
    await fillDraft(desk.getByRole('group', { name: 'Doorverwijzing 2' }), { search: 'kinderbijslag', topic: 'kinderbijslag (SVB)', summary: 'Kinderbijslag is gestopt.' });
    const [uwvRef, svbRef] = await send(desk);
    // By the name alone: the heading reads "Visit of ..." in English.
    const visit = desk.locator('section[aria-labelledby="board"] article').filter({ hasText: 'Testpersoon Loslaten' });
    await receivedOnBoard(desk, svbRef!);
    await receivedOnBoard(desk, uwvRef!);

    // Closing early: the warning names each organisation and what it still has to do.
    await visit.getByRole('button', { name: 'Sluit de hulpvraag af: Hulpvraag van Testpersoon Loslaten' }).click();
    const warning = visit.getByRole('alert').filter({ hasText: 'U kunt de hulpvraag nog niet afsluiten.' });
    await warning.getByText(`${UWV} (${uwvRef}) heeft de vraag nog niet opgepakt.`).waitFor();
    await warning.getByText(`${SVB} (${svbRef}) heeft de vraag nog niet opgepakt.`).waitFor();
    expect(await warning.textContent()).not.toMatch(/Ontvangen\. Nog niet opgepakt, of nog geen afspraak/);
    await inspect(desk, 'desk-p2-after-1-gate-per-organisation');

    // The same warning in English, switched live.
    await desk.getByRole('button', { name: 'English' }).click();
    await visit.getByText(`${UWV} (${uwvRef}) has not picked up the question yet.`).waitFor();
    await inspect(desk, 'desk-p2-after-1-gate-per-organisation-en');
    await desk.getByRole('button', { name: 'Nederlands' }).click();

    // UWV picks up in its own browser: the desk's line for UWV changes by itself.
    await uwv.getByRole('button', { name: `Open ${uwvRef}` }).click();
    await uwv.getByRole('button', { name: 'Oppakken' }).click();
    await warning.getByText(`${UWV} (${uwvRef}) heeft de vraag opgepakt. Er is nog geen afspraak of terugbelmoment.`).waitFor();
    await uwv.getByRole('button', { name: 'Maak een afspraak' }).click();
    const form = uwv.getByRole('form', { name: `Afspraak voor ${uwvRef}` });
    await form.getByLabel('Waar? *').fill('UWV-kantoor Utrecht');
    await form.getByRole('button', { name: 'Leg de afspraak vast' }).click();
    await warning.getByText(`${UWV} (${uwvRef})`, { exact: false }).waitFor({ state: 'detached' });
    await warning.getByText(`${SVB} (${svbRef}) heeft de vraag nog niet opgepakt.`).waitFor();

    // SVB works from its own system (over the API): accepted, then a callback. Nothing is missing: the warning goes.
    const svbId = await referralId(svbRef!);
    await svb.data(ACCEPT, { id: svbId });
    await warning.getByText(`${SVB} (${svbRef}) heeft de vraag opgepakt.`, { exact: false }).waitFor();
    const startsAt = new Date(Date.now() + 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    await svb.data(SCHEDULE, { input: { referralId: svbId, kind: 'CALLBACK', channel: 'PHONE', startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), extraItems: [] } });
    await warning.waitFor({ state: 'detached' });
    await visit.getByRole('status').filter({ hasText: 'Alles is geregeld. U kunt de hulpvraag nu afsluiten.' }).waitFor();
    await inspect(desk, 'desk-p2-after-2-gate-gone-when-nothing-missing');

    // Closing asks first, then says it worked; the old "Verstuurd" banner is replaced.
    await visit.getByRole('button', { name: 'Sluit de hulpvraag af: Hulpvraag van Testpersoon Loslaten' }).click();
    await visit.getByText('Weet u zeker dat u de hulpvraag afsluit?', { exact: false }).waitFor();
    await visit.getByRole('button', { name: 'Ja, sluit af' }).click();
    await visit.waitFor({ state: 'detached' });
    await desk.getByRole('status').filter({ hasText: 'Hulpvraag van Testpersoon Loslaten is afgesloten.' }).waitFor();
    expect(await desk.getByText('Verstuurd. Referentie', { exact: false }).count()).toBe(0);

    // Findable today, and by reference as typed, to print the summary again.
    const closed = desk.getByRole('region', { name: 'Vandaag afgesloten' });
    const card = closed.locator('article').filter({ hasText: 'Hulpvraag van Testpersoon Loslaten' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Samenvatting voor de burger: Hulpvraag van Testpersoon Loslaten' }).click();
    await card.getByText(`Uw nummer: ${uwvRef}`).waitFor();
    await closed.getByRole('searchbox', { name: 'Zoek op referentie' }).fill(svbRef!.toLowerCase());
    await closed.getByRole('button', { name: 'Zoek' }).click();
    await closed.getByRole('button', { name: 'Samenvatting voor de burger: Hulpvraag van Testpersoon Loslaten' }).first().waitFor();
    expect(await closed.locator('article').filter({ hasText: 'Hulpvraag van Testpersoon Loslaten' }).count()).toBe(1);
    await closed.getByRole('searchbox', { name: 'Zoek op referentie' }).fill('LL-999999');
    await closed.getByRole('button', { name: 'Zoek' }).click();
    await closed.getByText('Er is geen afgesloten hulpvraag met deze referentie.').waitFor();
    await inspect(desk, 'desk-p2-after-3-closed-and-findable');
    await desk.getByRole('button', { name: 'English' }).click();
    await desk.getByRole('heading', { name: 'Closed today' }).waitFor();
    await desk.getByRole('button', { name: 'Nederlands' }).click();
    await Promise.all([desk, uwv].map((p) => p.context().close()));
  });

  it('point 4: the desk reads why it was sent back and corrects and sends it again to the same agency in one step', async () => {
    const [desk, uwv] = [await signedIn('desk.utrecht'), await signedIn('specialist.uwv')];
    await desk.getByLabel(/Vragen van de burger/).fill('WW aanvragen.');
    await desk.getByLabel('Naam', { exact: true }).fill('Testpersoon Terug');
    await desk.getByLabel('Telefoonnummer').fill('06 1234 5678');
    await fillDraft(desk.getByRole('group', { name: 'Doorverwijzing 1' }), { search: 'WW', topic: 'WW-uitkering (UWV)', summary: 'Wil WW aanvragen.' });
    const [reference] = await send(desk);
    await uwv.getByRole('button', { name: `Open ${reference}` }).click();
    await uwv.getByRole('button', { name: 'Terugsturen' }).click();
    await uwv.getByLabel(/Reden/).selectOption('INSUFFICIENT_INFORMATION');
    const explanation = 'Wij willen de burger bellen. Vraag toestemming voor het telefoonnummer.';
    await uwv.getByLabel('Toelichting voor de balie').fill(explanation);
    await uwv.getByRole('button', { name: 'Bevestigen: Terugsturen' }).click();

    // On the card, not only in the collapsed timeline.
    const row = desk.locator(`[data-referral="${reference}"]`);
    await row.getByText(`${UWV} heeft de doorverwijzing teruggestuurd.`, { exact: false }).waitFor();
    await inspect(desk, 'desk-p4-after-1-sent-back-explained');
    await row.locator('.ll-rejection-note').getByText(explanation).waitFor();
    expect(await row.locator('details').getAttribute('open')).toBeNull();

    await row.getByRole('button', { name: `Verbeter en stuur opnieuw naar dezelfde organisatie: ${reference}` }).click();
    const form = row.getByRole('form', { name: `Opnieuw sturen in plaats van ${reference}` });
    const question = form.getByLabel(/De vraag voor deze organisatie/);
    await form.getByText(`De vraag gaat dan opnieuw naar ${UWV}.`, { exact: false }).waitFor();
    await question.waitFor();
    await desk.waitForFunction((ref) => {
      const area = document.querySelector<HTMLTextAreaElement>(`[data-referral="${ref}"] form textarea`);
      return area?.value === 'Wil WW aanvragen.';
    }, reference);
    // The phone number goes only with consent for contact details: warned beside the field, sending held.
    await question.fill('Wil WW aanvragen. Bel de burger op 06 1234 5678.');
    await form.getByText('Hier staat een telefoonnummer.', { exact: false }).waitFor();
    expect(await form.getByRole('button', { name: 'Stuur opnieuw' }).isDisabled()).toBe(true);
    await form.getByRole('checkbox', { name: 'Naam en contactgegevens' }).click();
    await form.getByText('Hier staat een telefoonnummer.', { exact: false }).waitFor({ state: 'detached' });
    await inspect(desk, 'desk-p4-after-2-resend-form');
    await form.getByRole('button', { name: 'Stuur opnieuw' }).click();

    const chain = row.locator('.ll-chain');
    await chain.getByText(/^Opnieuw gestuurd als LL-\d{6}$/).waitFor();
    const next = /als (\S+)$/.exec((await chain.textContent()) ?? '')![1]!;
    await desk.locator(`[data-referral="${next}"]`).filter({ hasText: UWV }).waitFor();
    await uwv.locator(`tr[data-referral="${next}"]`).waitFor();
    await uwv.getByRole('button', { name: `Open ${next}` }).click();
    await uwv.getByText('Wil WW aanvragen. Bel de burger op 06 1234 5678.').waitFor();
    await inspect(desk, 'desk-p4-after-3-sent-again-chained');
    await desk.getByRole('button', { name: 'English' }).click();
    await row.locator('.ll-chain').getByText(`Sent again as ${next}`).waitFor();
    await desk.getByRole('button', { name: 'Nederlands' }).click();
    await Promise.all([desk, uwv].map((p) => p.context().close()));
  });

  it('point 7: every field error at once, beside its field and tied to it, the keyboard on the first; the BSN as typed', async () => {
    const desk = await signedIn('desk.utrecht');
    await desk.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    await desk.getByRole('alert').filter({ hasText: '4 velden zijn nog niet goed.' }).waitFor();
    for (const text of ['Schrijf minstens één vraag op.', 'Kies een organisatie.', 'Kies een onderwerp. Zoek eerst met een woord.', 'Schrijf de vraag voor deze organisatie op.']) {
      await desk.getByText(text).waitFor();
    }
    const questions = desk.getByLabel(/Vragen van de burger/);
    expect(await questions.evaluate((el) => el === document.activeElement)).toBe(true);
    const describedBy = (await questions.getAttribute('aria-describedby')) ?? '';
    const described = await desk.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
    expect(described).toContain('Schrijf minstens één vraag op.');
    expect(await desk.getByRole('combobox', { name: 'Organisatie *' }).getAttribute('aria-invalid')).toBe('true');
    await inspect(desk, 'desk-p7-after-1-all-fields-at-once');

    // A BSN with dots is kept whole and passes the elfproef; a wrong one is named beside the field.
    const bsn = syntheticBsn(7070);
    const bsnField = desk.getByRole('textbox', { name: 'BSN' });
    await bsnField.fill(`${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`);
    expect(await bsnField.inputValue()).toBe(`${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`);
    expect(await bsnField.getAttribute('aria-invalid')).not.toBe('true');
    await bsnField.fill(`${bsn.slice(0, 4)} ${bsn.slice(4, 8)} ${Number(bsn[8]) === 9 ? 0 : Number(bsn[8]) + 1}`);
    await desk.getByText('Dit BSN klopt niet. Kijk de 9 cijfers na.').waitFor();

    // English, switched live: the same fields, named in English.
    await desk.getByRole('button', { name: 'English' }).click();
    await desk.getByText('5 fields are not right yet.', { exact: false }).waitFor();
    await desk.getByText('Choose an agency.').waitFor();
    await inspect(desk, 'desk-p7-after-2-all-fields-at-once-en');
    await desk.getByRole('button', { name: 'Nederlands' }).click();
    await desk.context().close();
  });

  it('point 7: the appointment form names the place and a date in the past together, and marks the place as required', async () => {
    const desk = await signedIn('desk.utrecht');
    const uwv = await GqlClient.signIn(base, 'specialist.uwv');
    await desk.getByLabel(/Vragen van de burger/).fill('WW aanvragen.');
    await desk.getByLabel('Naam', { exact: true }).fill('Testpersoon Planfout');
    await fillDraft(desk.getByRole('group', { name: 'Doorverwijzing 1' }), { search: 'WW', topic: 'WW-uitkering (UWV)', summary: 'Wil WW aanvragen.' });
    const [reference] = await send(desk);
    await receivedOnBoard(desk, reference!);
    await uwv.data(ACCEPT, { id: await referralId(reference!) });
    const row = desk.locator(`[data-referral="${reference}"]`);
    await row.getByRole('button', { name: `Maak een afspraak: ${reference}` }).click();
    const form = row.getByRole('form', { name: `Afspraak voor ${reference}` });
    const place = form.getByLabel('Waar? *');
    expect(await place.getAttribute('aria-required')).toBe('true');
    await form.getByLabel('Datum en tijd').fill('2020-01-06T10:00');
    await form.getByRole('button', { name: 'Leg de afspraak vast' }).click();
    await form.getByRole('alert').filter({ hasText: '2 velden zijn nog niet goed.' }).waitFor();
    await form.getByText('Deze datum en tijd zijn al voorbij. Kies een moment dat nog moet komen.').waitFor();
    await form.getByText('Vul in waar de afspraak is.').waitFor();
    expect(await form.getByLabel('Datum en tijd').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await place.getAttribute('aria-invalid')).toBe('true');
    await inspect(desk, 'desk-p7-after-3-appointment-fields');
    await desk.getByRole('button', { name: 'English' }).click();
    await row.getByText('Fill in where the appointment is.').waitFor();
    await desk.getByRole('button', { name: 'Nederlands' }).click();
    await desk.context().close();
  });
});
