/**
 * Catalog commands: create (collections with validator/capped/collation, views), drop,
 * dropDatabase, renameCollection, collMod, listCollections, listDatabases, createIndexes,
 * dropIndexes, listIndexes.
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { Collection } from '../collection';
import { CommandError, fail } from '../errors';
import { Index } from '../indexes';
import { jsonSchemaValidator } from '../json-schema';
import { allows, readableDatabases, type Access } from '../users';
import { canonicalKey, isPlain, toView } from '../values';
import { databaseSize } from './stats';
import { bool, num, on, target, type CommandDef, type Ctx, type ServerState } from './context';
import { userKey } from './query';

/** Fields of every command that are not options of the command itself. */
const GENERIC = new Set([
  '$db',
  'lsid',
  '$clusterTime',
  'txnNumber',
  'autocommit',
  'startTransaction',
  'writeConcern',
  'readConcern',
  'comment',
  '$readPreference',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
  'maxTimeMS',
]);

const SYSTEM_DBS = ['admin', 'config', 'local'];

function optionsOf(ctx: Ctx): Document {
  const out: Document = {};
  for (const [k, v] of Object.entries(ctx.cmd)) if (k !== ctx.name && !GENERIC.has(k)) out[k] = v;
  return out;
}

function notFound(db: string, coll: string): CommandError {
  return fail('NamespaceNotFound', `ns does not exist: ${db}.${coll}`);
}

function create(ctx: Ctx): Document {
  const name = target(ctx);
  const options = optionsOf(ctx);
  const { catalog } = ctx.state;
  if (options.viewOn !== undefined) {
    if (typeof options.viewOn !== 'string')
      throw fail('TypeMismatch', "'viewOn' option must be specified as a string");
    const pipeline = options.pipeline ?? [];
    if (!Array.isArray(pipeline))
      throw fail('TypeMismatch', "'pipeline' option must be specified as an array");
    const view = catalog.createView(ctx.db, name, options.viewOn, pipeline, options);
    ctx.state.wrote({ command: 'create', db: ctx.db, collection: view.name, count: 1 });
    return { ok: 1 };
  }
  if (options.pipeline !== undefined)
    throw fail('InvalidOptions', "'pipeline' requires 'viewOn' to also be specified");
  if (options.timeseries !== undefined)
    throw fail('CommandNotSupported', 'time-series collections are not served by the sandbox');
  if (bool(options.capped) && num(options.size) === undefined) {
    throw fail('InvalidOptions', "the 'size' field is required when 'capped' is true");
  }
  if (options.validator !== undefined && !isPlain(options.validator)) {
    throw fail('TypeMismatch', "'validator' option must be specified as an object");
  }
  const existing = catalog.get(ctx.db, name);
  // The server answers ok when the same collection is created again with the same options.
  if (
    existing?.kind === 'collection' &&
    canonicalKey(toView(existing.options)) === canonicalKey(toView(options))
  ) {
    return { ok: 1 };
  }
  const coll = catalog.createCollection(ctx.db, name, options);
  // Fail early: a validator mingo cannot compile is the client's mistake.
  if (options.validator) {
    try {
      new Query(toView(options.validator), { jsonSchemaValidator });
    } catch (e) {
      catalog.drop(ctx.db, name);
      throw fail('BadValue', (e as Error).message);
    }
  }
  ctx.state.wrote({ command: 'create', db: ctx.db, collection: coll.name, count: 1 });
  return { ok: 1 };
}

function listCollections(ctx: Ctx): Document {
  const filter = isPlain(ctx.cmd.filter) ? new Query(toView(ctx.cmd.filter)) : undefined;
  const nameOnly = bool(ctx.cmd.nameOnly);
  const items = ctx.state.catalog
    .namespaces(ctx.db)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((ns) =>
      ns.kind === 'collection'
        ? {
            name: ns.name,
            type: 'collection',
            options: ns.options,
            info: { readOnly: false, uuid: ns.uuid },
            idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
          }
        : {
            name: ns.name,
            type: 'view',
            options: {
              viewOn: ns.viewOn,
              pipeline: ns.pipeline,
              ...(ns.options.collation ? { collation: ns.options.collation } : {}),
            },
            info: { readOnly: true },
          },
    )
    .filter((d) => !filter || filter.test(toView(d)))
    .map((d) => (nameOnly ? { name: d.name, type: d.type } : d));
  const ns = `${ctx.db}.$cmd.listCollections`;
  const batch = ctx.state.cursors.start(ns, items, num(ctx.cmd.cursor?.batchSize), false, userKey(ctx));
  return { cursor: { id: batch.id, ns, firstBatch: batch.docs }, ok: 1 };
}

