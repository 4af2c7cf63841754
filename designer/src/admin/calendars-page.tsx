import { centreToday, ErrorAlert, Link, useApi, useApiQuery, useRouter } from '@onewindow/runtime/app';
import type { HolidayCalendar } from '@onewindow/schemas';
import { App, Button, InputNumber, Spin, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { CalendarEditor } from './calendar-editor.tsx';
import { calendarsMessages } from './calendars-messages.ts';
import './admin.css';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The year the page opens: `?year=`, else this year when entered, else the latest entered. */
function chosenYear(search: string, years: readonly number[]): number | null {
  const asked = Number(new URLSearchParams(search).get('year'));
  if (Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR) return asked;
  const thisYear = Number(centreToday().slice(0, 4));
  if (years.includes(thisYear)) return thisYear;
  return years.length > 0 ? years[years.length - 1] : null;
}

/** 节假日安排 — the holiday calendars by year: pick a year, edit its days off and make-up workdays, save. */
export function CalendarsPage() {
  const m = useMessages(calendarsMessages);
  const { message } = App.useApp();
  const api = useApi();
  const router = useRouter();
  const newYearId = useId();
  const list = useApiQuery(
    (signal) => api.get<{ calendars: HolidayCalendar[] }>('/api/calendars', { signal }),
    [api],
  );
  const [added, setAdded] = useState<number[]>([]);
  const [newYear, setNewYear] = useState<number | null>(null);
  const stored = list.data?.calendars ?? [];
  const years = useMemo(
    () => [...new Set([...stored.map((c) => c.year), ...added])].sort((a, b) => a - b),
    [stored, added],
  );
  const year = chosenYear(router.location.search, years);
  const calendar = stored.find((c) => c.year === year);
  const show = (y: number) => router.navigate(`/calendars?year=${y}`, { replace: true });

  const addYear = () => {
    if (newYear === null) return;
    if (years.includes(newYear)) message.info(m('cal.newYearExists', { year: newYear }));
    else setAdded([...added, newYear]);
    setNewYear(null);
    show(newYear);
  };

  return (
    <>
      <Typography.Title level={1} className="ow-page-title">
        {m('cal.title')}
      </Typography.Title>
      <p className="ow-admin-help ow-gap">{m('cal.intro')}</p>
      {list.error && <ErrorAlert error={list.error} />}
      <div className="ow-cal-layout">
        <nav className="ow-card ow-cal-years" aria-label={m('cal.yearsLabel')}>
          <h2>{m('cal.years')}</h2>
          {list.loading && !list.data && <Spin />}
          {list.data && years.length === 0 && <p className="ow-admin-help">{m('cal.none')}</p>}
          <ul>
            {years.map((y) => {
              const c = stored.find((s) => s.year === y);
              return (
                <li key={y}>
                  <Link to={`/calendars?year=${y}`} aria-current={y === year ? 'page' : undefined}>
                    {y}
                  </Link>
                  <div className="ow-small ow-admin-help">
                    {c
                      ? m('cal.summary', { holidays: c.holidays.length, workdays: c.workdays.length })
                      : m('cal.unsavedYear')}
                  </div>
                </li>
              );
            })}
          </ul>
          <label htmlFor={newYearId} className="ow-field-label">
            {m('cal.newYear')}
          </label>
          <div className="ow-line">
            <InputNumber<number>
              id={newYearId}
              min={MIN_YEAR}
              max={MAX_YEAR}
              precision={0}
              value={newYear}
              onChange={setNewYear}
              onPressEnter={addYear}
              style={{ width: 110 }}
            />
            <Button onClick={addYear} disabled={newYear === null}>
              {m('cal.newYearAdd')}
            </Button>
          </div>
        </nav>
        <div>
          {year !== null && (calendar || added.includes(year) || list.data) && (
            <CalendarEditor
              key={`${year}-${calendar ? 'stored' : 'new'}`}
              calendar={calendar ?? { year, holidays: [], workdays: [] }}
              isNew={!calendar}
              onSaved={() => {
                setAdded(added.filter((y) => y !== year));
                list.reload();
              }}
            />
          )}
        </div>
      </div>
    </>
  );
}
