import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of, textPretendingToBePdf, tinyPdf, tinyPng } from '../api/attachments-fixtures.ts';
import { startTestServer, type TestServer } from '../api/harness.ts';
import { launchChromium, SKIP_REASON } from './browser-env.ts';
import { buildWebApp } from './build-web.ts';
import {
  chooseOption,
  expectAccessible,
  fillApplicant,
  fillExpiryRenewal,
  ID_CARD_ITEM,
  livePanel,
  login,
  scanList,
  screenshot,
  tabUntil,
  tickMaterial,
  uploadScan,
} from './counter-steps.ts';

// The server's clock says 2026-11-30 (a Monday): 15 working days after an acceptance today end on 2026-12-21.
const PROMISED_DUE = '2026-12-21';
const LONG = 120_000;

const suite = SKIP_REASON ? describe.skip : describe;

suite(SKIP_REASON ?? 'the counter and the public pages in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let base: string;
  const accepted = { caseNumber: '', queryCode: '' };

  beforeAll(async () => {
    // The server serves runtime/dist itself (as `npm start` does), so build it before starting it.
    buildWebApp();
    server = await startTestServer();
    base = server.baseUrl;
    browser = await launchChromium();
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function clerkPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await login(page, base);
    return { context, page };
  }

  async function openIdCardItem(page: Page) {
    await page.goto(`${base}/counter/items/${ID_CARD_ITEM}`);
    await page.getByRole('heading', { name: '居民身份证换领', level: 1 }).waitFor();
  }

  it(
    'a clerk receives an accepted case: live check 可受理, receipt, acceptance with its deadline, 受理通知书',
    async () => {
      const { context, page } = await clerkPage();
      await expectAccessible(page, 'the reception desk');
      await screenshot(page, 'counter');
      await page.getByLabel('查找事项').fill('身份证');
      await page.getByLabel('查找事项').press('Enter');
      await page
        .getByRole('listitem')
        .filter({ hasText: '居民身份证换领' })
        .getByRole('link', { name: /收\s*件/ })
        .click();
      await page.getByRole('heading', { name: '居民身份证换领', level: 1 }).waitFor();

      await expect.poll(() => livePanel(page).getByText('需补正').count()).toBe(1);
      await fillExpiryRenewal(page);
      for (const m of ['《居民身份证申领登记表》', '原居民身份证', '居民户口簿']) await tickMaterial(page, m);
      await expect.poll(() => livePanel(page).getByText('可受理', { exact: true }).count()).toBe(1);
      await expect.poll(() => livePanel(page).getByText('合计 20 元').count()).toBe(1);
      await expectAccessible(page, 'the reception form');
      await screenshot(page, 'receive-live-check');

      await page.getByRole('button', { name: /提交收件/ }).click();
      await page.getByRole('heading', { name: '收件成功' }).waitFor();
      accepted.caseNumber = ((await page.getByTestId('case-number').textContent()) ?? '').trim();
      accepted.queryCode = ((await page.getByTestId('query-code').textContent()) ?? '').trim();
      expect(accepted.caseNumber).toMatch(/^\d{8,24}$/);
      expect(accepted.queryCode).toMatch(/^\d{4,16}$/);
      await expectAccessible(page, 'the receipt');
      await screenshot(page, 'receipt');

      await page.getByRole('button', { name: /受理并出具受理通知书/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await expect
        .poll(() => dialog.getByText(`承诺办结期限：${PROMISED_DUE}`, { exact: false }).count())
        .toBe(1);
      await dialog.getByRole('link', { name: /打印通知书/ }).click();
      await page.getByRole('heading', { name: '受理通知书' }).waitFor();
      await expect.poll(() => page.getByText(`承诺办结期限：${PROMISED_DUE}`).count()).toBe(1);
      await expectAccessible(page, 'the acceptance notice');
      await screenshot(page, 'notice-accepted');
      // Printed, only the notice remains: no header, no toolbar.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header, .ow-header').first().isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: '受理通知书' }).isVisible()).toBe(true);
      await screenshot(page, 'notice-accepted-print');
      await page.emulateMedia({ media: 'screen' });
      await context.close();
    },
    LONG,
  );

  it(
    'a clerk receives an incomplete case, issues the one-time notice, records the supplement with its scan and accepts',
    async () => {
      const { context, page } = await clerkPage();
      await openIdCardItem(page);
      await fillExpiryRenewal(page);
      for (const m of ['《居民身份证申领登记表》', '原居民身份证']) await tickMaterial(page, m);
      const household = livePanel(page)
        .getByRole('region', { name: '申请材料' })
        .getByText('居民户口簿')
        .locator('xpath=ancestor::li[1]');
      await expect.poll(() => household.getByText('缺少').count()).toBe(1);
      await page.getByRole('button', { name: /提交收件/ }).click();
      await page.getByRole('heading', { name: '收件成功' }).waitFor();

      await page.getByRole('button', { name: /出具一次性告知书/ }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await page
        .getByRole('dialog')
        .getByRole('link', { name: /打印通知书/ })
        .click();
      await page.getByRole('heading', { name: '一次性告知书' }).waitFor();
      expect(await page.getByRole('listitem').filter({ hasText: '居民户口簿' }).count()).toBe(1);
      await expectAccessible(page, 'the one-time supplement notice');
      await screenshot(page, 'notice-supplement');

      await page.getByRole('link', { name: /查看办件/ }).click();
      await page.getByRole('heading', { name: /^办件 \d+/ }).waitFor();
      await page.getByRole('button', { name: /补正材料已收齐/ }).click();
      const dialog = page.getByRole('dialog');
      await tickMaterial(page, '居民户口簿', '已核验原件', dialog);
      const householdScan = tinyPng(12);
      await uploadScan(
        page,
        '居民户口簿',
        { name: '户口簿-补正.png', mimeType: 'image/png', buffer: householdScan },
        dialog,
      );
      await scanList(dialog, '居民户口簿').getByRole('button', { name: '移除 户口簿-补正.png' }).waitFor();
      await expect.poll(() => dialog.getByText('可受理', { exact: true }).count()).toBe(1);
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await dialog.getByText('已完成：补正材料已收齐').waitFor();
      await dialog
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /关\s*闭/ })
        .click();
      // The supplement's scan joined the case, and the timeline says which event brought it.
      const brought = page.getByRole('list', { name: '补交扫描件' });
      await brought.getByRole('link', { name: '下载 户口簿-补正.png' }).waitFor();
      expect(
        await brought.getByText(`SHA-256 ${sha256Of(householdScan).slice(0, 12)}…`, { exact: false }).count(),
      ).toBe(1);
      expect(await page.getByRole('region', { name: '扫描件' }).getByText('户口簿-补正.png').count()).toBe(1);

      await page.getByRole('button', { name: /^受\s*理$/ }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expect
        .poll(() =>
          page.getByRole('dialog').getByText(`承诺办结期限：${PROMISED_DUE}`, { exact: false }).count(),
        )
        .toBe(1);
      await page
        .getByRole('dialog')
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /关\s*闭/ })
        .click();
      await expect.poll(() => page.getByText('已受理').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'the case page');
      await screenshot(page, 'case');
      await context.close();
    },
    LONG,
  );

  it(
    'a clerk attaches scans: a real PDF is stored by its hash, a text file named .pdf is refused, the case offers the scan',
    async () => {
      const { context, page } = await clerkPage();
      await openIdCardItem(page);
      await fillExpiryRenewal(page);
      for (const m of ['《居民身份证申领登记表》', '原居民身份证', '居民户口簿']) await tickMaterial(page, m);

      const pdf = tinyPdf('Application form scan');
      await uploadScan(page, '《居民身份证申领登记表》', {
        name: '申领登记表.pdf',
        mimeType: 'application/pdf',
        buffer: pdf,
      });
      const forms = scanList(page, '《居民身份证申领登记表》');
      // Stored once it can be removed (while it uploads, only its progress shows).
      await forms.getByRole('button', { name: '移除 申领登记表.pdf' }).waitFor();
      expect(await forms.getByText(`SHA-256 ${sha256Of(pdf).slice(0, 12)}…`, { exact: false }).count()).toBe(
        1,
      );

      await uploadScan(page, '原居民身份证', {
        name: '身份证.pdf',
        mimeType: 'application/pdf',
        buffer: textPretendingToBePdf(),
      });
      const refusal = page.getByRole('group', { name: /^原居民身份证/ }).getByRole('alert');
      await expect.poll(() => refusal.textContent()).toContain('身份证.pdf 上传失败：文件内容不是');

      await uploadScan(page, '居民户口簿', { name: '户口簿.png', mimeType: 'image/png', buffer: tinyPng(8) });
      const households = scanList(page, '居民户口簿');
      await households.getByRole('button', { name: '移除 户口簿.png' }).click();
      await expect.poll(() => scanList(page, '居民户口簿').count()).toBe(0);
      await expectAccessible(page, 'the reception form with scans');
      await screenshot(page, 'receive-scans');

      await page.getByRole('button', { name: /提交收件/ }).click();
      await page.getByRole('heading', { name: '收件成功' }).waitFor();
      await page.getByRole('link', { name: /查看办件/ }).click();
      const scans = page.getByRole('region', { name: '扫描件' });
      const link = scans.getByRole('link', { name: '下载 申领登记表.pdf' });
      await link.waitFor();
      expect(await scans.getByText('户口簿.png').count()).toBe(0);
      const download = await page.request.get(`${base}${await link.getAttribute('href')}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toBe('application/pdf');
      expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
      await expectAccessible(page, 'the case page with scans');
      await screenshot(page, 'case-scans');
      await context.close();
    },
    LONG,
  );

  it(
    'a clerk refuses a case the rules reject, with the reason and legal basis on the 不予受理通知书',
    async () => {
      const { context, page } = await clerkPage();
      await openIdCardItem(page);
      await fillApplicant(page);
      await page.getByLabel('登记项目变更换领').check();
      await page.getByLabel('情况说明').fill('姓名变更');
      await page.getByLabel('是（异地受理）').check();
      await page.getByLabel('现居住地址').fill('广东省深圳市南山区西丽街道留仙大道XX号');
      await page.getByLabel('现场采集').check();
      await chooseOption(page, '领证方式', '邮寄送达');
      for (const m of ['《居民身份证申领登记表》', '原居民身份证', '居住证', '登记项目变更证明'])
        await tickMaterial(page, m);
      await expect.poll(() => livePanel(page).getByText('不予受理', { exact: true }).count()).toBe(1);
      await page.getByRole('button', { name: /提交收件/ }).click();
      await page.getByRole('heading', { name: '收件成功' }).waitFor();

      await page.getByRole('button', { name: /不予受理/ }).click();
      const dialog = page.getByRole('dialog');
      await expect
        .poll(() => dialog.getByLabel('理由').inputValue())
        .toContain('登记项目变更换领须到户籍地公安机关办理');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await dialog.getByRole('link', { name: /打印通知书/ }).click();
      await page.getByRole('heading', { name: '不予受理通知书' }).waitFor();
      await page.getByRole('heading', { name: '法律依据' }).waitFor();
      expect(
        await page.getByText(/《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》/).count(),
      ).toBeGreaterThan(0);
      await expectAccessible(page, 'the refusal notice');
      await screenshot(page, 'notice-rejected');

      await page.goto(`${base}/inbox?status=rejected-at-intake`);
      await page.getByRole('table').getByText('不予受理').first().waitFor();
      await page.goto(`${base}/inbox`);
      await page.getByRole('table').getByText('李俊杰').first().waitFor();
      await chooseOption(page, '时限灯', '正常');
      await page.getByRole('table').getByText('正常').first().waitFor();
      await expectAccessible(page, 'the inbox');
      await screenshot(page, 'inbox');
      await context.close();
    },
    LONG,
  );

  it(
    'a member of the public finds the guide and queries progress; a wrong code says only that it does not match',
    async () => {
      expect(accepted.caseNumber, 'the accepted case of the first test').not.toBe('');
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(base);
      await page.getByRole('heading', { name: '办事指南', level: 2 }).waitFor();
      await page.getByLabel('搜索办事指南').fill('身份证');
      await page.getByLabel('搜索办事指南').press('Enter');
      await expectAccessible(page, 'the public home');
      await screenshot(page, 'home');
      await page.getByRole('link', { name: '居民身份证换领' }).click();
      await page.getByRole('heading', { name: '居民身份证换领', level: 1 }).waitFor();
      for (const section of ['受理条件', '申请材料', '办理时限', '收费标准', '办理流程', '网上办理']) {
        await page.getByRole('heading', { name: section, level: 2 }).waitFor();
      }
      expect(await page.getByRole('table').getByText('居住证').count()).toBeGreaterThan(0);
      expect(await page.getByText('15 个工作日').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'the service guide');
      await screenshot(page, 'guide');

      await page.goto(`${base}/progress`);
      await page.getByLabel('办件编号').fill(accepted.caseNumber);
      await page.getByLabel('查询码').fill('00000000');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await page.getByText('办件编号与查询码不匹配，请核对后重试。').waitFor();
      await page.getByLabel('查询码').fill(accepted.queryCode);
      await page.getByRole('button', { name: /查\s*询/ }).click();
      const result = page.getByRole('region', { name: '查询结果' });
      await result.getByText('已受理').first().waitFor();
      expect(await result.getByText(PROMISED_DUE).count()).toBe(1);
      expect(await page.getByText('李俊杰').count(), 'no personal data in public progress').toBe(0);
      await expectAccessible(page, 'the progress query');
      await screenshot(page, 'progress');

      // English on request, remembered across a reload, and back.
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('heading', { name: 'Track a case', level: 1 }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Track a case', level: 1 }).waitFor();
      await expectAccessible(page, 'the progress query in English');
      // An apostrophe is drawn narrow in English (a Latin font), a whole em wide in Chinese (CJK),
      // in the page's text and in antd's components alike.
      const apostropheEm = () =>
        page.evaluate(() =>
          ['body', '.ant-btn'].map((selector) => {
            const probe = document.createElement('span');
            probe.textContent = '\u2019';
            document.querySelector(selector)?.appendChild(probe);
            const em =
              probe.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(probe).fontSize);
            probe.remove();
            return em;
          }),
        );
      for (const em of await apostropheEm()) expect(em).toBeLessThan(0.5);
      await page.getByRole('button', { name: /中文/ }).click();
      await page.getByRole('heading', { name: '办件进度查询', level: 1 }).waitFor();
      for (const em of await apostropheEm()) expect(em).toBeGreaterThan(0.8);

      await page.goto(`${base}/no-such-page`);
      await page.getByRole('heading', { name: '页面不存在' }).waitFor();
      await expectAccessible(page, 'the not-found page');
      await page.goto(`${base}/login`);
      await page.getByLabel('用户名').waitFor();
      await expectAccessible(page, 'the login page');
      await screenshot(page, 'login');
      await context.close();
    },
    LONG,
  );

  it(
    'a clerk completes a whole receipt with the keyboard only, and suspends and resumes the case',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${base}/login?next=${encodeURIComponent('/counter')}`);
      await page.getByLabel('用户名').waitFor();
      await tabUntil(page, 'the username', (el) => el.id === 'username');
      await page.keyboard.type('clerk');
      await page.keyboard.press('Tab');
      await page.keyboard.type('clerk-test-password');
      await page.keyboard.press('Enter');
      // The reception desk: find the item, then open its form.
      const search = page.getByLabel('查找事项');
      await search.waitFor();
      const searchId = await search.getAttribute('id');
      await tabUntil(page, 'the item search', (el) => el.id === searchId);
      await page.keyboard.type('身份证');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('link', { name: /^收\s*件$/ }).count()).toBe(1);
      await tabUntil(page, 'the receive link', (el) => /^收\s*件$/.test(el.text));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: '居民身份证换领', level: 1 }).waitFor();

      await tabUntil(page, 'the name field', (el) => el.id === 'root/applicant/name');
      await page.keyboard.type('李俊杰');
      await page.keyboard.press('Tab');
      await page.keyboard.type('440305199604182716');
      await page.keyboard.press('Tab');
      await page.keyboard.type('13612908847');
      await page.keyboard.press('Tab');
      await page.keyboard.type('广东省深圳市南山区南头街道南山大道XX号');
      // 换领原因: into the radio group, then the arrow picks 证件损坏换领.
      await tabUntil(page, 'the reason', (el) => el.id.startsWith('root/application/reason'));
      await page.keyboard.press('ArrowRight');
      await tabUntil(page, 'the damage description', (el) => el.id === 'root/application/reasonDetail');
      await page.keyboard.type('证件芯片损坏，机读失败');
      // 异地受理: tabbing into an unanswered group focuses its first option; the arrow picks 否.
      await tabUntil(page, 'the place', (el) => el.id.startsWith('root/place/isRemote'));
      await page.keyboard.press('ArrowRight');
      await tabUntil(page, 'photo on site', (el) => el.id.startsWith('root/collection/photoOnSite'));
      await page.keyboard.press('Space');
      await tabUntil(page, 'the delivery', (el) => el.id === 'root/collection/delivery');
      // The first arrow opens the list, the second makes its first option (窗口领取) active.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      for (const code of ['application_form', 'old_id_card', 'household_register']) {
        await tabUntil(page, code, (el) => el.id === `material-${code}-original`);
        await page.keyboard.press('Space');
      }
      await expect.poll(() => livePanel(page).getByText('可受理', { exact: true }).count()).toBe(1);
      await tabUntil(page, 'the submit button', (el) => /提\s*交\s*收\s*件/.test(el.text));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: '收件成功' }).waitFor();

      await tabUntil(page, 'the accept button', (el) => /受理并出具受理通知书/.test(el.text));
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await tabUntil(page, 'the confirm button', (el) => /^确\s*定$/.test(el.text), 10);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').getByText(`承诺办结期限：${PROMISED_DUE}`, { exact: false }).waitFor();
      await tabUntil(page, 'the notice link', (el) => /打印通知书/.test(el.text), 10);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: '受理通知书' }).waitFor();

      // On to the case page: pause the clock (the kind and a reason), then resume it.
      await tabUntil(page, 'the case link', (el) => /查看办件/.test(el.text));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: /^办件 \d+/ }).waitFor();
      await tabUntil(page, 'the suspend button', (el) => /^暂停计时$/.test(el.text));
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radiogroup', { name: '暂停类型' }).waitFor();
      // Tabbing into an unanswered group focuses its first option (受理后补正); Space picks it.
      await tabUntil(page, 'the kind of pause', (el) => el.tag === 'INPUT', 10);
      await page.keyboard.press('Space');
      await tabUntil(page, 'the reason', (el) => el.tag === 'TEXTAREA', 10);
      await page.keyboard.type('申请人须补充现场照片');
      await tabUntil(page, 'the confirm button', (el) => /^确\s*定$/.test(el.text), 10);
      await page.keyboard.press('Enter');
      await dialog.getByText(/^已暂停计时：恢复计时后，期限按暂停的天数顺延/).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await tabUntil(page, 'the resume button', (el) => /^恢复计时$/.test(el.text));
      await page.keyboard.press('Enter');
      await tabUntil(page, 'the confirm button', (el) => /^确\s*定$/.test(el.text), 10);
      await page.keyboard.press('Enter');
      await dialog.getByText(/^承诺办结期限：\d{4}-\d{2}-\d{2}；法定办结期限：\d{4}-\d{2}-\d{2}$/).waitFor();
      const caseNumber = (await page.getByRole('heading', { name: /^办件 \d+/ }).textContent())?.match(
        /\d+/,
      )?.[0];
      expect(caseNumber).toBeTruthy();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);

      // Later, from the inbox: the main navigation, the search by case number, the case's row.
      await tabUntil(page, 'the inbox link', (el) => el.text === '待办箱');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: '待办箱' }).waitFor();
      const inboxSearch = page.getByPlaceholder('搜索办件编号或申请人');
      const inboxSearchId = await inboxSearch.getAttribute('id');
      await tabUntil(page, 'the inbox search', (el) => el.id === inboxSearchId);
      await page.keyboard.type(caseNumber ?? '');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('row').count()).toBe(2);
      await tabUntil(page, 'the case in the inbox', (el) => el.text === caseNumber);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `办件 ${caseNumber}` }).waitFor();
      await context.close();
    },
    LONG,
  );
});