function listDatabases(ctx: Ctx): Document {
  const { state, conn } = ctx;
  const roles = conn.user?.roles ?? [];
  const all = allows(roles, 'listDatabases', 'admin');
  if (!all && ctx.cmd.authorizedDatabases !== undefined && !bool(ctx.cmd.authorizedDatabases)) {
    throw fail('Unauthorized', 'not authorized on admin to execute command { listDatabases: 1 }');
  }
  const visible = readableDatabases(roles);
  const names = [...new Set([...SYSTEM_DBS, ...state.catalog.databaseNames()])].sort();
  const filter = isPlain(ctx.cmd.filter) ? new Query(toView(ctx.cmd.filter)) : undefined;
  const databases = names
    .filter((n) => all || visible.has(n))
    .map((name) => {
      const colls = state.catalog.collections(name);
      const sizeOnDisk = colls.length
        ? databaseSize(colls)
        : name === 'admin' || name === 'config'
          ? 8192 * 4
          : 8192 * 2;
      return { name, sizeOnDisk, empty: false };
    })
    .filter((d) => !filter || filter.test(d));
  const totalSize = databases.reduce((n, d) => n + d.sizeOnDisk, 0);
  if (bool(ctx.cmd.nameOnly)) return { databases: databases.map((d) => ({ name: d.name })), ok: 1 };
  return { databases, totalSize, totalSizeMb: Math.floor(totalSize / 1024 / 1024), ok: 1 };
}

function createIndexes(ctx: Ctx): Document {
  const name = target(ctx);
  const specs = ctx.cmd.indexes;
  if (!Array.isArray(specs) || specs.length === 0)
    throw fail('BadValue', 'Must specify at least one index to create');
  const { catalog } = ctx.state;
  const ns = catalog.get(ctx.db, name);
  if (ns?.kind === 'view')
    throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
  const indexes = specs.map((s) => {
    if (!isPlain(s)) throw fail('TypeMismatch', "The field 'indexes' must be an array of objects");
    return new Index(s, `${ctx.db}.${name}`);
  });
  const created = !ns;
  const coll = ns ?? catalog.writable(ctx.db, name);
  const before = coll.indexes.length;
  const added: string[] = [];
  try {
    for (const i of indexes) if (coll.addIndex(i)) added.push(i.name);
  } catch (e) {
    for (const n of added) coll.dropIndex(n);
    if (created) catalog.drop(ctx.db, name);
    throw e;
  }
  if (added.length || created)
    ctx.state.wrote({ command: 'createIndexes', db: ctx.db, collection: name, count: added.length });
  const reply: Document = {
    numIndexesBefore: before,
    numIndexesAfter: coll.indexes.length,
    createdCollectionAutomatically: created,
  };
  if (!added.length) reply.note = 'all indexes already exist';
  reply.ok = 1;
  return reply;
}

function dropIndexes(ctx: Ctx): Document {
  const name = target(ctx);
  const ns = ctx.state.catalog.get(ctx.db, name);
  if (!ns) throw fail('NamespaceNotFound', `ns not found ${ctx.db}.${name}`);
  if (ns.kind === 'view')
    throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
  const was = ns.indexes.length;
  const arg = ctx.cmd.index;
  let names: string[];
  if (arg === '*') names = ns.indexes.slice(1).map((i) => i.name);
  else if (typeof arg === 'string') names = [arg];
  else if (Array.isArray(arg)) names = arg.map(String);
  else if (isPlain(arg)) {
    const found = ns.indexes.find((i) => canonicalKey(toView(i.spec.key)) === canonicalKey(toView(arg)));
    if (!found) throw fail('IndexNotFound', `can't find index with key: ${JSON.stringify(toView(arg))}`);
    names = [found.name];
  } else throw fail('TypeMismatch', "BSON field 'dropIndexes.index' is missing but a required field");
  // Checked first so that a bad name drops nothing: dropIndex throws the server's error.
  for (const n of names) if (n === '_id_' || !ns.indexes.some((i) => i.name === n)) ns.dropIndex(n);
  for (const n of names) ns.dropIndex(n);
  if (names.length)
    ctx.state.wrote({ command: 'dropIndexes', db: ctx.db, collection: name, count: names.length });
  return arg === '*'
    ? { nIndexesWas: was, msg: 'non-_id indexes dropped for collection', ok: 1 }
    : { nIndexesWas: was, ok: 1 };
}

function listIndexes(ctx: Ctx): Document {
  const name = target(ctx);
  const ns = ctx.state.catalog.get(ctx.db, name);
  if (!ns) throw notFound(ctx.db, name);
  if (ns.kind === 'view')
    throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
  const full = `${ctx.db}.${name}`;
  const batch = ctx.state.cursors.start(
    full,
    ns.indexes.map((i) => i.spec),
    num(ctx.cmd.cursor?.batchSize),
    false,
    userKey(ctx),
  );
  return { cursor: { id: batch.id, ns: full, firstBatch: batch.docs }, ok: 1 };
}

function splitNs(v: unknown, field: string): [string, string] {
  const s = typeof v === 'string' ? v : '';
  const dot = s.indexOf('.');
  if (dot <= 0 || dot === s.length - 1) throw fail('InvalidNamespace', `Invalid ${field} namespace: ${s}`);
  return [s.slice(0, dot), s.slice(dot + 1)];
}

