/**
 * The MongoDB the mongo integration tests run against: the sandbox MongoDB by default, a real
 * server when K2H_TEST_MONGODB_URI names one (root credentials; CI runs mongo:7 that way). The
 * tests seed and read through the real driver only, so the same file passes against both.
 */
import { Decimal128, Double, Int32, Long, MongoClient, ObjectId, Binary, type Db } from 'mongodb';
import { MongoSandbox } from '../../../src/sandbox/mongo';

export const ROOT_USER = 'root';
export const ROOT_PASSWORD = 'r00t-Pa55-sandbox-xyz';

export interface TestMongo {
  /** Root URI with credentials. */
  uri: string;
  rootUser: string;
  rootPassword: string;
  /** The sandbox, when the tests run against it (crash tests and write logs need it). */
  sandbox?: MongoSandbox;
  client: MongoClient;
  /** A fresh database-name prefix per test, so a real server can be shared. */
  prefix(): string;
  /** Writes the server made since `mark()` (sandbox: its log; real server: undefined). */
  mark(): () => number | undefined;
  stop(): Promise<void>;
}

let counter = 0;

/** Starts (or connects to) the MongoDB for a test file. */
export async function startMongo(): Promise<TestMongo> {
  const real = process.env.K2H_TEST_MONGODB_URI;
  let sandbox: MongoSandbox | undefined;
  let uri: string;
  let rootUser = ROOT_USER;
  let rootPassword = ROOT_PASSWORD;
  if (real) {
    uri = real;
    const m = /^mongodb:\/\/([^:@/]+):([^@/]+)@/.exec(real);
    rootUser = m ? decodeURIComponent(m[1]) : 'root';
    rootPassword = m ? decodeURIComponent(m[2]) : '';
  } else {
    sandbox = await MongoSandbox.start({ rootUser: ROOT_USER, rootPassword: ROOT_PASSWORD });
    uri = sandbox.uri;
  }
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  await client.connect();
  const run = `${process.pid % 10000}${Date.now() % 100000}`;
  return {
    uri,
    rootUser,
    rootPassword,
    sandbox,
    client,
    prefix: () => `k2ht${run}x${++counter}`,
    mark: () => {
      const at = sandbox?.writes.length ?? 0;
      return () => (sandbox ? sandbox.writes.length - at : undefined);
    },
    stop: async () => {
      await client.close();
      await sandbox?.stop();
    },
  };
}

/** Drops every database a test created (real servers are shared between runs). */
export async function dropPrefixed(client: MongoClient, prefix: string): Promise<void> {
  const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
  for (const d of databases) if (d.name.startsWith(prefix)) await client.db(d.name).dropDatabase();
  const users = await client.db('admin').command({ usersInfo: { forAllDBs: true } });
  for (const u of users.users ?? [])
    if (String(u.db).startsWith(prefix)) await client.db(u.db).command({ dropUser: u.user });
}

/**
 * A source database like the analytics ones: several collections of mixed BSON types, secondary,
 * unique, TTL, partial and collated indexes, a validator, a collection collation, a capped
 * collection and a view.
 */
export async function seedSource(
  db: Db,
  o: { documents?: number; collections?: number } = {},
): Promise<number> {
  const n = o.documents ?? 300;
  const k = o.collections ?? 3;
  let total = 0;
  for (let c = 0; c < k; c++) {
    const coll = db.collection(`events${c}`);
    const docs = Array.from({ length: n }, (_, i) => ({
      _id: new ObjectId(),
      seq: i,
      organisation: `org-${i % 7}`,
      project: new ObjectId(),
      score: new Double(i % 3 === 0 ? 1 : i / 7),
      count32: new Int32(i),
      big: Long.fromString('9007199254740993').add(i),
      price: Decimal128.fromString(`${i}.10`),
      at: new Date(1_700_000_000_000 + i * 1000),
      tags: ['a', `t${i % 5}`],
      nested: { level: { deep: i % 2 === 0, text: `entry ${i} ü` } },
      blob: new Binary(Buffer.from([i % 256, 1, 2, 3])),
      ...(i % 10 === 0 ? { optional: null } : {}),
    }));
    await coll.insertMany(docs);
    total += n;
    await coll.createIndexes([
      { key: { organisation: 1, seq: -1 }, name: 'org_seq' },
      { key: { seq: 1 }, name: 'seq_unique', unique: true },
      { key: { at: 1 }, name: 'ttl', expireAfterSeconds: 86400 * 365 * 50 },
      { key: { count32: 1 }, name: 'partial', partialFilterExpression: { count32: { $gt: 10 } } },
      { key: { organisation: 1 }, name: 'collated', collation: { locale: 'en', strength: 2 } },
    ]);
  }
  await db.createCollection('validated', {
    validator: { $jsonSchema: { bsonType: 'object', required: ['name'] } },
    validationLevel: 'strict',
    validationAction: 'error',
  });
  await db.collection('validated').insertMany([{ name: 'a' }, { name: 'b' }]);
  await db.createCollection('collated', { collation: { locale: 'fr', strength: 1 } });
  await db.collection('collated').insertMany([{ w: 'côte' }, { w: 'cote' }]);
  await db.createCollection('capped', { capped: true, size: 1024 * 1024, max: 1000 });
  await db.collection('capped').insertMany(Array.from({ length: 50 }, (_, i) => ({ i })));
  await db.createCollection('byOrg', {
    viewOn: 'events0',
    pipeline: [{ $match: { organisation: 'org-1' } }, { $project: { seq: 1 } }],
  });
  return total + 2 + 2 + 50;
}

/** Every collection's documents of a database, sorted by _id as EJSON (to compare databases). */
export async function contentOf(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const { BSON } = await import('mongodb');
  for (const c of await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()) {
    if (c.name.startsWith('system.')) continue;
    const docs = (await db.collection(c.name).find({}, { raw: true }).toArray()) as unknown as Buffer[];
    out[c.name] = docs
      .map((b) => BSON.EJSON.stringify(BSON.deserialize(b, { promoteValues: false }), { relaxed: false }))
      .sort();
  }
  return out;
}
