import { randomUUID } from 'node:crypto';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashPassword } from '../auth/password-hash.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError } from '../errors/index.ts';
import type { AccountRole } from '../storage/port.ts';
import { auditAccountChange } from './account-audit.ts';
import { generatePassword } from './generate-password.ts';

/** Where the first start writes the passwords it made up, inside the data directory. */
export const INITIAL_PASSWORD_FILE = 'initial-admin-password.txt';

const FIRST_ACCOUNTS: readonly { username: string; displayName: string; role: AccountRole }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
  { username: 'clerk', displayName: '演示窗口人员', role: 'clerk' },
  { username: 'inspector', displayName: '演示督查人员', role: 'inspector' },
];

export interface BootstrapResult {
  /** False when an administrator already existed: nothing was done. */
  created: boolean;
  /** username → password of every account created, for printing once. */
  passwords: Record<string, string>;
  /** The 0600 file the passwords were written to. */
  file?: string;
}

/** The password file's text: one `username: password` line per account, after a comment. */
export function formatInitialPasswords(passwords: Record<string, string>): string {
  const lines = Object.entries(passwords).map(([username, password]) => `${username}: ${password}`);
  return [
    '# OneWindow (一窗通) first-start accounts. Log in, change these passwords, then delete this file.',
    ...lines,
    '',
  ].join('\n');
}

/** Reads the password file's text back: username → password (for scripts and tests). */
export function parseInitialPasswords(text: string): Record<string, string> {
  const passwords: Record<string, string> = {};
  for (const match of text.matchAll(/^([a-z0-9._-]+): (\S+)$/gm)) passwords[match[1]] = match[2];
  return passwords;
}

/**
 * The first start: when the store has no administrator, creates `admin` with a random password and
 * the demo accounts `clerk` and `inspector` (where those usernames are free), and writes their
 * passwords to `<dataDir>/initial-admin-password.txt`, readable by the owner only (0600). The caller
 * prints them once. Later starts find an administrator and do nothing. Two instances starting
 * together on one database: the loser of the race finds the usernames taken and writes nothing.
 */
export async function bootstrapAccounts(deps: AppDeps): Promise<BootstrapResult> {
  const accounts = await deps.store.listAccounts();
  if (accounts.some((account) => account.role === 'admin')) return { created: false, passwords: {} };
  const taken = new Set(accounts.map((account) => account.username));
  const passwords: Record<string, string> = {};
  for (const first of FIRST_ACCOUNTS) {
    if (taken.has(first.username)) continue;
    const password = generatePassword();
    try {
      const account = await deps.store.createAccount({
        id: randomUUID(),
        ...first,
        passwordHash: await hashPassword(password),
        at: deps.clock.now().toISOString(),
      });
      await auditAccountChange(deps, { actor: 'system', account, action: 'bootstrap' });
      passwords[first.username] = password;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  if (Object.keys(passwords).length === 0) return { created: false, passwords };
  const file = join(deps.config.dataDir, INITIAL_PASSWORD_FILE);
  await writeFile(file, formatInitialPasswords(passwords), { mode: 0o600 });
  await chmod(file, 0o600);
  return { created: true, passwords, file };
}
