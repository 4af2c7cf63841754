import type { ServiceItem } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { compile } from './compile.ts';
import { EngineDefinitionError } from './errors.ts';
import { canonicalJson, sha256Hex } from './hash.ts';
import { idCardRenewal } from './testing/id-card-renewal.ts';

const edit = (change: (d: ServiceItem) => void): ServiceItem => {
  const copy = structuredClone(idCardRenewal);
  change(copy);
  return copy;
};

function failure(definition: unknown): EngineDefinitionError {
  try {
    compile(definition as ServiceItem);
  } catch (error) {
    if (error instanceof EngineDefinitionError) return error;
    throw error;
  }
  throw new Error('compiled a bad definition');
}

describe('compile', () => {
  it('pins the definition as {code, version, sha256 of its canonical JSON}', () => {
    const compiled = compile(edit((d) => Object.assign(d, { version: 3 })));
    expect(compiled.ref).toEqual({
      code: idCardRenewal.code,
      version: 3,
      hash: sha256Hex(canonicalJson({ ...idCardRenewal, version: 3 })),
    });
    expect(compile(idCardRenewal).ref.version).toBe(0);
  });

  it('keeps its own frozen copy, so editing the input later changes nothing', () => {
    const input = structuredClone(idCardRenewal);
    const compiled = compile(input);
    input.rules[0].id = 'edited';
    expect(compiled.definition.rules[0].id).toBe('rejectNotExpired');
    expect(Object.isFrozen(compiled.definition.rules[0].conditions)).toBe(true);
  });

  it('orders rules by priority, highest first, ties in definition order', () => {
    const ids = compile(idCardRenewal).rules.map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['rejectNotExpired', 'minorNeedsGuardian', 'waiveLocalRegister']);
    expect(ids.slice(3)).toEqual(
      idCardRenewal.rules.map((r) => r.id).filter((id) => !ids.slice(0, 3).includes(id)),
    );
  });

  it('refuses a definition that fails the service-item schema, pointing at the most specific path', () => {
    const error = failure(edit((d) => Object.assign(d.handling, { kind: 'someday' })));
    expect(error.code).toBe('INVALID_DEFINITION');
    expect(error.pointer).toBe('/handling/kind');
    expect(failure({ code: 'x' }).code).toBe('INVALID_DEFINITION');
  });

  it('refuses an unknown operator, pointing at it', () => {
    const error = failure(
      edit((d) => {
        d.rules[3].conditions = {
          all: [{ fact: 'form', path: 'a', operator: 'startsWith' as 'equal', value: 'x' }],
        };
      }),
    );
    expect(error.code).toBe('UNKNOWN_OPERATOR');
    expect(error.pointer).toBe('/rules/3/conditions/all/0/operator');
  });

  it('refuses a form schema that is not a valid draft-07 schema, or that strict ajv does not know', () => {
    const invalid = failure(edit((d) => Object.assign(d.form.schema, { required: 'name' })));
    expect(invalid.code).toBe('INVALID_FORM_SCHEMA');
    expect(invalid.pointer).toBe('/form/schema/required');
    const typo = failure(edit((d) => Object.assign(d.form.schema, { requird: ['name'] })));
    expect(typo.code).toBe('INVALID_FORM_SCHEMA');
    const format = failure(
      edit((d) => Object.assign(d.form.schema, { properties: { a: { type: 'string', format: 'cn-nope' } } })),
    );
    expect(format.code).toBe('INVALID_FORM_SCHEMA');
  });

  it.each([
    ['(a+)+$', 'UNSAFE_PATTERN'],
    ['[unclosed', 'INVALID_PATTERN'],
    [{ fact: 'form', path: 'pattern' }, 'UNSAFE_PATTERN'],
    [42, 'INVALID_PATTERN'],
  ])('refuses the matchesPattern value %j with %s', (value, code) => {
    const error = failure(
      edit((d) => {
        d.rules[5].conditions = { all: [{ fact: 'form', path: 'name', operator: 'matchesPattern', value }] };
      }),
    );
    expect(error.code).toBe(code);
    expect(error.pointer).toBe('/rules/5/conditions/all/0/value');
  });

  it('refuses events naming a material or fee the definition does not list, and duplicate ids', () => {
    expect(failure(edit((d) => Object.assign(d.rules[1].event.params, { material: 'nope' }))).code).toBe(
      'UNKNOWN_MATERIAL',
    );
    const fee = failure(edit((d) => Object.assign(d.rules[6].event.params, { fee: 'nope' })));
    expect([fee.code, fee.pointer]).toEqual(['UNKNOWN_FEE', '/rules/6/event/params/fee']);
    const duplicate = failure(edit((d) => Object.assign(d.rules[2], { id: d.rules[1].id })));
    expect([duplicate.code, duplicate.pointer]).toEqual(['DUPLICATE_ID', '/rules/2/id']);
  });

  it('drops __proto__ keys from the definition instead of letting them reach the engine', () => {
    const parsed = JSON.parse(
      JSON.stringify(idCardRenewal).replace('"rules":[', '"__proto__":{"x":1},"rules":['),
    );
    expect(compile(parsed).ref.hash).toBe(compile(idCardRenewal).ref.hash);
  });
});

describe('compile with a native SHA-256', () => {
  it('gives identical results, hashes included, with node:crypto’s SHA-256 injected', async () => {
    const { createHash } = await import('node:crypto');
    const native = compile(idCardRenewal, {
      sha256Hex: (text) => createHash('sha256').update(text).digest('hex'),
    });
    const portable = compile(idCardRenewal);
    expect(native.ref).toEqual(portable.ref);
    for (const test of idCardRenewal.tests ?? []) {
      const ctx = { today: test.today };
      expect(check(native, test.input, ctx)).toEqual(check(portable, test.input, ctx));
    }
  });
});
