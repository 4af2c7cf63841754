import { DeleteOutlined } from '@ant-design/icons';
import { isValidDate } from '@onewindow/runtime';
import { Button, DatePicker, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { type DayList, type DayRow, datePointer, newRow } from './calendar-draft.ts';
import { calendarsMessages } from './calendars-messages.ts';

const DATE = 'YYYY-MM-DD';

/**
 * One list of a year's calendar (days off, or make-up workdays) as a table: a date picker limited to
 * the year (weekends only for make-up workdays), the weekday, a name; add and remove rows. Each row's
 * problem is shown under its date.
 */
export function CalendarDayTable({
  list,
  year,
  rows,
  problems,
  onChange,
}: {
  list: DayList;
  year: number;
  rows: readonly DayRow[];
  /** Problem text by date pointer (`/holidays/2/date`). */
  problems: ReadonlyMap<string, string>;
  onChange(rows: DayRow[]): void;
}) {
  const m = useMessages(calendarsMessages);
  const base = useId();
  const rowLabel = (index: number) =>
    m(list === 'holidays' ? 'cal.holidayRow' : 'cal.workdayRow', { n: index + 1 });
  const set = (index: number, patch: Partial<DayRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const disabledDate = (day: Dayjs) =>
    day.year() !== year || (list === 'workdays' && day.day() !== 0 && day.day() !== 6);

  return (
    <>
      <table className="ow-cal-table">
        <thead>
          <tr>
            <th scope="col">{m('cal.col.date')}</th>
            <th scope="col">{m('cal.col.weekday')}</th>
            <th scope="col">{m('cal.col.name')}</th>
            <th scope="col">
              <span className="ow-visually-hidden">{m('cal.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={4} className="ow-cal-empty">
                {m('cal.emptyList')}
              </td>
            </tr>
          )}
          {rows.map((row, index) => {
            const label = rowLabel(index);
            const id = `${base}-${row.key}`;
            const problem = problems.get(datePointer(list, index));
            // A stored date that is not a real one (2026-02-30) shows empty, with its problem below.
            const date = isValidDate(row.date) ? dayjs(row.date) : null;
            return (
              <tr key={row.key}>
                <td>
                  <label htmlFor={`${id}-date`} className="ow-visually-hidden">
                    {m('cal.date', { row: label })}
                  </label>
                  <DatePicker
                    id={`${id}-date`}
                    value={date}
                    format={DATE}
                    defaultPickerValue={dayjs(`${year}-01-01`)}
                    disabledDate={disabledDate}
                    status={problem ? 'error' : undefined}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-problem` : undefined}
                    onChange={(value: Dayjs | null) => set(index, { date: value ? value.format(DATE) : '' })}
                  />
                  {problem && (
                    <div id={`${id}-problem`} className="ow-cal-problem">
                      {problem}
                    </div>
                  )}
                </td>
                <td className="ow-cal-weekday">{date?.format('ddd') ?? ''}</td>
                <td>
                  <label htmlFor={`${id}-name`} className="ow-visually-hidden">
                    {m('cal.name', { row: label })}
                  </label>
                  <Input
                    id={`${id}-name`}
                    value={row.name}
                    maxLength={50}
                    placeholder={m('cal.namePlaceholder')}
                    onChange={(e) => set(index, { name: e.target.value })}
                  />
                </td>
                <td>
                  <Button
                    danger
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={m('cal.remove', { row: label })}
                    title={m('cal.remove', { row: label })}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button type="dashed" className="ow-gap-top" onClick={() => onChange([...rows, newRow()])}>
        + {m(list === 'holidays' ? 'cal.addHoliday' : 'cal.addWorkday')}
      </Button>
    </>
  );
}
