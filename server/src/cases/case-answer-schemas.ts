/**
 * The answers of the case routes, for the OpenAPI document and the docs page (documentation only: the
 * types in the use cases are what the code holds to). Kept to the members a client relies on.
 */

const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  required,
  properties,
});
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const deadline = {
  type: ['object', 'null'],
  properties: {
    due: str,
    remaining: {
      type: ['integer', 'null'],
      description: 'Working days after today up to the deadline; −1 once past',
    },
    light: { enum: ['green', 'yellow', 'red', null] },
    paused: { type: 'boolean' },
  },
};

/** 办件 as answered: the stored case (without the query code's hash) with clocks and allowed actions. */
export const caseAnswerSchema = obj(
  {
    id: str,
    caseNumber: str,
    status: str,
    outcome: { enum: ['accept', 'incomplete', 'reject'] },
    revision: { type: 'integer' },
    definition: obj({ code: str, version: { type: 'integer' }, hash: str }),
    itemName: str,
    applicantName: str,
    receivedAt: str,
    acceptedAt: nullableStr,
    promisedDue: nullableStr,
    statutoryDue: nullableStr,
    clocks: obj({
      acceptanceWindow: { type: ['object', 'null'], properties: { due: str, passed: { type: 'boolean' } } },
      promised: deadline,
      statutory: deadline,
      provisional: { type: 'array', items: str, description: 'Years counted through without a calendar' },
      overdue: { type: ['boolean', 'null'] },
    }),
    attachments: {
      type: 'array',
      description: '扫描件: download each at /api/files/{sha256}',
      items: obj({ material: str, sha256: str, name: str, size: { type: 'integer' }, contentType: str }),
    },
    allowedActions: { type: 'array', items: str },
    deemedAcceptance: { type: ['object', 'null'], description: '视为受理, with its alert' },
  },
  ['id', 'caseNumber', 'status', 'outcome', 'revision', 'definition', 'clocks', 'allowedActions'],
);

const checkResult = { type: 'object', description: 'CheckResult (check-result.schema.json)' };

export const receiptAnswerSchema = obj({
  case: caseAnswerSchema,
  check: checkResult,
  queryCode: {
    type: ['string', 'null'],
    description: '查询码, shown on the receipt and to its retries only',
  },
});

export const caseDetailSchema = obj({
  case: caseAnswerSchema,
  timeline: {
    type: 'array',
    items: obj(
      {
        seq: { type: 'integer' },
        type: str,
        at: str,
        actor: str,
        actorName: { type: 'string', description: "the acting account's display name (none for system)" },
      },
      ['seq', 'type', 'at', 'actor'],
    ),
  },
  definition: obj({ code: str, version: { type: 'integer' }, hash: str }),
  check: checkResult,
});

export const actionAnswerSchema = obj(
  {
    case: caseAnswerSchema,
    notice: { type: 'object', description: '一次性告知补正通知' },
    check: checkResult,
  },
  ['case'],
);

export const inboxAnswerSchema = obj({
  items: { type: 'array', items: { type: 'object' } },
  total: { type: 'integer' },
  page: { type: 'integer' },
  pageSize: { type: 'integer' },
});

export const progressAnswerSchema = obj({
  caseNumber: str,
  itemName: str,
  status: str,
  statusText: str,
  receivedOn: str,
  acceptedOn: nullableStr,
  promisedDue: nullableStr,
  concludedOn: nullableStr,
  timeline: { type: 'array', items: obj({ type: str, date: str }) },
});
