/**
 * The downtime's MongoDB part end to end: MongoDB found through the Kubernetes sandbox (root
 * password from the `mongodb` Secret, pods/portforward to mongodb-0), the user passwords from the
 * migrated connection-string secrets, the two analytics databases copied, verified, recorded.
 * With K2H_TEST_MONGODB_URI the same runs against a real server given as mongodb-uri.
 */
import * as k8s from '@kubernetes/client-node';
import { profileFor } from '../../../src/cognigy/profile';
import { Kube } from '../../../src/kube/client';
import type { Observation } from '../../../src/kube/observation';
import { prepareMongo } from '../../../src/phases/downtime/mongo-prepare';
import { checkMongoDatabases } from '../../../src/phases/preflight-mongo';
import type { PhaseContext } from '../../../src/phases/types';
import type { MigrationRecord } from '../../../src/record/schema';
import { Sandbox } from '../../../src/sandbox/index';
import { runStages } from '../../../src/steps/engine';
import { MemoryLogger } from '../../support/memory-logger';
import { contentOf, seedSource, startMongo, type TestMongo } from './target';

const profile = profileFor('4.53.0');
const TARGET = 'cognigy-ai';
const PASSWORDS = {
  'service-analytics-collector': 'Collector-Pw-31415',
  'service-analytics-conversation': 'Conversation-Pw-27182',
};
const [R1, R2] = profile.secrets.renames;

let mongo: TestMongo;
let sandbox: Sandbox;
let kube: Kube;
const real = !!process.env.K2H_TEST_MONGODB_URI;

const b64 = (s: string) => Buffer.from(s).toString('base64');
function connectionSecret(name: string, db: string, password: string) {
  const hosts = [0, 1, 2]
    .map((i) => `mongodb-${i}.mongodb-headless.mongodb.svc.cluster.local:27017`)
    .join(',');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: TARGET },
    data: { 'connection-string': b64(`mongodb://${db}:${password}@${hosts}/${db}`) },
  };
}

function rootSecret(password: string) {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'mongodb', namespace: 'mongodb' },
    data: { 'mongodb-root-password': b64(password), 'mongodb-replica-set-key': b64('replica-set-key-xyz') },
  };
}

beforeAll(async () => {
  mongo = await startMongo();
  sandbox = await Sandbox.start();
  sandbox.load([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mongodb' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: TARGET } },
    ...[0, 1, 2].map((i) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `mongodb-${i}`, namespace: 'mongodb' },
      spec: { containers: [{ name: 'mongodb', image: 'mongo:7', ports: [{ containerPort: 27017 }] }] },
    })),
    rootSecret(mongo.rootPassword),
    connectionSecret(R1.to, R1.toDatabase, PASSWORDS['service-analytics-collector']),
    connectionSecret(R2.to, R2.toDatabase, PASSWORDS['service-analytics-conversation']),
  ]);
  if (mongo.sandbox) {
    // Every pod leads to the one in-memory server, which says it is the primary.
    for (const i of [0, 1, 2])
      sandbox.forwardPort('mongodb', `mongodb-${i}`, 27017, { host: '127.0.0.1', port: mongo.sandbox.port });
  }
  const kc = new k8s.KubeConfig();
  kc.loadFromString(sandbox.kubeconfig());
  kube = new Kube(kc, new MemoryLogger());
});
afterAll(async () => {
  await sandbox?.stop();
  await mongo?.stop();
});

async function reset() {
  for (const db of [R1.fromDatabase, R1.toDatabase, R2.fromDatabase, R2.toDatabase]) {
    await mongo.client.db(db).dropDatabase();
    const u = await mongo.client.db(db).command({ usersInfo: 1 });
    for (const x of u.users ?? []) await mongo.client.db(db).command({ dropUser: x.user });
  }
  await seedSource(mongo.client.db(R1.fromDatabase), { documents: 150, collections: 2 });
  await seedSource(mongo.client.db(R2.fromDatabase), { documents: 90, collections: 3 });
}

function context(log: MemoryLogger, inputs: Record<string, unknown> = {}, dryRun = false) {
  const ctx = {
    logger: log,
    inputs: { 'mongodb-uri': real ? mongo.uri : undefined, ...inputs },
    dryRun,
    env: {},
  } as unknown as PhaseContext;
  const record = { targetNamespace: TARGET, sourceNamespace: 'default' } as MigrationRecord;
  return { ctx, kube, record, store: undefined as never, profile };
}

