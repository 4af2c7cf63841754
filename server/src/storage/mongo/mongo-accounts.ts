import { NotFoundError } from '../../errors/index.ts';
import type { Account, Store } from '../port.ts';
import { toInstant } from '../shared/to-instant.ts';
import {
  type AccountDoc,
  type AttemptDoc,
  accountFromDoc,
  accountToDoc,
  type SessionDoc,
  sessionFromDoc,
} from './documents.ts';
import { duplicateKeyFields } from './handle-mongo-error.ts';
import type { MongoContext } from './mongo-context.ts';

type AccountOps = Pick<
  Store,
  | 'createAccount'
  | 'getAccount'
  | 'listAccounts'
  | 'updateAccount'
  | 'createSession'
  | 'getSession'
  | 'getSessionActor'
  | 'deleteSession'
  | 'deleteAccountSessions'
  | 'deleteExpiredSessions'
  | 'countLoginAttempt'
  | 'clearLoginAttempts'
>;

/** Accounts, sessions and login-attempt windows: each operation is one single-document write. */
export function mongoAccounts({ models }: MongoContext): AccountOps {
  async function countLoginAttempt({
    key,
    now,
    windowSeconds,
  }: {
    key: string;
    now: string;
    windowSeconds: number;
  }) {
    const at = new Date(toInstant(now));
    const resetAt = new Date(at.getTime() + windowSeconds * 1000);
    const ended = { $lte: [{ $ifNull: ['$resetAt', new Date(0)] }, at] };
    // An update pipeline: one atomic read-modify-write, whether the window goes on or starts again.
    const update = [
      {
        $set: {
          count: { $cond: [ended, 1, { $add: ['$count', 1] }] },
          resetAt: { $cond: [ended, resetAt, '$resetAt'] },
        },
      },
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        const doc = await models.attempts
          .findOneAndUpdate({ _id: String(key) }, update, {
            upsert: true,
            returnDocument: 'after',
            updatePipeline: true,
          })
          .lean<AttemptDoc>();
        return { count: doc!.count, resetAt: doc!.resetAt.toISOString() };
      } catch (error) {
        // Two first attempts at once: both upsert, one meets the unique _id and goes again.
        if (attempt >= 3 || duplicateKeyFields(error)?.[0] !== '_id') throw error;
      }
    }
  }

  return {
    async createAccount({ id, username, displayName, role, passwordHash, at }) {
      const instant = toInstant(at);
      const account: Account = {
        id,
        username,
        displayName,
        role,
        passwordHash,
        disabled: false,
        createdAt: instant,
        updatedAt: instant,
      };
      await models.accounts.create([accountToDoc(account)]);
      return account;
    },
    async getAccount(args) {
      const filter = 'id' in args ? { _id: { $eq: args.id } } : { username: { $eq: args.username } };
      const doc = await models.accounts.findOne(filter).lean<AccountDoc>();
      return doc ? accountFromDoc(doc) : null;
    },
    async listAccounts() {
      return (await models.accounts.find().sort({ username: 1 }).lean<AccountDoc[]>()).map(accountFromDoc);
    },
    async updateAccount({ id, patch, at }) {
      const set: Record<string, unknown> = { updatedAt: toInstant(at) };
      for (const key of ['displayName', 'role', 'passwordHash', 'disabled'] as const) {
        if (patch[key] !== undefined) set[key] = patch[key];
      }
      const doc = await models.accounts
        .findOneAndUpdate({ _id: { $eq: id } }, { $set: set }, { returnDocument: 'after' })
        .lean<AccountDoc>();
      if (!doc) throw new NotFoundError(`No account ${id}.`);
      return accountFromDoc(doc);
    },

    async createSession({ id, accountId, createdAt, expiresAt }) {
      const doc: SessionDoc = {
        _id: id,
        accountId,
        createdAt: toInstant(createdAt),
        expiresAt: new Date(toInstant(expiresAt)),
      };
      await models.sessions.create([doc]);
      return sessionFromDoc(doc);
    },
    async getSession({ id, now }) {
      const doc = await models.sessions
        .findOne({ _id: { $eq: id }, expiresAt: { $gt: new Date(toInstant(now)) } })
        .lean<SessionDoc>();
      return doc ? sessionFromDoc(doc) : null;
    },
    async getSessionActor({ id, now }) {
      // One round trip: the live session joined with its account, unless that is disabled.
      const [found] = await models.sessions.aggregate<{
        account: Pick<AccountDoc, '_id' | 'username' | 'displayName' | 'role'>;
      }>([
        { $match: { _id: { $eq: id }, expiresAt: { $gt: new Date(toInstant(now)) } } },
        { $lookup: { from: 'accounts', localField: 'accountId', foreignField: '_id', as: 'account' } },
        { $unwind: '$account' },
        { $match: { 'account.disabled': { $eq: false } } },
        {
          $project: {
            _id: 0,
            'account._id': 1,
            'account.username': 1,
            'account.displayName': 1,
            'account.role': 1,
          },
        },
      ]);
      if (!found) return null;
      const { account } = found;
      return {
        id: account._id,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
      };
    },
    async deleteSession({ id }) {
      await models.sessions.deleteOne({ _id: { $eq: id } });
    },
    async deleteAccountSessions({ accountId }) {
      return (await models.sessions.deleteMany({ accountId: { $eq: accountId } })).deletedCount;
    },
    async deleteExpiredSessions({ now }) {
      const at = new Date(toInstant(now));
      await models.attempts.deleteMany({ resetAt: { $lte: at } });
      return (await models.sessions.deleteMany({ expiresAt: { $lte: at } })).deletedCount;
    },

    countLoginAttempt,
    async clearLoginAttempts({ key }) {
      await models.attempts.deleteOne({ _id: { $eq: key } });
    },
  };
}
