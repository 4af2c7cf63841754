import { parseArgs } from 'node:util';
import { check } from '../engine/index.ts';
import { CliError } from './cli-error.ts';
import { loadCalendar } from './load-calendar.ts';
import { loadDefinition } from './load-definition.ts';
import { readJson } from './read-json.ts';
import { localToday } from './today.ts';

/** `onewindow check <definition.json> <case.json> [--today YYYY-MM-DD]`: prints the CheckResult JSON. */
export function checkCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { today: { type: 'string' }, calendar: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 2)
    throw new CliError('check: usage: onewindow check <definition.json> <case.json> [--today YYYY-MM-DD]');
  const [definitionFile, caseFile] = positionals;
  const today = values.today ?? localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`check: --today "${today}" is not YYYY-MM-DD`);
  const compiled = loadDefinition(definitionFile);
  const input = readJson(caseFile);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CliError(`${caseFile}: a case is {"formData": {...}, "materials": ["code", ...]}`);
  }
  const result = check(compiled, input as Parameters<typeof check>[1], {
    today,
    calendar: loadCalendar(values.calendar),
  });
  console.log(JSON.stringify(result, null, 2));
  return 0;
}
