/** The storage port and its two adapters (DESIGN.md "Storage port"). */
export { type CreateMongoStoreArgs, createMongoStore } from './mongo/create-mongo-store.ts';
export type * from './port.ts';
export { type CreateSqliteStoreArgs, createSqliteStore } from './sqlite/create-sqlite-store.ts';
