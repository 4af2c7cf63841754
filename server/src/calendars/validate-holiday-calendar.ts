import { validateCalendarData } from '@onewindow/runtime/engine';
import { createAjv, type HolidayCalendar, schemaId, schemas } from '@onewindow/schemas';
import { ValidationError } from '../errors/index.ts';

const ajv = createAjv();
ajv.addSchema(schemas['holiday-calendar.schema.json']);
const validateShape = ajv.getSchema(schemaId('holiday-calendar.schema.json'))!;

/** One thing wrong with a calendar: the JSON pointer of where it is (`path`, as in every problem of the API). */
export interface CalendarProblem {
  path: string;
  message: string;
}

/**
 * Checks a holiday calendar as the CLI does: holiday-calendar.schema.json, then the clock's
 * `validateCalendarData` (real dates inside the year, 调休 only on weekends, no day both off and on).
 * Throws a 422 `ValidationError` listing every problem.
 */
export function validateHolidayCalendar(value: unknown): HolidayCalendar {
  if (!validateShape(value)) {
    const problems: CalendarProblem[] = (validateShape.errors ?? []).map((e) => ({
      path: e.instancePath,
      message: e.message ?? e.keyword,
    }));
    throw invalid(problems);
  }
  const calendar = value as HolidayCalendar;
  const issues = validateCalendarData(calendar);
  if (issues.length > 0) throw invalid(issues.map((i) => ({ path: i.path, message: i.message })));
  return calendar;
}

function invalid(problems: CalendarProblem[]): ValidationError {
  return new ValidationError('The holiday calendar is not valid.', {
    code: 'INVALID_CALENDAR',
    extensions: { errors: problems },
  });
}

/** The body schema of `PUT /api/calendars/:year`: holiday-calendar.schema.json itself. */
export const HOLIDAY_CALENDAR_BODY: Record<string, unknown> = {
  $ref: schemaId('holiday-calendar.schema.json'),
};
