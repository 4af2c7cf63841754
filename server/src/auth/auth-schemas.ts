/** Request and answer schemas of the auth routes (draft-07, validated by the HTTP layer's ajv). */

/** The shortest password an account may choose. */
export const MIN_PASSWORD_LENGTH = 10;

export const loginBodySchema = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 64 },
    password: { type: 'string', minLength: 1, maxLength: 256 },
  },
};

export interface LoginBody {
  username: string;
  password: string;
}

export const changePasswordBodySchema = {
  type: 'object',
  required: ['currentPassword', 'newPassword'],
  additionalProperties: false,
  properties: {
    currentPassword: { type: 'string', minLength: 1, maxLength: 256 },
    newPassword: { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: 256 },
  },
};

export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

export const actorSchema = {
  type: 'object',
  required: ['id', 'username', 'displayName', 'role'],
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string', enum: ['admin', 'clerk', 'inspector'] },
  },
};

export const sessionAnswerSchema = {
  type: 'object',
  required: ['actor', 'expiresAt'],
  properties: { actor: actorSchema, expiresAt: { type: 'string', format: 'date-time' } },
};
