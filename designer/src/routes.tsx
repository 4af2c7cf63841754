import type { Actor, RouteParams } from '@onewindow/runtime/app';
import { LoginPage, RequireRole } from '@onewindow/runtime/app';
import type { ReactNode } from 'react';
import { AccountsPage } from './admin/accounts-page.tsx';
import { CalendarsPage } from './admin/calendars-page.tsx';
import { EditorPage } from './editor/editor-page.tsx';
import { ItemsPage } from './items/items-page.tsx';

const ADMINS = ['admin'] as const;

export const homeOf = (_actor: Actor) => '/';

const admin = (page: ReactNode) => <RequireRole roles={ADMINS}>{page}</RequireRole>;

/** The designer's pages (below `/designer`), first match wins. */
export const ROUTES: readonly { pattern: string; render: (params: RouteParams) => ReactNode }[] = [
  { pattern: '/', render: () => admin(<ItemsPage />) },
  { pattern: '/login', render: () => <LoginPage home={homeOf} /> },
  { pattern: '/items/:code', render: (p) => admin(<EditorPage key={p.code} code={p.code} />) },
  { pattern: '/calendars', render: () => admin(<CalendarsPage />) },
  { pattern: '/accounts', render: () => admin(<AccountsPage />) },
];
