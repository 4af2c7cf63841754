/** Every JSON Schema file of the definition language, in dependency order (leaves first). */
export const schemaFiles = [
  'localized-text.schema.json',
  'duration.schema.json',
  'time-limits.schema.json',
  'material.schema.json',
  'fee.schema.json',
  'commitments.schema.json',
  'rule.schema.json',
  'case-input.schema.json',
  'check-result.schema.json',
  'item-test.schema.json',
  'holiday-calendar.schema.json',
  'service-item.schema.json',
] as const;
