/**
 * Finding MongoDB in a cluster: root password from the Secret (masked), root user `root` then
 * `admin`, the StatefulSet's pods, a port-forward through the Kubernetes API (the Kubernetes
 * sandbox's pods/portforward to the sandbox MongoDB), or the pods' DNS names inside the cluster.
 */
import * as k8s from '@kubernetes/client-node';
import { ConfigurationError } from '../../../src/core/errors';
import { Kube } from '../../../src/kube/client';
import { reachMongo, type MongoLocation } from '../../../src/mongo/discover';
import { Sandbox } from '../../../src/sandbox/index';
import { MongoSandbox } from '../../../src/sandbox/mongo';
import { MemoryLogger } from '../../support/memory-logger';

const ROOT_PW = 'Old-Setup-Admin-Pw-5';
const LOC: MongoLocation = {
  namespace: 'mongodb',
  statefulSet: 'mongodb',
  headlessService: 'mongodb-headless',
  secret: 'mongodb',
  secretKey: 'mongodb-root-password',
  rootUsers: ['root', 'admin'],
  port: 27017,
};

let sandbox: Sandbox;
let mongo: MongoSandbox;
let kube: Kube;

beforeAll(async () => {
  // An older setup: the root user is called admin.
  mongo = await MongoSandbox.start({ rootUser: 'admin', rootPassword: ROOT_PW });
  sandbox = await Sandbox.start();
  sandbox.load([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mongodb' } },
    ...[0, 1].map((i) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `mongodb-${i}`, namespace: 'mongodb' },
      spec: { containers: [{ name: 'mongodb', image: 'mongo:7' }] },
    })),
    // Not one of the StatefulSet's pods, though its name starts alike.
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'mongodb-exporter-abc', namespace: 'mongodb' },
      spec: { containers: [{ name: 'x', image: 'x' }] },
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'mongodb', namespace: 'mongodb' },
      data: { 'mongodb-root-password': Buffer.from(ROOT_PW).toString('base64') },
    },
  ]);
  sandbox.forwardPort('mongodb', 'mongodb-0', 27017, { host: '127.0.0.1', port: mongo.port });
  const kc = new k8s.KubeConfig();
  kc.loadFromString(sandbox.kubeconfig());
  kube = new Kube(kc, new MemoryLogger());
});
afterAll(async () => {
  await sandbox?.stop();
  await mongo?.stop();
});

test('outside the cluster: port-forward to the first pod, root refused, admin accepted, said so', async () => {
  const log = new MemoryLogger();
  const conn = await reachMongo(kube, { location: LOC, route: 'port-forward', logger: log });
  try {
    expect(conn.username).toBe('admin');
    expect(conn.server).toMatchObject({ isPrimary: true, major: 7 });
    expect(await conn.client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
    expect(log.text()).toContain('authenticated as admin (tried root, admin)');
    expect(log.text()).toContain('primary is pod mongodb/mongodb-0, reached through a port-forward');
    expect(log.masked).toContain(ROOT_PW);
    expect(log.text()).not.toContain(ROOT_PW);
    expect(conn.address).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/\?directConnection=true$/);
    const forwards = sandbox.requests.filter({ resource: 'pods/portforward', name: 'mongodb-0' });
    expect(forwards.length).toBeGreaterThan(0);
    expect(forwards.every((e) => !e.mutating)).toBe(true);
  } finally {
    await conn.close();
  }
});

test('inside the cluster: the pods of the StatefulSet by their DNS names', async () => {
  const err = await reachMongo(kube, {
    location: LOC,
    env: { KUBERNETES_SERVICE_HOST: '10.0.0.1' },
    logger: new MemoryLogger(),
    serverSelectionTimeoutMS: 500,
  }).then(
    () => new Error('connected'),
    (e: unknown) => e as Error,
  );
  expect(err).toBeInstanceOf(ConfigurationError);
  expect(err.message).toContain(
    'MongoDB at mongodb-0.mongodb-headless.mongodb.svc.cluster.local:27017,mongodb-1.mongodb-headless.mongodb.svc.cluster.local:27017 is not reachable',
  );
  expect(err.message).not.toContain(ROOT_PW);
});

test('no Secret, or no running pod, is a ConfigurationError that says what to do', async () => {
  await expect(
    reachMongo(kube, { location: { ...LOC, secret: 'absent' }, logger: new MemoryLogger() }),
  ).rejects.toThrow('Secret mongodb/absent key mongodb-root-password not found');
  await expect(
    reachMongo(kube, { location: { ...LOC, statefulSet: 'mongo-other' }, logger: new MemoryLogger() }),
  ).rejects.toThrow(/no running pod of StatefulSet mongodb\/mongo-other: MongoDB is down or elsewhere/);
});

test('a mongodb-uri without credentials takes the root password from the Secret', async () => {
  const log = new MemoryLogger();
  const conn = await reachMongo(kube, {
    uri: `mongodb://admin@127.0.0.1:${mongo.port}/?directConnection=true`,
    location: LOC,
    logger: log,
  });
  expect(conn.username).toBe('admin');
  expect(log.masked).toContain(ROOT_PW);
  await conn.close();
});
