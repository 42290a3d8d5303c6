/**
 * Database users: each one created (or its password updated) with exactly one role on its own
 * database, then proven by authenticating as it. A user that exists with other roles is a
 * conflict: somebody set it up deliberately, so it is never changed unless forced.
 */
import { MongoServerError } from 'mongodb';
import type { MongoConnection } from './connect';

/** A user to have: `username` in `database` with `role` on `database`. */
export interface UserSpec {
  username: string;
  database: string;
  password: string;
  role: string;
}

export type UserState = 'missing' | 'ok' | 'password' | 'conflict' | 'roles';

/** What ensureUser would do; no password in it. */
export interface UserPlan {
  username: string;
  database: string;
  role: string;
  state: UserState;
  /** Roles the user has now, `role@db`. */
  roles: string[];
}

/** A user as usersInfo answers it. */
export interface FoundUser {
  roles?: Array<{ role: string; db: string }>;
}

/** usersInfo for one user (no password needed): undefined when the user does not exist. */
export async function findUser(
  conn: MongoConnection,
  username: string,
  database: string,
): Promise<FoundUser | undefined> {
  const info = await conn.client.db(database).command({ usersInfo: { user: username, db: database } });
  return (info.users ?? [])[0] as FoundUser | undefined;
}

/**
 * Reads usersInfo and, for a user with the right roles, tries its password. `found`: the
 * usersInfo answer read earlier by findUser (before the password was known).
 */
export async function planUser(
  conn: MongoConnection,
  spec: UserSpec,
  force = false,
  found?: Promise<FoundUser | undefined>,
): Promise<UserPlan> {
  const user = await (found ?? findUser(conn, spec.username, spec.database));
  const base = { username: spec.username, database: spec.database, role: spec.role };
  if (!user) return { ...base, state: 'missing', roles: [] };
  const roles = (user.roles ?? []).map((r) => `${r.role}@${r.db}`).sort();
  const wanted = `${spec.role}@${spec.database}`;
  if (roles.length !== 1 || roles[0] !== wanted)
    return { ...base, state: force ? 'roles' : 'conflict', roles };
  return { ...base, state: (await authenticates(conn, spec)) ? 'ok' : 'password', roles };
}

/** The plan in words for dry-run and approval. */
export function describeUserPlan(p: UserPlan): string {
  const who = `user ${p.username} (${p.role} on ${p.database})`;
  switch (p.state) {
    case 'missing':
      return `create ${who} with the password from its connection-string secret`;
    case 'ok':
      return `${who} exists and authenticates: nothing to do`;
    case 'password':
      return `update the password of ${who} to the one in its connection-string secret`;
    case 'roles':
      return `replace the roles of user ${p.username} (${p.roles.join(', ')}) with ${p.role} on ${p.database} (force)`;
    case 'conflict':
      return `user ${p.username} in ${p.database} has roles ${p.roles.join(', ') || '(none)'}, not just ${p.role} on ${p.database}`;
  }
}

/** Creates or updates the user as planned, then proves it. Returns what changed. */
export async function ensureUser(conn: MongoConnection, spec: UserSpec, plan: UserPlan): Promise<string[]> {
  const db = conn.client.db(spec.database);
  const roles = [{ role: spec.role, db: spec.database }];
  const changes: string[] = [];
  if (plan.state === 'conflict') throw new Error(describeUserPlan(plan));
  if (plan.state === 'missing') {
    try {
      await db.command({ createUser: spec.username, pwd: spec.password, roles });
      changes.push(`created user ${spec.username} with ${spec.role} on ${spec.database}`);
    } catch (err) {
      // 51003: created by an earlier attempt whose answer was lost; set it as wanted instead.
      if (!(err instanceof MongoServerError && Number(err.code) === 51003)) throw err;
      await db.command({ updateUser: spec.username, pwd: spec.password, roles });
      changes.push(`updated user ${spec.username} (it already existed)`);
    }
  } else if (plan.state === 'password' || plan.state === 'roles') {
    await db.command({ updateUser: spec.username, pwd: spec.password, roles });
    changes.push(
      plan.state === 'password'
        ? `updated the password of user ${spec.username}`
        : `set the roles of user ${spec.username} to ${spec.role} on ${spec.database}`,
    );
  }
  if (!(await authenticates(conn, spec)))
    throw new Error(
      `user ${spec.username} does not authenticate against ${spec.database} after it was set up`,
    );
  changes.push(
    `proved user ${spec.username}: authenticated against ${spec.database} and listed its collections`,
  );
  return changes;
}

/**
 * Authenticates as the user on its own database and lists the database's collections (which
 * its role must allow). False on an authentication failure; other errors propagate.
 */
export async function authenticates(conn: MongoConnection, spec: UserSpec): Promise<boolean> {
  const client = conn.clientAs({ username: spec.username, password: spec.password, source: spec.database });
  try {
    await client.connect();
    await client
      .db(spec.database)
      .listCollections({}, { nameOnly: true, authorizedCollections: true })
      .toArray();
    return true;
  } catch (err) {
    if (err instanceof MongoServerError && [18, 11, 13].includes(Number(err.code))) return false;
    throw err;
  } finally {
    await client.close().catch(() => undefined);
  }
}
