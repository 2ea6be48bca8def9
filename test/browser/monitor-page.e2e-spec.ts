/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { syntheticBsn } from '#domain';
import { loadConfig } from '#config';
import { createDataSource, MonitorRollups, ScopedDatabase } from '#persistence';
import { csvLine, FIGURES_HEADER } from '../../apps/hub/src/monitor/monitor-csv.js';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { buildWebApp } from '../../infra/scripts/build-web-app.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { axe, launchChromium, screenshot, seriousOrCritical } from '../support/browser.js';
import { GqlClient } from '../support/graphql-client.js';
import { ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

// Each step waits on what the page shows, never on time.
jest.setTimeout(90_000);

const SERVICE_POINTS = `query { monitorBreakdown(by: SERVICE_POINT) { key label } }`;

describe('the BZK monitor page: filters in the address bar, published counts, CSV per table', () => {
  let hub: AppProcess;
  let base: string;
  let browser: Browser;
  let app: DataSource;
  let topicId: string;
  let amersfoort: string;

  beforeAll(async () => {
    await buildWebApp();
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 2 }).initialize();
    const [desk, monitor] = await Promise.all([GqlClient.signIn(base, 'desk.amersfoort'), GqlClient.signIn(base, 'monitor.bzk')]);
    // Two phoned-in referrals for one UWV topic at Amersfoort: a cell small enough to show as "<5".
    const { topics } = await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'UWV' });
    topicId = topics[topics.length - 1]!.id;
    for (let i = 0; i < 2; i++) {
      const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
        input: { channel: 'PHONE', questions: ['Synthetische vraag'], citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn: syntheticBsn(9300 + i) } },
      });
      const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
        input: { visitId: openVisit.id, agencyCode: 'UWV', topicId, urgency: 'REGULAR', summary: 'Synthetische samenvatting', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
      });
      await desk.data(SUBMIT, { id: addReferral.id });
    }
    // No line worker runs here: the test drains the timeline's marks into the rollups itself.
    await new MonitorRollups(new ScopedDatabase(app)).drainAll();
    const { monitorBreakdown } = await monitor.data<{ monitorBreakdown: { key: string; label: string }[] }>(SERVICE_POINTS);
    amersfoort = monitorBreakdown.find((p) => p.label.includes('Amersfoort'))!.key;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    await app?.destroy();
  });

  async function signedInMonitor(): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Gebruikersnaam').fill('monitor.bzk');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitor professionele lijnen' }).waitFor();
    return page;
  }

  it('keeps the filters in the URL across a reload, shows a small cell as "<5" and downloads the table as CSV', async () => {
    const page = await signedInMonitor();
    const referrals = page.getByTestId('overview-Doorverwijzingen');
    await referrals.waitFor();
    await page.getByLabel('Servicepunt', { exact: true }).selectOption(amersfoort);
    await page.getByLabel('Organisatie', { exact: true }).selectOption('UWV');
    await page.getByLabel('Onderwerp', { exact: true }).selectOption(topicId);
    await page.getByLabel('Hoe kwam de burger binnen').selectOption('PHONE');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.waitForURL((url) => url.searchParams.get('channel') === 'PHONE');
    const query = new URL(page.url()).searchParams;
    expect({ servicePoint: query.get('servicePoint'), agency: query.get('agency'), topic: query.get('topic'), from: /^\d{4}-\d{2}-\d{2}$/.test(query.get('from') ?? '') }).toEqual({
      servicePoint: amersfoort,
      agency: 'UWV',
      topic: topicId,
      from: true,
    });
    await referrals.filter({ hasText: '<5' }).waitFor();
    expect(await referrals.locator('.ll-visually-hidden').innerText()).toBe('minder dan 5');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Monitor professionele lijnen' }).waitFor();
    expect(await page.getByLabel('Hoe kwam de burger binnen').inputValue()).toBe('PHONE');
    // The service point's name comes with the choices; once they are there, the choice from the URL shows.
    await page.locator(`option[value="${amersfoort}"]`).waitFor({ state: 'attached' });
    expect(await page.getByLabel('Servicepunt', { exact: true }).inputValue()).toBe(amersfoort);
    await referrals.filter({ hasText: '<5' }).waitFor();
    await page.getByTestId('open-now').waitFor();
    await screenshot(page, '50-monitor-filtered');
    expect(seriousOrCritical(await axe(page, 'monitor page'))).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download overzicht van de periode als CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith(csvLine(FIGURES_HEADER))).toBe(true);
    expect(download.suggestedFilename()).toMatch(/^monitor-overview-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.context().close();
  });

  it('says it in English too', async () => {
    const page = await signedInMonitor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitor of the professional lines' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overview of the period' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Per service point' }).waitFor();
    await page.getByText('Open now', { exact: true }).waitFor();
    await screenshot(page, '51-monitor-english');
    expect(seriousOrCritical(await axe(page, 'monitor page in English'))).toEqual([]);
    await page.context().close();
  });
});
