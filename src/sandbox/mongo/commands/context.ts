/** What a command handler gets, and the helpers the handlers share. */
import type { Document, ObjectId } from 'bson';
import { Aggregator } from 'mingo';
import type { Catalog } from '../catalog';
import { stored, type StoredDoc } from '../collection';
import type { Cursors } from '../cursors';
import { CommandError, fail } from '../errors';
import { jsonSchemaValidator } from '../json-schema';
import type { CommandEntry, WriteEntry } from '../log';
import type { Access, User, UserStore } from '../users';
import type { ScramConversation } from '../scram';
import { canonicalKey, retype, toView } from '../values';

/** The server's state, shared by every connection. */
export interface ServerState {
  catalog: Catalog;
  users: UserStore;
  cursors: Cursors;
  /** `host:port` the server reports as itself (hello `me`, `hosts`, `primary`). */
  host: string;
  setName: string;
  startedAt: Date;
  electionId: ObjectId;
  commands: CommandEntry[];
  writes: WriteEntry[];
  /** Records a change (and counts it against killAfterWrites). */
  wrote(entry: WriteEntry): void;
}

/** One client connection. */
export interface ConnState {
  id: number;
  user?: User;
  conversations: Map<number, { scram: ScramConversation; user: User }>;
  nextConversation: number;
  client?: Document;
}

/** A command being served. */
export interface Ctx {
  state: ServerState;
  conn: ConnState;
  /** `$db` of the command. */
  db: string;
  /** The command document, values typed as sent. */
  cmd: Document;
  /** The command name as sent (first key). */
  name: string;
}

/**
 * What a command needs: `none` (handshake, auth), `auth` (any authenticated user), or accesses on
 * databases.
 */
export type Needs = 'none' | 'auth' | [Access, string][];

/** A command implementation. */
export interface CommandDef {
  needs: (ctx: Ctx) => Needs;
  run: (ctx: Ctx) => Document;
}

/** A number argument (typed or plain), or undefined. */
export function num(v: unknown): number | undefined {
  const x = toView(v);
  return typeof x === 'number' ? x : typeof x === 'boolean' ? Number(x) : undefined;
}

/** A boolean argument (`true`, `1`). */
export function bool(v: unknown, fallback = false): boolean {
  const x = toView(v);
  return x === undefined || x === null ? fallback : Boolean(x);
}

/** The collection a command names in its first field (`{ find: 'c' }`). */
export function target(ctx: Ctx): string {
  const v = ctx.cmd[ctx.name];
  if (typeof v !== 'string') {
    throw fail('InvalidNamespace', `collection name has invalid type ${v === null ? 'null' : typeof v}`);
  }
  return v;
}

/** Needs `access` on the command's database. */
export const on =
  (...access: Access[]) =>
  (ctx: Ctx): Needs =>
    access.map((a) => [a, ctx.db]);

/** Thrown by mingo: an unknown operator or a failing expression becomes the server's error. */
function mingoError(e: unknown): CommandError {
  if (e instanceof CommandError) return e;
  const msg = (e as Error).message ?? String(e);
  const stage = /pipeline operator (\$\w+)/.exec(msg);
  if (stage)
    return new CommandError(40324, 'Location40324', `Unrecognized pipeline stage name: '${stage[1]}'`);
  const op = /query operator (\$\w+)/.exec(msg);
  if (op) return fail('BadValue', `unknown operator: ${op[1]}`);
  return fail('BadValue', msg);
}

/** Runs mingo, turning its errors into the server's. */
export function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw mingoError(e);
  }
}

/** The documents a read of `db.name` sees: a collection's, or a view's pipeline output. */
export function readable(state: ServerState, db: string, name: string, depth = 0): StoredDoc[] {
  const ns = state.catalog.get(db, name);
  if (!ns) return [];
  if (ns.kind === 'collection') return ns.all();
  if (depth > 20) throw fail('InternalError', 'view nesting too deep');
  const base = readable(state, db, ns.viewOn, depth + 1);
  return runPipeline(state, db, base, toView(ns.pipeline), ns.options.collation);
}

/**
 * Runs a pipeline (view form) over stored documents. Outputs keep the stored types of whatever
 * they carried over unchanged from the input document with the same `_id`.
 */
export function runPipeline(
  state: ServerState,
  db: string,
  docs: StoredDoc[],
  pipeline: Document[],
  collation?: Document,
  variables?: Document,
): StoredDoc[] {
  const byId = new Map<string, StoredDoc>();
  for (const d of docs) byId.set(canonicalKey(d.view._id), d);
  const out = guarded(() =>
    new Aggregator(pipeline, {
      collation: collation ? toView(collation) : undefined,
      variables,
      jsonSchemaValidator,
      collectionResolver: (name: string) => readable(state, db, name).map((d) => toView(d.typed)),
    }).run(docs.map((d) => toView(d.typed))),
  ) as Document[];
  return out.map((view) => {
    const src = view._id !== undefined ? byId.get(canonicalKey(view._id)) : undefined;
    return stored(src ? retype(view, src.view, src.typed) : view);
  });
}
