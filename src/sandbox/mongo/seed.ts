/** Seed data: databases, collections (documents, indexes, options), views and users, as plain data. */
import type { Document } from 'bson';
import type { Catalog } from './catalog';
import { Index } from './indexes';
import { parseRoles, type RoleRef, type UserStore } from './users';

/** An index of a seeded collection, as `createIndexes` takes it. */
export interface SeedIndex {
  key: Record<string, number | string>;
  name?: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
  expireAfterSeconds?: number;
  collation?: Document;
}

/** A seeded collection (or, with `viewOn`, a view). */
export interface SeedCollection {
  /** Plain documents; numbers get the wire's types (int32 when they fit, else double). BSON values (ObjectId, Long, Double, Date) keep theirs. */
  documents?: Document[];
  indexes?: SeedIndex[];
  /** `create` options: capped/size/max, validator/validationLevel/validationAction, collation. */
  options?: Document;
  /** Makes this a view on another namespace of the database. */
  viewOn?: string;
  pipeline?: Document[];
}

/** A user of a seeded database. */
export interface SeedUser {
  user: string;
  password: string;
  /** Role names of this database, or `{ role, db }`. */
  roles: (string | RoleRef)[];
}

/** A seeded database. */
export interface SeedDatabase {
  collections?: Record<string, SeedCollection>;
  users?: SeedUser[];
}

/** Databases by name. */
export type SeedData = Record<string, SeedDatabase>;

/** Loads seed data into a catalog and user store (existing namespaces of the same name are replaced). */
export function loadSeed(catalog: Catalog, users: UserStore, data: SeedData): void {
  for (const [db, spec] of Object.entries(data)) {
    const entries = Object.entries(spec.collections ?? {});
    // Collections first: a view may name any of them.
    for (const [name, c] of entries.filter(([, c]) => c.viewOn === undefined)) {
      catalog.drop(db, name);
      const coll = catalog.createCollection(db, name, { ...(c.options ?? {}) });
      for (const i of c.indexes ?? []) coll.addIndex(new Index(i, coll.ns));
      for (const d of c.documents ?? []) coll.insert(d, true);
    }
    for (const [name, c] of entries.filter(([, c]) => c.viewOn !== undefined)) {
      catalog.drop(db, name);
      catalog.createView(db, name, c.viewOn!, c.pipeline ?? [], {
        viewOn: c.viewOn,
        pipeline: c.pipeline ?? [],
      });
    }
    for (const u of spec.users ?? []) {
      users.drop(db, u.user);
      users.create(db, u.user, u.password, parseRoles(u.roles, db));
    }
  }
}
