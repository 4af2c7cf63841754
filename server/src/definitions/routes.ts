import type { ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import type { RouteDef, RouteResult } from '../http/route.ts';
import type { Draft, ItemStatus } from '../storage/port.ts';
import { type CreateDraftInput, createDraft } from './create-draft.ts';
import { diffVersions } from './diff-versions.ts';
import { DRAFT_BODY_SCHEMA } from './draft-body-schema.ts';
import { getDraft } from './get-draft.ts';
import { getVersion } from './get-version.ts';
import { readIfMatch, requireIfMatch, revisionETag } from './if-match.ts';
import { CREATE_ITEM_BODY, DIFF_QUERY, LIST_ITEMS_QUERY, retireReason } from './item-schemas.ts';
import { lintDraft } from './lint-draft.ts';
import { listItems } from './list-items.ts';
import { listVersions } from './list-versions.ts';
import { publishDraft } from './publish-draft.ts';
import { restoreVersion } from './restore-version.ts';
import { retireVersion } from './retire-version.ts';
import { actorOf, diffSideParam, queryString, versionParam } from './route-params.ts';
import { saveDraft } from './save-draft.ts';
import { testDraft } from './test-draft.ts';

const READERS = ['admin', 'clerk', 'inspector'] as const;
const TAG = 'items';

/** A draft answer: the draft, with its revision as the ETag for the next `If-Match`. */
function draftResult(draft: Draft, status = 200): RouteResult {
  return { status, body: draft, headers: { ETag: revisionETag(draft.revision) } };
}

/** 事项 — versioned definitions: drafts, lint, tests, publish, retire, versions, diff, restore. */
export function definitionRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'GET',
      path: '/api/items',
      roles: READERS,
      summary: 'List items (admins: every draft and status; others: active published items)',
      tag: TAG,
      querySchema: LIST_ITEMS_QUERY,
      handler: async (ctx) => ({
        body: {
          items: await listItems(deps, {
            role: actorOf(ctx).role,
            department: queryString(ctx, 'department'),
            type: queryString(ctx, 'type') as ServiceItem['type'] | undefined,
            status: queryString(ctx, 'status') as ItemStatus | undefined,
            q: queryString(ctx, 'q'),
          }),
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/items',
      roles: ['admin'],
      summary: 'Create an item: a blank draft, a copy of an example, or a duplicate of an item',
      tag: TAG,
      bodySchema: CREATE_ITEM_BODY,
      handler: async (ctx) => {
        const body = ctx.body as Omit<CreateDraftInput, 'actor'>;
        const draft = await createDraft(deps, { ...body, actor: actorOf(ctx) });
        const result = draftResult(draft, 201);
        return {
          ...result,
          headers: { ...result.headers, Location: `/api/items/${encodeURIComponent(draft.code)}/draft` },
        };
      },
    },
    {
      method: 'GET',
      path: '/api/items/:code/draft',
      roles: ['admin'],
      summary: 'Get the draft of an item (ETag = revision)',
      tag: TAG,
      handler: async ({ params }) => draftResult(await getDraft(deps, params.code)),
    },
    {
      method: 'PUT',
      path: '/api/items/:code/draft',
      roles: ['admin'],
      summary: 'Save the draft (If-Match: revision; 428 without it, 409 with the current draft when stale)',
      tag: TAG,
      bodySchema: DRAFT_BODY_SCHEMA,
      handler: async (ctx) => {
        const expectedRevision = requireIfMatch(ctx.headers, 'Saving a draft');
        const draft = await saveDraft(deps, {
          code: ctx.params.code,
          definition: ctx.body,
          expectedRevision,
          actor: actorOf(ctx),
        });
        return draftResult(draft);
      },
    },
    {
      method: 'POST',
      path: '/api/items/:code/lint',
      roles: ['admin'],
      summary: 'Lint the draft (the same lint as `onewindow lint`)',
      tag: TAG,
      handler: async ({ params }) => ({ body: await lintDraft(deps, params.code) }),
    },
    {
      method: 'POST',
      path: '/api/items/:code/test',
      roles: ['admin'],
      summary: "Run the draft's embedded tests (the same runner as `onewindow test`)",
      tag: TAG,
      handler: async ({ params }) => ({ body: await testDraft(deps, params.code) }),
    },
    {
      method: 'POST',
      path: '/api/items/:code/publish',
      roles: ['admin'],
      summary: 'Publish the draft as a new immutable, hashed version (422 unless lint and tests pass)',
      tag: TAG,
      handler: async (ctx) => {
        const version = await publishDraft(deps, {
          code: ctx.params.code,
          expectedRevision: readIfMatch(ctx.headers),
          actor: actorOf(ctx),
        });
        const { definition: _definition, ...summary } = version;
        return {
          status: 201,
          body: summary,
          headers: { Location: `/api/items/${encodeURIComponent(version.code)}/versions/${version.version}` },
        };
      },
    },
    {
      method: 'GET',
      path: '/api/items/:code/versions',
      roles: READERS,
      summary: 'List the published versions of an item, newest first',
      tag: TAG,
      handler: async ({ params }) => ({ body: { versions: await listVersions(deps, params.code) } }),
    },
    {
      method: 'GET',
      path: '/api/items/:code/versions/:version',
      roles: READERS,
      summary: 'Get one published version with its definition and hash',
      tag: TAG,
      handler: async ({ params }) => ({
        body: await getVersion(deps, params.code, versionParam(params.version)),
      }),
    },
    {
      method: 'POST',
      path: '/api/items/:code/versions/:version/retire',
      roles: ['admin'],
      summary: 'Retire a version: no new cases; cases pinned to it keep it',
      tag: TAG,
      // The body is optional (`{reason}`), so it is validated here rather than by a required bodySchema.
      handler: async (ctx) => ({
        body: await retireVersion(deps, {
          code: ctx.params.code,
          version: versionParam(ctx.params.version),
          reason: retireReason(ctx.body),
          actor: actorOf(ctx),
        }),
      }),
    },
    {
      method: 'POST',
      path: '/api/items/:code/versions/:version/restore',
      roles: ['admin'],
      summary: 'Restore a version as the new draft (If-Match: the draft revision it replaces)',
      tag: TAG,
      handler: async (ctx) => {
        const expectedRevision = requireIfMatch(ctx.headers, 'Restoring a version over the draft');
        const draft = await restoreVersion(deps, {
          code: ctx.params.code,
          version: versionParam(ctx.params.version),
          expectedRevision,
          actor: actorOf(ctx),
        });
        return draftResult(draft);
      },
    },
    {
      method: 'GET',
      path: '/api/items/:code/diff',
      roles: ['admin', 'inspector'],
      summary: 'Diff two versions (or a version and the draft): JSON-pointer changes and broken rule fields',
      tag: TAG,
      querySchema: DIFF_QUERY,
      handler: async (ctx) => ({
        body: await diffVersions(
          deps,
          ctx.params.code,
          diffSideParam(queryString(ctx, 'from'), 'from'),
          diffSideParam(queryString(ctx, 'to'), 'to'),
        ),
      }),
    },
  ];
}
