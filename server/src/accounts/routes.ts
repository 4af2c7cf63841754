import type { AppDeps } from '../deps.ts';
import type { RouteDef } from '../http/route.ts';
import {
  accountAnswerSchema,
  accountViewSchema,
  createAccountBodySchema,
  updateAccountBodySchema,
} from './account-schemas.ts';
import { type CreateAccountInput, createAccount } from './create-account.ts';
import { listAccounts } from './list-accounts.ts';
import { type UpdateAccountInput, updateAccount } from './update-account.ts';

/** Account administration (admin only). */
export function accountRoutes(deps: AppDeps): RouteDef[] {
  const create: RouteDef<CreateAccountInput> = {
    method: 'POST',
    path: '/api/accounts',
    roles: ['admin'],
    summary: 'Create an account; without a password, a one-time password is returned once',
    tag: 'accounts',
    bodySchema: createAccountBodySchema,
    responseSchema: accountAnswerSchema,
    async handler({ body, actor }) {
      const created = await createAccount(deps, body, actor!.username);
      return { status: 201, body: created, headers: { Location: `/api/accounts/${created.account.id}` } };
    },
  };
  const update: RouteDef<UpdateAccountInput> = {
    method: 'PATCH',
    path: '/api/accounts/:id',
    roles: ['admin'],
    summary: 'Rename, re-role, disable/enable an account or reset its password (ends its sessions)',
    tag: 'accounts',
    bodySchema: updateAccountBodySchema,
    responseSchema: accountAnswerSchema,
    async handler({ body, params, actor }) {
      return { body: await updateAccount(deps, params.id, body, actor!) };
    },
  };
  return [
    {
      method: 'GET',
      path: '/api/accounts',
      roles: ['admin'],
      summary: 'Every account, by username',
      tag: 'accounts',
      responseSchema: { type: 'array', items: accountViewSchema },
      async handler() {
        return { body: await listAccounts(deps) };
      },
    },
    create,
    update,
  ];
}
