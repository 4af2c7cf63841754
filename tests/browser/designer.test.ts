import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { startTestServer, type TestServer } from '../api/harness.ts';
import { launchChromium, SKIP_REASON } from './browser-env.ts';
import { buildWebApp } from './build-web.ts';
import { expectAccessible, livePanel, login } from './counter-steps.ts';
import {
  addFieldByClick,
  addFieldByDrag,
  confirmPublish,
  createTest,
  designerShot,
  EVENTUALLY,
  fieldList,
  fieldProperties,
  livePreview,
  loginToDesigner,
  makeRequired,
  openTab,
  pick,
  publishButton,
  publishDialog,
  publishNote,
  residentId,
  selectField,
  setFieldKey,
  setFieldLabel,
  testEditor,
  testRow,
  waitSaved,
} from './designer-steps.ts';

const LONG = 300_000;
// The builder shows palette | fields | properties | preview side by side from 1700 px on.
const VIEWPORT = { width: 1920, height: 1080 };

const CODE = 'e2e-flexible-employment';
const NAME = '灵活就业人员参保登记';
const REJECT_MESSAGE = '申请人未满16周岁，不符合灵活就业人员参保条件，不予受理。';
const ADULT = residentId('19960418');
// Under 16 on the tests' check date (the browser's today), whatever year the suite runs in.
const MINOR = residentId(`${new Date().getFullYear() - 10}0315`, '352');

const suite = SKIP_REASON ? describe.skip : describe;

