import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install -y chromium fonts-noto-cjk). */
export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser suites are skipped, or null when they can run. */
export const SKIP_REASON = existsSync(CHROMIUM)
  ? null
  : `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-cjk)`;

/** Headless Chromium as STACK.md launches it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One axe finding, reduced to what a failure message needs. */
export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * The serious and critical axe-core violations on the page as it is now (WCAG 2.1 A/AA rules). The
 * page must come from `context.newPage()`, not `browser.newPage()` (STACK.md pitfall 5).
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}
