/** rebind() against the sandbox: the move itself, and a claim held Terminating by a pod. */
import { ConfigurationError } from '../../../src/core/errors';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { rebind, type RebindPlan } from '../../../src/kube/rebind';
import { Sandbox } from '../../../src/sandbox/index';
import { MemoryLogger } from '../../support/memory-logger';

const pv = {
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'data-pv' },
  spec: {
    capacity: { storage: '5Gi' },
    accessModes: ['ReadWriteOnce'],
    persistentVolumeReclaimPolicy: 'Retain',
    storageClassName: 'manual',
    hostPath: { path: '/data' },
  },
};
const oldClaim = {
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'old' },
  spec: {
    accessModes: ['ReadWriteOnce'],
    storageClassName: 'manual',
    volumeName: 'data-pv',
    resources: { requests: { storage: '5Gi' } },
  },
};
const plan: RebindPlan = {
  pv: 'data-pv',
  from: { namespace: 'old', name: 'data' },
  claim: { ...oldClaim, metadata: { name: 'data', namespace: 'new' } },
  expect: { capacity: '5Gi', accessModes: ['ReadWriteOnce'] },
};
const holder = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'holder', namespace: 'old' },
  spec: {
    containers: [{ name: 'c', image: 'busybox' }],
    volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }],
  },
};

describe('rebind', () => {
  let sandbox: Sandbox;
  let kube: Kube;
  beforeEach(async () => {
    sandbox = await Sandbox.start();
    kube = new Kube(loadKubeConfig({ kubeconfig: sandbox.kubeconfig() }), new MemoryLogger(), { retries: 0 });
  });
  afterEach(() => sandbox.stop());

  test('moves the volume to the new claim: bound, verified, the same PV', async () => {
    sandbox.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'new' } }, pv, oldClaim]);
    const uid = sandbox.get('v1', 'PersistentVolume', 'data-pv').metadata.uid;
    const done = await rebind(kube, plan, { timeoutMs: 10_000 });
    const claim = sandbox.get('v1', 'PersistentVolumeClaim', 'data', 'new');
    const after = sandbox.get('v1', 'PersistentVolume', 'data-pv');
    expect(claim.status.phase).toBe('Bound');
    expect(after.metadata.uid).toBe(uid);
    expect(after.spec.claimRef).toMatchObject({ namespace: 'new', name: 'data', uid: claim.metadata.uid });
    expect(sandbox.get('v1', 'PersistentVolumeClaim', 'data', 'old')).toBeUndefined();
    expect(done.changes).toEqual([
      'deleted PVC old/data',
      'reserved PV data-pv for new/data',
      'created PVC new/data',
      'verified new/data Bound to data-pv (5Gi, ReadWriteOnce)',
    ]);
    expect(sandbox.lostVolumes).toEqual([]);
  });

  test('a claim a pod still mounts stays Terminating: the error names the pod, the PV is untouched', async () => {
    sandbox.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'new' } }, pv, oldClaim, holder]);
    const err = await rebind(kube, plan, { timeoutMs: 500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(
      'PVC old/data is stuck Terminating after 1 s: pod holder still mounts it. Stop it, then re-run. PV data-pv is untouched (Retain).',
    );
    const after = sandbox.get('v1', 'PersistentVolume', 'data-pv');
    expect(after.status.phase).toBe('Bound');
    expect(after.spec.persistentVolumeReclaimPolicy).toBe('Retain');
    expect(after.spec.claimRef).toMatchObject({ namespace: 'old', name: 'data' });
    expect(sandbox.get('v1', 'PersistentVolumeClaim', 'data', 'new')).toBeUndefined();
    // Once the pod is gone, a re-run finishes the move.
    await kube.delete('v1', 'Pod', 'holder', 'old');
    expect(sandbox.get('v1', 'Pod', 'holder', 'old')).toBeUndefined();
    const done = await rebind(kube, plan, { timeoutMs: 10_000 });
    expect(done.changes).toContain('verified new/data Bound to data-pv (5Gi, ReadWriteOnce)');
    expect(sandbox.lostVolumes).toEqual([]);
  });

  /** Makes `change` to the PV (over HTTP, as another client) just before k2h's reserve is sent. */
  const beforeReserve = (change: object) => {
    const patch = kube.patch.bind(kube);
    let reserves = 0;
    kube.patch = (async (...args: Parameters<Kube['patch']>) => {
      const body = args[4] as { spec?: { claimRef?: unknown } };
      if (args[1] === 'PersistentVolume' && body?.spec?.claimRef && !reserves++)
        await fetch(`${sandbox.url}/api/v1/persistentvolumes/data-pv`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/merge-patch+json' },
          body: JSON.stringify(change),
        });
      return patch(...args);
    }) as Kube['patch'];
    return () => reserves;
  };

  test('the PV changed by another writer after it was Released (a controller): read again, reserved, moved', async () => {
    sandbox.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'new' } }, pv, oldClaim]);
    const reserves = beforeReserve({ metadata: { annotations: { 'controller.example/seen': 'yes' } } });
    const done = await rebind(kube, plan, { timeoutMs: 10_000 });
    // The reserve, refused once (409), then sent again with the version read after it.
    expect(reserves()).toBe(2);
    const conflicts = sandbox.requests.entries.filter(
      (e) => e.resource === 'persistentvolumes' && e.status === 409,
    );
    expect(conflicts.map((e) => `${e.method} ${e.name}`)).toEqual(['PATCH data-pv']);
    const claim = sandbox.get('v1', 'PersistentVolumeClaim', 'data', 'new');
    expect(claim.status.phase).toBe('Bound');
    expect(sandbox.get('v1', 'PersistentVolume', 'data-pv').spec.claimRef).toMatchObject({
      namespace: 'new',
      name: 'data',
      uid: claim.metadata.uid,
    });
    expect(done.changes).toContain('reserved PV data-pv for new/data');
    expect(sandbox.lostVolumes).toEqual([]);
  });

  test('the PV claimed by another claim meanwhile: a clear error naming it, no new claim, the other keeps it', async () => {
    sandbox.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'new' } }, pv, oldClaim]);
    beforeReserve({
      spec: {
        claimRef: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          namespace: 'intruder',
          name: 'grab',
          uid: null,
          resourceVersion: null,
        },
      },
    });
    const err = await rebind(kube, plan, { timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(
      'PV data-pv changed while k2h reserved it (it is now claimed by intruder/grab); re-run to see its state',
    );
    expect(sandbox.get('v1', 'PersistentVolumeClaim', 'data', 'new')).toBeUndefined();
    const after = sandbox.get('v1', 'PersistentVolume', 'data-pv');
    expect(after.spec.claimRef).toMatchObject({ namespace: 'intruder', name: 'grab' });
    expect(after.spec.persistentVolumeReclaimPolicy).toBe('Retain');
  });

  test('a claim of the old name created meanwhile (a GitOps re-apply) is another claim: refused, not taken over', async () => {
    sandbox.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'new' } }, pv, oldClaim]);
    beforeReserve({
      spec: {
        claimRef: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          namespace: 'old',
          name: 'data',
          uid: 'a-new-claim-uid',
        },
      },
    });
    const err = await rebind(kube, plan, { timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(
      'PV data-pv changed while k2h reserved it (it is now claimed by old/data); re-run to see its state',
    );
    expect(sandbox.get('v1', 'PersistentVolumeClaim', 'data', 'new')).toBeUndefined();
    expect(sandbox.get('v1', 'PersistentVolume', 'data-pv').spec.claimRef).toMatchObject({
      uid: 'a-new-claim-uid',
    });
  });
});
