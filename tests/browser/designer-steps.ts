import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORDS } from '../api/harness.ts';
import { SCREENSHOTS } from './counter-steps.ts';

/**
 * How long `expect.poll` waits for the page to get there (vitest's default, 1 s, is too short for a
 * check that runs after a pause on a busy machine).
 */
export const EVENTUALLY = { timeout: 15_000 };

/**
 * A screenshot of the designer to artifacts/screenshots/designer-<name>.png: the full page, or only
 * the window (`fullPage: false`) where a dialog's mask or a sticky bar would be drawn mid-page.
 */
export async function designerShot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/designer-${name}.png`, fullPage });
}

/** Logs in at /designer/login as the seeded administrator and waits for the item list. */
export async function loginToDesigner(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/designer/login`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(TEST_PASSWORDS.admin);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('heading', { name: '事项管理', level: 1 }).waitFor();
}

/**
 * A valid 18-digit resident ID number (GB 11643) of someone born on `birth` (YYYYMMDD) in Nanshan,
 * Shenzhen: the 17 digits, then their check character.
 */
export function residentId(birth: string, sequence = '271'): string {
  const body = `440305${birth}${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** Opens the editor's tab `name` (基本信息, 表单, 材料与收费, …) and returns its panel. */
export async function openTab(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor();
  return panel;
}

/**
 * Picks `option` in an antd Select (its combobox `select`). antd shows the options in a dropdown
 * outside the select; its role=option list is an off-screen copy for screen readers.
 */
export async function pick(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count(), EVENTUALLY).toBe(0);
}

// ---- the editor toolbar ----------------------------------------------------------------------

function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: '编辑工具栏' });
}

/** Waits until autosave has stored every edit ("已保存 HH:mm:ss"). */
export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => toolbar(page).getByRole('status').textContent(), EVENTUALLY).toMatch(/^已保存/);
}

/** The toolbar's 发布 button. */
export function publishButton(page: Page): Locator {
  return toolbar(page).getByRole('button', { name: /发\s*布/ });
}

/** What the line beside 发布 says: why it is disabled, or what passed. */
export function publishNote(page: Page): Promise<string | null> {
  return toolbar(page).locator('.ow-publish-note').textContent();
}

/** The 发布新版本 dialog. */
export function publishDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: '发布新版本' });
}

/** Confirms the publish dialog, waits for "已发布第 N 版" and closes it. */
export async function confirmPublish(page: Page, version: number): Promise<void> {
  const dialog = publishDialog(page);
  await dialog.getByRole('button', { name: /确认发布/ }).click();
  await dialog.getByText(`已发布第 ${version} 版`).waitFor();
  await dialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /关\s*闭/ })
    .click();
  await dialog.waitFor({ state: 'hidden' });
}

// ---- the form builder ------------------------------------------------------------------------

/** The builder's palette of field types (the shared data fields are another list). */
function paletteTypes(page: Page): Locator {
  return page.getByRole('list', { name: '字段类型' });
}

/** The selected field's properties panel. */
export function fieldProperties(page: Page): Locator {
  return page.getByRole('region', { name: '字段属性' });
}

/** The live preview: the runtime's own form on the form being built. */
export function livePreview(page: Page): Locator {
  return page.getByRole('region', { name: '实时预览' });
}

/** The builder's list of the form's fields. */
export function fieldList(page: Page): Locator {
  return page.getByRole('list', { name: '表单字段列表' });
}

function addedNotice(page: Page, kind: string): Locator {
  return page.getByRole('status').filter({ hasText: `已添加“${kind}”` });
}

/** Adds a field of a palette type (单行文本, 身份证号码, 是/否, …) by clicking it in the palette. */
export async function addFieldByClick(page: Page, kind: string): Promise<void> {
  await paletteTypes(page)
    .getByRole('button', { name: `添加${kind}`, exact: true })
    .click();
  await addedNotice(page, kind).waitFor();
}

/**
 * Adds a field of a palette type by dragging it with the mouse onto the end of the form: dnd-kit's
 * pointer sensor starts dragging after 5 px, then follows the moves to the drop slot.
 */
export async function addFieldByDrag(page: Page, kind: string): Promise<void> {
  const item = paletteTypes(page).getByRole('button', { name: `添加${kind}`, exact: true });
  const slot = fieldList(page).getByRole('listitem').filter({ hasText: '放到表单末尾' });
  const from = await item.boundingBox();
  const to = await slot.boundingBox();
  if (!from || !to) throw new Error(`cannot drag ${kind}: the palette item or the drop slot is not shown`);
  const [x, y] = [from.x + from.width / 2, from.y + from.height / 2];
  const [toX, toY] = [to.x + to.width / 2, to.y + to.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 20, y, { steps: 4 });
  await page.mouse.move(toX, toY, { steps: 12 });
  // Dropped only once the slot shows the item would go there (the drag has reached it).
  await expect.poll(() => slot.getAttribute('class'), EVENTUALLY).toContain('ow-builder-drop-before');
  await page.mouse.up();
  await addedNotice(page, kind).waitFor();
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The canvas row of the field labelled `label` (its select button is named "label（type）"). */
function fieldRow(page: Page, label: string): Locator {
  return fieldList(page).getByRole('button', { name: new RegExp(`^${literally(label)}（`) });
}

/** Selects the field labelled `label` in the canvas. */
export async function selectField(page: Page, label: string): Promise<void> {
  await fieldRow(page, label).click();
  await expect
    .poll(() => fieldProperties(page).getByLabel('标签（中文）').inputValue(), EVENTUALLY)
    .toBe(label);
}

/** Sets the selected field's Chinese label (and its English one, when given). */
export async function setFieldLabel(page: Page, zh: string, en?: string): Promise<void> {
  const panel = fieldProperties(page);
  await panel.getByLabel('标签（中文）').fill(zh);
  if (en !== undefined) await panel.getByLabel('标签（英文）').fill(en);
  await fieldRow(page, zh).waitFor();
}

/** Renames the selected field's key (applied on Enter). */
export async function setFieldKey(page: Page, key: string): Promise<void> {
  const input = fieldProperties(page).getByLabel('字段键');
  await input.fill(key);
  await input.press('Enter');
  await fieldList(page).getByText(key, { exact: true }).waitFor();
}

/** Turns on the selected field's 必填 switch. */
export async function makeRequired(page: Page): Promise<void> {
  const required = fieldProperties(page).getByRole('switch', { name: '必填' });
  await required.click();
  await expect.poll(() => required.getAttribute('aria-checked'), EVENTUALLY).toBe('true');
}

// ---- tests -----------------------------------------------------------------------------------

/** What a test case holds, filled in as a clerk fills the form. */
export interface TestCase {
  name: string;
  fill(form: Locator): Promise<void>;
  /** The materials ticked as provided, by name. */
  provided: readonly string[];
  /** What the live check must say before saving (可受理, 需补正, 不予受理). */
  liveOutcome: string;
  /** The expected outcome chosen (可受理, 需补正, 不予受理). */
  expected: string;
}

/** The drawer that creates or edits a test. */
export function testEditor(page: Page): Locator {
  return page.getByRole('dialog', { name: /^(新建测试|编辑测试)/ });
}

/**
 * Creates a test in the tests tab: the name, the item's own form filled in, the materials ticked,
 * the live check's verdict awaited, the expected outcome chosen, saved.
 */
export async function createTest(page: Page, tab: Locator, test: TestCase): Promise<void> {
  await tab.getByRole('button', { name: '新建测试' }).click();
  const drawer = testEditor(page);
  await drawer.getByLabel('测试名称').fill(test.name);
  await test.fill(drawer.getByRole('region', { name: '申请表单' }));
  const materials = drawer.getByRole('group', { name: '已提交的材料' });
  for (const name of test.provided) await materials.getByLabel(name, { exact: true }).check();
  const live = drawer.getByRole('complementary', { name: '实时审查（本测试）' });
  await live.getByText(test.liveOutcome, { exact: true }).waitFor();
  await drawer.getByRole('group', { name: '预期结论' }).getByLabel(test.expected, { exact: true }).check();
  await drawer.getByRole('button', { name: /保存测试/ }).click();
  await drawer.waitFor({ state: 'hidden' });
}

/** The tests tab's row of the test named `name`. */
export function testRow(tab: Locator, name: string): Locator {
  return tab.getByRole('row').filter({ has: tab.page().getByRole('cell', { name, exact: true }) });
}
