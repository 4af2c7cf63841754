import { createAjv, schemas } from '@onewindow/schemas';
import { ValidationError } from '../errors/index.ts';

const ITEM_TYPES = schemas['service-item.schema.json'].properties.type.enum;
const CODE = schemas['service-item.schema.json'].properties.code;

/** Query of `GET /api/items`. */
export const LIST_ITEMS_QUERY: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    department: { type: 'string', maxLength: 200 },
    type: { type: 'string', enum: ITEM_TYPES },
    status: { type: 'string', enum: ['draft', 'active', 'retired'] },
    q: { type: 'string', maxLength: 200 },
  },
};

/** Body of `POST /api/items`: blank (`code`), `fromExample`, or `duplicateOf` (+ `version`). */
export const CREATE_ITEM_BODY: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    code: CODE,
    name: { type: 'string', minLength: 1, maxLength: 200 },
    type: { type: 'string', enum: ITEM_TYPES },
    department: { type: 'string', minLength: 1, maxLength: 200 },
    fromExample: { type: 'string', pattern: '^[0-9A-Za-z][0-9A-Za-z_-]{0,99}$' },
    duplicateOf: CODE,
    version: { type: 'integer', minimum: 1 },
  },
};

const validateRetireBody = createAjv().compile({
  type: 'object',
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 1, maxLength: 500 } },
});

/** The optional body of `POST .../retire`: nothing, or `{reason}`; anything else is a 400. */
export function retireReason(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  if (!validateRetireBody(body)) {
    throw new ValidationError('The body may only hold a reason: {"reason": "..."}.', {
      status: 400,
      extensions: {
        errors: (validateRetireBody.errors ?? []).map((e) => ({ path: e.instancePath, message: e.message })),
      },
    });
  }
  return (body as { reason?: string }).reason;
}

/** Query of `GET /api/items/:code/diff`: each side a version number or `draft`. */
export const DIFF_QUERY: Record<string, unknown> = {
  type: 'object',
  required: ['from', 'to'],
  additionalProperties: false,
  properties: {
    from: { type: 'string', pattern: '^([1-9][0-9]{0,8}|draft)$' },
    to: { type: 'string', pattern: '^([1-9][0-9]{0,8}|draft)$' },
  },
};
