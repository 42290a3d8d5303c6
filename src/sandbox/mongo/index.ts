/** The in-memory MongoDB of the sandbox: the server, its seed data format and its logs. */
export { MongoSandbox, type MongoSandboxOptions } from './server';
export type { SeedCollection, SeedData, SeedDatabase, SeedIndex, SeedUser } from './seed';
export type { CommandEntry, WriteEntry } from './log';
export type { RoleRef } from './users';
export { MAX_WIRE_VERSION, VERSION as MONGODB_VERSION } from './commands/server-info';
