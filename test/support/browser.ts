import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../infra/scripts/system-packages.js';

/** Debian's Chromium (the test setup installs it), headless, with nothing phoning home; never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const SCREENSHOT_DIR = resolve('test-artifacts/screenshots');

/** Starts a run with an empty screenshot folder, so every file there is from this run. */
export function clearScreenshots(): void {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
}

/** Full-page screenshot kept as a test artefact; returns the file's path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeSummary {
  page: string;
  passes: number;
  violations: { id: string; impact: string | null | undefined; nodes: number }[];
}

/** axe-core against WCAG 2.1 A and AA on the page as it is now. */
export async function axe(page: Page, name: string): Promise<AxeSummary> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return {
    page: name,
    passes: results.passes.length,
    violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
  };
}

export function seriousOrCritical(summary: AxeSummary): AxeSummary['violations'] {
  return summary.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
