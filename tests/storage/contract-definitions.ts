import { hashJson } from '@onewindow/runtime/engine';
import type { HolidayCalendar } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/src/audit/seal.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../server/src/errors/index.ts';
import { concurrently, type MakeStore, serviceItem, useStore } from './fixtures.ts';

const AT = '2026-11-29T01:00:00.000Z';

export function definitionsContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);
  const save = (code: string, expectedRevision: number | null, name = `事项${code}`) =>
    store().saveDraft({
      code,
      definition: serviceItem(code, { name: { 'zh-CN': name } }),
      expectedRevision,
      actor: 'admin',
      at: AT,
    });

  describe('drafts', () => {
    it('creates a draft at revision 1 and moves it on one revision per save', async () => {
      expect((await save('X1', null)).revision).toBe(1);
      const second = await save('X1', 1, '新名称');
      expect(second).toMatchObject({ code: 'X1', revision: 2, updatedBy: 'admin', updatedAt: AT });
      expect(await store().getDraft({ code: 'X1' })).toEqual(second);
      expect(await store().getDraft({ code: 'nope' })).toBeNull();
    });

    it('refuses a save based on a stale revision, telling the current one', async () => {
      await save('X1', null);
      await save('X1', 1);
      const error = await save('X1', 1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'REVISION_CONFLICT', extensions: { currentRevision: 2 } });
      await expect(save('X1', null)).rejects.toMatchObject({ extensions: { currentRevision: 2 } });
      await expect(save('NEW', 3)).rejects.toBeInstanceOf(NotFoundError);
      expect((await store().getDraft({ code: 'X1' }))?.revision).toBe(2);
    });

    it('lets exactly one of several concurrent saves on the same revision win', async () => {
      await save('X1', null);
      const results = await concurrently(10, (i) => save('X1', 1, `并发${i}`));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
      expect((await store().getDraft({ code: 'X1' }))?.revision).toBe(2);
    });

    it('refuses a definition whose code is not the draft it is saved as', async () => {
      const error = await store()
        .saveDraft({
          code: 'A',
          definition: serviceItem('B'),
          expectedRevision: null,
          actor: 'admin',
          at: AT,
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
    });
  });

  describe('item list', () => {
    it('filters by department, type, status and text, ordered by code', async () => {
      await store().saveDraft({
        code: 'B-2',
        definition: serviceItem('B-2', {
          name: { 'zh-CN': '居民身份证换领' },
          type: 'administrative-confirmation',
          department: { name: { 'zh-CN': '公安局' }, code: 'PSB' },
        }),
        expectedRevision: null,
        actor: 'admin',
        at: AT,
      });
      await save('A-1', null, '个体工商户设立登记');
      await save('C-3', null, '建筑工程施工许可证核发');
      await store().publishDraft({ code: 'A-1', expectedRevision: 1, actor: 'admin', at: AT });
      await store().publishDraft({ code: 'C-3', expectedRevision: 1, actor: 'admin', at: AT });
      await store().retireVersion({ code: 'C-3', version: 1, actor: 'admin', at: AT });
      const codes = async (args: Parameters<ReturnType<typeof store>['listItems']>[0]) =>
        (await store().listItems(args)).map((i) => i.code);

      expect(await codes({})).toEqual(['A-1', 'B-2', 'C-3']);
      expect(await codes({ department: 'PSB' })).toEqual(['B-2']);
      expect(await codes({ department: '市场监督管理局' })).toEqual(['A-1', 'C-3']);
      expect(await codes({ type: 'administrative-confirmation' })).toEqual(['B-2']);
      expect(await codes({ status: 'draft' })).toEqual(['B-2']);
      expect(await codes({ status: 'active' })).toEqual(['A-1']);
      expect(await codes({ status: 'retired' })).toEqual(['C-3']);
      expect(await codes({ text: '身份证' })).toEqual(['B-2']);
      expect(await codes({ text: 'c-' })).toEqual(['C-3']);
      expect(await codes({ text: '%' })).toEqual([]);
      const [a] = await store().listItems({ text: 'A-1' });
      expect(a).toMatchObject({
        name: '个体工商户设立登记',
        departmentCode: 'SAMR',
        latestVersion: 1,
        activeVersion: 1,
        publishedRevision: 1,
        revision: 1,
        status: 'active',
      });
    });
  });

  describe('published versions', () => {
    it('publishes the draft as version last+1, hashed over its canonical JSON, with a publish audit record', async () => {
      await save('P', null);
      const v1 = await store().publishDraft({
        code: 'P',
        expectedRevision: 1,
        actor: 'admin',
        at: AT,
        auditPayload: { tests: 3 },
      });
      expect(v1).toMatchObject({
        code: 'P',
        version: 1,
        status: 'active',
        publishedBy: 'admin',
        publishedAt: AT,
      });
      expect(v1.definition.version).toBe(1);
      expect(v1.hash).toBe(hashJson(v1.definition));
      await save('P', 1, '第二版');
      const v2 = await store().publishDraft({ code: 'P', expectedRevision: 2, actor: 'admin', at: AT });
      expect(v2.version).toBe(2);
      expect(v2.definition.name['zh-CN']).toBe('第二版');

      const records = await store().listAudit({ kind: 'publish' });
      expect(records.map((r) => r.subject)).toEqual(['P@1', 'P@2']);
      expect(records[0].payload).toMatchObject({
        tests: 3,
        definition: { code: 'P', version: 1, hash: v1.hash },
      });
      expect(verifyAuditChain(await store().listAudit({})).ok).toBe(true);
    });

    it('publishes only the revision that was tested, and never the same revision twice', async () => {
      await save('P', null);
      await save('P', 1);
      await expect(
        store().publishDraft({ code: 'P', expectedRevision: 1, actor: 'admin', at: AT }),
      ).rejects.toMatchObject({ code: 'REVISION_CONFLICT', extensions: { currentRevision: 2 } });
      await store().publishDraft({ code: 'P', expectedRevision: 2, actor: 'admin', at: AT });
      await expect(
        store().publishDraft({ code: 'P', expectedRevision: 2, actor: 'admin', at: AT }),
      ).rejects.toMatchObject({ status: 409, code: 'ALREADY_PUBLISHED', extensions: { version: 1 } });
      await expect(
        store().publishDraft({ code: 'none', expectedRevision: 1, actor: 'a', at: AT }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await store().listVersions({ code: 'P' })).toHaveLength(1);
    });

    it('keeps a published version unchanged when the draft is edited and when it is retired', async () => {
      await save('P', null, '原名');
      const v1 = await store().publishDraft({ code: 'P', expectedRevision: 1, actor: 'admin', at: AT });
      await save('P', 1, '改名');
      const again = await store().getVersion({ code: 'P', version: 1 });
      expect(again).toEqual(v1);

      const retired = await store().retireVersion({
        code: 'P',
        version: 1,
        actor: 'inspector',
        at: AT,
        reason: '政策调整',
      });
      expect(retired).toMatchObject({
        status: 'retired',
        retiredBy: 'inspector',
        retiredAt: AT,
        hash: v1.hash,
      });
      const after = await store().getVersion({ code: 'P', version: 1 });
      expect(after?.definition).toEqual(v1.definition);
      expect(after?.hash).toBe(v1.hash);
      expect(
        await store().retireVersion({ code: 'P', version: 1, actor: 'other', at: '2027-01-01T00:00:00Z' }),
      ).toEqual(retired);
      expect((await store().listAudit({ kind: 'retire' })).map((r) => r.subject)).toEqual(['P@1']);
      await expect(
        store().retireVersion({ code: 'P', version: 9, actor: 'a', at: AT }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lists versions newest first and serves the highest active one by default', async () => {
      await save('P', null);
      for (let revision = 1; revision <= 3; revision++) {
        if (revision > 1) await save('P', revision - 1);
        await store().publishDraft({ code: 'P', expectedRevision: revision, actor: 'admin', at: AT });
      }
      expect((await store().listVersions({ code: 'P' })).map((v) => v.version)).toEqual([3, 2, 1]);
      expect((await store().listVersions({ code: 'P' }))[0]).not.toHaveProperty('definition');
      expect((await store().getVersion({ code: 'P' }))?.version).toBe(3);
      await store().retireVersion({ code: 'P', version: 3, actor: 'admin', at: AT });
      expect((await store().getVersion({ code: 'P' }))?.version).toBe(2);
      await store().retireVersion({ code: 'P', version: 2, actor: 'admin', at: AT });
      await store().retireVersion({ code: 'P', version: 1, actor: 'admin', at: AT });
      expect(await store().getVersion({ code: 'P' })).toBeNull();
      expect(await store().getVersion({ code: 'nope', version: 1 })).toBeNull();
    });

    it('gives concurrent publishes of one revision one version', async () => {
      await save('P', null);
      const results = await concurrently(8, () =>
        store().publishDraft({ code: 'P', expectedRevision: 1, actor: 'admin', at: AT }),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await store().listVersions({ code: 'P' })).map((v) => v.version)).toEqual([1]);
    });
  });

  describe('holiday calendars', () => {
    const calendar = (year: number, holidays: string[]): HolidayCalendar => ({
      year,
      source: '国务院办公厅通知',
      holidays: holidays.map((date) => ({ date, name: '节日' })),
      workdays: [],
    });

    it('stores one calendar per year, replaces it on a second put, and lists them by year', async () => {
      await store().putCalendar({ calendar: calendar(2026, ['2026-10-01']), actor: 'admin', at: AT });
      await store().putCalendar({ calendar: calendar(2025, ['2025-10-01']), actor: 'admin', at: AT });
      const replaced = calendar(2026, ['2026-10-01', '2026-10-02']);
      await store().putCalendar({ calendar: replaced, actor: 'admin', at: AT });
      const all = await store().listCalendars();
      expect(all.map((c) => c.year)).toEqual([2025, 2026]);
      expect(all[1]).toEqual(replaced);
      expect((await store().listAudit({ kind: 'calendar' })).map((r) => r.subject)).toEqual([
        'calendar@2026',
        'calendar@2025',
        'calendar@2026',
      ]);
    });
  });
}
