import type { ApiClient } from '@onewindow/runtime/app';
import type { DraftAnswer } from '../api/designer-api-types.ts';
import type { SaveDraft } from './autosave.ts';

/** `/api/items/<code>` — the base of every request about one item. */
export function itemPath(code: string): string {
  return `/api/items/${encodeURIComponent(code)}`;
}

/** The `If-Match` header naming a draft revision, as the server's ETag writes it. */
export function ifMatch(revision: number): Record<string, string> {
  return { 'If-Match': `"${revision}"` };
}

/** The autosave's `PUT /api/items/:code/draft` through the app's API client. */
export function draftSaver(api: ApiClient): SaveDraft {
  return (code, definition, revision) =>
    api.put<DraftAnswer>(`${itemPath(code)}/draft`, definition, { headers: ifMatch(revision) });
}
