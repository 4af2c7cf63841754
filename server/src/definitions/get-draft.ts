import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { Draft } from '../storage/port.ts';

/** The draft (草稿) of an item; `NotFoundError` if there is no such item. */
export async function getDraft(deps: AppDeps, code: string): Promise<Draft> {
  const draft = await deps.store.getDraft({ code });
  if (!draft) throw new NotFoundError(`There is no item ${code}.`);
  return draft;
}
