/** Writes: insert, update, delete, findAndModify (ordered and unordered, writeErrors as the server's). */
import { BSON, type Document } from 'bson';
import type { Collection, StoredDoc } from '../collection';
import { stored } from '../collection';
import { CommandError, fail } from '../errors';
import { applyUpdate, checkUpdate, upsertBase } from '../update-doc';
import { isPlain } from '../values';
import { bool, num, on, target, type CommandDef, type Ctx } from './context';
import { project, select } from './query';

function writeError(index: number, e: CommandError): Document {
  return { index, code: e.code, errmsg: e.message, ...e.extra };
}

function sameBytes(a: Document, b: Document): boolean {
  return Buffer.from(BSON.serialize(a)).equals(Buffer.from(BSON.serialize(b)));
}

function statements(ctx: Ctx, field: string): Document[] {
  const list = ctx.cmd[field];
  if (!Array.isArray(list))
    throw fail('TypeMismatch', `BSON field '${ctx.name}.${field}' is missing but a required field`);
  return list;
}

function insert(ctx: Ctx): Document {
  const name = target(ctx);
  const docs = statements(ctx, 'documents');
  const existed = ctx.state.catalog.get(ctx.db, name) !== undefined;
  const coll = ctx.state.catalog.writable(ctx.db, name);
  const ordered = bool(ctx.cmd.ordered, true);
  const bypass = bool(ctx.cmd.bypassDocumentValidation);
  let n = 0;
  const errors: Document[] = [];
  for (let i = 0; i < docs.length; i++) {
    try {
      if (!isPlain(docs[i])) throw fail('TypeMismatch', 'documents must be objects');
      coll.insert(docs[i], bypass);
      n++;
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      errors.push(writeError(i, e));
      if (ordered) break;
    }
  }
  if (n > 0 || !existed) ctx.state.wrote({ command: 'insert', db: ctx.db, collection: name, count: n });
  return errors.length ? { n, writeErrors: errors, ok: 1 } : { n, ok: 1 };
}

/** Applies one update statement; returns matched, modified and the upserted `_id`. */
function updateOne(
  ctx: Ctx,
  name: string,
  s: Document,
  bypass: boolean,
): { matched: number; modified: number; upserted?: unknown } {
  const multi = bool(s.multi);
  const upsert = bool(s.upsert);
  checkUpdate(s.u, multi);
  const ns = ctx.state.catalog.get(ctx.db, name);
  if (ns?.kind === 'view')
    throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
  const matches = ns
    ? select(ctx.state, ctx.db, name, {
        filter: s.q,
        limit: multi ? 0 : 1,
        collation: s.collation,
        sort: s.sort,
      })
    : [];
  if (matches.length === 0) {
    if (!upsert) return { matched: 0, modified: 0 };
    const coll = ctx.state.catalog.writable(ctx.db, name);
    const base = stored(upsertBase(s.q ?? {}));
    const doc = coll.insert(applyUpdate(base, s.u, s.arrayFilters, true), bypass);
    return { matched: 0, modified: 0, upserted: doc.typed._id };
  }
  const coll = ns as Collection;
  let modified = 0;
  for (const old of matches) {
    const next = applyUpdate(old, s.u, s.arrayFilters, false);
    if (sameBytes(next, old.typed)) continue;
    coll.replace(old, next, bypass, coll.passes(old.view));
    modified++;
  }
  return { matched: matches.length, modified };
}

function update(ctx: Ctx): Document {
  const name = target(ctx);
  const list = statements(ctx, 'updates');
  const ordered = bool(ctx.cmd.ordered, true);
  const bypass = bool(ctx.cmd.bypassDocumentValidation);
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  const errors: Document[] = [];
  for (let i = 0; i < list.length; i++) {
    try {
      const r = updateOne(ctx, name, list[i], bypass);
      n += r.matched;
      nModified += r.modified;
      if (r.upserted !== undefined) {
        n++;
        upserted.push({ index: i, _id: r.upserted });
      }
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      errors.push(writeError(i, e));
      if (ordered) break;
    }
  }
  const count = nModified + upserted.length;
  if (count > 0) ctx.state.wrote({ command: 'update', db: ctx.db, collection: name, count });
  const reply: Document = { n, nModified };
  if (upserted.length) reply.upserted = upserted;
  if (errors.length) reply.writeErrors = errors;
  reply.ok = 1;
  return reply;
}

