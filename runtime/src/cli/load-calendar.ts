import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv, schemaId, schemas } from '@onewindow/schemas';
import {
  createWorkCalendar,
  type HolidayCalendarData,
  validateCalendarData,
  type WorkCalendar,
} from '../engine/clock/index.ts';
import { CliError } from './cli-error.ts';
import { readJson } from './read-json.ts';

/** The calendars shipped with the project: `examples/calendars` at the repository root. */
export const DEFAULT_CALENDAR_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../examples/calendars',
);

const ajv = createAjv();
ajv.addSchema(schemas['holiday-calendar.schema.json']);
const validateShape = ajv.getSchema(schemaId('holiday-calendar.schema.json'))!;

/** Loads every `*.json` holiday calendar of a folder into one working-day calendar. */
export function loadCalendar(dir: string = DEFAULT_CALENDAR_DIR): WorkCalendar {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    throw new CliError(`${dir}: cannot read the calendar folder`);
  }
  const years = files.map((f) => {
    const file = join(dir, f);
    const data = readJson(file);
    if (!validateShape(data)) {
      const first = validateShape.errors?.[0];
      throw new CliError(
        `${file}: not a valid holiday calendar (${first?.instancePath || '/'} ${first?.message})`,
      );
    }
    const issues = validateCalendarData(data as HolidayCalendarData);
    if (issues.length > 0) {
      const first = issues[0];
      throw new CliError(`${file}: not a valid holiday calendar (${first.path}: ${first.message})`);
    }
    return data as HolidayCalendarData;
  });
  return createWorkCalendar(years);
}
