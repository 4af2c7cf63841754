import { schemas } from '@onewindow/schemas';

const serviceItem = schemas['service-item.schema.json'];
const TOP_LEVEL_KEYS = Object.keys(serviceItem.properties);

const zhText = {
  type: 'object',
  required: ['zh-CN'],
  properties: {
    'zh-CN': { type: 'string', minLength: 1, maxLength: 500 },
    en: { type: 'string', maxLength: 500 },
  },
  additionalProperties: false,
} as const;

/** Loose shapes for the parts lint judges in full: only "object" or "array" is asked of them here. */
function looseShape(key: string): Record<string, unknown> {
  const property = (serviceItem.properties as Record<string, { type?: string }>)[key];
  if (property?.type === 'array') return { type: 'array', maxItems: 1000 };
  if (property?.type === 'string' || property?.type === 'integer') return { type: property.type };
  return { type: 'object' };
}

/**
 * The shape of a saved draft (草稿). A draft is work in progress, so it is NOT held to
 * service-item.schema.json: only its identity must be there and well-formed (code, zh-CN name, type,
 * department name — what the item list shows and filters on), and its top-level members must be the
 * definition's own and of the right kind (object or array). Everything else — a rule without an event,
 * a material without a code — is saved, and lint reports it with a JSON pointer; publishing requires
 * the full schema (lint has no errors and `compile` accepts it).
 */
export const DRAFT_BODY_SCHEMA: Record<string, unknown> = {
  type: 'object',
  required: ['code', 'name', 'type', 'department'],
  additionalProperties: false,
  properties: {
    ...Object.fromEntries(TOP_LEVEL_KEYS.map((key) => [key, looseShape(key)])),
    code: serviceItem.properties.code,
    version: { type: 'integer', minimum: 0 },
    name: zhText,
    type: serviceItem.properties.type,
    department: {
      type: 'object',
      required: ['name'],
      properties: { name: zhText },
    },
  },
};
