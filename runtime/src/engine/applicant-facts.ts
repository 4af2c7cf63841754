import type { ApplicantFacts, FormJsonSchema } from '@onewindow/schemas';
import { ageOn, parseCnIdCard } from '@onewindow/schemas';
import { resolvePath } from './path.ts';

type SchemaNode = FormJsonSchema | boolean | undefined;

function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Follows a local `$ref` (`#/definitions/x`) inside the form schema; anything else is left alone. */
function deref(node: SchemaNode, root: FormJsonSchema, seen: Set<string>): SchemaNode {
  let current = node;
  while (typeof current === 'object' && typeof current.$ref === 'string' && current.$ref.startsWith('#')) {
    const ref = current.$ref;
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    current = resolvePath(root, ref.slice(1)) as SchemaNode;
  }
  return current;
}

function search(node: SchemaNode, root: FormJsonSchema, pointer: string, seen: Set<string>): string | null {
  const schema = deref(node, root, seen);
  if (typeof schema !== 'object' || schema.properties === undefined) return null;
  for (const [key, child] of Object.entries(schema.properties)) {
    const childPointer = `${pointer}/${escapeSegment(key)}`;
    const resolved = deref(child, root, new Set(seen));
    if (typeof resolved === 'object' && resolved.format === 'cn-id-card') return childPointer;
    const inner = search(resolved, root, childPointer, new Set(seen));
    if (inner !== null) return inner;
  }
  return null;
}

/**
 * The JSON pointer of the applicant's resident ID number in the form data: `applicantIdField` when
 * the definition sets it, else the first property with `format: "cn-id-card"`, searched depth-first
 * through `properties` in declaration order (branches such as `then` are not searched: an ID that
 * appears only under a condition is someone else's, e.g. an agent's). Null when there is none.
 */
export function findApplicantIdField(schema: FormJsonSchema, applicantIdField?: string): string | null {
  if (applicantIdField !== undefined) return applicantIdField;
  return search(schema, schema, '', new Set());
}

/** What the engine derives about the applicant for one case. */
export interface ApplicantReading {
  facts: ApplicantFacts | null;
  /** The ID number is valid but its birth date is after `today`: a finding for the form. */
  bornAfterToday: boolean;
}

/**
 * The applicant facts of the (already pruned) form data: birth date, age on `today`, gender and
 * region from the ID number at `pointer`; null when the field is absent, hidden or not a valid ID.
 */
export function readApplicant(form: unknown, pointer: string | null, today: string): ApplicantReading {
  if (pointer === null) return { facts: null, bornAfterToday: false };
  const id = resolvePath(form, pointer);
  const parsed = typeof id === 'string' ? parseCnIdCard(id) : null;
  if (parsed === null) return { facts: null, bornAfterToday: false };
  const age = ageOn(parsed.birthDate, today);
  if (age < 0) return { facts: null, bornAfterToday: true };
  return {
    facts: { birthDate: parsed.birthDate, age, gender: parsed.gender, regionCode: parsed.regionCode },
    bornAfterToday: false,
  };
}
