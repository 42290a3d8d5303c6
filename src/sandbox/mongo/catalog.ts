/** Databases and their namespaces: collections and views. A database exists while it has one. */
import { UUID, type Document } from 'bson';
import { Collection, type CollectionOptions } from './collection';
import { fail } from './errors';

/** A view: a pipeline over another namespace of the same database. */
export interface View {
  readonly kind: 'view';
  readonly db: string;
  readonly name: string;
  readonly uuid: UUID;
  viewOn: string;
  pipeline: Document[];
  options: Document;
}

/** A collection or a view. */
export type Namespace = Collection | View;

const INVALID_DB = /[/\\. "$\0]/;

/** Checks a database name as the server does. */
export function checkDbName(db: string): void {
  if (!db || INVALID_DB.test(db) || db.length > 63)
    throw fail('InvalidNamespace', `Invalid database name: '${db}'`);
}

/** Checks a collection name as the server does. */
export function checkCollName(db: string, coll: unknown): string {
  if (
    typeof coll !== 'string' ||
    !coll ||
    coll.includes('\0') ||
    coll.startsWith('.') ||
    coll.includes('$')
  ) {
    throw fail('InvalidNamespace', `Invalid collection name: ${String(coll)}`);
  }
  void db;
  return coll;
}

/** Every database of the server. */
export class Catalog {
  private readonly dbs = new Map<string, Map<string, Namespace>>();

  /** Names of the databases that exist, sorted. */
  databaseNames(): string[] {
    return [...this.dbs.keys()].filter((d) => this.dbs.get(d)!.size > 0).sort();
  }

  /** The namespaces of a database (empty when it does not exist). */
  namespaces(db: string): Namespace[] {
    return [...(this.dbs.get(db)?.values() ?? [])];
  }

  /** The collections (not views) of a database. */
  collections(db: string): Collection[] {
    return this.namespaces(db).filter((n): n is Collection => n.kind === 'collection');
  }

  /** A namespace or undefined. */
  get(db: string, name: string): Namespace | undefined {
    return this.dbs.get(db)?.get(name);
  }

  /** The collection a write goes to, created implicitly; a view cannot be written. */
  writable(db: string, name: string): Collection {
    checkDbName(db);
    checkCollName(db, name);
    const ns = this.get(db, name);
    if (ns?.kind === 'view')
      throw fail('CommandNotSupportedOnView', `Namespace ${db}.${name} is a view, not a collection`);
    if (ns) return ns;
    if (name.startsWith('system.'))
      throw fail('InvalidNamespace', `Invalid namespace specified '${db}.${name}'`);
    return this.createCollection(db, name, {});
  }

  /** Creates a collection; it must not exist. */
  createCollection(db: string, name: string, options: CollectionOptions): Collection {
    checkDbName(db);
    checkCollName(db, name);
    if (this.get(db, name)) throw fail('NamespaceExists', `Collection ${db}.${name} already exists.`);
    const coll = new Collection(db, name, options);
    this.put(db, coll);
    return coll;
  }

  /** Creates a view; it must not exist and `viewOn` must be in the same database. */
  createView(db: string, name: string, viewOn: string, pipeline: Document[], options: Document): View {
    checkDbName(db);
    checkCollName(db, name);
    if (this.get(db, name)) throw fail('NamespaceExists', `Collection ${db}.${name} already exists.`);
    const view: View = { kind: 'view', db, name, uuid: new UUID(), viewOn, pipeline, options };
    this.put(db, view);
    return view;
  }

  /** Puts a namespace in place (replacing one of the same name). */
  put(db: string, ns: Namespace): void {
    let m = this.dbs.get(db);
    if (!m) this.dbs.set(db, (m = new Map()));
    m.set(ns.name, ns);
  }

  /** Drops a namespace; true when it existed. */
  drop(db: string, name: string): boolean {
    const m = this.dbs.get(db);
    const had = m?.delete(name) ?? false;
    if (m && m.size === 0) this.dbs.delete(db);
    return had;
  }

  /** Drops a database; true when it existed. */
  dropDatabase(db: string): boolean {
    return this.dbs.delete(db);
  }
}
