/**
 * @onewindow/schemas — the definition language: JSON Schemas (the source of truth), the TypeScript
 * types generated from them, the schema registry, the one ajv factory with the Chinese formats, and
 * the semantic lint of service-item definitions.
 */

export * from './ajv/index.ts';
export type { FormJsonSchema } from './form-json-schema.ts';
export * from './formats/index.ts';
export type * from './generated/types.ts';
export * from './lint/index.ts';
export { schemaFiles } from './schema-files.ts';
export { SCHEMA_BASE, type SchemaFile, schemaId, schemas } from './schema-registry.ts';
