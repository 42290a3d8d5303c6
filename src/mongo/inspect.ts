/**
 * What a database holds, in the figures a preflight reports: collections, documents, sizes, and
 * the free space of the file system under MongoDB (dbStats fsUsedSize/fsTotalSize, MongoDB >= 4.4).
 */
import type { MongoClient } from 'mongodb';
import { listCollections } from './catalog';

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

/** dbStats of one database (an absent database has zeros and `exists: false`). */
export async function summarizeDatabase(client: MongoClient, name: string): Promise<DatabaseSummary> {
  const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
  const exists = databases.some((d) => d.name === name);
  const s = exists ? await client.db(name).command({ dbStats: 1 }) : {};
  const n = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);
  const total = n(s.fsTotalSize);
  // Counted from the application's collections: dbStats counts system.views and its documents too.
  const colls = exists ? await listCollections(client.db(name)) : [];
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
