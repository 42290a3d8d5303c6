/** The real `mongodb` driver against the in-memory MongoDB, connected directly. */
import { Double, Int32, Long, MongoClient, MongoServerError, ObjectId } from 'mongodb';
import { MongoSandbox, type SeedData } from '../../../src/sandbox/mongo/index';

const ROOT = { user: 'root', password: 'S3cret-root-pw' };

function seed(): SeedData {
  return {
    shop: {
      collections: {
        orders: {
          documents: Array.from({ length: 30 }, (_, i) => ({
            _id: i + 1,
            customer: `c${i % 3}`,
            total: new Double(i * 1.5),
            qty: new Int32(i),
            at: new Date(1_700_000_000_000 + i * 60_000),
          })),
          indexes: [
            { key: { customer: 1 }, name: 'customer_1' },
            { key: { at: 1 }, name: 'ttl', expireAfterSeconds: 3600 },
          ],
        },
        people: {
          documents: [{ email: 'a@x.io' }, { email: 'b@x.io' }],
          indexes: [{ key: { email: 1 }, name: 'email_1', unique: true }],
        },
      },
    },
    other: { collections: { notes: { documents: [{ text: 'hello' }] } } },
  };
}

describe('the mongodb driver against MongoSandbox', () => {
  let mongo: MongoSandbox;
  let client: MongoClient;

  beforeEach(async () => {
    mongo = await MongoSandbox.start({ rootUser: ROOT.user, rootPassword: ROOT.password, databases: seed() });
    client = new MongoClient(mongo.uri, { serverSelectionTimeoutMS: 3000 });
    await client.connect();
  });
  afterEach(async () => {
    await client.close();
    await mongo.stop();
  });

  const connect = async (uri: string): Promise<MongoClient> => {
    const c = new MongoClient(uri, { serverSelectionTimeoutMS: 2000 });
    await c.connect();
    return c;
  };

  test('SCRAM-SHA-256 and SCRAM-SHA-1, with replica-set discovery (directConnection=false) too', async () => {
    for (const opts of [
      'authMechanism=SCRAM-SHA-256',
      'authMechanism=SCRAM-SHA-1',
      'replicaSet=rs0&directConnection=false',
    ]) {
      const c = await connect(`${mongo.uri}&${opts}`);
      try {
        expect(await c.db('shop').collection<any>('orders').estimatedDocumentCount()).toBe(30);
        const status = await c.db('admin').command({ connectionStatus: 1 });
        expect(status.authInfo.authenticatedUsers).toEqual([{ user: 'root', db: 'admin' }]);
      } finally {
        await c.close();
      }
    }
    const hello = await client.db('admin').command({ hello: 1 });
    expect(hello).toMatchObject({
      isWritablePrimary: true,
      setName: 'rs0',
      hosts: [mongo.address],
      maxWireVersion: 21,
    });
    expect((await client.db('admin').command({ buildInfo: 1 })).version).toMatch(/^7\.0\./);
  });

  test('a wrong password is refused with AuthenticationFailed and changes nothing', async () => {
    const bad = new MongoClient(mongo.uriFor('root', 'wrong'), { serverSelectionTimeoutMS: 2000 });
    await expect(bad.connect()).rejects.toMatchObject({ code: 18, message: 'Authentication failed.' });
    await bad.close();
    const unknown = new MongoClient(mongo.uriFor('nobody', 'x'), { serverSelectionTimeoutMS: 2000 });
    await expect(unknown.connect()).rejects.toMatchObject({ code: 18 });
    await unknown.close();
    expect(mongo.writes).toEqual([]);
  });

  test('commands without authentication are refused', async () => {
    const anon = await connect(`mongodb://${mongo.address}/?directConnection=true`);
    try {
      await expect(anon.db('shop').collection<any>('orders').findOne()).rejects.toMatchObject({
        code: 13,
        codeName: 'Unauthorized',
        message: 'Command find requires authentication',
      });
      await expect(anon.db('shop').collection<any>('orders').insertOne({})).rejects.toMatchObject({
        code: 13,
      });
    } finally {
      await anon.close();
    }
    expect(mongo.writes).toEqual([]);
  });

  test('find with batchSize uses getMore until the cursor is exhausted; killCursors closes one', async () => {
    const orders = client.db('shop').collection<any>('orders');
    const all = await orders.find({}, { batchSize: 7 }).sort({ _id: -1 }).toArray();
    expect(all.map((d) => d._id)).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
    expect(mongo.commands.filter((c) => c.command === 'getMore')).toHaveLength(4);
    const cursor = orders.find({}, { batchSize: 2 });
    await cursor.next();
    await cursor.close();
    expect(mongo.commands.filter((c) => c.command === 'killCursors' && c.ok)).toHaveLength(1);
    const projected = await orders
      .find({ customer: 'c1' }, { projection: { total: 1 } })
      .limit(2)
      .toArray();
    expect(projected).toEqual([
      { _id: 2, total: 1.5 },
      { _id: 5, total: 6 },
    ]);
  });

  test('insert, update (operators, upsert, replacement), delete, findOneAndUpdate, distinct', async () => {
    const c = client.db('shop').collection<any>('things');
    await c.insertMany([
      { _id: 1, n: Long.fromNumber(5), tags: ['a'] },
      { _id: 2, n: 1 },
    ]);
    expect(await c.updateOne({ _id: 1 }, { $inc: { n: 1 }, $push: { tags: 'b' } } as any)).toMatchObject({
      matchedCount: 1,
      modifiedCount: 1,
    });
    const raw = await client
      .db('shop')
      .collection<any>('things')
      .findOne({ _id: 1 }, { promoteLongs: false });
    expect(raw?.n).toBeInstanceOf(Long);
    expect(Number(raw?.n)).toBe(6);
    expect(await c.updateOne({ _id: 1 }, { $set: { n: 6 } }, {})).toMatchObject({ modifiedCount: 1 });
    expect(
      await c.updateOne({ name: 'x' }, { $set: { v: 1 }, $setOnInsert: { created: true } }, { upsert: true }),
    ).toMatchObject({ upsertedCount: 1 });
    expect(await c.findOne({ name: 'x' }, { projection: { _id: 0 } })).toEqual({
      name: 'x',
      v: 1,
      created: true,
    });
    await c.replaceOne({ _id: 2 }, { whole: 'new' });
    expect(await c.findOne({ _id: 2 })).toEqual({ _id: 2, whole: 'new' });
    await expect(c.updateOne({ _id: 2 }, { $set: { _id: 3 } })).rejects.toMatchObject({ code: 66 });
    const after = await c.findOneAndUpdate({ _id: 2 }, { $set: { v: 2 } }, { returnDocument: 'after' });
    expect(after).toEqual({ _id: 2, whole: 'new', v: 2 });
    expect((await c.deleteMany({ v: { $exists: true } })).deletedCount).toBe(2);
    expect(await client.db('shop').collection<any>('orders').distinct('customer')).toEqual([
      'c0',
      'c1',
      'c2',
    ]);
    expect(
      await client
        .db('shop')
        .collection<any>('orders')
        .countDocuments({ qty: { $lt: 10 } }, { skip: 2 }),
    ).toBe(8);
    expect(mongo.writes.map((w) => [w.command, w.count])).toEqual([
      ['insert', 2],
      ['update', 1],
      ['update', 1],
      ['update', 1],
      ['update', 1],
      ['findAndModify', 1],
      ['delete', 2],
    ]);
  });

  test('duplicate keys: E11000 with the server error shape; ordered stops, unordered goes on', async () => {
    const people = client.db('shop').collection<any>('people');
    const err = await people.insertOne({ email: 'a@x.io' }).catch((e) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect(err).toMatchObject({
      code: 11000,
      keyPattern: { email: 1 },
      keyValue: { email: 'a@x.io' },
      message:
        'E11000 duplicate key error collection: shop.people index: email_1 dup key: { email: "a@x.io" }',
    });
    const ordered = await people
      .insertMany([{ email: 'c@x.io' }, { email: 'b@x.io' }, { email: 'd@x.io' }])
      .catch((e) => e);
    expect(ordered.code).toBe(11000);
    expect(ordered.result.insertedCount).toBe(1);
    const unordered = await people
      .insertMany([{ email: 'e@x.io' }, { email: 'b@x.io' }, { email: 'f@x.io' }], { ordered: false })
      .catch((e) => e);
    expect(unordered.writeErrors.map((w: any) => w.index)).toEqual([1]);
    expect((await people.find({}, { projection: { _id: 0 } }).toArray()).map((d) => d.email).sort()).toEqual([
      'a@x.io',
      'b@x.io',
      'c@x.io',
      'e@x.io',
      'f@x.io',
    ]);
    const id = new ObjectId();
    await people.insertOne({ _id: id, email: 'g@x.io' });
    await expect(people.insertOne({ _id: id, email: 'h@x.io' })).rejects.toMatchObject({
      message: `E11000 duplicate key error collection: shop.people index: _id_ dup key: { _id: ObjectId('${id.toHexString()}') }`,
    });
    // A unique index over duplicate data fails and is not created.
    await people
      .insertOne({ email: 'a@x.io', alias: 'dup' }, { bypassDocumentValidation: true })
      .catch(() => undefined);
    const orders = client.db('shop').collection<any>('orders');
    const before = mongo.writes.length;
    await expect(
      orders.createIndex({ customer: 1 }, { unique: true, name: 'customer_u' }),
    ).rejects.toMatchObject({ code: 11000 });
    expect((await orders.indexes()).map((i) => i.name)).toEqual(['_id_', 'customer_1', 'ttl']);
    expect(mongo.writes.length).toBe(before);
  });

  test('createIndexes options, conflicts, listIndexes and dropIndexes', async () => {
    const c = client.db('shop').collection<any>('orders');
    await c.createIndexes([
      { key: { qty: 1 }, name: 'partial', partialFilterExpression: { qty: { $gt: 5 } } },
      {
        key: { customer: 1, at: -1 },
        name: 'cust_at',
        sparse: true,
        collation: { locale: 'en', strength: 2 },
      },
    ]);
    const names = (await c.indexes()).map((i) => i.name);
    expect(names).toEqual(['_id_', 'customer_1', 'ttl', 'partial', 'cust_at']);
    expect((await c.indexes()).find((i) => i.name === 'ttl')).toMatchObject({
      expireAfterSeconds: 3600,
      key: { at: 1 },
    });
    await expect(c.createIndex({ qty: -1 }, { name: 'partial' })).rejects.toMatchObject({ code: 86 });
    await expect(c.createIndex({ customer: 1 }, { name: 'other' })).rejects.toMatchObject({ code: 85 });
    await c.dropIndex('partial');
    await expect(c.dropIndex('nope')).rejects.toMatchObject({ code: 27 });
    expect((await c.indexes()).map((i) => i.name)).toEqual(['_id_', 'customer_1', 'ttl', 'cust_at']);
    await c.dropIndexes();
    expect((await c.indexes()).map((i) => i.name)).toEqual(['_id_']);
  });

  test('create: validator, capped, collation, views; listCollections and listDatabases', async () => {
    const db = client.db('catalog');
    await db.createCollection('checked', {
      validator: { $jsonSchema: { required: ['name'], properties: { name: { bsonType: 'string' } } } },
    });
    await expect(db.collection<any>('checked').insertOne({ other: 1 })).rejects.toMatchObject({ code: 121 });
    await db.collection<any>('checked').insertOne({ name: 'ok' });
    await db.createCollection('ring', { capped: true, size: 4096, max: 3 });
    await db.collection<any>('ring').insertMany([1, 2, 3, 4, 5].map((i) => ({ i })));
    expect((await db.collection<any>('ring').find().toArray()).map((d) => d.i)).toEqual([3, 4, 5]);
    await db.createCollection('words', { collation: { locale: 'en', strength: 2 } });
    await db.createCollection('big', { viewOn: 'ring', pipeline: [{ $match: { i: { $gte: 4 } } }] });
    expect(
      await db
        .collection<any>('big')
        .find({}, { projection: { _id: 0 } })
        .toArray(),
    ).toEqual([{ i: 4 }, { i: 5 }]);
    await expect(db.collection<any>('big').insertOne({ i: 9 })).rejects.toMatchObject({ code: 166 });
    await expect(db.createCollection('ring')).rejects.toMatchObject({ code: 48 });
    const list = await db.listCollections().toArray();
    expect(list.map((c) => [c.name, c.type])).toEqual([
      ['big', 'view'],
      ['checked', 'collection'],
      ['ring', 'collection'],
      ['words', 'collection'],
    ]);
    expect((list.find((c) => c.name === 'ring') as any)?.options).toEqual({
      capped: true,
      size: 4096,
      max: 3,
    });
    expect((list.find((c) => c.name === 'big') as any)?.options).toEqual({
      viewOn: 'ring',
      pipeline: [{ $match: { i: { $gte: 4 } } }],
    });
    const dbs = await client.db('admin').admin().listDatabases();
    expect(dbs.databases.map((d) => d.name)).toEqual([
      'admin',
      'catalog',
      'config',
      'local',
      'other',
      'shop',
    ]);
    expect(dbs.databases.every((d) => typeof d.sizeOnDisk === 'number' && d.sizeOnDisk > 0)).toBe(true);
    await db.dropDatabase();
    expect(
      (await client.db('admin').admin().listDatabases({ nameOnly: true })).databases.map((d) => d.name),
    ).not.toContain('catalog');
  });

  test('aggregate with $match/$project/$sort/$skip/$limit, $group, and $out into another database', async () => {
    const orders = client.db('shop').collection<any>('orders');
    const top = await orders
      .aggregate([
        { $match: { customer: 'c0' } },
        { $sort: { qty: -1 } },
        { $skip: 1 },
        { $limit: 2 },
        { $project: { _id: 0, qty: 1 } },
      ])
      .toArray();
    expect(top).toEqual([{ qty: 24 }, { qty: 21 }]);
    const groups = await orders
      .aggregate([{ $group: { _id: '$customer', n: { $sum: 1 } } }, { $sort: { _id: 1 } }])
      .toArray();
    expect(groups).toEqual([
      { _id: 'c0', n: 10 },
      { _id: 'c1', n: 10 },
      { _id: 'c2', n: 10 },
    ]);
    await orders.aggregate([{ $match: {} }, { $out: { db: 'copy', coll: 'orders' } }]).toArray();
    expect(await client.db('copy').collection<any>('orders').countDocuments()).toBe(30);
    expect(mongo.writes.at(-1)).toEqual({
      command: 'aggregate',
      db: 'copy',
      collection: 'orders',
      count: 30,
    });
  });

  test('dbHash: equal content gives equal hashes in both databases, any difference changes them', async () => {
    const hash = async (db: string) => client.db(db).command({ dbHash: 1 });
    for (const name of ['orders', 'people']) {
      await client
        .db('shop')
        .collection(name)
        .aggregate([{ $out: { db: 'twin', coll: name } }])
        .toArray();
    }
    const [a, b] = [await hash('shop'), await hash('twin')];
    expect(Object.keys(a.collections)).toEqual(['orders', 'people']);
    expect(b.collections).toEqual(a.collections);
    expect(b.md5).toBe(a.md5);
    // A double that a naive copy turns into an int changes the hash, as on a real server.
    const o = await client.db('shop').collection<any>('orders').findOne({ _id: 3 });
    await client
      .db('twin')
      .collection<any>('orders')
      .replaceOne({ _id: 3 }, { ...o, total: new Int32(3) });
    const c = await hash('twin');
    expect(c.collections.orders).not.toBe(a.collections.orders);
    expect(c.collections.people).toBe(a.collections.people);
    expect(c.md5).not.toBe(a.md5);
    expect((await client.db('twin').command({ dbHash: 1, collections: ['people'] })).collections).toEqual({
      people: a.collections.people,
    });
  });

  test('users: readWrite on one database allows that database only', async () => {
    const app = client.db('shop');
    await app.command({ createUser: 'shopper', pwd: 'shop-pw', roles: ['readWrite'] });
    await expect(app.command({ createUser: 'shopper', pwd: 'x', roles: [] })).rejects.toMatchObject({
      code: 51003,
    });
    await expect(app.command({ createUser: 'u2', pwd: 'x', roles: ['root'] })).rejects.toMatchObject({
      code: 31,
    });
    const info = await app.command({ usersInfo: 'shopper' });
    expect(info.users).toEqual([
      expect.objectContaining({
        _id: 'shop.shopper',
        user: 'shopper',
        db: 'shop',
        roles: [{ role: 'readWrite', db: 'shop' }],
      }),
    ]);
    expect(JSON.stringify(info)).not.toContain('shop-pw');
    const user = await connect(mongo.uriFor('shopper', 'shop-pw', 'shop') + '&directConnection=true');
    const writesBefore = mongo.writes.length;
    try {
      expect(await user.db('shop').collection<any>('orders').countDocuments()).toBe(30);
      await user.db('shop').collection<any>('orders').insertOne({ _id: 100 });
      await user.db('shop').collection<any>('fresh').createIndex({ a: 1 });
      await expect(user.db('other').collection<any>('notes').findOne()).rejects.toMatchObject({
        code: 13,
        codeName: 'Unauthorized',
      });
      await expect(user.db('other').collection<any>('notes').insertOne({})).rejects.toMatchObject({
        code: 13,
      });
      await expect(user.db('shop').dropDatabase()).rejects.toMatchObject({ code: 13 });
      await expect(user.db('shop').command({ createUser: 'x', pwd: 'y', roles: [] })).rejects.toMatchObject({
        code: 13,
      });
      const dbs = await user.db('admin').admin().listDatabases();
      expect(dbs.databases.map((d) => d.name)).toEqual(['shop']);
      expect((await user.db('shop').command({ usersInfo: 'shopper' })).users).toHaveLength(1);
    } finally {
      await user.close();
    }
    expect(mongo.writes.slice(writesBefore).map((w) => `${w.command} ${w.db}`)).toEqual([
      'insert shop',
      'createIndexes shop',
    ]);
    await app.command({ updateUser: 'shopper', pwd: 'new-pw' });
    await expect(connect(mongo.uriFor('shopper', 'shop-pw', 'shop'))).rejects.toMatchObject({ code: 18 });
    await app.command({ dropUser: 'shopper' });
    await expect(app.command({ dropUser: 'shopper' })).rejects.toMatchObject({ code: 11 });
  });

  test('killAfterWrites: the n-th write is answered, then every connection closes and new ones are refused', async () => {
    const quick = new MongoClient(`${mongo.uri}&retryWrites=false`, { serverSelectionTimeoutMS: 500 });
    const c = quick.db('shop').collection<any>('crash');
    mongo.killAfterWrites(2);
    await c.insertOne({ i: 1 });
    await c.insertOne({ i: 2 });
    await expect(c.insertOne({ i: 3 })).rejects.toThrow();
    await quick.close();
    expect(mongo.connections).toBe(0);
    const fresh = new MongoClient(mongo.uri, { serverSelectionTimeoutMS: 500 });
    await expect(fresh.connect()).rejects.toThrow();
    await fresh.close();
    expect(mongo.documents('shop', 'crash').map((d) => Number(d.i))).toEqual([1, 2]);
    mongo.revive();
    const again = await connect(mongo.uri);
    expect(await again.db('shop').collection<any>('crash').countDocuments()).toBe(2);
    await again.close();
  });

  test('latencyMs: every answer comes that much later; the effect is there at once', async () => {
    const c = client.db('shop').collection<any>('slow');
    mongo.latencyMs = 80;
    try {
      const t = Date.now();
      await client.db('admin').command({ ping: 1 });
      expect(Date.now() - t).toBeGreaterThanOrEqual(70);
      const pending = c.insertOne({ i: 1 });
      await new Promise((r) => setTimeout(r, 30));
      expect(mongo.documents('shop', 'slow').map((d) => Number(d.i))).toEqual([1]);
      await pending;
      expect(await c.countDocuments()).toBe(1);
    } finally {
      mongo.latencyMs = 0;
    }
  });

  test('unknown commands answer CommandNotFound; the command log keeps no passwords', async () => {
    await expect(client.db('admin').command({ frobnicate: 1 })).rejects.toMatchObject({
      code: 59,
      codeName: 'CommandNotFound',
      message: "no such command: 'frobnicate'",
    });
    await client.db('shop').command({ createUser: 'x', pwd: 'Very-Secret-42', roles: [] });
    expect(JSON.stringify(mongo.commands)).not.toContain('Very-Secret-42');
    expect(JSON.stringify(mongo.writes)).not.toContain('Very-Secret-42');
    expect(JSON.stringify(mongo.commands)).not.toContain(ROOT.password);
  });
});
