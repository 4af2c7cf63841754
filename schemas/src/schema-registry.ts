import caseInput from '../case-input.schema.json' with { type: 'json' };
import checkResult from '../check-result.schema.json' with { type: 'json' };
import commitments from '../commitments.schema.json' with { type: 'json' };
import duration from '../duration.schema.json' with { type: 'json' };
import fee from '../fee.schema.json' with { type: 'json' };
import holidayCalendar from '../holiday-calendar.schema.json' with { type: 'json' };
import itemTest from '../item-test.schema.json' with { type: 'json' };
import localizedText from '../localized-text.schema.json' with { type: 'json' };
import material from '../material.schema.json' with { type: 'json' };
import rule from '../rule.schema.json' with { type: 'json' };
import serviceItem from '../service-item.schema.json' with { type: 'json' };
import timeLimits from '../time-limits.schema.json' with { type: 'json' };

/** Base URI of every schema's `$id`; refs between schema files are relative to it. */
export const SCHEMA_BASE = 'https://onewindow.example/schemas/';

/** Every schema of the definition language, keyed by file name. */
export const schemas = {
  'localized-text.schema.json': localizedText,
  'duration.schema.json': duration,
  'time-limits.schema.json': timeLimits,
  'material.schema.json': material,
  'fee.schema.json': fee,
  'commitments.schema.json': commitments,
  'rule.schema.json': rule,
  'case-input.schema.json': caseInput,
  'check-result.schema.json': checkResult,
  'item-test.schema.json': itemTest,
  'holiday-calendar.schema.json': holidayCalendar,
  'service-item.schema.json': serviceItem,
} as const;

export type SchemaFile = keyof typeof schemas;

/** The `$id` of a schema file, for `ajv.getSchema(schemaId(...))`. */
export function schemaId(file: SchemaFile): string {
  return SCHEMA_BASE + file;
}
