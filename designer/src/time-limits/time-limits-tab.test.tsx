// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiProvider, createApiClient } from '@onewindow/runtime/app';
import { exampleItem, renderWithI18n } from '@onewindow/runtime/app/testing';
import type { ServiceItem } from '@onewindow/schemas';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore, type EditorStore } from '../editor/editor-store.ts';
import { TimeLimitsTab } from './time-limits-tab.tsx';

/** The holiday calendars the repository ships (examples/calendars), as `GET /api/calendars` answers. */
function shippedCalendars(): unknown[] {
  const dir = join(import.meta.dirname, '..', '..', '..', 'examples', 'calendars');
  return [2025, 2026].map((year) => JSON.parse(readFileSync(join(dir, `${year}.json`), 'utf8')));
}

function renderTimeLimits(name: string, change?: (d: ServiceItem) => ServiceItem): EditorStore {
  const example = exampleItem(name);
  const definition = change ? change(example) : example;
  const store = createEditorStore({ code: definition.code, definition, revision: 1 });
  const calendars = shippedCalendars();
  const client = createApiClient({
    fetch: async (input) => {
      if (String(input).endsWith('/api/calendars')) {
        return new Response(JSON.stringify({ calendars }), {
          headers: { 'content-type': 'application/json' },
        });
      }
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } });
    },
  });
  renderWithI18n(
    <ApiProvider client={client}>
      <EditorProvider store={store}>
        <TimeLimitsTab />
      </EditorProvider>
    </ApiProvider>,
  );
  return store;
}

/** The picker's panel while it is open (antd keeps a closed one in the page, hidden). */
const openPanel = () => document.querySelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');

/** The date cells of the month the open picker shows, as a user sees them. */
function shownDays(): HTMLElement[] {
  return [...(openPanel()?.querySelectorAll<HTMLElement>('td.ant-picker-cell-in-view[title]') ?? [])];
}

/**
 * Picks a date the way a user does: clicks the field, pages month by month to the date and clicks
 * its cell. (Typing the date and pressing Enter was flaky under load: antd applies the mouse-down
 * that opens the picker asynchronously, and a date typed in the same tick could be dropped, so all
 * ten tries of a retry loop sometimes left the preview on today.) Each step waits for the picker to
 * show a month, and the date's cell is looked for again after every page turn.
 */
async function setAcceptanceDate(date: string): Promise<void> {
  fireEvent.click(screen.getByLabelText('受理日期'));
  for (let step = 0; ; step++) {
    const days = await waitFor(() => {
      const cells = shownDays();
      expect(cells.length, 'the picker shows a month').toBeGreaterThan(0);
      return cells;
    });
    const cell = days.find((d) => d.title === date);
    if (cell !== undefined) {
      fireEvent.click(cell);
      break;
    }
    if (step >= 48) throw new Error(`no cell for ${date} within four years of ${days[0].title}`);
    const shown = days[0].title;
    const button = date < shown ? '.ant-picker-header-prev-btn' : '.ant-picker-header-next-btn';
    fireEvent.click(openPanel()?.querySelector(button) as HTMLElement);
    // The next month's cells replace these: wait until the first one differs.
    await waitFor(() => expect(shownDays()[0]?.title).not.toBe(shown));
  }
  await waitFor(() => expect(screen.getByTestId('deadline-preview').textContent).toContain(`${date} `));
}

const timeLimits = (store: EditorStore) => store.getState().definition.timeLimits;

// antd under jsdom is slow on a busy machine: allow each interaction-heavy case two minutes.
describe('TimeLimitsTab', { timeout: 120_000 }, () => {
  it('previews the deadlines across National Day 2026 with the shipped calendar', async () => {
    const store = renderTimeLimits('individual-business-registration');
    fireEvent.change(screen.getByLabelText('承诺办结时限数量'), { target: { value: '5' } });
    expect(timeLimits(store).promised).toEqual({ amount: 5, unit: 'workday' });
    await screen.findByTestId('deadline-preview');
    await setAcceptanceDate('2026-09-30');
    // Oct 1–7 off, Sat Oct 10 a make-up workday: 5 working days end on Oct 13, 3 on Oct 10.
    await waitFor(() =>
      expect(screen.getByTestId('deadline-preview').textContent).toBe(
        '2026-09-30 受理 → 承诺期限 2026-10-13，法定期限 2026-10-10',
      ),
    );
    expect(screen.getByText('按此受理日期，承诺期限晚于法定期限。')).toBeTruthy();
    // the acceptance window (5 natural days) lands on a holiday and moves to the next working day
    expect(screen.getByText('当日收件的，最迟于 2026-10-08 前受理或告知补正。')).toBeTruthy();
  });

  it('flags a promised limit longer than the statutory one, in the same unit', () => {
    const store = renderTimeLimits('individual-business-registration');
    expect(screen.getByTestId('limit-comparison').textContent).toBe('承诺时限等于法定时限（未压缩）。');
    fireEvent.change(screen.getByLabelText('承诺办结时限数量'), { target: { value: '5' } });
    expect(screen.getByTestId('limit-comparison').textContent).toBe(
      '承诺时限（5 个工作日）长于法定时限（3 个工作日），请缩短承诺时限。',
    );
    expect(screen.getByLabelText('承诺办结时限数量').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByLabelText('法定办结时限数量'), { target: { value: '20' } });
    expect(timeLimits(store).statutory).toEqual({ amount: 20, unit: 'workday' });
    expect(screen.getByTestId('limit-comparison').textContent).toBe(
      '承诺时限不超过法定时限：压缩 15 个工作日（压缩率 75%）。',
    );
  });

  it('explains the comparison when the units differ', () => {
    renderTimeLimits('resident-id-card-renewal');
    expect(screen.getByTestId('limit-comparison').textContent).toBe(
      '单位不同：15 个工作日连同周末和节假日最长约 35 个自然日，不超过法定的60 个自然日。',
    );
  });

  it('asks an immediate item to promise 0, and sets it', () => {
    const store = renderTimeLimits('birth-registration', (d) => ({
      ...d,
      timeLimits: {
        ...d.timeLimits,
        statutory: { amount: 5, unit: 'workday' },
        promised: { amount: 2, unit: 'workday' },
      },
    }));
    expect(screen.getByText('办件类型：即办件（当场办结）')).toBeTruthy();
    expect(screen.getByText('即办件当场办结，承诺时限应为 0。')).toBeTruthy();
    fireEvent.click(screen.getByText('承诺时限设为 0').closest('button') as HTMLElement);
    expect(timeLimits(store).promised).toEqual({ amount: 0, unit: 'workday' });
    expect(screen.queryByText('即办件当场办结，承诺时限应为 0。')).toBeNull();
  });

  it('names the years the calendar does not cover as provisional', async () => {
    renderTimeLimits('individual-business-registration');
    await screen.findByTestId('deadline-preview');
    await setAcceptanceDate('2026-12-28');
    expect(screen.getByText('2027 年的节假日安排尚未录入，按周一至周五计算，结果为暂定。')).toBeTruthy();
  });

  it('removes the acceptance window when its amount is cleared', () => {
    const store = renderTimeLimits('individual-business-registration');
    fireEvent.change(screen.getByLabelText('受理时限数量'), { target: { value: '' } });
    expect(timeLimits(store).acceptanceWindow).toBeUndefined();
    fireEvent.change(screen.getByLabelText('预警阈值'), { target: { value: '2' } });
    expect(timeLimits(store).yellowAt).toBe(2);
  });
});
