/**
 * What a database holds, in the figures a preflight reports: collections, documents, sizes, and
 * the free space of the file system under MongoDB (dbStats fsUsedSize/fsTotalSize, MongoDB >= 4.4).
 */
import type { Document, MongoClient } from 'mongodb';
import { listCollections, type CollectionInfo } from './catalog';

export interface DatabaseSummary {
  name: string;
  exists: boolean;
  collections: number;
  views: number;
  documents: number;
  dataBytes: number;
  /** Storage plus index size: what a copy will take on disk, roughly. */
  diskBytes: number;
  /** Free bytes on the file system of the data directory, where the server says. */
  freeBytes?: number;
}

/** The names of the server's databases (listDatabases, names only). */
export async function databaseNames(client: MongoClient): Promise<string[]> {
  const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
  return databases.map((d) => d.name);
}

/**
 * dbStats of one database (an absent database has zeros and `exists: false`). `names`: the
 * databases there are (databaseNames), when several are summarized at once; else listed here.
 */
export async function summarizeDatabase(
  client: MongoClient,
  name: string,
  names?: Promise<string[]>,
): Promise<DatabaseSummary> {
  const exists = (await (names ?? databaseNames(client))).includes(name);
  // Counted from the application's collections: dbStats counts system.views and its documents too.
  const [s, colls]: [Document, CollectionInfo[]] = exists
    ? await Promise.all([client.db(name).command({ dbStats: 1 }), listCollections(client.db(name))])
    : [{}, []];
  const n = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);
  const total = n(s.fsTotalSize);
  const plain = colls.filter((c) => c.type !== 'view');
  const counts = await Promise.all(
    plain.map((c) => client.db(name).collection(c.name).estimatedDocumentCount()),
  );
  return {
    name,
    exists,
    collections: plain.length,
    views: colls.length - plain.length,
    documents: counts.reduce((a, b) => a + b, 0),
    dataBytes: n(s.dataSize),
    diskBytes: n(s.storageSize) + n(s.indexSize),
    freeBytes: total > 0 ? total - n(s.fsUsedSize) : undefined,
  };
}
