/**
 * Users (create, update, prove, conflicts) and connecting (root user candidates, wrong password,
 * unreachable server) against the sandbox MongoDB or K2H_TEST_MONGODB_URI.
 */
import net from 'node:net';
import { ConfigurationError } from '../../../src/core/errors';
import { connectMongo, type MongoConnection } from '../../../src/mongo/connect';
import { reachMongo } from '../../../src/mongo/discover';
import { splitUri } from '../../../src/mongo/uri';
import { authenticates, ensureUser, planUser, type UserSpec } from '../../../src/mongo/users';
import { MemoryLogger } from '../../support/memory-logger';
import { dropPrefixed, startMongo, type TestMongo } from './target';

let mongo: TestMongo;
let conn: MongoConnection;
const log = new MemoryLogger();

beforeAll(async () => {
  mongo = await startMongo();
  conn = await connectMongo({
    address: splitUri(mongo.uri).address,
    credentials: [{ username: mongo.rootUser, password: mongo.rootPassword }],
    credentialsFrom: 'the test',
    logger: log,
  });
});
afterAll(async () => {
  await conn?.close();
  await mongo?.stop();
});

const USER_PASSWORD = 'Us3r-Secret-Value-42';

function spec(db: string, password = USER_PASSWORD): UserSpec {
  return { username: db, database: db, password, role: 'readWrite' };
}

describe('users', () => {
  test('a missing user is created with readWrite on its database and proven; a re-run changes nothing', async () => {
    const db = `${mongo.prefix()}-analytics`;
    const s = spec(db);
    const plan = await planUser(conn, s);
    expect(plan).toMatchObject({ state: 'missing', roles: [] });
    const changes = await ensureUser(conn, s, plan);
    expect(changes).toEqual([
      `created user ${db} with readWrite on ${db}`,
      `proved user ${db}: authenticated against ${db} and listed its collections`,
    ]);
    const info = await mongo.client.db(db).command({ usersInfo: { user: db, db } });
    expect(info.users[0].roles).toEqual([{ role: 'readWrite', db }]);
    // The user can write its own database and nothing else.
    const asUser = conn.clientAs({ username: db, password: USER_PASSWORD, source: db });
    await asUser.connect();
    await asUser.db(db).collection('probe').insertOne({ ok: 1 });
    await expect(asUser.db(`${db}-other`).collection('x').insertOne({})).rejects.toThrow(/not authorized/);
    await asUser.close();
    const again = await planUser(conn, s);
    expect(again.state).toBe('ok');
    const writes = mongo.mark();
    expect(await ensureUser(conn, s, again)).toEqual([
      `proved user ${db}: authenticated against ${db} and listed its collections`,
    ]);
    if (mongo.sandbox) expect(writes()).toBe(0);
    await dropPrefixed(mongo.client, db);
  });

  test('a user with another password gets the password from its secret', async () => {
    const db = `${mongo.prefix()}-analytics`;
    await mongo.client
      .db(db)
      .command({ createUser: db, pwd: 'old-password-1', roles: [{ role: 'readWrite', db }] });
    const s = spec(db);
    const plan = await planUser(conn, s);
    expect(plan.state).toBe('password');
    expect(await ensureUser(conn, s, plan)).toContain(`updated the password of user ${db}`);
    expect(await authenticates(conn, s)).toBe(true);
    expect(await authenticates(conn, spec(db, 'old-password-1'))).toBe(false);
    await dropPrefixed(mongo.client, db);
  });

  test('a user with other roles is a conflict: a clear error and zero writes', async () => {
    const db = `${mongo.prefix()}-analytics`;
    await mongo.client.db(db).command({
      createUser: db,
      pwd: 'whatever-pw-1',
      roles: [
        { role: 'read', db },
        { role: 'dbAdmin', db },
      ],
    });
    const s = spec(db);
    const writes = mongo.mark();
    const plan = await planUser(conn, s);
    expect(plan).toMatchObject({ state: 'conflict', roles: [`dbAdmin@${db}`, `read@${db}`] });
    await expect(ensureUser(conn, s, plan)).rejects.toThrow(
      `user ${db} in ${db} has roles dbAdmin@${db}, read@${db}, not just readWrite on ${db}`,
    );
    if (mongo.sandbox) expect(writes()).toBe(0);
    const forced = await planUser(conn, s, true);
    expect(forced.state).toBe('roles');
    await ensureUser(conn, s, forced);
    const info = await mongo.client.db(db).command({ usersInfo: { user: db, db } });
    expect(info.users[0].roles).toEqual([{ role: 'readWrite', db }]);
    await dropPrefixed(mongo.client, db);
  });
});

describe('connecting', () => {
  const address = () => splitUri(mongo.uri).address;

  test('tries the root user names in order and says which one worked', async () => {
    const l = new MemoryLogger();
    const c = await connectMongo({
      address: address(),
      credentials: [
        { username: 'nosuchroot', password: mongo.rootPassword },
        { username: mongo.rootUser, password: mongo.rootPassword },
      ],
      credentialsFrom: 'Secret mongodb/mongodb key mongodb-root-password',
      logger: l,
    });
    expect(c.username).toBe(mongo.rootUser);
    expect(l.text()).toContain(`authenticated as ${mongo.rootUser} (tried nosuchroot, ${mongo.rootUser})`);
    expect(l.masked).toContain(mongo.rootPassword);
    expect(l.text()).not.toContain(mongo.rootPassword);
    await c.close();
  });

  test('a wrong root password is a ConfigurationError that names the source, not the password', async () => {
    const wrong = 'Wr0ng-Root-Password-77';
    const writes = mongo.mark();
    const err = await connectMongo({
      address: address(),
      credentials: [
        { username: 'root', password: wrong },
        { username: 'admin', password: wrong },
      ],
      credentialsFrom: 'Secret mongodb/mongodb key mongodb-root-password',
      logger: new MemoryLogger(),
    }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /refused the credentials from Secret mongodb\/mongodb key mongodb-root-password for user\(s\) root, admin/,
    );
    expect((err as Error).message).not.toContain(wrong);
    if (mongo.sandbox) expect(writes()).toBe(0);
  });

  test('an unreachable server is a ConfigurationError naming the address', async () => {
    const port = await freePort();
    const err = await reachMongo(undefined, {
      uri: `mongodb://root:Secret-Pw-9@127.0.0.1:${port}/?directConnection=true`,
      location: LOCATION,
      logger: new MemoryLogger(),
      serverSelectionTimeoutMS: 1500,
    }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain(`MongoDB at 127.0.0.1:${port} is not reachable`);
    expect((err as Error).message).not.toContain('Secret-Pw-9');
  });

  test('a given mongodb-uri is used as it is, its password masked at once', async () => {
    const l = new MemoryLogger();
    const c = await reachMongo(undefined, { uri: mongo.uri, location: LOCATION, logger: l });
    expect(c.server.isPrimary).toBe(true);
    expect(c.address).not.toContain(mongo.rootPassword);
    expect(l.masked).toContain(mongo.rootPassword);
    await c.close();
  });
});

const LOCATION = {
  namespace: 'mongodb',
  statefulSet: 'mongodb',
  headlessService: 'mongodb-headless',
  secret: 'mongodb',
  secretKey: 'mongodb-root-password',
  rootUsers: ['root', 'admin'],
  port: 27017,
};

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
