/**
 * Snapshots that are backups: a VolumeSnapshot counts only when `readyToUse: true`; created ones
 * are waited for (deadline, progress) and created only after the record exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { waitForSnapshots } from '../../../src/phases/snapshots';
import { Sandbox } from '../../../src/sandbox';
import { MemoryLogger } from '../../support/memory-logger';
import { PREFLIGHT_OK, world } from './support';

const SNAP = 'snapshot.storage.k8s.io/v1';
const NO_ACK = { ...PREFLIGHT_OK, 'acknowledge-no-snapshots': 'false' };
const record = (dir: string) => JSON.parse(readFileSync(join(dir, 'migration-record.json'), 'utf8'));
const snapshot = (name: string, pvc: string, extra: object = {}) => ({
  apiVersion: SNAP,
  kind: 'VolumeSnapshot',
  metadata: { name, namespace: 'default' },
  spec: { source: { persistentVolumeClaimName: pvc }, ...extra },
});

describe('preflight with snapshots', () => {
  test('created snapshots are waited for until ready, after the record was written (and mirrored)', async () => {
    const w = await world({}, { volumeSnapshots: true, deploymentReadyDelayMs: 300 });
    try {
      const out = await w.run('preflight', { ...NO_ACK, 'create-snapshots': 'true' });
      expect(out.result?.error).toBeUndefined();
      const snaps = w.sandbox.list(SNAP, 'VolumeSnapshot', 'default');
      expect(snaps.length).toBe(3);
      expect(snaps.every((s) => s.status?.readyToUse === true)).toBe(true);
      const rec = record(w.stateDir);
      expect(rec.snapshots.map((s: any) => s.name).sort()).toEqual(snaps.map((s) => s.metadata.name).sort());
      for (const s of rec.snapshots)
        expect(s).toMatchObject({
          createdByK2h: true,
          uid: snaps.find((x) => x.metadata.name === s.name).metadata.uid,
        });
      // The request log: the record reached the cluster before the first snapshot was created.
      const writes = w.sandbox.requests.mutating();
      const recordAt = writes.findIndex((e) => e.resource === 'configmaps');
      const firstSnapshot = writes.findIndex((e) => e.resource === 'volumesnapshots');
      expect(recordAt).toBeGreaterThanOrEqual(0);
      expect(recordAt).toBeLessThan(firstSnapshot);
      expect(out.log.lines.join('\n')).toMatch(/VolumeSnapshots: \d of 3 ready/);
      // The cluster's copy knows them too (a rollback or clean-up without the state dir), in step
      // with the state dir's: the next phase has nothing to bring up to date.
      const mirror = w.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default');
      const mirrored = JSON.parse(mirror.data['record.json']);
      expect(mirrored.generation).toBe(rec.generation);
      expect(mirrored.snapshots).toEqual(rec.snapshots);
      // A re-run counts them (ready) and creates nothing.
      w.sandbox.requests.clear();
      expect((await w.run('preflight', NO_ACK)).result?.error).toBeUndefined();
      expect(w.sandbox.requests.mutating().filter((e) => e.resource === 'volumesnapshots')).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('a snapshot that is not ready is no backup: blocker, nothing changed', async () => {
    const w = await world({}, { volumeSnapshots: true }, [
      snapshot('manual-functions', 'functions', { volumeSnapshotClassName: 'no-such-class' }),
    ]);
    try {
      w.sandbox.requests.clear();
      const out = await w.run('preflight', NO_ACK);
      expect(out.result?.error).toMatch(
        /VolumeSnapshot manual-functions failed: VolumeSnapshotClass.snapshot.storage.k8s.io "no-such-class" not found of PVC default\/functions is no backup yet/,
      );
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);
});

describe('waitForSnapshots', () => {
  let sandbox: Sandbox;
  let kube: Kube;
  beforeAll(async () => {
    sandbox = await Sandbox.start({ volumeSnapshots: true, deploymentReadyDelayMs: 60_000 });
    sandbox.load([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: 'pv-a' },
        spec: {
          capacity: { storage: '1Gi' },
          accessModes: ['ReadWriteOnce'],
          hostPath: { path: '/a' },
          claimRef: { namespace: 'default', name: 'a' },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'a', namespace: 'default' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '1Gi' } },
          volumeName: 'pv-a',
          storageClassName: '',
        },
      },
    ]);
    kube = new Kube(loadKubeConfig({ kubeconfig: sandbox.kubeconfig() }), new MemoryLogger(), { retries: 0 });
  });
  afterAll(() => sandbox.stop());

  test('gives up at the deadline, saying how far it got', async () => {
    sandbox.load([snapshot('slow', 'a')]);
    const progress: string[] = [];
    await expect(
      waitForSnapshots(kube, 'default', ['slow'], { timeoutMs: 500, onProgress: (t) => progress.push(t) }),
    ).rejects.toThrow(
      /timed out after \d+ s waiting for the VolumeSnapshots slow in default to be ready to use \(0 of 1 ready\)/,
    );
    expect(progress).toContain('0 of 1 ready');
  });

  test('a snapshot its controller failed stops the wait at once with the reason', async () => {
    sandbox.load([snapshot('broken', 'missing-claim')]);
    await expect(waitForSnapshots(kube, 'default', ['broken'], { timeoutMs: 30_000 })).rejects.toThrow(
      /VolumeSnapshot default\/broken failed: .*PersistentVolumeClaim "missing-claim" not found: it is no backup/,
    );
  });
});