async function run(d: ReturnType<typeof context>, dryRun = false) {
  const part = await prepareMongo(d);
  const result = await runStages<Observation>([{ name: 'mongo', steps: part.steps }], {
    dryRun,
    logger: d.ctx.logger,
    observation: undefined as never,
  });
  return { part, result };
}

test('dry-run plans the copies and users and writes nothing', async () => {
  await reset();
  const log = new MemoryLogger();
  const writes = mongo.mark();
  const { part, result } = await run(context(log, {}, true), true);
  expect(part.problems).toEqual([]);
  expect(part.plan).toEqual([
    expect.stringMatching(
      /^copy database service-analytics-collector-provider -> service-analytics-collector: 6 of 6 collection\(s\) with their indexes \(354 documents, [\d.]+ MB\)$/,
    ),
    expect.stringContaining('verify service-analytics-collector-provider -> service-analytics-collector'),
    expect.stringMatching(
      /^copy database service-analytics-conversation-collector-provider -> service-analytics-conversation: 7 of 7/,
    ),
    expect.stringContaining('verify service-analytics-conversation-collector-provider'),
    'create user service-analytics-collector (readWrite on service-analytics-collector) with the password from its connection-string secret',
    'create user service-analytics-conversation (readWrite on service-analytics-conversation) with the password from its connection-string secret',
  ]);
  expect(part.planKey).toEqual([
    'copy MongoDB database service-analytics-collector-provider -> service-analytics-collector with its indexes, verify it, keep service-analytics-collector-provider',
    'copy MongoDB database service-analytics-conversation-collector-provider -> service-analytics-conversation with its indexes, verify it, keep service-analytics-conversation-collector-provider',
    `MongoDB user service-analytics-collector: readWrite on service-analytics-collector, password from Secret ${TARGET}/${R1.to}`,
    `MongoDB user service-analytics-conversation: readWrite on service-analytics-conversation, password from Secret ${TARGET}/${R2.to}`,
  ]);
  expect(result.reports.map((r) => r.status)).toEqual(['planned', 'planned', 'planned', 'planned']);
  if (mongo.sandbox) expect(writes()).toBe(0);
  if (!real) {
    expect(log.text()).toContain('authenticated as root');
    expect(sandbox.requests.filter({ resource: 'pods/portforward' }).length).toBeGreaterThan(0);
  }
});

