import type { ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import type { Draft } from '../storage/port.ts';
import { assertDraftShape } from './assert-draft-shape.ts';
import { blankDefinition } from './blank-definition.ts';
import { findExampleItem } from './example-items.ts';

/** How to start a new item: blank, from an example file, or as a copy of an existing item. */
export interface CreateDraftInput {
  /** The new item's code; optional only with `fromExample` (the example's own code is used). */
  code?: string;
  /** For a blank item (or to rename a copy): the zh-CN name. */
  name?: string;
  type?: ServiceItem['type'];
  /** For a blank item: the zh-CN name of the implementing department. */
  department?: string;
  /** An `examples/items` file name without `.json`, or an example's code. */
  fromExample?: string;
  /** Copy this item's draft (or `version` of it) under the new `code`. */
  duplicateOf?: string;
  version?: number;
  actor: Pick<Actor, 'username'>;
}

/** Creates an item's first draft (revision 1); 409 `DUPLICATE` if the code is taken. */
export async function createDraft(deps: AppDeps, input: CreateDraftInput): Promise<Draft> {
  const definition = await startingDefinition(deps, input);
  const code = definition.code;
  if (await deps.store.getDraft({ code })) throw ConflictError.duplicate(`Item ${code}`, 'code');
  try {
    return await deps.store.saveDraft({
      code,
      definition: assertDraftShape(definition, code),
      expectedRevision: null,
      actor: input.actor.username,
      at: deps.clock.now().toISOString(),
    });
  } catch (error) {
    // Someone else created the same code between our read and our write.
    if (error instanceof ConflictError && error.code === 'REVISION_CONFLICT') {
      throw ConflictError.duplicate(`Item ${code}`, 'code', error);
    }
    throw error;
  }
}

async function startingDefinition(deps: AppDeps, input: CreateDraftInput): Promise<ServiceItem> {
  const { code, fromExample, duplicateOf } = input;
  if (fromExample !== undefined && duplicateOf !== undefined) {
    throw new ValidationError('Give fromExample or duplicateOf, not both.', { code: 'ONE_SOURCE' });
  }
  if (fromExample !== undefined) {
    const example = (await findExampleItem(fromExample)) as ServiceItem | null;
    if (!example) throw new NotFoundError(`There is no example item ${fromExample}.`);
    return renamed(example, code ?? example.code, input.name);
  }
  if (code === undefined) throw new ValidationError('A new item needs a code.', { code: 'CODE_REQUIRED' });
  if (duplicateOf !== undefined) {
    const source = await sourceDefinition(deps, duplicateOf, input.version);
    if (duplicateOf === code) throw ConflictError.duplicate(`Item ${code}`, 'code');
    return renamed(source, code, input.name);
  }
  return blankDefinition({ code, name: input.name, type: input.type, departmentName: input.department });
}

async function sourceDefinition(
  deps: AppDeps,
  code: string,
  version: number | undefined,
): Promise<ServiceItem> {
  if (version === undefined) {
    const draft = await deps.store.getDraft({ code });
    if (!draft) throw new NotFoundError(`There is no item ${code} to copy.`);
    return draft.definition;
  }
  const published = await deps.store.getVersion({ code, version });
  if (!published) throw new NotFoundError(`Item ${code} has no version ${version}.`);
  return published.definition;
}

/** A copy under a new code, without the version number a published definition carries. */
function renamed(source: ServiceItem, code: string, name: string | undefined): ServiceItem {
  const { version: _version, ...copy } = structuredClone(source);
  return { ...copy, code, ...(name === undefined ? {} : { name: { ...copy.name, 'zh-CN': name } }) };
}
