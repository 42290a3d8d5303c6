/**
 * The database copy, its verification and resume, against the sandbox MongoDB (or the real
 * server in K2H_TEST_MONGODB_URI): only the real driver talks to it.
 */
import { connectMongo, type MongoConnection } from '../../../src/mongo/connect';
import { copyCollection } from '../../../src/mongo/copy-collection';
import { copyDatabase, CopyVerificationError } from '../../../src/mongo/copy-database';
import { CopyProgress } from '../../../src/mongo/progress';
import { MongoServerError } from 'mongodb';
import { copyFact, recordedHashes } from '../../../src/mongo/facts';
import { describeDatabasePlan, planDatabaseCopy } from '../../../src/mongo/plan';
import { splitUri } from '../../../src/mongo/uri';
import { verifyCollections } from '../../../src/mongo/verify';
import { listCollections, indexSpecs } from '../../../src/mongo/catalog';
import { MemoryLogger } from '../../support/memory-logger';
import { contentOf, dropPrefixed, seedSource, startMongo, type TestMongo } from './target';

let mongo: TestMongo;
let conn: MongoConnection;
let log: MemoryLogger;

beforeAll(async () => {
  mongo = await startMongo();
  log = new MemoryLogger();
  const { address } = splitUri(mongo.uri);
  conn = await connectMongo({
    address,
    credentials: [{ username: mongo.rootUser, password: mongo.rootPassword }],
    credentialsFrom: 'the test',
    logger: log,
  });
});
afterAll(async () => {
  await conn?.close();
  await mongo?.stop();
});

async function fresh(o?: { documents?: number; collections?: number }) {
  const p = mongo.prefix();
  const from = `${p}-provider`;
  const to = `${p}-renamed`;
  const seeded = await seedSource(mongo.client.db(from), o);
  return { p, from, to, seeded };
}

describe.each(['server', 'stream'] as const)('copy (%s method)', (method) => {
  test('copies every collection with its indexes, options and views, and verifies', async () => {
    const { p, from, to, seeded } = await fresh();
    const plan = await planDatabaseCopy(conn.client, from, to);
    expect(plan.conflicts).toEqual([]);
    expect(plan.collections.every((c) => c.state === 'missing')).toBe(true);
    expect(plan.toCopy.documents).toBe(seeded);
    const res = await copyDatabase(conn.client, plan, {
      method,
      serverCanOut: conn.canOutToOtherDatabase,
      logger: log,
      batchSize: 64,
    });
    expect(res.verified).toBe(true);
    expect(res.collections.filter((c) => c.type !== 'view').every((c) => c.content === 'dbHash')).toBe(true);
    const src = mongo.client.db(from);
    const dst = mongo.client.db(to);
    // Independently of k2h's own verification: same documents (byte-exact types), indexes, options.
    expect(await contentOf(dst)).toEqual(await contentOf(src));
    for (const c of ['events0', 'events2', 'capped'])
      expect(await indexSpecs(dst, c)).toEqual(await indexSpecs(src, c));
    const infos = Object.fromEntries((await listCollections(dst)).map((c) => [c.name, c]));
    expect(infos.validated.options.validator).toEqual({
      $jsonSchema: { bsonType: 'object', required: ['name'] },
    });
    expect(infos.collated.options.collation).toMatchObject({ locale: 'fr', strength: 1 });
    expect(infos.capped.options).toMatchObject({ capped: true });
    expect(infos.byOrg).toMatchObject({ type: 'view', options: { viewOn: 'events0' } });
    expect(await dst.collection('byOrg').countDocuments({})).toBe(
      await src.collection('byOrg').countDocuments({}),
    );
    // The source is untouched.
    expect(await src.collection('events1').countDocuments({})).toBe(300);
    expect(log.text()).toMatch(/collection \d+ of 7 .*documents, [\d.]+ MB, [\d.]+ MB\/s/);
    await dropPrefixed(mongo.client, p);
  });
});

