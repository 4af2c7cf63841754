import type { Role } from '@onewindow/runtime/app';

// The answers of the account routes (server/src/accounts/account-schemas.ts).

/** One account as `GET /api/accounts` lists it (never with its password). */
export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The answer of `POST /api/accounts` and `PATCH /api/accounts/:id`. */
export interface AccountAnswer {
  account: AccountView;
  /** Shown once: after a reset, or when the account was created without a password. */
  oneTimePassword?: string;
}

/** The server's minimum password length (server/src/auth/auth-schemas.ts). */
export const MIN_PASSWORD_LENGTH = 10;

/** The username pattern of `POST /api/accounts`. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/;
