import { schemas } from '@onewindow/schemas';

// Schemas are the source of truth (STYLE.md #8): the item code and the case input come from them.
const caseInput = schemas['case-input.schema.json'].properties;

/**
 * The body of a check or a receipt: the case input of case-input.schema.json plus which item (and,
 * for a stateless check only, the date to check on — a receipt is always checked on the server's today).
 */
export function caseInputBodySchema(options: { withToday: boolean }): Record<string, unknown> {
  return {
    type: 'object',
    required: ['code', 'formData'],
    additionalProperties: false,
    properties: {
      code: schemas['service-item.schema.json'].properties.code,
      version: { type: 'integer', minimum: 1 },
      formData: { type: 'object' },
      materials: {
        type: 'array',
        uniqueItems: true,
        maxItems: caseInput.materials.maxItems,
        items: caseInput.materials.items,
      },
      ...(options.withToday ? { today: { type: 'string', format: 'date' } } : {}),
    },
  };
}