test('a second run finds verified copies and writes nothing', async () => {
  const { p, from, to } = await fresh({ documents: 50 });
  await copyDatabase(conn.client, await planDatabaseCopy(conn.client, from, to), {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  const writes = mongo.mark();
  const plan = await planDatabaseCopy(conn.client, from, to);
  expect(plan.collections.map((c) => c.state)).toEqual(plan.collections.map(() => 'verified'));
  expect(plan.toCopy.collections).toBe(0);
  const res = await copyDatabase(conn.client, plan, {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  expect(res.verified).toBe(true);
  expect(res.copied).toEqual([]);
  if (mongo.sandbox) expect(writes()).toBe(0);
  await dropPrefixed(mongo.client, p);
});

test('a partial copy is recopied; the rest is skipped', async () => {
  const { p, from, to } = await fresh({ documents: 80 });
  await copyDatabase(conn.client, await planDatabaseCopy(conn.client, from, to), {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  // What a crash mid-way leaves: one collection with some of its documents and no indexes.
  const dst = mongo.client.db(to);
  await dst.collection('events1').drop();
  await dst
    .collection('events1')
    .insertMany(
      await mongo.client
        .db(from)
        .collection('events1')
        .find({}, { promoteValues: false })
        .limit(30)
        .toArray(),
    );
  const plan = await planDatabaseCopy(conn.client, from, to);
  expect(plan.conflicts).toEqual([]);
  expect(plan.collections.find((c) => c.info.name === 'events1')?.state).toBe('partial');
  expect(plan.collections.filter((c) => c.state === 'verified')).toHaveLength(6);
  const res = await copyDatabase(conn.client, plan, {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  expect(res.verified).toBe(true);
  expect(res.copied.map((c) => c.name)).toEqual(['events1']);
  expect(await contentOf(dst)).toEqual(await contentOf(mongo.client.db(from)));
  await dropPrefixed(mongo.client, p);
});

test('a target holding other data is a conflict: refused with zero writes; force drops and recopies', async () => {
  const { p, from, to } = await fresh({ documents: 40 });
  const dst = mongo.client.db(to);
  await dst.collection('events0').insertOne({ mine: 'somebody else' });
  await dst.collection('unrelated').insertOne({ x: 1 });
  const writes = mongo.mark();
  const plan = await planDatabaseCopy(conn.client, from, to);
  expect(plan.conflicts).toEqual([
    expect.stringContaining(`${to}.events0: holds 1 document(s) that differ`),
    `${to}.unrelated exists and ${from} has no collection of that name`,
  ]);
  expect(plan.dropTarget).toBe(false);
  await expect(
    copyDatabase(conn.client, plan, { serverCanOut: conn.canOutToOtherDatabase, logger: log }),
  ).rejects.toThrow(/refusing to copy/);
  if (mongo.sandbox) expect(writes()).toBe(0);
  expect(await dst.collection('unrelated').countDocuments({})).toBe(1);

  const forced = await planDatabaseCopy(conn.client, from, to, { force: true });
  expect(forced.dropTarget).toBe(true);
  const res = await copyDatabase(conn.client, forced, {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  expect(res.verified).toBe(true);
  expect(await dst.listCollections({ name: 'unrelated' }).toArray()).toEqual([]);
  expect(await contentOf(dst)).toEqual(await contentOf(mongo.client.db(from)));
  await dropPrefixed(mongo.client, p);
});

test('without dbHash the verification samples documents by _id and finds a changed one', async () => {
  const { p, from, to } = await fresh({ documents: 60, collections: 1 });
  await copyDatabase(conn.client, await planDatabaseCopy(conn.client, from, to), {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  const src = mongo.client.db(from);
  const dst = mongo.client.db(to);
  const colls = await listCollections(src);
  const ok = await verifyCollections(src, dst, colls, { noDbHash: true, sampleSize: 1000 });
  expect(ok.filter((v) => v.type !== 'view').every((v) => v.verified && v.content === 'sample')).toBe(true);
  expect(ok.find((v) => v.name === 'events0')?.sampled).toBe(60);
  await dst.collection('events0').updateOne({ seq: 7 }, { $set: { seq: 7.5 } });
  const bad = await verifyCollections(src, dst, colls, { noDbHash: true });
  expect(bad.find((v) => v.name === 'events0')?.problems).toEqual([
    '1 of 60 sampled documents differ or are missing',
  ]);
  const hashed = await verifyCollections(src, dst, colls);
  expect(hashed.find((v) => v.name === 'events0')?.problems).toEqual(['content hash (dbHash) differs']);
  // A missing index is found too.
  await dst.collection('events0').dropIndex('ttl');
  const noIndex = await verifyCollections(src, dst, colls);
  expect(noIndex.find((v) => v.name === 'events0')?.problems).toContain('index ttl missing in the target');
  expect(CopyVerificationError.name).toBe('CopyVerificationError');
  await dropPrefixed(mongo.client, p);
});

test("k2h's own untouched copy of a source that changed since (a rollback) is recopied without force; a touched one is a conflict", async () => {
  const { p, from, to } = await fresh({ documents: 40 });
  const first = await copyDatabase(conn.client, await planDatabaseCopy(conn.client, from, to), {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  const own = recordedHashes({ databases: [copyFact(first)], users: [] }, from, to);
  expect(Object.keys(own).sort()).toEqual([
    'capped',
    'collated',
    'events0',
    'events1',
    'events2',
    'validated',
  ]);
  // The application writes to the source again after a rollback: an update, a delete, a dropped collection.
  const src = mongo.client.db(from);
  await src.collection('events0').updateOne({ seq: 3 }, { $set: { organisation: 'changed' } });
  await src.collection('events1').deleteOne({ seq: 4 });
  await src.collection('events2').drop();
  const blind = await planDatabaseCopy(conn.client, from, to);
  expect(blind.conflicts).toHaveLength(3);
  const plan = await planDatabaseCopy(conn.client, from, to, { ownCopies: own });
  expect(plan.conflicts).toEqual([]);
  expect(plan.collections.filter((c) => c.state === 'stale').map((c) => c.info.name)).toEqual([
    'events0',
    'events1',
  ]);
  expect(plan.staleExtra).toEqual(['events2']);
  expect(describeDatabasePlan(plan)).toContain(
    `recopy collection(s) of ${to} that k2h copied earlier and nobody changed since, whose source changed: events0, events1`,
  );
  const res = await copyDatabase(conn.client, plan, {
    serverCanOut: conn.canOutToOtherDatabase,
    logger: log,
  });
  expect(res.verified).toBe(true);
  expect(await contentOf(mongo.client.db(to))).toEqual(await contentOf(src));

  // Somebody writes into the copy: it is no longer k2h's untouched copy.
  const again = recordedHashes({ databases: [copyFact(res)], users: [] }, from, to);
  await src.collection('events0').deleteOne({ seq: 5 });
  await mongo.client.db(to).collection('events0').insertOne({ written: 'by the new installation' });
  const touched = await planDatabaseCopy(conn.client, from, to, { ownCopies: again });
  expect(touched.conflicts).toEqual([expect.stringContaining(`${to}.events0: holds`)]);
  await dropPrefixed(mongo.client, p);
});

test('a server that refuses $out into another database gets the collection streamed, verified', async () => {
  const { p, from, to } = await fresh({ documents: 50, collections: 1 });
  const real = mongo.client.db(from);
  // The one thing the sandbox cannot play: a server that reports 4.4+ yet refuses $out to another database.
  const refusing = new Proxy(real, {
    get(t, k, r) {
      if (k !== 'collection') return Reflect.get(t, k, r);
      return (name: string) => {
        const c = t.collection(name);
        return new Proxy(c, {
          get(ct, ck, cr) {
            if (ck !== 'aggregate') return Reflect.get(ct, ck, cr);
            return () => ({
              toArray: () =>
                Promise.reject(
                  new MongoServerError({
                    message: '$out to another db is not supported',
                    code: 20,
                    codeName: 'IllegalOperation',
                  }),
                ),
            });
          },
        });
      };
    },
  });
  const warnings: string[] = [];
  const info = (await listCollections(real)).find((c) => c.name === 'events0')!;
  const progress = new CopyProgress(log, 'test', 1);
  const res = await copyCollection(refusing, mongo.client.db(to), info, {
    method: 'server',
    batchSize: 16,
    progress,
    warn: (m) => warnings.push(m),
  });
  expect(res).toMatchObject({ method: 'stream', documents: 50, indexes: 6 });
  expect(warnings).toEqual([
    `${to}.events0: the server refused $out into another database (IllegalOperation); streaming it instead`,
  ]);
  const [v] = await verifyCollections(real, mongo.client.db(to), [info]);
  expect(v).toMatchObject({ verified: true, problems: [] });
  await dropPrefixed(mongo.client, p);
});
