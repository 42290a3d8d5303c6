/** The real mongosh (npm package) against the in-memory MongoDB, directly and through pods/portforward. */
import { MongoClient } from 'mongodb';
import { Sandbox } from '../../../src/sandbox/index';
import { MongoSandbox } from '../../../src/sandbox/mongo/index';
import { forwardLocally, mongosh } from './mongo-harness';

describe('mongosh against MongoSandbox', () => {
  let mongo: MongoSandbox;

  beforeAll(async () => {
    mongo = await MongoSandbox.start({
      rootUser: 'root',
      rootPassword: 'Shell-root-pw',
      databases: {
        'old-db': {
          collections: {
            events: {
              documents: Array.from({ length: 40 }, (_, i) => ({ i, kind: i % 2 ? 'odd' : 'even' })),
              indexes: [{ key: { i: 1 }, name: 'i_1', unique: true }],
            },
          },
        },
      },
    });
  });
  afterAll(async () => {
    await mongo.stop();
  });

  test('countDocuments, createUser and an aggregate with $out into another database', async () => {
    const r = await mongosh(
      mongo.uri,
      `
      const src = db.getSiblingDB('old-db');
      print('count=' + src.events.countDocuments({ kind: 'odd' }));
      db.getSiblingDB('new-db').createUser({ user: 'svc', pwd: 'svc-pw', roles: [{ role: 'readWrite', db: 'new-db' }] });
      src.events.aggregate([{ $match: {} }, { $out: { db: 'new-db', coll: 'events' } }]);
      print('copied=' + db.getSiblingDB('new-db').events.countDocuments());
      const h = [db.getSiblingDB('old-db').runCommand({ dbHash: 1 }).md5, db.getSiblingDB('new-db').runCommand({ dbHash: 1 }).md5];
      print('hashes-equal=' + (h[0] === h[1]));
      `,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['count=20', 'copied=40', 'hashes-equal=true']);
    expect(mongo.writes.map((w) => `${w.command} ${w.db}`)).toEqual([
      'createUser new-db',
      'aggregate new-db',
    ]);
    // The user mongosh created can log in with the driver and is held to its database.
    const client = new MongoClient(mongo.uriFor('svc', 'svc-pw', 'new-db'), {
      serverSelectionTimeoutMS: 2000,
    });
    try {
      expect(await client.db('new-db').collection('events').countDocuments()).toBe(40);
      await expect(client.db('old-db').collection('events').findOne()).rejects.toMatchObject({ code: 13 });
    } finally {
      await client.close();
    }
  });

  test('a wrong password fails with the server error and changes nothing', async () => {
    const before = mongo.writes.length;
    const r = await mongosh(
      mongo.uriFor('root', 'not-the-password'),
      `db.getSiblingDB('x').c.insertOne({ a: 1 })`,
    );
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('Authentication failed');
    expect(mongo.writes.length).toBe(before);
  });

  test('through pods/portforward, a readWrite user is refused other databases', async () => {
    const sandbox = await Sandbox.start();
    sandbox.load([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'mongodb-0', namespace: 'mongodb' },
        spec: { containers: [{ name: 'mongodb', image: 'mongo:7' }] },
      },
    ]);
    sandbox.forwardPort('mongodb', 'mongodb-0', 27017, { host: '127.0.0.1', port: mongo.port });
    const local = await forwardLocally(sandbox.kubeconfig(), 'mongodb', 'mongodb-0', 27017);
    try {
      const admin = new MongoClient(mongo.uri, { serverSelectionTimeoutMS: 2000 });
      await admin.db('app').command({ createUser: 'app', pwd: 'app-pw', roles: ['readWrite'] });
      await admin.close();
      const before = mongo.writes.length;
      const r = await mongosh(
        `${mongo.uriFor('app', 'app-pw', 'app', `127.0.0.1:${local.port}`)}&directConnection=true`,
        `
        db.getSiblingDB('app').things.insertOne({ ok: 1 });
        print('own=' + db.getSiblingDB('app').things.countDocuments());
        try { db.getSiblingDB('old-db').events.insertOne({ x: 1 }); print('other=written'); }
        catch (e) { print('other=' + e.codeName); }
        `,
      );
      expect(r.stdout.trim().split('\n')).toEqual(['own=1', 'other=Unauthorized']);
      expect(mongo.writes.slice(before)).toEqual([
        { command: 'insert', db: 'app', collection: 'things', count: 1 },
      ]);
      expect(sandbox.requests.filter({ resource: 'pods/portforward' }).length).toBeGreaterThan(0);
    } finally {
      await local.close();
      await sandbox.stop();
    }
  });
});