test('the run copies, verifies, creates the users, records it; a re-run is done with zero writes', async () => {
  await reset();
  const log = new MemoryLogger();
  const d = context(log);
  const { part, result } = await run(d);
  expect(result.error).toBeUndefined();
  expect(result.reports.map((r) => [r.id, r.status])).toEqual([
    ['mongo/copy/service-analytics-collector-provider', 'applied'],
    ['mongo/copy/service-analytics-conversation-collector-provider', 'applied'],
    ['mongo/user/service-analytics-collector', 'applied'],
    ['mongo/user/service-analytics-conversation', 'applied'],
  ]);
  for (const r of profile.secrets.renames)
    expect(await contentOf(mongo.client.db(r.toDatabase))).toEqual(
      await contentOf(mongo.client.db(r.fromDatabase)),
    );
  expect(d.record.mongo?.databases.map((x) => [x.source, x.target, x.verified]).sort()).toEqual([
    [R1.fromDatabase, R1.toDatabase, true],
    [R2.fromDatabase, R2.toDatabase, true],
  ]);
  expect(d.record.mongo?.databases.every((x) => x.verified && x.collections.every((c) => c.verified))).toBe(
    true,
  );
  expect(d.record.mongo?.users.map((u) => u.username).sort()).toEqual([R1.toDatabase, R2.toDatabase]);
  expect(part.summary?.()).toEqual([
    expect.stringMatching(
      /^MongoDB service-analytics-collector-provider -> service-analytics-collector: verified \(6 collection\(s\), 354 documents/,
    ),
    expect.stringMatching(
      /^MongoDB service-analytics-conversation-collector-provider -> service-analytics-conversation: verified \(7/,
    ),
  ]);
  // Secrets stay secret: root and user passwords appear nowhere.
  const everything = [
    log.text(),
    JSON.stringify(d.record),
    part.plan.join('\n'),
    JSON.stringify(result.reports),
  ].join('\n');
  for (const secret of [mongo.rootPassword, ...Object.values(PASSWORDS)])
    expect(everything).not.toContain(secret);
  expect(log.masked).toEqual(expect.arrayContaining([mongo.rootPassword, ...Object.values(PASSWORDS)]));

  const writes = mongo.mark();
  const again = await run(context(new MemoryLogger()));
  expect(again.part.problems).toEqual([]);
  expect(again.result.reports.map((r) => r.status)).toEqual(['done', 'done', 'done', 'done']);
  if (mongo.sandbox) expect(writes()).toBe(0);
});

test('a target database with other data blocks the stage before any write; force-db-overwrite copies', async () => {
  await reset();
  await mongo.client.db(R2.toDatabase).collection('events0').insertOne({ foreign: true });
  const writes = mongo.mark();
  sandbox.requests.clear();
  const part = await prepareMongo(context(new MemoryLogger()));
  expect(part.problems).toEqual([
    expect.stringContaining(
      'database service-analytics-conversation already holds data that does not match service-analytics-conversation-collector-provider: service-analytics-conversation.events0: holds 1 document(s)',
    ),
  ]);
  expect(part.problems[0]).toContain('set --force-db-overwrite');
  if (mongo.sandbox) expect(writes()).toBe(0);
  expect(sandbox.requests.mutating()).toEqual([]);

  const forced = await run(context(new MemoryLogger(), { 'force-db-overwrite': true }));
  expect(forced.part.problems).toEqual([]);
  expect(forced.part.plan).toContain(
    'drop database service-analytics-conversation first (--force-db-overwrite): service-analytics-conversation.events0: holds 1 document(s) that differ from or are not in the source',
  );
  expect(forced.result.error).toBeUndefined();
  expect(await contentOf(mongo.client.db(R2.toDatabase))).toEqual(
    await contentOf(mongo.client.db(R2.fromDatabase)),
  );
});

test('a user that exists with another role is a problem with zero writes', async () => {
  await reset();
  await mongo.client.db(R1.toDatabase).command({
    createUser: R1.toDatabase,
    pwd: 'someone-elses-pw',
    roles: [{ role: 'dbOwner', db: R1.toDatabase }],
  });
  const writes = mongo.mark();
  sandbox.requests.clear();
  const part = await prepareMongo(context(new MemoryLogger()));
  expect(part.problems).toEqual([
    `user ${R1.toDatabase} in ${R1.toDatabase} has roles dbOwner@${R1.toDatabase}, not just readWrite on ${R1.toDatabase}: fix the user by hand (db.updateUser) or set --force-db-overwrite`,
  ]);
  if (mongo.sandbox) expect(writes()).toBe(0);
  expect(sandbox.requests.mutating()).toEqual([]);
});

(real ? test.skip : test)(
  'a wrong root password in the Secret is a clear problem, tried as root and admin, zero writes',
  async () => {
    sandbox.load([rootSecret('Not-The-Root-Pw-99')]);
    try {
      const writes = mongo.mark();
      const log = new MemoryLogger();
      const part = await prepareMongo(context(log));
      expect(part.problems).toEqual([
        expect.stringContaining(
          'refused the credentials from Secret mongodb/mongodb key mongodb-root-password for user(s) root, admin',
        ),
      ]);
      expect(part.steps).toEqual([]);
      expect(sandbox.requests.mutating()).toEqual([]);
      expect(part.problems.join('\n') + log.text()).not.toContain('Not-The-Root-Pw-99');
      expect(writes()).toBe(0);
    } finally {
      sandbox.load([rootSecret(mongo.rootPassword)]);
    }
  },
);

test('a missing migrated secret is a problem naming the secret and what to do', async () => {
  await reset();
  await kube.delete('v1', 'Secret', R2.to, TARGET);
  try {
    const part = await prepareMongo(context(new MemoryLogger()));
    expect(part.problems).toEqual([
      `Secret ${TARGET}/${R2.to} with key connection-string not found: run migrate-secrets first (it holds the password of MongoDB user ${R2.toDatabase})`,
    ]);
  } finally {
    sandbox.load([connectionSecret(R2.to, R2.toDatabase, PASSWORDS['service-analytics-conversation'])]);
  }
});

test("preflight's MongoDB check: version, user, source sizes, free space, targets; reads only", async () => {
  await reset();
  await mongo.client.db(R2.toDatabase).collection('leftover').insertOne({ x: 1 });
  const writes = mongo.mark();
  const log = new MemoryLogger();
  const d = context(log);
  const findings = await checkMongoDatabases(d.ctx, kube, profile);
  expect(findings).toEqual([
    {
      level: 'ok',
      detail: expect.stringMatching(
        /^MongoDB \d+\.\d+\.\d+ reachable, authenticated as \S+.*; copy server-side \(\$out\)$/,
      ),
    },
    {
      level: 'ok',
      detail: expect.stringMatching(
        /^source database service-analytics-collector-provider: 5 collection\(s\) and 1 view\(s\), 354 documents, [\d.]+ MB data/,
      ),
    },
    { level: 'ok', detail: 'target database service-analytics-collector does not exist yet' },
    {
      level: 'ok',
      detail: expect.stringMatching(
        /^source database service-analytics-conversation-collector-provider: 6 collection/,
      ),
    },
    {
      level: 'warn',
      detail: expect.stringContaining(
        'target database service-analytics-conversation exists already (1 collection(s), 1 documents)',
      ),
    },
    {
      level: 'ok',
      detail: expect.stringMatching(
        /^[\d.]+ MB free on MongoDB's file system; the copies need about [\d.]+ MB$/,
      ),
    },
  ]);
  if (mongo.sandbox) expect(writes()).toBe(0);
  expect(JSON.stringify(findings) + log.text()).not.toContain(mongo.rootPassword);
});

(real ? test.skip : test)(
  "preflight's MongoDB check reports an unreachable MongoDB as a blocker",
  async () => {
    const d = context(new MemoryLogger(), {
      'mongodb-uri':
        'mongodb://root:Some-Pw-123@127.0.0.1:1/?directConnection=true&serverSelectionTimeoutMS=1000',
    });
    const findings = await checkMongoDatabases(d.ctx, kube, profile);
    expect(findings).toEqual([
      { level: 'blocker', detail: expect.stringContaining('MongoDB at 127.0.0.1:1 is not reachable') },
    ]);
    expect(findings[0].detail).not.toContain('Some-Pw-123');
  },
);

test('the approval key stays the same through the copy; a copy a dead run finished is recorded by the re-run', async () => {
  await reset();
  const before = (await prepareMongo(context(new MemoryLogger()))).planKey;
  // A run that copies one database and dies before its record is saved: the record never learns of it.
  const lost = context(new MemoryLogger());
  const first = await prepareMongo(lost);
  await runStages<Observation>([{ name: 'mongo', steps: [first.steps[0], first.steps[2]] }], {
    dryRun: false,
    logger: lost.ctx.logger,
    observation: undefined as never,
  });
  const fresh = context(new MemoryLogger());
  const midway = await prepareMongo(fresh);
  expect(midway.planKey).toEqual(before);
  const { result } = await run(fresh);
  expect(result.reports.map((r) => r.status)).toEqual(['done', 'applied', 'done', 'applied']);
  expect(fresh.record.mongo?.databases.map((d) => [d.source, d.verified]).sort()).toEqual([
    [R1.fromDatabase, true],
    [R2.fromDatabase, true],
  ]);
  expect(fresh.record.mongo?.databases.find((d) => d.source === R1.fromDatabase)?.method).toBe('none');
  expect(fresh.record.mongo?.users.map((u) => u.username).sort()).toEqual([R1.toDatabase, R2.toDatabase]);
  const after = (await prepareMongo(context(new MemoryLogger()))).planKey;
  expect(after).toEqual(before);
});

(real ? describe.skip : describe)('MongoDB dies during the stage', () => {
  test.each([1, 9, 30])(
    'killed after %i writes: the re-run converges, 0 documents lost, the record complete',
    async (n) => {
      await reset();
      const sources = Object.fromEntries(
        await Promise.all(
          profile.secrets.renames.map(async (r) => [
            r.fromDatabase,
            await contentOf(mongo.client.db(r.fromDatabase)),
          ]),
        ),
      );
      const crashed = context(new MemoryLogger());
      const part = await prepareMongo(crashed);
      mongo.sandbox!.killAfterWrites(n);
      const first = await runStages<Observation>([{ name: 'mongo', steps: part.steps }], {
        dryRun: false,
        logger: crashed.ctx.logger,
        observation: undefined as never,
      });
      expect(first.error).toBeDefined();
      mongo.sandbox!.revive();
      // The re-run starts from a record that knows nothing of the first run (it died unsaved).
      const again = context(new MemoryLogger());
      const { part: p2, result } = await run(again);
      expect(p2.problems).toEqual([]);
      expect(result.error).toBeUndefined();
      for (const r of profile.secrets.renames)
        expect(await contentOf(mongo.client.db(r.toDatabase))).toEqual(sources[r.fromDatabase]);
      expect(again.record.mongo?.databases.filter((d) => d.verified)).toHaveLength(2);
      expect(again.record.mongo?.users).toHaveLength(2);
      sandbox.requests.clear();
      const writes = mongo.mark();
      const third = await run(context(new MemoryLogger()));
      expect(third.result.reports.every((r) => r.status === 'done')).toBe(true);
      expect(writes()).toBe(0);
      expect(sandbox.requests.mutating()).toEqual([]);
    },
  );
});
