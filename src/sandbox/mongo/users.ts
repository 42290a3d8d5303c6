/**
 * Users per database with built-in roles, and what a role allows. Custom roles are not modelled:
 * the built-in ones are what installations and migrations use.
 */
import { UUID } from 'bson';
import { fail } from './errors';
import { makeCredential, type Mechanism, type ScramCredential } from './scram';

/** A role grant: `{ role: 'readWrite', db: 'x' }`. */
export interface RoleRef {
  role: string;
  db: string;
}

/** A stored user. */
export interface User {
  user: string;
  db: string;
  userId: UUID;
  roles: RoleRef[];
  customData?: Record<string, unknown>;
  mechanisms: Mechanism[];
  credentials: Partial<Record<Mechanism, ScramCredential>>;
}

/**
 * What a command needs on a database: reading data, reading metadata (listCollections,
 * listIndexes, stats), writing data, DDL (create/drop collections and indexes), dropping the
 * database, managing users, listing all databases, or server-wide (cluster) actions.
 */
export type Access =
  | 'read'
  | 'meta'
  | 'write'
  | 'ddl'
  | 'dbAdmin'
  | 'userAdmin'
  | 'listDatabases'
  | 'cluster';

const DB_ROLES: Record<string, Access[]> = {
  read: ['read', 'meta'],
  readWrite: ['read', 'meta', 'write', 'ddl'],
  dbAdmin: ['meta', 'ddl', 'dbAdmin'],
  userAdmin: ['userAdmin'],
  dbOwner: ['read', 'meta', 'write', 'ddl', 'dbAdmin', 'userAdmin'],
};

/** Roles that exist only on `admin` and reach every database. */
const ANY_DB_ROLES: Record<string, Access[]> = {
  readAnyDatabase: ['read', 'meta', 'listDatabases'],
  readWriteAnyDatabase: ['read', 'meta', 'write', 'ddl', 'listDatabases'],
  userAdminAnyDatabase: ['userAdmin', 'listDatabases'],
  dbAdminAnyDatabase: ['meta', 'ddl', 'dbAdmin', 'listDatabases'],
  clusterMonitor: ['cluster', 'listDatabases'],
  clusterManager: ['cluster', 'listDatabases'],
  clusterAdmin: ['cluster', 'listDatabases', 'dbAdmin'],
  hostManager: ['cluster'],
  backup: ['read', 'meta', 'listDatabases'],
  restore: ['write', 'ddl', 'meta', 'userAdmin'],
};

/** True when `role@db` names a built-in role. */
export function roleExists(r: RoleRef): boolean {
  if (r.role === 'root' || r.role === '__system') return r.db === 'admin';
  if (r.role in ANY_DB_ROLES) return r.db === 'admin';
  return r.role in DB_ROLES;
}

/** True when the roles allow `access` on database `db`. */
export function allows(roles: RoleRef[], access: Access, db: string): boolean {
  for (const r of roles) {
    if ((r.role === 'root' || r.role === '__system') && r.db === 'admin') return true;
    const any = r.db === 'admin' ? ANY_DB_ROLES[r.role] : undefined;
    // The *AnyDatabase roles do not reach local and config, except for reading.
    if (
      any?.includes(access) &&
      (access === 'read' || access === 'meta' || (db !== 'local' && db !== 'config'))
    )
      return true;
    if (r.db === db && DB_ROLES[r.role]?.includes(access)) return true;
  }
  return false;
}

/** Databases on which the roles allow reading (listDatabases for users without listDatabases). */
export function readableDatabases(roles: RoleRef[]): Set<string> {
  return new Set(
    roles.filter((r) => DB_ROLES[r.role]?.some((a) => a === 'read' || a === 'meta')).map((r) => r.db),
  );
}

/** Parses a `roles` array of a user command: strings name roles of the command's database. */
export function parseRoles(input: unknown, db: string): RoleRef[] {
  if (!Array.isArray(input)) throw fail('BadValue', '"roles" field must be an array');
  return input.map((r) => {
    const ref = typeof r === 'string' ? { role: r, db } : { role: String(r?.role), db: String(r?.db ?? db) };
    if (!roleExists(ref)) throw fail('RoleNotFound', `Could not find role: ${ref.role}@${ref.db}`);
    return ref;
  });
}

/** The users of every database, keyed `db.user`. */
export class UserStore {
  private readonly users = new Map<string, User>();

  /** A user or undefined. */
  get(db: string, user: string): User | undefined {
    return this.users.get(`${db}.${user}`);
  }

  /** Users of one database (or all), sorted by name. */
  list(db?: string): User[] {
    return [...this.users.values()]
      .filter((u) => db === undefined || u.db === db)
      .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
  }

  /** Creates a user; it must not exist. */
  create(
    db: string,
    user: string,
    password: string,
    roles: RoleRef[],
    mechanisms: Mechanism[] = ['SCRAM-SHA-1', 'SCRAM-SHA-256'],
    customData?: Record<string, unknown>,
  ): User {
    if (this.get(db, user)) throw fail('Location51003', `User "${user}@${db}" already exists`);
    if (!user) throw fail('BadValue', 'User name must be non-empty');
    const u: User = { user, db, userId: new UUID(), roles, mechanisms, credentials: {}, customData };
    this.setPassword(u, password);
    this.users.set(`${db}.${user}`, u);
    return u;
  }

  /** Sets new credentials for every mechanism of the user. */
  setPassword(u: User, password: string): void {
    if (!password) throw fail('BadValue', 'Password cannot be empty');
    u.credentials = {};
    for (const m of u.mechanisms) u.credentials[m] = makeCredential(m, u.user, password);
  }

  /** Removes a user; false when there was none. */
  drop(db: string, user: string): boolean {
    return this.users.delete(`${db}.${user}`);
  }

  /** Removes every user of a database; returns how many. */
  dropAll(db: string): number {
    let n = 0;
    for (const u of this.list(db)) n += this.drop(db, u.user) ? 1 : 0;
    return n;
  }
}
