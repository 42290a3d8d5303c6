/**
 * The pipeline's runner may die after any request. For every K, a run that dies after its K-th
 * mutating request, followed by a plain re-run, must end in the same cluster state as an
 * uninterrupted run, and lose no volume.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { clearLease, readLease } from '../../../src/kube/lease';
import { LOCK_NAME } from '../../../src/phases/run-lock';
import { MemoryLogger } from '../../support/memory-logger';
import { PREFLIGHT_OK, world } from './harness';

type Snapshot = Record<string, unknown>;

/** What the phases are responsible for, read back from the sandbox. */
function observe(w: Awaited<ReturnType<typeof world>>): Snapshot {
  const pick = (o: any) => ({ annotations: o.metadata.annotations ?? {}, labels: o.metadata.labels ?? {} });
  return {
    secrets: w.sandbox
      .list('v1', 'Secret', 'cognigy-ai')
      .map((s) => ({ name: s.metadata.name, data: s.data, ...pick(s) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    pvs: w.sandbox
      .list('v1', 'PersistentVolume')
      .map((p) => [p.metadata.name, p.spec.persistentVolumeReclaimPolicy, p.status?.phase])
      .sort(),
    adopted: ['StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'IngressClass'].flatMap((kind) =>
      w.sandbox
        .list(
          kind === 'StorageClass'
            ? 'storage.k8s.io/v1'
            : kind === 'IngressClass'
              ? 'networking.k8s.io/v1'
              : 'rbac.authorization.k8s.io/v1',
          kind,
        )
        .filter((o) => o.metadata.annotations?.['meta.helm.sh/release-name'])
        .map((o) => `${kind}/${o.metadata.name}`)
        .sort(),
    ),
    lost: [...w.sandbox.lostVolumes],
  };
}

async function migrate(w: Awaited<ReturnType<typeof world>>): Promise<boolean> {
  for (const phase of ['migrate-secrets', 'prepare-storage'] as const) {
    const r = await w.run(phase);
    if (!r.result?.ok) return false;
  }
  return true;
}

function files(w: Awaited<ReturnType<typeof world>>) {
  const dir = join(w.stateDir, 'pvc-backups');
  return ['flow-modules', 'functions', 'redis-persistent'].map((n) => ({
    original: (readFileSync(join(dir, `${n}-pvc-kustomize.yaml`), 'utf8').match(/uid: (\S+)/) ?? [])[1],
    helm: readFileSync(join(dir, `${n}-pvc.yaml`), 'utf8'),
  }));
}

/** What `k2h unlock --holder <dead run>` does: clear the lease a killed run left held. */
async function unlockDeadRun(w: Awaited<ReturnType<typeof world>>): Promise<void> {
  const kube = new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger(), { retries: 0 });
  const lease = await readLease(kube, 'default', LOCK_NAME);
  if (lease?.holder) await clearLease(kube, lease);
}

describe('crash after any mutating request, then re-run', () => {
  test('converges to the uninterrupted result for every crash point (aws)', async () => {
    const ref = await world({ variant: 'aws' });
    let expected: Snapshot;
    let expectedFiles: ReturnType<typeof files>;
    let total: number;
    try {
      expect((await ref.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      ref.sandbox.requests.clear();
      expect(await migrate(ref)).toBe(true);
      total = ref.sandbox.requests.mutating().length;
      expected = observe(ref);
      expectedFiles = files(ref);
    } finally {
      await ref.stop();
    }
    expect(total).toBeGreaterThan(20);
    // Every crash point; the sandboxes start fast, so all of them fit in the suite's budget.
    for (let k = 1; k < total; k++) {
      const w = await world({ variant: 'aws' });
      try {
        expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
        w.sandbox.faults.dieAfterMutations(k);
        expect(await migrate(w)).toBe(false);
        w.sandbox.faults.clear();
        // The dead run still holds the migration lock: the operator removes it (k2h unlock).
        await unlockDeadRun(w);
        const ok = await migrate(w);
        if (!ok) throw new Error(`re-run after a crash at mutation ${k} did not complete`);
        expect({ k, ...observe(w) }).toEqual({ k, ...expected });
        expect(files(w).map((f) => f.helm)).toEqual(expectedFiles.map((f) => f.helm));
        expect(w.sandbox.lostVolumes).toEqual([]);
      } finally {
        await w.stop();
      }
    }
  }, 300_000);
});
