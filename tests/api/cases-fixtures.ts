import { readFileSync } from 'node:fs';
import type { Outcome, ServiceItem } from '@onewindow/schemas';
import type { AnyJson, TestServer } from './harness.ts';

/** The example items the harness publishes, by file name. */
export type ExampleName =
  | 'birth-registration'
  | 'construction-permit'
  | 'individual-business-registration'
  | 'resident-id-card-renewal';

export function exampleItem(name: ExampleName): ServiceItem {
  return JSON.parse(
    readFileSync(new URL(`../../examples/items/${name}.json`, import.meta.url), 'utf8'),
  ) as ServiceItem;
}

/** The input of the first embedded test of `name` that expects `outcome` (valid inputs come from there). */
export function exampleInput(
  name: ExampleName,
  outcome: Outcome,
  index = 0,
): { code: string; formData: AnyJson; materials: string[] } {
  const item = exampleItem(name);
  const test = (item.tests ?? []).filter((t) => t.expect.outcome === outcome)[index];
  if (!test) throw new Error(`${name} has no test #${index} expecting ${outcome}`);
  return { code: item.code, formData: test.input.formData, materials: test.input.materials ?? [] };
}

/** Files a receipt as the clerk; asserts nothing. */
export function receive(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  return server.request('POST', '/api/cases', { role: 'clerk', body, headers });
}

/** Applies an action as the clerk at the case's current revision (read first unless given). */
export async function act(
  server: TestServer,
  id: string,
  action: string,
  body: Record<string, unknown> = {},
  revision?: number,
) {
  const expectedRevision =
    revision ?? (await server.request('GET', `/api/cases/${id}`, { role: 'clerk' })).body.case.revision;
  return server.request('POST', `/api/cases/${id}/actions/${action}`, {
    role: 'clerk',
    body: { expectedRevision, ...body },
  });
}

/** Files a receipt that must succeed and returns its answer body. */
export async function receiveOk(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await receive(server, body, headers);
  if (res.status !== 201) throw new Error(`receipt failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
