/**
 * Copies one collection (or view) into another database: the collection created with the
 * source's options, the documents copied server-side with `$out` where the server can, else
 * streamed in batches through the client, then the indexes created with the same specs.
 */
import { BSON, MongoServerError, type Db, type Document } from 'mongodb';
import { indexSpecs, type CollectionInfo } from './catalog';
import type { CopyProgress } from './progress';

export type CopyMethod = 'server' | 'stream';

export interface CollectionCopyOptions {
  /** `server`: aggregate `$out` (MongoDB >= 4.4); `stream`: find + insertMany. */
  method: CopyMethod;
  /** Documents per find batch and per insertMany. */
  batchSize: number;
  progress: CopyProgress;
  /** Told when the server refused `$out` and the collection is streamed instead. */
  warn?: (message: string) => void;
}

/** What one copy did. */
export interface CollectionCopyResult {
  name: string;
  method: CopyMethod | 'view';
  documents: number;
  bytes: number;
  indexes: number;
}

/** Options `create` accepts that listCollections reports; the rest (uuid...) are the server's own. */
const CREATE_OPTIONS = new Set([
  'capped',
  'size',
  'max',
  'validator',
  'validationLevel',
  'validationAction',
  'collation',
  'storageEngine',
  'indexOptionDefaults',
  'timeseries',
  'expireAfterSeconds',
  'clusteredIndex',
  'changeStreamPreAndPostImages',
  'viewOn',
  'pipeline',
]);

/** The `create` command for a collection or view as the source defines it. */
export function createCommand(info: CollectionInfo): Document {
  const options = Object.fromEntries(Object.entries(info.options).filter(([k]) => CREATE_OPTIONS.has(k)));
  return { create: info.name, ...options };
}

/**
 * Copies `info` from `source` into an empty `target` (the caller has dropped any partial copy).
 * Capped and time-series collections always stream: `$out` cannot write into them.
 */
export async function copyCollection(
  source: Db,
  target: Db,
  info: CollectionInfo,
  o: CollectionCopyOptions,
): Promise<CollectionCopyResult> {
  await target.command(createCommand(info));
  if (info.type === 'view') {
    o.progress.collectionDone(info.name, 'view created');
    return { name: info.name, method: 'view', documents: 0, bytes: 0, indexes: 0 };
  }
  let method: CopyMethod =
    o.method === 'server' && !info.options.capped && info.type === 'collection' ? 'server' : 'stream';
  let documents: number;
  let bytes: number;
  if (method === 'server' && !(await outInto(source, target, info, o))) method = 'stream';
  if (method === 'server') {
    documents = await target.collection(info.name).countDocuments({});
    bytes = await dataSize(target, info.name);
    o.progress.add(documents, bytes, info.name);
  } else {
    ({ documents, bytes } = await streamDocuments(source, target, info, o));
  }
  // Indexes after the data: one build over all documents is faster than maintaining them per insert.
  // _id comes with the collection, and so does a clustered collection's clustered index.
  const specs = (await indexSpecs(source, info.name)).filter((s) => s.name !== '_id_' && !s.clustered);
  if (specs.length) await target.command({ createIndexes: info.name, indexes: specs });
  o.progress.collectionDone(
    info.name,
    `${documents.toLocaleString('en-US')} documents, ${specs.length} ${specs.length === 1 ? 'index' : 'indexes'} (${method})`,
  );
  return { name: info.name, method, documents, bytes, indexes: specs.length + 1 };
}

/**
 * The server-side copy. False when the server refuses `$out` into another database (a server
 * that reports 4.4+ but lacks it, a managed service): the collection k2h just created is then
 * created afresh, empty, for the streamed copy. A lost connection is no refusal: it propagates
 * and the re-run resumes.
 */
async function outInto(
  source: Db,
  target: Db,
  info: CollectionInfo,
  o: CollectionCopyOptions,
): Promise<boolean> {
  try {
    await source
      .collection(info.name)
      .aggregate([{ $out: { db: target.databaseName, coll: info.name } }], {
        bypassDocumentValidation: true,
        allowDiskUse: true,
      })
      .toArray();
    return true;
  } catch (err) {
    if (!(err instanceof MongoServerError)) throw err;
    o.warn?.(
      `${target.databaseName}.${info.name}: the server refused $out into another database (${err.codeName ?? err.code}); streaming it instead`,
    );
    await target.collection(info.name).drop();
    await target.command(createCommand(info));
    return false;
  }
}

/**
 * find with a batch size -> insertMany, one insert in flight while the next batch is read.
 * Documents travel as raw BSON and are decoded without promoting values, so every type (int32
 * vs double, long, decimal, binary subtypes) is written back exactly as read and hashes match.
 */
async function streamDocuments(
  source: Db,
  target: Db,
  info: CollectionInfo,
  o: CollectionCopyOptions,
): Promise<{ documents: number; bytes: number }> {
  const capped = !!info.options.capped;
  const cursor = source
    .collection(info.name)
    .find({}, { raw: true, batchSize: o.batchSize, ...(capped ? { sort: { $natural: 1 } } : {}) });
  const dest = target.collection(info.name);
  let documents = 0;
  let bytes = 0;
  let batch: Document[] = [];
  let batchBytes = 0;
  let inFlight: Promise<unknown> | undefined;
  let failure: unknown;
  const flush = async () => {
    if (!batch.length) return;
    const docs = batch;
    const size = batchBytes;
    batch = [];
    batchBytes = 0;
    await settle();
    // Capped collections keep insertion order; elsewhere unordered lets the server parallelise.
    // The failure is kept and rethrown by settle(): a rejection must not wait unobserved.
    inFlight = dest
      .insertMany(docs, { ordered: capped, bypassDocumentValidation: true })
      .then(() => {
        documents += docs.length;
        bytes += size;
        o.progress.add(docs.length, size, info.name);
      })
      .catch((err: unknown) => {
        failure = err;
      });
  };
  const settle = async () => {
    if (inFlight) await inFlight;
    inFlight = undefined;
    if (failure) throw failure;
  };
  for await (const raw of cursor as unknown as AsyncIterable<Buffer>) {
    batch.push(BSON.deserialize(raw, { promoteValues: false, bsonRegExp: true }));
    batchBytes += raw.length;
    if (batch.length >= o.batchSize || batchBytes >= 8 * 1024 * 1024) await flush();
  }
  await flush();
  await settle();
  return { documents, bytes };
}

/** collStats size, or 0 where the server has no collStats. */
async function dataSize(db: Db, collection: string): Promise<number> {
  try {
    const s = await db.command({ collStats: collection });
    return Number(s.size) || 0;
  } catch {
    return 0;
  }
}
