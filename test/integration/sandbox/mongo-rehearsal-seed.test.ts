/** The rehearsal's MongoDB: the Cognigy seed's databases and users, reached like a cluster's. */
import * as k8s from '@kubernetes/client-node';
import { MongoClient } from 'mongodb';
import { COLLECTOR_DB, CONVERSATION_DB, cognigyMongoSeed } from '../../../src/rehearsal/mongo-seed';
import { cognigySeed } from '../../../src/rehearsal/seeds';
import { Sandbox } from '../../../src/sandbox/index';
import { MongoSandbox } from '../../../src/sandbox/mongo/index';
import { forwardLocally } from './mongo-harness';

const secretValue = async (
  core: k8s.CoreV1Api,
  namespace: string,
  name: string,
  key: string,
): Promise<string> =>
  Buffer.from((await core.readNamespacedSecret({ namespace, name })).data![key], 'base64').toString('utf8');

describe('the Cognigy MongoDB seed', () => {
  test('the full seed behind mongodb-0: root from the mongodb Secret, service users from their connection strings', async () => {
    const objects = cognigySeed();
    const sandbox = await Sandbox.start();
    sandbox.load(objects);
    expect(
      sandbox
        .list('v1', 'Pod', 'mongodb')
        .filter((p) => p.status.phase === 'Running')
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual(['mongodb-0', 'mongodb-1', 'mongodb-2']);
    const mongo = await MongoSandbox.start(cognigyMongoSeed(objects));
    sandbox.forwardPort('mongodb', 'mongodb-0', 27017, { host: '127.0.0.1', port: mongo.port });
    const local = await forwardLocally(sandbox.kubeconfig(), 'mongodb', 'mongodb-0', 27017);
    const kc = new k8s.KubeConfig();
    kc.loadFromString(sandbox.kubeconfig());
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const address = `127.0.0.1:${local.port}`;
    const root = new MongoClient(
      `${mongo.uriFor('root', await secretValue(core, 'mongodb', 'mongodb', 'mongodb-root-password'), 'admin', address)}&directConnection=true`,
      { serverSelectionTimeoutMS: 5000 },
    );
    try {
      const names = (await root.db('admin').admin().listDatabases()).databases.map((d) => d.name);
      expect(names).toEqual(expect.arrayContaining([COLLECTOR_DB, CONVERSATION_DB]));
      let total = 0;
      for (const db of [COLLECTOR_DB, CONVERSATION_DB]) {
        const colls = await root.db(db).listCollections().toArray();
        expect(colls.length).toBeGreaterThanOrEqual(3);
        for (const c of colls) total += await root.db(db).collection(c.name).countDocuments();
      }
      expect(total).toBeGreaterThan(5000);
      const indexes = await root.db(COLLECTOR_DB).collection('analytics').indexes();
      expect(indexes.find((i) => i.name === 'timestamp_ttl')?.expireAfterSeconds).toBe(365 * 86400);
      expect(
        (await root.db(CONVERSATION_DB).collection('sessions').indexes()).find((i) => i.unique)?.name,
      ).toBe('sessionId_1');
      const users = await root.db(COLLECTOR_DB).command({ usersInfo: 1 });
      expect(users.users.map((u: any) => [u.user, u.roles])).toEqual([
        [COLLECTOR_DB, [{ role: 'readWrite', db: COLLECTOR_DB }]],
      ]);
    } finally {
      await root.close();
    }
    const conn = await secretValue(core, 'default', `cognigy-${CONVERSATION_DB}`, 'connection-string');
    const [, user, password] = /^mongodb:\/\/([^:]+):([^@]+)@/.exec(conn)!;
    const service = new MongoClient(
      `${mongo.uriFor(decodeURIComponent(user), decodeURIComponent(password), CONVERSATION_DB, address)}&directConnection=true`,
      { serverSelectionTimeoutMS: 5000 },
    );
    try {
      expect(await service.db(CONVERSATION_DB).collection('sessions').countDocuments()).toBe(500);
      await expect(service.db(COLLECTOR_DB).collection('analytics').findOne()).rejects.toMatchObject({
        code: 13,
      });
    } finally {
      await service.close();
      await local.close();
      await sandbox.stop();
      await mongo.stop();
    }
    expect(mongo.writes).toEqual([]);
  });

  test('deterministic: two servers seeded alike hash alike', async () => {
    const objects = cognigySeed();
    const [a, b] = [
      await MongoSandbox.start(cognigyMongoSeed(objects, { scale: 0.05 })),
      await MongoSandbox.start(cognigyMongoSeed(objects, { scale: 0.05 })),
    ];
    const hashes: string[] = [];
    for (const m of [a, b]) {
      const c = new MongoClient(m.uri, { serverSelectionTimeoutMS: 2000 });
      for (const db of [COLLECTOR_DB, CONVERSATION_DB])
        hashes.push((await c.db(db).command({ dbHash: 1 })).md5);
      await c.close();
      await m.stop();
    }
    expect(hashes[0]).toBe(hashes[2]);
    expect(hashes[1]).toBe(hashes[3]);
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  test('a legacy installation: root user and password of the mongo-server Deployment', () => {
    const seed = cognigyMongoSeed(cognigySeed({ legacyMongoOnly: true }), { scale: 0.01 });
    expect(seed.rootUser).toBe('admin');
    expect(seed.rootPassword).toMatch(/^[A-Za-z0-9]{24}$/);
  });

  test('objects without a MongoDB root secret are refused with a clear error', () => {
    expect(() => cognigyMongoSeed([])).toThrow('the seed has no MongoDB root password');
  });
});
