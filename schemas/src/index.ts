/**
 * @onewindow/schemas — the definition language: JSON Schemas (the source of truth), the TypeScript
 * types generated from them, and the schema registry.
 */

export type { FormJsonSchema } from './form-json-schema.ts';
export type * from './generated/types.ts';
export { schemaFiles } from './schema-files.ts';
export { SCHEMA_BASE, type SchemaFile, schemaId, schemas } from './schema-registry.ts';