function del(ctx: Ctx): Document {
  const name = target(ctx);
  const list = statements(ctx, 'deletes');
  const ordered = bool(ctx.cmd.ordered, true);
  let n = 0;
  const errors: Document[] = [];
  for (let i = 0; i < list.length; i++) {
    try {
      const s = list[i];
      const limit = num(s.limit) ?? 0;
      if (limit !== 0 && limit !== 1)
        throw fail('BadValue', `The limit field in delete objects must be 0 or 1. Got ${limit}`);
      const ns = ctx.state.catalog.get(ctx.db, name);
      if (!ns) continue;
      if (ns.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
      for (const d of select(ctx.state, ctx.db, name, { filter: s.q, limit, collation: s.collation })) {
        ns.remove(d);
        n++;
      }
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      errors.push(writeError(i, e));
      if (ordered) break;
    }
  }
  if (n > 0) ctx.state.wrote({ command: 'delete', db: ctx.db, collection: name, count: n });
  return errors.length ? { n, writeErrors: errors, ok: 1 } : { n, ok: 1 };
}

function findAndModify(ctx: Ctx): Document {
  const name = target(ctx);
  const { cmd } = ctx;
  const remove = bool(cmd.remove);
  const upsert = bool(cmd.upsert);
  const returnNew = bool(cmd.new);
  if (remove && cmd.update !== undefined)
    throw fail('FailedToParse', 'Cannot specify both an update and remove=true');
  if (!remove && cmd.update === undefined)
    throw fail('FailedToParse', 'Either an update or remove=true must be specified');
  if (remove && (upsert || returnNew))
    throw fail('FailedToParse', 'Cannot specify both upsert=true and remove=true');
  const ns = ctx.state.catalog.get(ctx.db, name);
  if (ns?.kind === 'view')
    throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
  const [old] = ns
    ? select(ctx.state, ctx.db, name, {
        filter: cmd.query,
        sort: cmd.sort,
        limit: 1,
        collation: cmd.collation,
      })
    : [];
  const shape = (d: StoredDoc | undefined): Document | null => (d ? project([d], cmd.fields)[0] : null);
  if (remove) {
    if (old) {
      (ns as Collection).remove(old);
      ctx.state.wrote({ command: 'findAndModify', db: ctx.db, collection: name, count: 1 });
    }
    return { lastErrorObject: { n: old ? 1 : 0 }, value: shape(old), ok: 1 };
  }
  checkUpdate(cmd.update, false);
  const bypass = bool(cmd.bypassDocumentValidation);
  if (!old) {
    if (!upsert) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
    const coll = ctx.state.catalog.writable(ctx.db, name);
    const doc = coll.insert(
      applyUpdate(stored(upsertBase(cmd.query ?? {})), cmd.update, cmd.arrayFilters, true),
      bypass,
    );
    ctx.state.wrote({ command: 'findAndModify', db: ctx.db, collection: name, count: 1 });
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: doc.typed._id },
      value: returnNew ? shape(doc) : null,
      ok: 1,
    };
  }
  const coll = ns as Collection;
  const next = applyUpdate(old, cmd.update, cmd.arrayFilters, false);
  let now = old;
  if (!sameBytes(next, old.typed)) {
    now = coll.replace(old, next, bypass, coll.passes(old.view));
    ctx.state.wrote({ command: 'findAndModify', db: ctx.db, collection: name, count: 1 });
  }
  return { lastErrorObject: { n: 1, updatedExisting: true }, value: shape(returnNew ? now : old), ok: 1 };
}

export const writeCommands: Record<string, CommandDef> = {
  insert: { needs: on('write'), run: insert },
  update: { needs: on('write'), run: update },
  delete: { needs: on('write'), run: del },
  findAndModify: { needs: on('read', 'write'), run: findAndModify },
  findandmodify: { needs: on('read', 'write'), run: findAndModify },
};
