import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORDS } from '../api/harness.ts';
import { seriousViolations } from './browser-env.ts';

/** 居民身份证换领 (examples/items/resident-id-card-renewal.json). */
export const ID_CARD_ITEM = '11440305MB2C9326724000105012000';

export const SCREENSHOTS = 'artifacts/screenshots';

/** A full-page screenshot to artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Asserts axe finds nothing serious or critical on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `axe on ${where}: ${JSON.stringify(found, null, 1)}`).toEqual([]);
}

/** Logs in through the login page as a seeded account and waits for its home page. */
export async function login(
  page: Page,
  base: string,
  role: 'clerk' | 'admin' | 'inspector' = 'clerk',
  next = '/counter',
) {
  await page.goto(`${base}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(role);
  await page.getByLabel('密码').fill(TEST_PASSWORDS[role]);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(`**${next}`);
}

/** The live check panel of the reception page. */
export function livePanel(page: Page): Locator {
  return page.getByRole('complementary', { name: '实时审查' });
}

/** The applicant of the example tests (李俊杰, born 1996, Shenzhen). */
export async function fillApplicant(page: Page, mobile = '13612908847') {
  await page.getByLabel('姓名', { exact: true }).fill('李俊杰');
  await page.getByLabel('公民身份号码').fill('440305199604182716');
  await page.getByLabel('联系电话').fill(mobile);
  await page.getByLabel('户籍地址').fill('广东省深圳市南山区南头街道南山大道XX号');
}

/** 有效期满换领 at the place of registration, photo on site, collected at the counter. */
export async function fillExpiryRenewal(page: Page) {
  await fillApplicant(page);
  await page.getByLabel('有效期满换领').check();
  const expiry = page.getByLabel('原证有效期截止日期');
  await expiry.click();
  await expiry.fill('2026-12-20');
  await expiry.press('Enter');
  await page.getByLabel('否（户籍地办理）').check();
  await page.getByLabel('现场采集').check();
  await chooseOption(page, '领证方式', '窗口领取');
}

/** Picks an option of an antd Select by its label. */
export async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label).click();
  // antd's visible options (its role=option list is an off-screen copy for screen readers).
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .click();
}

/** Ticks the check of a material in the checklist (by its name). */
export async function tickMaterial(
  page: Page,
  name: string,
  check = '已核验原件',
  scope: Page | Locator = page,
) {
  await scope
    .getByRole('group', { name: new RegExp(`^${name}`) })
    .getByLabel(check)
    .check();
}

/**
 * Presses Tab until the focused element matches, failing after `max` presses: proves it is reachable
 * by keyboard. The element it stops at must show that it has the focus: an outline or a shadow on it,
 * on the box drawn for it (a checkbox's or radio's next sibling) or on one of its two parents, in a
 * colour with at least 3:1 contrast against the background it is drawn on (WCAG 1.4.11; a translucent
 * colour counts as painted over that background).
 */
export async function tabUntil(
  page: Page,
  what: string,
  matches: (el: { id: string; text: string; tag: string }) => boolean,
  max = 80,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const around = [a, a?.nextElementSibling, a?.parentElement, a?.parentElement?.parentElement];
      return {
        id: a?.id ?? '',
        text: (a?.textContent ?? a?.getAttribute('aria-label') ?? '').trim(),
        tag: a?.tagName ?? '',
        focusShown: around.some((e) => {
          if (!e) return false;
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          if (Number(style.opacity) === 0 || box.width < 2 || box.height < 2) return false;
          const rgba = (css: string): [number, number, number, number] | null => {
            const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
            return m
              ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
              : null;
          };
          // What the indicator is drawn on: the first ancestor with a background colour, else white.
          let background: [number, number, number] = [255, 255, 255];
          for (let p = e.parentElement; p; p = p.parentElement) {
            const c = rgba(getComputedStyle(p).backgroundColor);
            if (c && c[3] > 0) {
              background = [c[0], c[1], c[2]];
              break;
            }
          }
          const luminance = ([r, g, b]: number[]) => {
            const [R, G, B] = [r, g, b].map((x) => {
              const v = x / 255;
              return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * R + 0.7152 * G + 0.0722 * B;
          };
          /** Contrast of a CSS colour against the background, a translucent one painted over it. */
          const contrast = (css: string): number => {
            const c = rgba(css);
            if (!c) return 1;
            const painted = [0, 1, 2].map((i) => c[i] * c[3] + background[i] * (1 - c[3]));
            const [hi, lo] = [luminance(painted), luminance(background)].sort((a, b) => b - a);
            return (hi + 0.05) / (lo + 0.05);
          };
          const outlined =
            style.outlineStyle !== 'none' &&
            Number.parseFloat(style.outlineWidth) > 0 &&
            contrast(style.outlineColor) >= 3;
          const ringed = style.boxShadow !== 'none' && contrast(style.boxShadow) >= 3;
          return outlined || ringed;
        }),
      };
    });
    if (el.tag !== 'BODY' && matches(el)) {
      if (!el.focusShown) throw new Error(`${what} has the focus but does not show it`);
      return;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

/** A file the clerk picks in the upload dialog. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Uploads a scan for a material the way a keyboard user does: focus its upload button, press Enter,
 * pick the file in the dialog that opens. `scope` narrows where the material is (e.g. a dialog).
 */
export async function uploadScan(
  page: Page,
  material: string,
  file: PickedFile,
  scope: Page | Locator = page,
) {
  const button = scope
    .getByRole('group', { name: new RegExp(`^${material}`) })
    .getByRole('button', { name: `上传扫描件：${material}` });
  // Waiting first turns on Playwright's interception of the dialog; the focus round trip lets that
  // reach the browser before the key opens the dialog (else it may open unintercepted).
  const chooser = page.waitForEvent('filechooser');
  await button.focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

/** The list of a material's stored scans (in `scope`: the page or a dialog). */
export function scanList(scope: Page | Locator, material: string): Locator {
  return scope.getByRole('list', { name: `${material} 的扫描件` });
}
