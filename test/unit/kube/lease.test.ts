/**
 * The Lease lock against the sandbox API server, with the real client: one holder at a time,
 * takeover only after expiry, a lease changed between observe and acquire is never taken over.
 */
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { KubeApiError } from '../../../src/kube/errors';
import { LeaseHeldError, LeaseLock, clearLease, microTime, readLease } from '../../../src/kube/lease';
import { Sandbox } from '../../../src/sandbox';
import { MemoryLogger } from '../../support/memory-logger';

const NS = 'default';
const NAME = 'test-lock';
let sandbox: Sandbox;
let kube: Kube;

beforeAll(async () => {
  sandbox = await Sandbox.start();
  kube = new Kube(loadKubeConfig({ kubeconfig: sandbox.kubeconfig() }), new MemoryLogger(), { retries: 0 });
});
afterAll(() => sandbox.stop());
beforeEach(async () => {
  await kube.delete('coordination.k8s.io/v1', 'Lease', NAME, NS);
  sandbox.requests.clear();
});

const lock = (holder: string, o: ConstructorParameters<typeof LeaseLock>[4] = {}) =>
  new LeaseLock(kube, NS, NAME, holder, o);

describe('LeaseLock', () => {
  test('acquire creates the lease with MicroTime stamps; release clears the holder', async () => {
    const a = lock('run-a');
    expect(await a.observe()).toBeUndefined();
    await a.acquire();
    const live = sandbox.get('coordination.k8s.io/v1', 'Lease', NAME, NS);
    expect(live.spec.holderIdentity).toBe('run-a');
    expect(live.spec.leaseDurationSeconds).toBe(60);
    expect(live.spec.renewTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(a.held).toBe(true);
    await a.release();
    expect(sandbox.get('coordination.k8s.io/v1', 'Lease', NAME, NS).spec.holderIdentity).toBeUndefined();
  });

  test('a held lease refuses a second holder at once, naming the holder and the expiry', async () => {
    const a = lock('run-a');
    await a.acquire();
    sandbox.requests.clear();
    const err = await lock('run-b')
      .observe()
      .catch((e) => e);
    expect(err).toBeInstanceOf(LeaseHeldError);
    expect(err.message).toMatch(/held by run-a until \d{4}-\d\d-\d\dT[\d:.]+Z/);
    expect(sandbox.requests.mutating()).toEqual([]);
    await a.release();
  });

  test('of two candidates that both saw no lease, exactly one wins', async () => {
    const a = lock('run-a');
    const b = lock('run-b');
    await Promise.all([a.observe(), b.observe()]);
    const results = await Promise.allSettled([a.acquire(), b.acquire()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(LeaseHeldError);
    expect(lost.reason.message).toMatch(/taken after this run started/);
    await a.release();
    await b.release();
  });

  test('an expired lease is taken over (one more transition); an unexpired one is not', async () => {
    const a = lock('run-a', { durationSeconds: 5 });
    await a.acquire();
    await a.release().catch(() => undefined);
    // run-a dies without releasing: put its holder back as it was.
    await kube.patch('coordination.k8s.io/v1', 'Lease', NAME, NS, {
      spec: { holderIdentity: 'run-a', leaseDurationSeconds: 5, renewTime: microTime(Date.now()) },
    });
    await expect(lock('run-b').observe()).rejects.toThrow(/held by run-a/);
    const later = () => Date.now() + 6000;
    const b = lock('run-b', { now: later });
    await b.observe();
    await b.acquire();
    const live = sandbox.get('coordination.k8s.io/v1', 'Lease', NAME, NS);
    expect(live.spec.holderIdentity).toBe('run-b');
    expect(live.spec.leaseTransitions).toBe(1);
    await b.release();
  });

  test('a lease that changed between observe and acquire is not taken over', async () => {
    const b = lock('run-b');
    await b.observe(); // absent
    const a = lock('run-a');
    await a.acquire();
    await a.release(); // run-a came and went
    sandbox.requests.clear();
    await expect(b.acquire()).rejects.toThrow(/changed after this run started[\s\S]*Nothing was changed/);
    expect(sandbox.requests.mutating()).toEqual([]);
  });

  test('renewal moves renewTime; a lease taken by another is lost, not fought over', async () => {
    let t = Date.now();
    const a = lock('run-a', { now: () => t, renewEveryMs: 3_600_000 });
    await a.acquire();
    const first = sandbox.get('coordination.k8s.io/v1', 'Lease', NAME, NS).spec.renewTime;
    t += 2000;
    await a.renew();
    const second = sandbox.get('coordination.k8s.io/v1', 'Lease', NAME, NS).spec.renewTime;
    expect(Date.parse(second) - Date.parse(first)).toBe(2000);
    await kube.patch('coordination.k8s.io/v1', 'Lease', NAME, NS, { spec: { holderIdentity: 'thief' } });
    await a.renew();
    expect(a.held).toBe(false);
    expect(a.lost?.message).toMatch(/lost Lease default\/test-lock to thief/);
    await a.release();
    expect(sandbox.get('coordination.k8s.io/v1', 'Lease', NAME, NS).spec.holderIdentity).toBe('thief');
  });

  test('clearLease is guarded by the resourceVersion read', async () => {
    const a = lock('run-a');
    await a.acquire();
    const seen = (await readLease(kube, NS, NAME))!;
    await a.renew();
    await expect(clearLease(kube, seen)).rejects.toThrow(/changed while unlocking/);
    await clearLease(kube, (await readLease(kube, NS, NAME))!);
    expect((await readLease(kube, NS, NAME))!.holder).toBe('');
    await a.release().catch(() => undefined);
  });
});

describe('the sandbox serves Leases as the apiserver does', () => {
  test('times must be MicroTime (six fractional digits), durations positive', async () => {
    const lease = (spec: object) => ({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: NAME, namespace: NS },
      spec,
    });
    const bad = await kube.create(lease({ renewTime: new Date().toISOString() })).catch((e) => e);
    expect(bad).toBeInstanceOf(KubeApiError);
    expect(bad.code).toBe(400);
    const zero = await kube.create(lease({ leaseDurationSeconds: 0 })).catch((e) => e);
    expect(zero.code).toBe(422);
    expect(sandbox.requests.mutating()).toEqual([]);
    const ok = await kube.create(
      lease({ holderIdentity: 'x', renewTime: microTime(Date.now()), leaseDurationSeconds: 1 }),
    );
    expect(ok.metadata.uid).toBeTruthy();
  });

  test('discovery lists coordination.k8s.io/v1 leases', async () => {
    expect(await kube.hasApi('coordination.k8s.io/v1')).toBe(true);
  });

  test('kube-system has a uid per started sandbox, pinned by the option or a seed', async () => {
    const uid = (s: Sandbox) => s.get('v1', 'Namespace', 'kube-system').metadata.uid;
    const other = await Sandbox.start();
    const pinned = await Sandbox.start({ clusterUid: '0a0a0a0a-0000-4000-8000-000000000001' });
    try {
      expect(uid(other)).not.toBe(uid(sandbox));
      expect(uid(pinned)).toBe('0a0a0a0a-0000-4000-8000-000000000001');
      const before = uid(other);
      other.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system' } }]);
      expect(uid(other)).toBe(before);
      other.load([
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system', uid: 'seeded-uid' } },
      ]);
      expect(uid(other)).toBe('seeded-uid');
    } finally {
      await other.stop();
      await pinned.stop();
    }
  });
});
