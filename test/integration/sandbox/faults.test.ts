import { Agent, request } from 'node:http';
import { Sandbox } from '../../../src/sandbox/index';
import { Harness } from './harness';
import { call } from './http';

describe('fault injection and the request log', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await Sandbox.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  test('latency delays every answer', async () => {
    s.faults.latencyMs = 120;
    const t = Date.now();
    await call(s.url, 'GET', '/api/v1/namespaces');
    expect(Date.now() - t).toBeGreaterThanOrEqual(110);
  });

  test('connectLatencyMs delays the first answer on a new connection only; the log marks it', async () => {
    s.faults.connectLatencyMs = 150;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const t = Date.now();
        request(`${s.url}${path}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(Date.now() - t));
        })
          .on('error', reject)
          .end();
      });
    try {
      expect(await get('/api/v1/namespaces')).toBeGreaterThanOrEqual(140);
      await get('/api/v1/namespaces/default');
      const other = new Agent({ keepAlive: false });
      await new Promise<void>((resolve, reject) =>
        request(`${s.url}/version`, { agent: other }, (res) => res.resume().on('end', () => resolve()))
          .on('error', reject)
          .end(),
      );
      expect(s.requests.entries.map((e) => [e.path, e.newConnection === true])).toEqual([
        ['/api/v1/namespaces', true],
        ['/api/v1/namespaces/default', false],
        ['/version', true],
      ]);
    } finally {
      agent.destroy();
    }
  });

  test('error rules by verb and resource: 429 with Retry-After, 503, 500; `times` spends a rule', async () => {
    s.faults.errorRate({
      verb: 'list',
      resource: 'configmaps',
      rate: 1,
      status: 429,
      retryAfterSeconds: 2,
      times: 1,
    });
    s.faults.errorRate({ verb: 'create', rate: 1, status: 503 });
    const limited = await call(s.url, 'GET', '/api/v1/namespaces/default/configmaps');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body).toMatchObject({ reason: 'TooManyRequests', code: 429 });
    expect((await call(s.url, 'GET', '/api/v1/namespaces/default/configmaps')).status).toBe(200);
    expect((await call(s.url, 'GET', '/api/v1/namespaces/default/secrets')).status).toBe(200);
    const unavailable = await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', {
      metadata: { name: 'x' },
    });
    expect(unavailable.status).toBe(503);
    expect(s.get('v1', 'ConfigMap', 'x', 'default')).toBeUndefined();
    s.faults.clear();
    s.faults.errorRate({ rate: 0.5, status: 500 });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => call(s.url, 'GET', '/api/v1/namespaces').then((r) => r.status)),
    );
    const failed = statuses.filter((c) => c === 500).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
  });

  test('timeout holds the request until the client gives up, or holdMs passes', async () => {
    s.faults.errorRate({ resource: 'secrets', rate: 1, status: 'timeout' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(
      fetch(`${s.url}/api/v1/namespaces/default/secrets`, { signal: controller.signal }),
    ).rejects.toThrow();
    s.faults.clear();
    s.faults.errorRate({ resource: 'configmaps', rate: 1, status: 'timeout', holdMs: 100 });
    const started = Date.now();
    await expect(fetch(`${s.url}/api/v1/namespaces/default/configmaps`)).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  test('dieAfterMutations: after n writes every request is reset, nothing more is applied', async () => {
    s.faults.dieAfterMutations(2);
    for (const name of ['a', 'b']) {
      expect(
        (await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name } })).status,
      ).toBe(201);
    }
    await expect(
      call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'c' } }),
    ).rejects.toThrow();
    await expect(call(s.url, 'GET', '/api/v1/namespaces')).rejects.toThrow();
    expect(s.get('v1', 'ConfigMap', 'c', 'default')).toBeUndefined();
    s.faults.clear();
    expect((await call(s.url, 'GET', '/api/v1/namespaces')).status).toBe(200);
  });

  test('the request log names verb, resource, namespace and name; mutating() skips dry runs and reads', async () => {
    s.requests.clear();
    await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', { metadata: { name: 'logged' } });
    await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps?dryRun=All', {
      metadata: { name: 'dry' },
    });
    await call(s.url, 'GET', '/api/v1/namespaces/default/configmaps/logged');
    await call(
      s.url,
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/none/scale',
      { spec: { replicas: 0 } },
      'application/merge-patch+json',
    );
    expect(
      s.requests.entries.map((e) => [e.verb, e.resource, e.namespace, e.name, e.status, e.dryRun]),
    ).toEqual([
      ['create', 'configmaps', 'default', undefined, 201, false],
      ['create', 'configmaps', 'default', undefined, 201, true],
      ['get', 'configmaps', 'default', 'logged', 200, false],
      ['patch', 'deployments/scale', 'default', 'none', 404, false],
    ]);
    expect(s.requests.mutating().map((e) => e.path)).toEqual(['/api/v1/namespaces/default/configmaps']);
  });
});

describe('denied permissions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ deniedPermissions: [{ verb: 'patch', resource: 'persistentvolumes' }] });
    h.sandbox.load([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: 'pv1' },
        spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/x' } },
      },
    ]);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('SelfSubjectAccessReview and the real request agree', async () => {
    const can = await h.kubectl('v32', ['auth', 'can-i', 'patch', 'persistentvolumes']);
    expect(can.stdout.trim()).toBe('no');
    const canGet = await h.kubectl('v35', ['auth', 'can-i', 'get', 'persistentvolumes']);
    expect(canGet.stdout.trim()).toBe('yes');
    const patch = await h.kubectl('v32', [
      'patch',
      'pv',
      'pv1',
      '-p',
      '{"spec":{"persistentVolumeReclaimPolicy":"Delete"}}',
    ]);
    expect(patch.code).not.toBe(0);
    expect(patch.stderr).toContain(
      'persistentvolumes "pv1" is forbidden: User "system:serviceaccount:sandbox:k2h" cannot patch resource "persistentvolumes" in API group "" at the cluster scope',
    );
    expect(h.sandbox.get('v1', 'PersistentVolume', 'pv1').spec.persistentVolumeReclaimPolicy).toBe('Retain');
    h.sandbox.setDeniedPermissions([]);
    expect((await h.kubectl('v32', ['auth', 'can-i', 'patch', 'persistentvolumes'])).stdout.trim()).toBe(
      'yes',
    );
    const who = await h.kubectl('v35', ['auth', 'whoami', '-o', 'json']);
    expect(JSON.parse(who.stdout).status.userInfo.username).toBe('system:serviceaccount:sandbox:k2h');
  });
});
