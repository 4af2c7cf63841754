// Throwaway: validates examples/items/*.json against service-item.schema.json, compiles each form
// schema with the strict shared ajv, and pre-checks each embedded test's form errors (without the
// engine: no hidden-field dropping, no rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv, toFormErrors } from '../../schemas/src/ajv/index.ts';
import { schemas } from '../../schemas/src/schema-registry.ts';

const dir = join(import.meta.dirname, '..', 'items');
const defAjv = createAjv({ strict: true });
for (const schema of Object.values(schemas)) defAjv.addSchema(schema);
const validateItem = defAjv.getSchema('https://onewindow.example/schemas/service-item.schema.json');
if (!validateItem) throw new Error('no service-item schema');

let failures = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const item = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (!validateItem(item)) {
    failures++;
    console.log(file, 'INVALID', JSON.stringify(validateItem.errors, null, 1));
    continue;
  }
  const formAjv = createAjv({ strict: true });
  let validateForm: ReturnType<typeof formAjv.compile>;
  try {
    validateForm = formAjv.compile(item.form.schema);
  } catch (e) {
    failures++;
    console.log(file, 'FORM SCHEMA', (e as Error).message);
    continue;
  }
  for (const t of item.tests ?? []) {
    validateForm(t.input.formData);
    const paths = [...new Set(toFormErrors(validateForm.errors ?? []).map((e) => e.path))].sort();
    const want = t.expect.formErrors ? [...t.expect.formErrors].sort() : undefined;
    const ok = want === undefined || JSON.stringify(paths) === JSON.stringify(want);
    if (!ok) failures++;
    console.log(`${file} ${ok ? 'ok ' : 'BAD'} ${t.name} form=${JSON.stringify(paths)}`);
  }
  console.log(file, 'valid;', item.tests?.length ?? 0, 'tests,', item.rules.length, 'rules');
}
process.exitCode = failures ? 1 : 0;
