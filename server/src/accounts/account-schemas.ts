import { MIN_PASSWORD_LENGTH } from '../auth/auth-schemas.ts';

/** Request and answer schemas of the account routes. */

const role = { type: 'string', enum: ['admin', 'clerk', 'inspector'] };

export const createAccountBodySchema = {
  type: 'object',
  required: ['username', 'displayName', 'role'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$' },
    displayName: { type: 'string', minLength: 1, maxLength: 64, pattern: '\\S' },
    role,
    password: { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: 256 },
  },
};

export const updateAccountBodySchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    displayName: { type: 'string', minLength: 1, maxLength: 64, pattern: '\\S' },
    role,
    disabled: { type: 'boolean' },
    resetPassword: { type: 'boolean', const: true },
  },
};

export const accountViewSchema = {
  type: 'object',
  required: ['id', 'username', 'displayName', 'role', 'disabled', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role,
    disabled: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};

export const accountAnswerSchema = {
  type: 'object',
  required: ['account'],
  properties: {
    account: accountViewSchema,
    oneTimePassword: { type: 'string', description: 'Shown once: after a reset, or when none was given' },
  },
};
