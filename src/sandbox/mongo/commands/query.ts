/** Reads: find, getMore, killCursors, count, distinct. */
import { Long, type Document } from 'bson';
import { find as mingoFind, Query } from 'mingo';
import type { StoredDoc } from '../collection';
import { fail } from '../errors';
import { jsonSchemaValidator } from '../json-schema';
import { canonicalKey, isPlain, retype, toView } from '../values';
import { guarded, num, on, readable, target, type CommandDef, type Ctx, type ServerState } from './context';

/** How a selection is ordered and cut. */
export interface Selection {
  filter?: Document;
  sort?: Document;
  skip?: number;
  limit?: number;
  collation?: Document;
}

function collationOf(state: ServerState, db: string, name: string, given?: Document): any {
  if (given) return toView(given);
  const ns = state.catalog.get(db, name);
  const c = ns?.kind === 'collection' ? ns.options.collation : ns?.options.collation;
  return c ? toView(c) : undefined;
}

/** The stored documents of `db.name` a filter selects, sorted and cut. */
export function select(state: ServerState, db: string, name: string, sel: Selection): StoredDoc[] {
  const docs = readable(state, db, name);
  const collation = collationOf(state, db, name, sel.collation);
  const filter = sel.filter ? toView(sel.filter) : {};
  if (!isPlain(filter))
    throw fail('TypeMismatch', "BSON field 'filter' is the wrong type, expected type 'object'");
  const query = guarded(() => new Query(filter, { collation, jsonSchemaValidator }));
  let out = guarded(() => docs.filter((d) => query.test(d.view)));
  const sort = sel.sort ? toView(sel.sort) : undefined;
  if (sort && Object.keys(sort).length) {
    if (Object.keys(sort).join() === '$natural') {
      if (sort.$natural < 0) out.reverse();
    } else {
      const byView = new Map(out.map((d) => [d.view, d]));
      out = guarded(() =>
        mingoFind(
          out.map((d) => d.view),
          {},
          undefined,
          { collation },
        )
          .sort(sort)
          .all(),
      ).map((v) => byView.get(v as Document)!);
    }
  }
  const skip = sel.skip ?? 0;
  if (skip < 0) throw fail('BadValue', 'skip value must be non-negative');
  const limit = sel.limit ?? 0;
  return out.slice(skip, limit ? skip + Math.abs(limit) : undefined);
}

/** Applies a find projection; kept fields keep their stored types, `_id` comes first. */
export function project(docs: StoredDoc[], projection: Document | undefined, filter?: Document): Document[] {
  const p = projection ? toView(projection) : undefined;
  if (!p || Object.keys(p).length === 0) return docs.map((d) => d.typed);
  const projected = guarded(() =>
    mingoFind(
      docs.map((d) => d.view),
      filter ? toView(filter) : {},
      p,
    ).all(),
  );
  return projected.map((view, i) => {
    const typed = retype(view, docs[i].view, docs[i].typed);
    if (!('_id' in typed)) return typed;
    const { _id, ...rest } = typed;
    return { _id, ...rest };
  });
}

function find(ctx: Ctx): Document {
  const name = target(ctx);
  const { cmd, state } = ctx;
  if (cmd.tailable)
    throw fail(
      'BadValue',
      `error processing query: ns=${ctx.db}.${name}: tailable cursor requested on non capped collection`,
    );
  const limit = num(cmd.limit);
  const docs = select(state, ctx.db, name, {
    filter: cmd.filter,
    sort: cmd.sort,
    skip: num(cmd.skip),
    limit,
    collation: cmd.collation,
  });
  const out = project(docs, cmd.projection, cmd.filter);
  const ns = `${ctx.db}.${name}`;
  const single = Boolean(toView(cmd.singleBatch)) || (limit !== undefined && limit < 0);
  const batch = state.cursors.start(ns, out, num(cmd.batchSize), single, userKey(ctx));
  return { cursor: { firstBatch: batch.docs, id: batch.id, ns }, ok: 1 };
}

/** `db.user` of the connection, the owner of its cursors. */
export function userKey(ctx: Ctx): string | undefined {
  return ctx.conn.user ? `${ctx.conn.user.db}.${ctx.conn.user.user}` : undefined;
}

export const queryCommands: Record<string, CommandDef> = {
  find: { needs: on('read'), run: find },
  getMore: {
    needs: on('read'),
    run: (ctx) => {
      const id = ctx.cmd.getMore;
      if (!(id instanceof Long))
        throw fail('TypeMismatch', "Field 'getMore' must be of type long in: { getMore: ... }");
      const coll = String(ctx.cmd.collection);
      const ns = `${ctx.db}.${coll}`;
      const batch = ctx.state.cursors.more(id, ns, num(ctx.cmd.batchSize), userKey(ctx));
      return { cursor: { nextBatch: batch.docs, id: batch.id, ns }, ok: 1 };
    },
  },
  killCursors: {
    needs: on('read'),
    run: (ctx) => {
      const ids = (ctx.cmd.cursors ?? []) as Long[];
      const { killed, notFound } = ctx.state.cursors.kill(ids);
      return {
        cursorsKilled: killed,
        cursorsNotFound: notFound,
        cursorsAlive: [],
        cursorsUnknown: [],
        ok: 1,
      };
    },
  },
  count: {
    needs: on('read'),
    run: (ctx) => {
      const name = target(ctx);
      const docs = select(ctx.state, ctx.db, name, {
        filter: ctx.cmd.query,
        skip: num(ctx.cmd.skip),
        limit: num(ctx.cmd.limit),
        collation: ctx.cmd.collation,
      });
      return { n: docs.length, ok: 1 };
    },
  },
  distinct: {
    needs: on('read'),
    run: (ctx) => {
      const name = target(ctx);
      const key = ctx.cmd.key;
      if (typeof key !== 'string')
        throw fail('TypeMismatch', "BSON field 'distinct.key' is missing but a required field");
      const docs = select(ctx.state, ctx.db, name, { filter: ctx.cmd.query, collation: ctx.cmd.collation });
      const seen = new Map<string, unknown>();
      for (const d of docs) {
        let values: unknown[] = [d.typed];
        for (const part of key.split('.')) {
          values = values.flatMap((v) => {
            const x = v && typeof v === 'object' ? (v as Document)[part] : undefined;
            return Array.isArray(x) ? x : x === undefined ? [] : [x];
          });
        }
        for (const v of values) seen.set(canonicalKey(v), v);
      }
      return { values: [...seen.values()], ok: 1 };
    },
  },
};
