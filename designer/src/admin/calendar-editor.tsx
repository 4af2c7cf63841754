import { type ApiError, ErrorAlert, isApiError, useApi, useLeaveGuard } from '@onewindow/runtime/app';
import type { HolidayCalendar } from '@onewindow/schemas';
import { App, Button, Input, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { CalendarDayTable } from './calendar-day-table.tsx';
import {
  type CalendarDraft,
  calendarOf,
  type DayList,
  draftOf,
  draftProblems,
  sortedDraft,
} from './calendar-draft.ts';
import { problemText, serverProblems } from './calendar-problem-text.ts';
import { calendarsMessages } from './calendars-messages.ts';

const LISTS: readonly DayList[] = ['holidays', 'workdays'];

/**
 * Edits one year's holiday calendar and saves it with `PUT /api/calendars/:year`. Problems the server
 * would refuse are shown under each date before saving; the server's own are shown there too. A
 * failed save keeps every edit.
 */
export function CalendarEditor({
  calendar,
  isNew,
  onSaved,
}: {
  calendar: HolidayCalendar;
  /** A year not stored yet: unsaved until the first save. */
  isNew: boolean;
  onSaved(calendar: HolidayCalendar): void;
}) {
  const m = useMessages(calendarsMessages);
  const { message } = App.useApp();
  const api = useApi();
  const sourceId = useId();
  const [draft, setDraft] = useState<CalendarDraft>(() => draftOf(calendar));
  const [baseline, setBaseline] = useState(() =>
    isNew ? null : JSON.stringify(calendarOf(draftOf(calendar))),
  );
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fromServer, setFromServer] = useState<Map<string, string>>(new Map());
  const year = draft.year;
  const dirty = JSON.stringify(calendarOf(draft)) !== baseline;
  useLeaveGuard(dirty, m('cal.leave'));

  const local = useMemo(() => draftProblems(draft), [draft]);
  const shown = useMemo(() => {
    const texts = new Map(fromServer);
    for (const [pointer, problem] of local) {
      if (problem.code !== 'required' || attempted) texts.set(pointer, problemText(m, problem, year));
    }
    return texts;
  }, [local, fromServer, attempted, m, year]);

  const change = (next: CalendarDraft) => {
    setDraft(next);
    setFromServer(new Map());
  };

  const save = async () => {
    setAttempted(true);
    if (local.size > 0) {
      message.error(m('cal.fixFirst', { n: local.size }));
      return;
    }
    const sorted = sortedDraft(draft);
    setDraft(sorted);
    setBusy(true);
    setError(null);
    try {
      const body = calendarOf(sorted);
      const stored = await api.put<HolidayCalendar>(`/api/calendars/${year}`, body);
      setBaseline(JSON.stringify(body));
      message.success(m('cal.saved', { year }));
      onSaved(stored);
    } catch (e) {
      if (!isApiError(e)) throw e;
      setError(e);
      setFromServer(serverProblems(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ow-card" aria-labelledby={`${sourceId}-title`}>
      <Typography.Title level={2} id={`${sourceId}-title`}>
        {m('cal.editing', { year })}
        {isNew && baseline === null && <span className="ow-cal-new"> {m('cal.unsavedYear')}</span>}
      </Typography.Title>
      {error && <ErrorAlert error={error} prefix={m('cal.saveFailed')} />}
      <label htmlFor={sourceId} className="ow-field-label">
        {m('cal.source')}
      </label>
      <Input
        id={sourceId}
        value={draft.source}
        placeholder={m('cal.sourcePlaceholder', { year })}
        onChange={(e) => change({ ...draft, source: e.target.value })}
      />
      {LISTS.map((list) => (
        <div key={list} className="ow-cal-list">
          <Typography.Title level={3}>
            {m(list === 'holidays' ? 'cal.holidays' : 'cal.workdays')}
          </Typography.Title>
          <p className="ow-admin-help">{m(list === 'holidays' ? 'cal.holidaysHelp' : 'cal.workdaysHelp')}</p>
          <CalendarDayTable
            list={list}
            year={year}
            rows={draft[list]}
            problems={shown}
            onChange={(rows) => change({ ...draft, [list]: rows })}
          />
        </div>
      ))}
      <div className="ow-cal-actions">
        <Button type="primary" loading={busy} onClick={save} disabled={!dirty && !busy}>
          {m('cal.save', { year })}
        </Button>
      </div>
    </section>
  );
}
