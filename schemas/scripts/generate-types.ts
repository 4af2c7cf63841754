/**
 * Generates TypeScript types from the JSON Schemas (the source of truth) into src/generated/types.ts.
 * `--check` regenerates in memory and exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { schemaFiles } from '../src/schema-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/generated/types.ts');

const banner = `/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/*.schema.json. Regenerate with \`npm run gen\`; \`npm test\` fails when this file is stale.
 */
import type { FormJsonSchema } from '../form-json-schema.ts';
`;

async function generate(): Promise<string> {
  // One synthetic root referencing every schema, so each named type is declared exactly once.
  const rootSchema = {
    title: 'OneWindowSchemas',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      schemaFiles.map((file) => [file.replace('.schema.json', ''), { $ref: file }]),
    ),
  } as JSONSchema;
  const out = await compile(rootSchema, 'OneWindowSchemas', {
    cwd: root,
    bannerComment: banner,
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: false,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
    $refOptions: { resolve: { http: false } },
  });
  return out;
}

const code = await generate();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== code) {
    console.error('schemas/src/generated/types.ts is stale: run `npm run gen` and commit the result.');
    process.exit(1);
  }
  console.log('generated types are current');
} else {
  writeFileSync(target, code);
  console.log(`wrote ${target}`);
}
