import { createWorkCalendar, type WorkCalendar } from '@onewindow/runtime';
import { centreToday, ErrorAlert, useApi, useApiQuery } from '@onewindow/runtime/app';
import type { HolidayCalendar, TimeLimits } from '@onewindow/schemas';
import { Alert, DatePicker, Spin } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { LabelledField } from '../rules/labelled-field.tsx';
import { formatDue, previewDeadlines } from './preview-deadlines.ts';
import { timeLimitsMessages } from './time-limits-messages.ts';

/** `GET /api/calendars`. */
interface CalendarsAnswer {
  calendars: HolidayCalendar[];
}

const DATE_ID = 'ow-preview-date';

/**
 * The preview line "2026-09-30 受理 → 承诺期限 2026-10-13，法定期限 …" for an acceptance date the
 * administrator picks (today in the centre by default), computed with the engine's clock on the
 * holiday calendars the server holds; years not entered are named as provisional.
 */
export function DeadlinePreview({ timeLimits }: { timeLimits: TimeLimits }) {
  const m = useMessages(timeLimitsMessages);
  const api = useApi();
  const [accepted, setAccepted] = useState(() => centreToday());
  const calendars = useApiQuery((signal) => api.get<CalendarsAnswer>('/api/calendars', { signal }), [api]);
  const calendar = useMemo((): { ok: WorkCalendar } | { error: string } | null => {
    if (!calendars.data) return null;
    try {
      return { ok: createWorkCalendar(calendars.data.calendars) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [calendars.data]);

  let body: ReactNode;
  if (calendars.error) body = <ErrorAlert error={calendars.error} prefix={m('preview.calendarFailed')} />;
  else if (!calendar) body = <Spin />;
  else if ('error' in calendar)
    body = <Alert type="error" showIcon title={m('preview.calendarInvalid', { detail: calendar.error })} />;
  else {
    const preview = previewDeadlines(timeLimits, accepted, calendar.ok);
    const due = (d: string | null) => (d === null ? m('preview.limitInvalid') : formatDue(d));
    const years = calendar.ok.years();
    body = (
      <>
        <p className="ow-preview-line" data-testid="deadline-preview">
          {m('preview.line', {
            date: accepted,
            promised: due(preview.promised.due),
            statutory: due(preview.statutory.due),
          })}
        </p>
        {preview.promisedLater && <p className="ow-field-error">{m('preview.promisedLater')}</p>}
        <p className="ow-help">{m('preview.window', { due: due(preview.acceptanceWindow.due) })}</p>
        {preview.usesHours && <p className="ow-help">{m('preview.hourNote')}</p>}
        {preview.provisional.length > 0 && (
          <p className="ow-field-warning">
            {m('preview.provisional', { years: preview.provisional.join('、') })}
          </p>
        )}
        <p className="ow-help">
          {years.length > 0 ? m('preview.years', { years: years.join('、') }) : m('preview.noYears')}
        </p>
      </>
    );
  }

  return (
    <section className="ow-deadline-preview" aria-labelledby="ow-preview-title">
      <h3 id="ow-preview-title" className="ow-section-title">
        {m('preview.title')}
      </h3>
      <LabelledField id={DATE_ID} label={m('preview.date')}>
        <DatePicker
          id={DATE_ID}
          allowClear={false}
          value={dayjs(accepted)}
          onChange={(d) => {
            if (d) setAccepted(d.format('YYYY-MM-DD'));
          }}
        />
      </LabelledField>
      {body}
    </section>
  );
}
