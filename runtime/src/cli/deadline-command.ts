import { parseArgs } from 'node:util';
import { clockStatus, computeDeadline, type Duration, type Pause } from '../engine/clock/index.ts';
import { CliError } from './cli-error.ts';
import { loadCalendar } from './load-calendar.ts';

const LIMIT = /^(\d{1,4})(workday|day|hour)s?$/;

/** `onewindow deadline --accepted D --limit 5workday [--pause S:R]... [--extend N] [--today D] [--calendar dir]` */
export function deadlineCommand(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      accepted: { type: 'string' },
      limit: { type: 'string' },
      pause: { type: 'string', multiple: true },
      extend: { type: 'string', multiple: true },
      today: { type: 'string' },
      calendar: { type: 'string' },
    },
    strict: true,
  });
  if (!values.accepted) throw new CliError('deadline: --accepted YYYY-MM-DD is required');
  if (!values.limit)
    throw new CliError('deadline: --limit <amount><unit> is required, e.g. --limit 5workday');
  const match = LIMIT.exec(values.limit);
  if (!match)
    throw new CliError(
      `deadline: --limit "${values.limit}" is not <amount><unit> with unit workday, day or hour`,
    );
  const limit: Duration = { amount: Number(match[1]), unit: match[2] as Duration['unit'] };
  const pauses: Pause[] = (values.pause ?? []).map((p) => {
    // Date-times contain colons too, so split on the colon that starts the second date or date-time.
    const m = /^(.+?):(\d{4}-\d{2}-\d{2}.*)$/.exec(p);
    if (!m) throw new CliError(`deadline: --pause "${p}" is not S:R (suspended:resumed)`);
    return { from: m[1], to: m[2] };
  });
  const extensions = (values.extend ?? []).map((e) => {
    if (!/^\d{1,4}$/.test(e)) throw new CliError(`deadline: --extend "${e}" is not a whole number`);
    return { amount: Number(e) };
  });
  const calendar = loadCalendar(values.calendar);
  const deadline = computeDeadline({ accepted: values.accepted, limit, pauses, extensions, calendar });
  const out: Record<string, unknown> = { due: deadline.due };
  if (values.today) {
    const status = clockStatus({ due: deadline.due, today: values.today, calendar });
    out.remaining = status.remaining;
    out.light = status.light;
    const provisional = [...new Set([...deadline.provisional, ...status.provisional])].sort();
    if (provisional.length > 0) out.provisional = provisional;
  } else if (deadline.provisional.length > 0) {
    out.provisional = deadline.provisional;
  }
  console.log(JSON.stringify(out));
  return 0;
}
