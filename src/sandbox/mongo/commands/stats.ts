/**
 * dbStats, collStats and dbHash. Sizes are the documents' BSON sizes (storage sizes round them up
 * to 4 KiB pages); index sizes are estimates. dbHash is an md5 per collection over the documents'
 * BSON in `_id` order, and an md5 over those in name order, as the server computes it: equal
 * content (types and field order included) gives equal hashes, whatever the database.
 */
import { createHash } from 'node:crypto';
import { BSON, type Document } from 'bson';
import type { Collection } from '../collection';
import { fail } from '../errors';
import { compareValues, toView } from '../values';
import { num, on, type CommandDef, type Ctx } from './context';

const PAGE = 4096;
const pages = (n: number): number => Math.ceil(n / PAGE) * PAGE;

/** Estimated size of one index: a key and a record id per document. */
export function indexSize(coll: Collection): number {
  return pages(coll.count * 24 + PAGE);
}

/** The storage stats of a collection (collStats, $collStats.storageStats), sizes divided by `scale`. */
export function collStats(coll: Collection, scale: number): Document {
  const sizes: Document = {};
  for (const i of coll.indexes) sizes[i.name] = Math.floor(indexSize(coll) / scale);
  const storage = pages(coll.dataSize);
  const capped = Boolean(toView(coll.options.capped));
  const out: Document = {
    ns: coll.ns,
    size: Math.floor(coll.dataSize / scale),
    count: coll.count,
    avgObjSize: coll.count ? Math.floor(coll.dataSize / coll.count) : 0,
    storageSize: Math.floor(storage / scale),
    freeStorageSize: 0,
    capped,
    nindexes: coll.indexes.length,
    indexBuilds: [],
    totalIndexSize: Math.floor((indexSize(coll) * coll.indexes.length) / scale),
    totalSize: Math.floor((storage + indexSize(coll) * coll.indexes.length) / scale),
    indexSizes: sizes,
    scaleFactor: scale,
  };
  if (capped) out.maxSize = num(coll.options.size) ?? 0;
  return out;
}

/** Total size of a database (listDatabases sizeOnDisk, dbStats). */
export function databaseSize(colls: Collection[]): number {
  return colls.reduce((n, c) => n + pages(c.dataSize) + indexSize(c) * c.indexes.length, 0);
}

/** md5 over the documents' BSON in `_id` order. */
export function collectionHash(coll: Collection): string {
  const md5 = createHash('md5');
  const docs = coll.all().sort((a, b) => compareValues(a.view._id, b.view._id));
  for (const d of docs) md5.update(BSON.serialize(d.typed));
  return md5.digest('hex');
}

function scaleOf(ctx: Ctx): number {
  const s = num(ctx.cmd.scale) ?? 1;
  if (s <= 0) throw fail('BadValue', 'Scale factor must be greater than zero');
  return s;
}

export const statsCommands: Record<string, CommandDef> = {
  dbStats: {
    needs: on('meta'),
    run: (ctx) => {
      const scale = scaleOf(ctx);
      const colls = ctx.state.catalog.collections(ctx.db);
      const objects = colls.reduce((n, c) => n + c.count, 0);
      const dataSize = colls.reduce((n, c) => n + c.dataSize, 0);
      const storage = colls.reduce((n, c) => n + pages(c.dataSize), 0);
      const indexes = colls.reduce((n, c) => n + c.indexes.length, 0);
      const idx = colls.reduce((n, c) => n + indexSize(c) * c.indexes.length, 0);
      return {
        db: ctx.db,
        collections: colls.length,
        views: ctx.state.catalog.namespaces(ctx.db).length - colls.length,
        objects,
        avgObjSize: objects ? dataSize / objects : 0,
        dataSize: dataSize / scale,
        storageSize: storage / scale,
        indexes,
        indexSize: idx / scale,
        totalSize: (storage + idx) / scale,
        scaleFactor: scale,
        fsUsedSize: 10 * 1024 ** 3,
        fsTotalSize: 100 * 1024 ** 3,
        ok: 1,
      };
    },
  },
  collStats: {
    needs: on('meta'),
    run: (ctx) => {
      const name = String(ctx.cmd.collStats);
      const ns = ctx.state.catalog.get(ctx.db, name);
      if (!ns) throw fail('NamespaceNotFound', `Collection [${ctx.db}.${name}] not found.`);
      if (ns.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
      return { ...collStats(ns, scaleOf(ctx)), ok: 1 };
    },
  },
  dbHash: {
    needs: on('read'),
    run: (ctx) => {
      const wanted = Array.isArray(ctx.cmd.collections)
        ? new Set(ctx.cmd.collections.map(String))
        : undefined;
      const colls = ctx.state.catalog
        .collections(ctx.db)
        .filter((c) => !c.name.startsWith('system.') && (!wanted || wanted.has(c.name)))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const collections: Document = {};
      const uuids: Document = {};
      const all = createHash('md5');
      for (const c of colls) {
        const h = collectionHash(c);
        collections[c.name] = h;
        uuids[c.name] = c.uuid;
        all.update(h);
      }
      return {
        host: ctx.state.host,
        collections,
        capped: colls.filter((c) => toView(c.options.capped)).map((c) => c.name),
        uuids,
        md5: all.digest('hex'),
        timeMillis: 0,
        ok: 1,
      };
    },
  },
};
