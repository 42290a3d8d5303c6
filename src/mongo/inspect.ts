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

/**
 * dbStats of one database (an absent database has zeros and `exists: false`): dbStats and
 * listCollections together, in one round trip (a database exists while it holds a collection or
 * a view, as listDatabases would list it).
 */
export async function summarizeDatabase(client: MongoClient, name: string): Promise<DatabaseSummary> {
  // Counted from the application's collections: dbStats counts system.views and its documents too.
  const [s, colls]: [Document, CollectionInfo[]] = await Promise.all([
    client.db(name).command({ dbStats: 1 }),
    listCollections(client.db(name)),
  ]);
  const n = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);
  const exists = n(s.collections) + n(s.views) > 0 || colls.length > 0;
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