function renameCollection(ctx: Ctx): Document {
  const [fromDb, fromColl] = splitNs(ctx.cmd.renameCollection, 'source');
  const [toDb, toColl] = splitNs(ctx.cmd.to, 'target');
  const { catalog } = ctx.state;
  const source = catalog.get(fromDb, fromColl);
  if (!source) throw fail('NamespaceNotFound', `Source collection ${fromDb}.${fromColl} does not exist`);
  if (source.kind === 'view')
    throw fail('CommandNotSupportedOnView', `cannot rename view: ${fromDb}.${fromColl}`);
  if (fromDb === toDb && fromColl === toColl)
    throw fail('IllegalOperation', "Can't rename a collection to itself");
  const existing = catalog.get(toDb, toColl);
  if (existing && !bool(ctx.cmd.dropTarget)) throw fail('NamespaceExists', 'target namespace exists');
  const next = new Collection(toDb, toColl, source.options);
  for (const i of source.indexes.slice(1)) next.addIndex(new Index(i.spec, next.ns));
  for (const d of source.all()) next.insert(d.typed, true);
  if (existing) catalog.drop(toDb, toColl);
  catalog.drop(fromDb, fromColl);
  catalog.put(toDb, next);
  ctx.state.wrote({ command: 'renameCollection', db: toDb, collection: toColl, count: next.count });
  return { ok: 1 };
}

function collMod(ctx: Ctx): Document {
  const name = target(ctx);
  const ns = ctx.state.catalog.get(ctx.db, name);
  if (!ns) throw notFound(ctx.db, name);
  const { cmd } = ctx;
  if (ns.kind === 'view') {
    if (typeof cmd.viewOn === 'string') ns.viewOn = cmd.viewOn;
    if (Array.isArray(cmd.pipeline)) ns.pipeline = cmd.pipeline;
  } else {
    for (const k of ['validator', 'validationLevel', 'validationAction'] as const) {
      if (cmd[k] !== undefined) ns.options[k] = cmd[k];
    }
    if (cmd.validator !== undefined) ns.setValidator(cmd.validator);
    if (isPlain(cmd.index)) {
      const idx = ns.indexes.find(
        (i) =>
          i.name === cmd.index.name ||
          (cmd.index.keyPattern &&
            canonicalKey(toView(i.spec.key)) === canonicalKey(toView(cmd.index.keyPattern))),
      );
      if (!idx)
        throw fail(
          'IndexNotFound',
          `cannot find index ${JSON.stringify(toView(cmd.index))} for ns ${ctx.db}.${name}`,
        );
      for (const k of ['expireAfterSeconds', 'hidden'] as const)
        if (cmd.index[k] !== undefined) idx.spec[k] = cmd.index[k];
    }
  }
  ctx.state.wrote({ command: 'collMod', db: ctx.db, collection: name, count: 1 });
  return { ok: 1 };
}

function renameNeeds(ctx: Ctx) {
  const [fromDb] = splitNs(ctx.cmd.renameCollection, 'source');
  const [toDb] = splitNs(ctx.cmd.to, 'target');
  return [
    ['read', fromDb],
    ['write', fromDb],
    ['ddl', fromDb],
    ['write', toDb],
    ['ddl', toDb],
  ] as [Access, string][];
}

function dropCollection(ctx: Ctx, state: ServerState): Document {
  const name = target(ctx);
  const ns = state.catalog.get(ctx.db, name);
  // MongoDB 7.0 answers ok for a collection that does not exist.
  if (!ns) return { ok: 1 };
  state.catalog.drop(ctx.db, name);
  state.wrote({ command: 'drop', db: ctx.db, collection: name, count: 1 });
  return { ns: `${ctx.db}.${name}`, nIndexesWas: ns.kind === 'collection' ? ns.indexes.length : 0, ok: 1 };
}

export const catalogCommands: Record<string, CommandDef> = {
  create: { needs: on('ddl'), run: create },
  drop: { needs: on('ddl'), run: (ctx) => dropCollection(ctx, ctx.state) },
  dropDatabase: {
    needs: on('dbAdmin'),
    run: (ctx) => {
      if (ctx.state.catalog.dropDatabase(ctx.db))
        ctx.state.wrote({ command: 'dropDatabase', db: ctx.db, count: 1 });
      return { dropped: ctx.db, ok: 1 };
    },
  },
  renameCollection: { needs: renameNeeds, run: renameCollection },
  collMod: { needs: on('dbAdmin'), run: collMod },
  listCollections: { needs: on('meta'), run: listCollections },
  listDatabases: { needs: () => 'auth', run: listDatabases },
  createIndexes: { needs: on('ddl'), run: createIndexes },
  dropIndexes: { needs: on('ddl'), run: dropIndexes },
  deleteIndexes: { needs: on('ddl'), run: dropIndexes },
  listIndexes: { needs: on('meta'), run: listIndexes },
};
