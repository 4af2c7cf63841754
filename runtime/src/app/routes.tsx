import type { ReactNode } from 'react';
import { CasePage } from './counter/case-page.tsx';
import { InboxPage } from './counter/inbox-page.tsx';
import { NoticePage } from './counter/notice-page.tsx';
import { ReceivePage } from './counter/receive-page.tsx';
import { ReceptionPage } from './counter/reception-page.tsx';
import { GuidePage } from './public/guide-page.tsx';
import { HomePage } from './public/home-page.tsx';
import { ProgressPage } from './public/progress-page.tsx';
import type { Actor } from './shared/api/api-types.ts';
import { LoginPage } from './shared/auth/login-page.tsx';
import { RequireRole } from './shared/auth/require-role.tsx';
import type { RouteParams } from './shared/router/match-route.ts';

const CLERKS = ['clerk', 'admin'] as const;
const READERS = ['clerk', 'admin', 'inspector'] as const;

/** Where a user goes after logging in. */
export function homeOf(actor: Actor): string {
  return actor.role === 'inspector' ? '/inbox' : '/counter';
}

/** The pages of the counter and public app, first match wins. */
export const ROUTES: readonly { pattern: string; render: (params: RouteParams) => ReactNode }[] = [
  { pattern: '/', render: () => <HomePage /> },
  { pattern: '/login', render: () => <LoginPage home={homeOf} /> },
  { pattern: '/guide/:code', render: (p) => <GuidePage code={p.code} /> },
  { pattern: '/progress', render: () => <ProgressPage /> },
  {
    pattern: '/counter',
    render: () => (
      <RequireRole roles={CLERKS}>
        <ReceptionPage />
      </RequireRole>
    ),
  },
  {
    pattern: '/counter/items/:code',
    render: (p) => (
      <RequireRole roles={CLERKS}>
        <ReceivePage key={p.code} code={p.code} />
      </RequireRole>
    ),
  },
  {
    pattern: '/inbox',
    render: () => (
      <RequireRole roles={READERS}>
        <InboxPage />
      </RequireRole>
    ),
  },
  {
    pattern: '/cases/:id',
    render: (p) => (
      <RequireRole roles={READERS}>
        <CasePage key={p.id} id={p.id} />
      </RequireRole>
    ),
  },
  {
    pattern: '/notice/:id',
    render: (p) => (
      <RequireRole roles={READERS}>
        <NoticePage id={p.id} />
      </RequireRole>
    ),
  },
];
