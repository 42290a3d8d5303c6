/**
 * Crash tests: the sandbox MongoDB dies after N writes, at every kind of point of a copy (create,
 * inserts, $out, createIndexes, users). A re-run converges: 0 documents lost, counts and hashes equal.
 * Sandbox only (a real server cannot be killed on cue).
 */
import { connectMongo, type MongoConnection } from '../../../src/mongo/connect';
import { copyDatabase } from '../../../src/mongo/copy-database';
import { planDatabaseCopy } from '../../../src/mongo/plan';
import { splitUri } from '../../../src/mongo/uri';
import { ensureUser, planUser } from '../../../src/mongo/users';
import { MemoryLogger } from '../../support/memory-logger';
import { contentOf, seedSource, startMongo, type TestMongo } from './target';

const run = process.env.K2H_TEST_MONGODB_URI ? describe.skip : describe;

run('crash and re-run', () => {
  let mongo: TestMongo;
  beforeAll(async () => {
    mongo = await startMongo();
  });
  afterAll(async () => {
    await mongo?.stop();
  });

  const connect = (): Promise<MongoConnection> =>
    connectMongo({
      address: splitUri(mongo.uri).address,
      credentials: [{ username: mongo.rootUser, password: mongo.rootPassword }],
      credentialsFrom: 'the test',
      logger: new MemoryLogger(),
      clientOptions: { serverSelectionTimeoutMS: 2000, retryWrites: false },
    });

  async function copyOnce(from: string, to: string, method: 'server' | 'stream'): Promise<boolean> {
    const conn = await connect();
    try {
      const plan = await planDatabaseCopy(conn.client, from, to);
      expect(plan.conflicts).toEqual([]);
      const res = await copyDatabase(conn.client, plan, {
        method,
        serverCanOut: conn.canOutToOtherDatabase,
        logger: new MemoryLogger(),
        batchSize: 25,
        concurrency: 2,
      });
      return res.verified;
    } finally {
      await conn.close().catch(() => undefined);
    }
  }

  test.each([
    ['stream', 1],
    ['stream', 2],
    ['stream', 5],
    ['stream', 9],
    ['stream', 14],
    ['stream', 23],
    ['server', 1],
    ['server', 3],
    ['server', 6],
    ['server', 10],
  ] as const)('%s copy killed after %i writes converges on re-run', async (method, n) => {
    const p = mongo.prefix();
    const from = `${p}-provider`;
    const to = `${p}-renamed`;
    await seedSource(mongo.client.db(from), { documents: 120, collections: 3 });
    const before = await contentOf(mongo.client.db(from));
    mongo.sandbox!.killAfterWrites(n);
    await expect(copyOnce(from, to, method)).rejects.toThrow();
    expect(mongo.sandbox!.dead).toBe(true);
    mongo.sandbox!.revive();
    expect(await copyOnce(from, to, method)).toBe(true);
    // A third run finds nothing to do.
    const writes = mongo.mark();
    expect(await copyOnce(from, to, method)).toBe(true);
    expect(writes()).toBe(0);
    const after = await contentOf(mongo.client.db(to));
    expect(after).toEqual(before);
    expect(await contentOf(mongo.client.db(from))).toEqual(before);
    const [hs, ht] = await Promise.all([
      mongo.client.db(from).command({ dbHash: 1 }),
      mongo.client.db(to).command({ dbHash: 1 }),
    ]);
    expect(ht.collections).toEqual(hs.collections);
  });

  test('a user set-up killed after its first write converges', async () => {
    const db = `${mongo.prefix()}-analytics`;
    const spec = { username: db, database: db, password: 'Crash-User-Pw-1', role: 'readWrite' };
    let conn = await connect();
    const plan = await planUser(conn, spec);
    mongo.sandbox!.killAfterWrites(1);
    await expect(ensureUser(conn, spec, plan)).rejects.toThrow();
    await conn.close().catch(() => undefined);
    mongo.sandbox!.revive();
    conn = await connect();
    const again = await planUser(conn, spec);
    expect(again.state).toBe('ok');
    await ensureUser(conn, spec, again);
    await conn.close();
  });
});
