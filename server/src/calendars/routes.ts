import type { AppDeps } from '../deps.ts';
import { ValidationError } from '../errors/index.ts';
import type { RouteDef } from '../http/route.ts';
import { listCalendars } from './list-calendars.ts';
import { putCalendar } from './put-calendar.ts';
import { HOLIDAY_CALENDAR_BODY } from './validate-holiday-calendar.ts';

const YEAR = /^\d{4}$/;

/** `GET /api/calendars` (public: deadlines are public knowledge) and `PUT /api/calendars/:year` (admin). */
export function calendarRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'GET',
      path: '/api/calendars',
      roles: 'public',
      summary: 'List the holiday calendars (节假日安排), by year',
      tag: 'calendars',
      handler: async () => ({ body: { calendars: await listCalendars(deps) } }),
    },
    {
      method: 'PUT',
      path: '/api/calendars/:year',
      roles: ['admin'],
      summary: "Replace one year's holiday calendar",
      tag: 'calendars',
      bodySchema: HOLIDAY_CALENDAR_BODY,
      handler: async ({ params, body, actor }) => {
        if (!YEAR.test(params.year)) {
          throw new ValidationError(`Not a year: ${JSON.stringify(params.year)}`, {
            status: 400,
            code: 'BAD_YEAR',
          });
        }
        const calendar = await putCalendar(deps, {
          year: Number(params.year),
          calendar: body,
          actor: actor!,
        });
        return { body: calendar };
      },
    },
  ];
}
