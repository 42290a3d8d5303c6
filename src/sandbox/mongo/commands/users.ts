/** User management: createUser, updateUser, dropUser, dropAllUsersFromDatabase, usersInfo, grant/revoke roles. */
import type { Document } from 'bson';
import { fail } from '../errors';
import type { Mechanism } from '../scram';
import { parseRoles, type User } from '../users';
import { bool, on, type CommandDef, type Ctx, type Needs } from './context';

function nameOf(ctx: Ctx): string {
  const v = ctx.cmd[ctx.name];
  if (typeof v !== 'string' || !v) throw fail('BadValue', `${ctx.name} must be a non-empty string`);
  return v;
}

function mechanismsOf(v: unknown): Mechanism[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length === 0) throw fail('BadValue', 'mechanisms field must not be empty');
  for (const m of v) {
    if (m !== 'SCRAM-SHA-1' && m !== 'SCRAM-SHA-256')
      throw fail('BadValue', `Unknown auth mechanism '${String(m)}'`);
  }
  return v as Mechanism[];
}

function password(ctx: Ctx): string | undefined {
  const pwd = ctx.cmd.pwd;
  if (pwd === undefined) return undefined;
  if (typeof pwd !== 'string') throw fail('TypeMismatch', 'pwd must be a string');
  if (ctx.cmd.digestPassword === false) {
    throw fail('BadValue', 'Use of SCRAM-SHA-256 requires undigested passwords');
  }
  return pwd;
}

function describe(u: User, showCredentials: boolean): Document {
  const d: Document = { _id: `${u.db}.${u.user}`, userId: u.userId, user: u.user, db: u.db };
  if (u.customData) d.customData = u.customData;
  d.roles = u.roles.map((r) => ({ role: r.role, db: r.db }));
  if (showCredentials) {
    const creds: Document = {};
    for (const [m, c] of Object.entries(u.credentials)) creds[m] = { ...c };
    d.credentials = creds;
  }
  d.mechanisms = [...u.mechanisms];
  return d;
}

function existing(ctx: Ctx, name: string): User {
  const u = ctx.state.users.get(ctx.db, name);
  if (!u) throw fail('UserNotFound', `User '${name}@${ctx.db}' not found`);
  return u;
}

/** usersInfo on oneself needs no privilege, as on the server. */
function usersInfoNeeds(ctx: Ctx): Needs {
  const arg = ctx.cmd.usersInfo;
  const me = ctx.conn.user;
  const self =
    me &&
    ((typeof arg === 'string' && arg === me.user && ctx.db === me.db) ||
      (arg &&
        typeof arg === 'object' &&
        !Array.isArray(arg) &&
        arg.user === me.user &&
        (arg.db ?? ctx.db) === me.db));
  return self ? 'auth' : [['userAdmin', ctx.db]];
}

export const userCommands: Record<string, CommandDef> = {
  createUser: {
    needs: on('userAdmin'),
    run: (ctx) => {
      const name = nameOf(ctx);
      const pwd = password(ctx);
      if (pwd === undefined)
        throw fail(
          'BadValue',
          "Must provide a 'pwd' field for all user documents, except those with '$external' as the user's source db",
        );
      const roles = parseRoles(ctx.cmd.roles ?? [], ctx.db);
      ctx.state.users.create(ctx.db, name, pwd, roles, mechanismsOf(ctx.cmd.mechanisms), ctx.cmd.customData);
      ctx.state.wrote({ command: 'createUser', db: ctx.db, count: 1 });
      return { ok: 1 };
    },
  },
  updateUser: {
    needs: on('userAdmin'),
    run: (ctx) => {
      const u = existing(ctx, nameOf(ctx));
      const pwd = password(ctx);
      const roles = ctx.cmd.roles !== undefined ? parseRoles(ctx.cmd.roles, ctx.db) : undefined;
      const mechanisms = mechanismsOf(ctx.cmd.mechanisms);
      if (mechanisms && pwd === undefined)
        throw fail('BadValue', 'mechanisms field may only be specified with new password');
      if (mechanisms) u.mechanisms = mechanisms;
      if (pwd !== undefined) ctx.state.users.setPassword(u, pwd);
      if (roles) u.roles = roles;
      if (ctx.cmd.customData !== undefined) u.customData = ctx.cmd.customData;
      ctx.state.wrote({ command: 'updateUser', db: ctx.db, count: 1 });
      return { ok: 1 };
    },
  },
  dropUser: {
    needs: on('userAdmin'),
    run: (ctx) => {
      const name = nameOf(ctx);
      existing(ctx, name);
      ctx.state.users.drop(ctx.db, name);
      ctx.state.wrote({ command: 'dropUser', db: ctx.db, count: 1 });
      return { ok: 1 };
    },
  },
  dropAllUsersFromDatabase: {
    needs: on('userAdmin'),
    run: (ctx) => {
      const n = ctx.state.users.dropAll(ctx.db);
      if (n) ctx.state.wrote({ command: 'dropAllUsersFromDatabase', db: ctx.db, count: n });
      return { n, ok: 1 };
    },
  },
  grantRolesToUser: {
    needs: on('userAdmin'),
    run: (ctx) => {
      const u = existing(ctx, nameOf(ctx));
      for (const r of parseRoles(ctx.cmd.roles, ctx.db)) {
        if (!u.roles.some((x) => x.role === r.role && x.db === r.db)) u.roles.push(r);
      }
      ctx.state.wrote({ command: 'grantRolesToUser', db: ctx.db, count: 1 });
      return { ok: 1 };
    },
  },
  revokeRolesFromUser: {
    needs: on('userAdmin'),
    run: (ctx) => {
      const u = existing(ctx, nameOf(ctx));
      const drop = parseRoles(ctx.cmd.roles, ctx.db);
      u.roles = u.roles.filter((x) => !drop.some((r) => r.role === x.role && r.db === x.db));
      ctx.state.wrote({ command: 'revokeRolesFromUser', db: ctx.db, count: 1 });
      return { ok: 1 };
    },
  },
  usersInfo: {
    needs: usersInfoNeeds,
    run: (ctx) => {
      const arg = ctx.cmd.usersInfo;
      const show = bool(ctx.cmd.showCredentials);
      const { users } = ctx.state;
      let list: User[];
      if (arg === 1 || (typeof arg === 'object' && arg !== null && 'value' in arg && Number(arg.value) === 1))
        list = users.list(ctx.db);
      else if (arg && typeof arg === 'object' && !Array.isArray(arg) && arg.forAllDBs) list = users.list();
      else {
        const refs = (Array.isArray(arg) ? arg : [arg]).map((x) =>
          typeof x === 'string'
            ? { user: x, db: ctx.db }
            : { user: String(x?.user), db: String(x?.db ?? ctx.db) },
        );
        list = refs.map((r) => users.get(r.db, r.user)).filter((u): u is User => u !== undefined);
      }
      return { users: list.map((u) => describe(u, show)), ok: 1 };
    },
  },
};
