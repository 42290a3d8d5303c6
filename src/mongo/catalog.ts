/**
 * What a database holds, as listCollections and listIndexes report it, in comparable form.
 */
import { BSON, type Db, type Document } from 'mongodb';

/** A collection or view of a database. */
export interface CollectionInfo {
  name: string;
  type: 'collection' | 'view' | 'timeseries';
  /** `create` options as listCollections reports them (validator, capped, collation, viewOn...). */
  options: Document;
}

/**
 * Names that are the server's own, not the application's: `system.*` (views catalogue, profile,
 * time-series buckets) and `$out`'s temporary collections, which mongod removes itself.
 */
export function isInternalCollection(name: string): boolean {
  return name.startsWith('system.') || name.startsWith('tmp.agg_out.');
}

/** The application's collections and views, sorted by name (views last). */
export async function listCollections(db: Db): Promise<CollectionInfo[]> {
  const raw = await db.listCollections({}, { nameOnly: false }).toArray();
  return raw
    .filter((c) => !isInternalCollection(c.name))
    .map((c) => ({
      name: c.name,
      type: (c.type ?? 'collection') as CollectionInfo['type'],
      options: (c as { options?: Document }).options ?? {},
    }))
    .sort((a, b) => Number(a.type === 'view') - Number(b.type === 'view') || a.name.localeCompare(b.name));
}

/** Index fields the server adds or that do not change what the index is. */
const INDEX_NOISE = new Set(['v', 'ns', 'background']);

/** listIndexes of a collection with the noise removed, sorted by name (`_id_` included). */
export async function indexSpecs(db: Db, collection: string): Promise<Document[]> {
  const specs = await db.collection(collection).listIndexes().toArray();
  return specs
    .map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => !INDEX_NOISE.has(k))))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/**
 * A canonical text of a value for comparisons: object keys sorted (except where order is
 * meaning: index `key` documents and pipelines stay as they are), numbers compared by value.
 */
export function canonical(value: unknown, keepOrder = false): string {
  const walk = (v: unknown, ordered: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, true));
    if (
      v &&
      typeof v === 'object' &&
      !(v instanceof Date) &&
      (v as { _bsontype?: string })._bsontype === undefined
    ) {
      const entries = Object.entries(v as Document).map(
        ([k, x]) => [k, walk(x, ordered || k === 'key')] as const,
      );
      if (!ordered) entries.sort(([a], [b]) => a.localeCompare(b));
      return Object.fromEntries(entries);
    }
    return v;
  };
  return BSON.EJSON.stringify(walk(value, keepOrder), { relaxed: true });
}

/** Collection options that identify the collection itself rather than describe it. */
const OPTION_NOISE = new Set(['uuid']);

/** Options in comparable form. */
export function canonicalOptions(options: Document): string {
  return canonical(Object.fromEntries(Object.entries(options).filter(([k]) => !OPTION_NOISE.has(k))));
}

/** Document count and data size of a collection (size undefined where collStats is missing). */
export async function collectionSize(
  db: Db,
  collection: string,
): Promise<{ documents: number; bytes?: number }> {
  const documents = await db.collection(collection).countDocuments({});
  let bytes: number | undefined;
  try {
    const stats = await db.command({ collStats: collection });
    bytes = typeof stats.size === 'number' ? stats.size : Number(stats.size ?? NaN);
    if (!Number.isFinite(bytes)) bytes = undefined;
  } catch {
    bytes = undefined;
  }
  return { documents, bytes };
}
