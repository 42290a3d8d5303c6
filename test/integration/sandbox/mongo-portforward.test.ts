import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { MongoClient } from 'mongodb';
import { Sandbox } from '../../../src/sandbox/index';
import { MongoSandbox } from '../../../src/sandbox/mongo/index';
import { forwardLocally, type LocalForward } from './mongo-harness';

const pod = (name: string, namespace = 'mongodb') => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace },
  spec: { containers: [{ name: 'mongodb', image: 'mongo:7', ports: [{ containerPort: 27017 }] }] },
});

describe('pods/portforward to the in-memory MongoDB', () => {
  let sandbox: Sandbox;
  let mongo: MongoSandbox;
  let local: LocalForward;

  beforeAll(async () => {
    mongo = await MongoSandbox.start({
      rootUser: 'root',
      rootPassword: 'rootpw',
      databases: { app: { collections: { items: { documents: [{ n: 1 }, { n: 2 }, { n: 3 }] } } } },
    });
    sandbox = await Sandbox.start();
    sandbox.load([pod('mongodb-0')]);
    sandbox.forwardPort('mongodb', 'mongodb-0', 27017, { host: '127.0.0.1', port: mongo.port });
    local = await forwardLocally(sandbox.kubeconfig(), 'mongodb', 'mongodb-0', 27017);
  });
  afterAll(async () => {
    await local.close();
    await sandbox.stop();
    await mongo.stop();
  });

  test('the driver authenticates with SCRAM-SHA-256 and reads and writes through the API server', async () => {
    const client = new MongoClient(
      mongo.uriFor('root', 'rootpw', 'admin', `127.0.0.1:${local.port}`) +
        '&directConnection=true&authMechanism=SCRAM-SHA-256',
      { serverSelectionTimeoutMS: 5000 },
    );
    try {
      const items = client.db('app').collection('items');
      expect(await items.countDocuments()).toBe(3);
      await items.insertOne({ n: 4 });
      expect(
        await items
          .find({ n: { $gte: 3 } })
          .sort({ n: 1 })
          .toArray(),
      ).toMatchObject([{ n: 3 }, { n: 4 }]);
    } finally {
      await client.close();
    }
    expect(mongo.writes).toEqual([{ command: 'insert', db: 'app', collection: 'items', count: 1 }]);
    const forwards = sandbox.requests.filter({ resource: 'pods/portforward', name: 'mongodb-0' });
    expect(forwards.length).toBeGreaterThan(0);
    expect(forwards.every((e) => e.status === 101 && !e.mutating)).toBe(true);
    expect(mongo.commands.filter((c) => c.command === 'saslContinue' && c.ok)).not.toHaveLength(0);
  });

  test('latency: each answer through the tunnel comes one latency later, in order, and every message in is counted', async () => {
    const client = new MongoClient(
      mongo.uriFor('root', 'rootpw', 'admin', `127.0.0.1:${local.port}`) + '&directConnection=true',
      { serverSelectionTimeoutMS: 5000, maxPoolSize: 1 },
    );
    let messages = 0;
    const stop = sandbox.onTunnelData(() => messages++);
    try {
      await client.db('admin').command({ ping: 1 });
      sandbox.faults.latencyMs = 120;
      messages = 0;
      const t = Date.now();
      await client.db('admin').command({ ping: 1 });
      expect(Date.now() - t).toBeGreaterThanOrEqual(110);
      expect(messages).toBeGreaterThanOrEqual(1);
      // A reply of many chunks arrives whole and in order.
      const many = Array.from({ length: 2000 }, (_, n) => ({ n, pad: 'x'.repeat(200) }));
      await client.db('app').collection('bulk').insertMany(many);
      const back = await client
        .db('app')
        .collection('bulk')
        .find({}, { sort: { n: 1 } })
        .toArray();
      expect(back.map((d) => d.n)).toEqual(many.map((d) => d.n));
    } finally {
      sandbox.faults.latencyMs = 0;
      stop();
      await client
        .db('app')
        .collection('bulk')
        .drop()
        .catch(() => undefined);
      await client.close();
    }
  });

  test('a pod that does not exist is a 404 and opens no connection', async () => {
    const kc = new k8s.KubeConfig();
    kc.loadFromString(sandbox.kubeconfig());
    const before = mongo.connections;
    const { PassThrough } = await import('node:stream');
    await expect(
      new k8s.PortForward(kc).portForward(
        'mongodb',
        'mongodb-9',
        [27017],
        new PassThrough(),
        null,
        new PassThrough(),
      ),
    ).rejects.toMatchObject({ message: expect.stringContaining('404') });
    expect(sandbox.requests.filter({ name: 'mongodb-9' }).map((e) => e.status)).toEqual([404]);
    expect(mongo.connections).toBe(before);
  });

  test('a pod that is not running yet is refused as the API server refuses it', async () => {
    const slow = await Sandbox.start({ deploymentReadyDelayMs: 60_000 });
    try {
      slow.load([pod('mongodb-0')]);
      const kc = new k8s.KubeConfig();
      kc.loadFromString(slow.kubeconfig());
      const { PassThrough } = await import('node:stream');
      await expect(
        new k8s.PortForward(kc).portForward(
          'mongodb',
          'mongodb-0',
          [27017],
          new PassThrough(),
          null,
          new PassThrough(),
        ),
      ).rejects.toMatchObject({ message: expect.stringContaining('400') });
    } finally {
      await slow.stop();
    }
  });

  test('a port nothing listens on reports the kubelet error on the error channel', async () => {
    const kc = new k8s.KubeConfig();
    kc.loadFromString(sandbox.kubeconfig());
    const { PassThrough } = await import('node:stream');
    const err = new PassThrough();
    const chunks: Buffer[] = [];
    err.on('data', (c: Buffer) => chunks.push(c));
    const ws = await new k8s.PortForward(kc).portForward(
      'mongodb',
      'mongodb-0',
      [8080],
      new PassThrough(),
      err,
      new PassThrough(),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(Buffer.concat(chunks).toString()).toContain('connect: connection refused');
    (typeof ws === 'function' ? ws() : ws)?.close();
  });

  test('kubectl port-forward (SPDY, or SPDY over WebSocket) is refused with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-pf-'));
    writeFileSync(join(dir, 'kubeconfig'), sandbox.kubeconfig(), { mode: 0o600 });
    for (const tools of ['v32', 'v35']) {
      const kubectl = resolve(__dirname, '../../../.cache/bin', tools, 'kubectl');
      const out = await new Promise<string>((done) =>
        execFile(
          kubectl,
          ['port-forward', '-n', 'mongodb', 'pod/mongodb-0', '0:27017'],
          {
            env: { PATH: process.env.PATH, HOME: join(dir, tools), KUBECONFIG: join(dir, 'kubeconfig') },
            timeout: 20000,
          },
          (_e, stdout, stderr) => done(stdout + stderr),
        ),
      );
      expect(out).toContain('the sandbox serves port-forward over WebSockets');
    }
  });
});