suite(SKIP_REASON ?? 'the designer in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let base: string;
  let published = false;

  beforeAll(async () => {
    // The server serves both built apps: the designer at /designer, the counter at /.
    buildWebApp('runtime');
    buildWebApp('designer');
    server = await startTestServer();
    base = server.baseUrl;
    browser = await launchChromium();
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A logged-in administrator's page; a failing test leaves its screenshot, and its uncaught errors. */
  async function adminPage(name: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    onTestFailed(async () => {
      if (errors.length > 0) console.error(`uncaught in ${name}:`, errors);
      await designerShot(page, `failed-${name}`).catch(() => undefined);
    });
    await loginToDesigner(page, base);
    return { context, page, errors };
  }

  it(
    'an administrator builds an item from scratch, a failing test blocks publishing, version 1 is published and edited into version 2 with a diff',
    async () => {
      const { context, page, errors } = await adminPage('build');

      // 1. The item list; a blank item.
      await expectAccessible(page, 'the item list');
      await designerShot(page, 'items');
      await page.getByRole('button', { name: /新建事项/ }).click();
      const create = page.getByRole('dialog', { name: '新建事项' });
      await create.getByLabel('实施编码').fill(CODE);
      await create.getByLabel('事项名称').fill(NAME);
      await create.getByLabel('实施主体名称').fill('深圳市社会保险基金管理局南山分局');
      await create.getByRole('button', { name: '创建并编辑' }).click();
      await page.getByRole('heading', { name: `编辑事项：${NAME}`, level: 1 }).waitFor();
      expect(page.url()).toBe(`${base}/designer/items/${CODE}`);
      const basic = page.getByRole('tabpanel', { name: '基本信息' });
      expect(await basic.getByLabel('实施编码').inputValue()).toBe(CODE);
      await designerShot(page, 'basic');

      // 2. The form: five fields from the palette (one dragged), labelled in the properties panel.
      await openTab(page, '表单');
      await addFieldByClick(page, '单行文本');
      await setFieldLabel(page, '姓名', 'Name');
      await setFieldKey(page, 'fullName');
      await makeRequired(page);
      await addFieldByClick(page, '身份证号码');
      await makeRequired(page);
      await fieldProperties(page).getByLabel('作为申请人身份证号码').check();
      await addFieldByDrag(page, '手机号码');
      await setFieldLabel(page, '联系电话', 'Mobile');
      await addFieldByClick(page, '是/否');
      await setFieldLabel(page, '是否曾在外地参保', 'Insured elsewhere before');
      await setFieldKey(page, 'insuredElsewhere');
      await addFieldByClick(page, '单行文本');
      await setFieldLabel(page, '原参保地', 'Where insured before');
      await setFieldKey(page, 'previousPlace');
      await pick(page, fieldProperties(page).getByLabel('显示条件：当字段'), '是否曾在外地参保');
      await expect
        .poll(() => fieldProperties(page).getByRole('group', { name: '显示条件' }).textContent(), EVENTUALLY)
        .toContain('为“是”');
      const rows = fieldList(page).getByRole('listitem');
      await expect
        .poll(() => rows.allTextContents(), EVENTUALLY)
        .toEqual([
          expect.stringMatching(/^姓名fullName单行文本必填/),
          expect.stringMatching(/^身份证号码idNumber身份证号码必填申请人/),
          expect.stringMatching(/^联系电话mobile手机号码/),
          expect.stringMatching(/^是否曾在外地参保insuredElsewhere是\/否/),
          expect.stringMatching(/^原参保地previousPlace单行文本.*条件显示/),
          '放到表单末尾',
        ]);

      // The preview is the counter's form: the conditional field shows only after 是.
      const preview = livePreview(page);
      for (const label of ['姓名', '身份证号码', '联系电话', '是否曾在外地参保']) {
        await preview.getByText(label, { exact: true }).waitFor();
      }
      expect(await preview.getByLabel('原参保地').count()).toBe(0);
      await preview.getByLabel('是', { exact: true }).check();
      await preview.getByLabel('原参保地').waitFor();
      await preview.getByLabel('否', { exact: true }).check();
      await expect.poll(() => preview.getByLabel('原参保地').count(), EVENTUALLY).toBe(0);
      await preview.getByLabel('是', { exact: true }).check();
      await preview.getByLabel('原参保地').fill('广东省广州市');
      await expectAccessible(page, 'the form builder');
      await designerShot(page, 'form');

      // 3. Materials: a required one and a conditional one, whose require-material rule starts here.
      const materials = await openTab(page, '材料与收费');
      await materials.getByRole('button', { name: /添加材料/ }).click();
      await materials.getByLabel('材料 1 名称（中文）').fill('居民身份证');
      await materials.getByLabel('材料 1 编码').fill('id_card');
      await materials.getByRole('button', { name: /添加材料/ }).click();
      await materials.getByLabel('材料 2 名称（中文）').fill('原参保地社保缴费凭证');
      await materials.getByLabel('材料 2 编码').fill('insurance_proof');
      await pick(page, materials.getByLabel('材料 2 必要性'), '情形必要');
      await materials.getByText('尚无规则要求此材料，它永远不会被要求提交。').waitFor();
      await materials.getByRole('button', { name: '材料 2：添加要求此材料的规则' }).click();

      // Rules: the new rule opens in the rules tab; its condition is built in the visual builder.
      await page.getByRole('tab', { name: '审查规则', selected: true }).waitFor();
      const rules = page.getByRole('tabpanel', { name: '审查规则' });
      let rule = rules.getByRole('region', { name: '编辑规则 require-insurance_proof' });
      await rule.getByRole('button', { name: '顶层条件组：添加条件' }).click();
      await pick(page, rule.getByLabel('条件 1的事实'), '是否曾在外地参保');
      await pick(page, rule.getByLabel('条件 1的值'), /^是$/);
      await rule.getByText('当 是否曾在外地参保 等于 “是” 时：要求提交“原参保地社保缴费凭证”').waitFor();

      // A reject rule with its message: applicants under 16 (the applicant's age, from the ID number).
      await rules.getByRole('button', { name: '添加规则' }).click();
      await rules.getByRole('region', { name: '编辑规则 rule-2' }).getByLabel('规则编号').fill('under-16');
      rule = rules.getByRole('region', { name: '编辑规则 under-16' });
      await rule.getByLabel('规则名称（中文）').fill('未满16周岁');
      await rule.getByRole('button', { name: '顶层条件组：添加条件' }).click();
      await pick(page, rule.getByLabel('条件 1的事实'), '申请人年龄');
      await pick(page, rule.getByLabel('条件 1的运算符'), /^小于$/);
      await rule.getByLabel('条件 1的值').fill('16');
      await pick(page, rule.getByLabel('结果类型'), '不予受理');
      await rule.getByLabel('说明（中文）').fill(REJECT_MESSAGE);
      await rule.getByLabel('说明（英文）').fill('Applicants under 16 cannot register.');
      await rule.getByLabel('依据').fill('《中华人民共和国劳动法》第十五条');
      await rule.getByText(`当 申请人年龄 小于 16 时：不予受理`).waitFor();
      await expect
        .poll(() => rules.getByRole('row').allTextContents(), EVENTUALLY)
        .toEqual([
          expect.stringContaining('规则编号'),
          expect.stringMatching(/^1require-insurance_proof需补充材料须提交原参保地社保缴费凭证。/),
          expect.stringMatching(new RegExp(`^2under-16不予受理${REJECT_MESSAGE}`)),
        ]);
      await expectAccessible(page, 'the rules tab');
      await designerShot(page, 'rules');

      // The conditional material now names its rule; the time limits as a blank item has them.
      await openTab(page, '材料与收费');
      await materials.getByRole('button', { name: '规则 require-insurance_proof：打开' }).waitFor();
      await designerShot(page, 'materials');
      const limits = await openTab(page, '办理时限');
      await limits.getByText(/受理 → 承诺期限 \d{4}-\d{2}-\d{2}，法定期限 \d{4}-\d{2}-\d{2}/).waitFor();
      await designerShot(page, 'time-limits');

      // 4. Two tests filled in like a clerk would; the second expects the wrong outcome on purpose.
      const tests = await openTab(page, '测试用例');
      await createTest(page, tests, {
        name: '外地参保人员可受理',
        fill: async (form) => {
          await form.getByLabel('姓名').fill('李俊杰');
          await form.getByLabel('身份证号码').fill(ADULT);
          await form.getByLabel('是', { exact: true }).check();
          await form.getByLabel('原参保地').fill('广东省广州市');
        },
        provided: ['居民身份证', '原参保地社保缴费凭证'],
        liveOutcome: '可受理',
        expected: '可受理',
      });
      await createTest(page, tests, {
        name: '未满16周岁不予受理',
        fill: async (form) => {
          await form.getByLabel('姓名').fill('王小明');
          await form.getByLabel('身份证号码').fill(MINOR);
          await form.getByLabel('否', { exact: true }).check();
        },
        provided: ['居民身份证'],
        liveOutcome: '不予受理',
        expected: '可受理',
      });

      // The wrong one fails, says why, and publishing is blocked until it is fixed.
      await tests.getByRole('status').filter({ hasText: '1 通过 / 1 失败' }).waitFor();
      expect(await testRow(tests, '外地参保人员可受理').getByText('通过', { exact: true }).count()).toBe(1);
      expect(await testRow(tests, '未满16周岁不予受理').getByText('失败', { exact: true }).count()).toBe(1);
      await tests.getByRole('heading', { name: '与预期不符之处' }).waitFor();
      expect(await tests.getByRole('row', { name: '审查结论 可受理 不予受理', exact: true }).count()).toBe(1);
      await expect
        .poll(() => publishNote(page), EVENTUALLY)
        .toBe('不能发布：1 个测试未通过（未满16周岁不予受理）');
      expect(await publishButton(page).isDisabled()).toBe(true);
      await expectAccessible(page, 'the tests tab');
      await designerShot(page, 'tests-failing');

      await tests.getByRole('button', { name: '编辑测试“未满16周岁不予受理”' }).click();
      const editor = testEditor(page);
      await editor.getByRole('group', { name: '预期结论' }).getByLabel('不予受理', { exact: true }).check();
      await editor.getByRole('button', { name: /保存测试/ }).click();
      await editor.waitFor({ state: 'hidden' });
      await tests.getByRole('status').filter({ hasText: '2 通过 / 0 失败' }).waitFor();
      await tests.getByText('每条规则都至少被一个测试触发。').waitFor();
      await expect.poll(() => publishNote(page), EVENTUALLY).toBe('检查无错误，测试全部通过（2 个）');
      expect(await publishButton(page).isEnabled()).toBe(true);
      await designerShot(page, 'tests');

      // 5. Version 1: the dialog says it is the first; the history lists it.
      await publishButton(page).click();
      await publishDialog(page).getByText('这是本事项的第一个版本，发布后为第 1 版。').waitFor();
      await designerShot(page, 'publish-first', { fullPage: false });
      await confirmPublish(page, 1);
      const versions = await openTab(page, '版本');
      const v1 = versions
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: '第 1 版', exact: true }) });
      await v1.getByText('有效').waitFor();
      expect(await v1.getByRole('cell', { name: 'admin', exact: true }).count()).toBe(1);

      // 6. Version 2: a label renamed; the dialog's diff names it, and so does the versions tab.
      await openTab(page, '表单');
      await selectField(page, '原参保地');
      await setFieldLabel(page, '原参保地（省市）');
      await waitSaved(page);
      await expect.poll(() => publishNote(page), EVENTUALLY).toBe('检查无错误，测试全部通过（2 个）');
      await publishButton(page).click();
      const dialog = publishDialog(page);
      await dialog.getByText('与已发布的第 1 版相比：').waitFor();
      const change = dialog.getByRole('region', { name: '表单（1）' }).getByRole('listitem');
      expect(await change.getByRole('deletion').textContent()).toBe('原参保地');
      expect(await change.getByRole('insertion').textContent()).toBe('原参保地（省市）');
      await expectAccessible(page, 'the publish dialog');
      await designerShot(page, 'publish-diff', { fullPage: false });
      await confirmPublish(page, 2);

      await openTab(page, '版本');
      await versions.getByRole('cell', { name: '第 2 版', exact: true }).waitFor();
      await pick(page, versions.getByLabel('对比：从'), '第 1 版');
      await pick(page, versions.getByLabel('到', { exact: true }), '第 2 版');
      await versions.getByRole('button', { name: /^对\s*比$/ }).click();
      const compared = versions.getByRole('region', { name: '版本对比' });
      await compared.getByText('第 1 版 → 第 2 版').waitFor();
      expect(await compared.getByRole('deletion').allTextContents()).toEqual(['原参保地']);
      expect(await compared.getByRole('insertion').allTextContents()).toEqual(['原参保地（省市）']);
      await designerShot(page, 'versions');
      published = true;

      // The item list shows it published.
      await page.getByRole('link', { name: '返回事项列表' }).click();
      const listed = page.getByRole('row').filter({ hasText: CODE });
      await listed.getByText('生效：第 2 版').waitFor();

      // 7. The other admin screens.
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '节假日' }).click();
      await page.getByRole('heading', { name: '节假日安排', level: 1 }).waitFor();
      // Its save bar sticks to the bottom of the window: a full-page shot would show it mid-page.
      await designerShot(page, 'calendars', { fullPage: false });
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '账号' }).click();
      await page.getByRole('heading', { name: '账号管理', level: 1 }).waitFor();
      await page.getByRole('cell', { name: 'clerk', exact: true }).waitFor();
      await designerShot(page, 'accounts');
      expect(errors, 'uncaught errors in the page').toEqual([]);
      await context.close();
    },
    LONG,
  );

  it(
    'the published item is at the counter: a clerk gets its version 2 form',
    async () => {
      expect(published, 'the item published by the first test').toBe(true);
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await login(page, base, 'clerk', `/counter/items/${CODE}`);
      await page.getByRole('heading', { name: NAME, level: 1 }).waitFor();
      await page.getByLabel('身份证号码').fill(MINOR);
      await page.getByLabel('是', { exact: true }).check();
      await page.getByLabel('原参保地（省市）').waitFor();
      // Its rules decide at the counter: a 14-year-old is refused with the rule's message.
      await livePanel(page).getByText('不予受理', { exact: true }).waitFor();
      expect(await livePanel(page).getByText(REJECT_MESSAGE).count()).toBeGreaterThan(0);
      await designerShot(page, 'counter');
      await context.close();
    },
    LONG,
  );

  it(
    'autosave conflict: an editor on a stale draft gets the 409 dialog, and "load theirs" shows the other change',
    async () => {
      const code = 'e2e-conflict';
      const created = await server.request('POST', '/api/items', {
        role: 'admin',
        body: { code, name: '冲突测试事项', department: '测试局' },
      });
      expect(created.status).toBe(201);
      const first = await adminPage('conflict-first');
      const second = await adminPage('conflict-second');
      for (const { page } of [first, second]) {
        await page.goto(`${base}/designer/items/${code}`);
        await page.getByRole('heading', { name: '编辑事项：冲突测试事项', level: 1 }).waitFor();
      }
      const basicOf = (page: Page) => page.getByRole('tabpanel', { name: '基本信息' });

      await basicOf(first.page).getByLabel('事项名称 中文').fill('冲突测试事项（甲修改）');
      await waitSaved(first.page);
      await basicOf(second.page).getByLabel('基本编码').fill('B-0001');
      const dialog = second.page.getByRole('dialog', { name: '保存冲突：草稿已被他人修改' });
      await dialog.getByText('您的修改基于修订号 1，尚未保存。').waitFor();
      expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
        expect.stringMatching(/^事项名称/),
        expect.stringMatching(/^基本编码/),
      ]);
      await designerShot(second.page, 'conflict', { fullPage: false });

      await dialog.getByRole('button', { name: /加载对方的版本/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const basic = basicOf(second.page);
      expect(await basic.getByLabel('事项名称 中文').inputValue()).toBe('冲突测试事项（甲修改）');
      expect(await basic.getByLabel('基本编码').inputValue()).toBe('');
      await second.page
        .getByRole('heading', { name: '编辑事项：冲突测试事项（甲修改）', level: 1 })
        .waitFor();
      const draft = await server.request('GET', `/api/items/${code}/draft`, { role: 'admin' });
      expect(draft.body.definition.name['zh-CN']).toBe('冲突测试事项（甲修改）');
      expect(draft.body.definition.baseCode).toBeUndefined();
      expect([...first.errors, ...second.errors], 'uncaught errors in the pages').toEqual([]);
      await first.context.close();
      await second.context.close();
    },
    LONG,
  );
});
