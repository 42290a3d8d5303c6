/**
 * The pipeline's runner may die after any request. For every K, a run that dies after its K-th
 * mutating request, followed by a plain re-run, must end in the same state as an uninterrupted
 * run — the whole of it: the cluster's objects, the PVC backups (the kustomize ones included,
 * their uid checked against the live claim), the record in the state dir and in the cluster —
 * and lose no volume. Crash points that fall between a local record write and its mirror write
 * are also re-run without the state dir (the artifact lost): the mirror alone must suffice.
 * From the sandbox's request log: every change is preceded by a successful write of the record
 * mirror (the write-ahead facts were durable before the mutation they cover).
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { clearLease, readLease } from '../../../src/kube/lease';
import { LOCK_NAME } from '../../../src/phases/run-lock';
import { MIGRATION_ANNOTATION } from '../../../src/record/created';
import type { RequestEntry } from '../../../src/sandbox/request-log';
import { MemoryLogger } from '../../support/memory-logger';
import { PREFLIGHT_OK, world, type World } from '../trust/support';

type Snapshot = Record<string, unknown>;

/** The cluster objects the phases are responsible for, with per-world values (uids, ids) left out. */
function cluster(w: World, recordId: string): Snapshot {
  const meta = (o: any) => {
    const annotations = { ...(o.metadata.annotations ?? {}) };
    // The migration id differs per world: it must be this world's record id.
    if (annotations[MIGRATION_ANNOTATION] !== undefined) {
      expect(annotations[MIGRATION_ANNOTATION]).toBe(recordId);
      annotations[MIGRATION_ANNOTATION] = '<record id>';
    }
    return { annotations, labels: o.metadata.labels ?? {} };
  };
  const kinds: Array<[string, string]> = [
    ['storage.k8s.io/v1', 'StorageClass'],
    ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
    ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
    ['networking.k8s.io/v1', 'IngressClass'],
  ];
  return {
    secrets: w.sandbox
      .list('v1', 'Secret', 'cognigy-ai')
      .map((s) => ({ name: s.metadata.name, type: s.type, data: s.data, ...meta(s) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    pvs: w.sandbox
      .list('v1', 'PersistentVolume')
      .map((p) => [
        p.metadata.name,
        p.spec.persistentVolumeReclaimPolicy,
        p.status?.phase,
        p.spec.claimRef?.name,
      ])
      .sort(),
    pvcs: w.sandbox
      .list('v1', 'PersistentVolumeClaim', 'default')
      .map((p) => [p.metadata.name, p.spec.volumeName, p.status?.phase])
      .sort(),
    clusterObjects: kinds.flatMap(([apiVersion, kind]) =>
      w.sandbox
        .list(apiVersion, kind)
        .map((o) => ({ kind, name: o.metadata.name, ...meta(o) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ),
    // The run lock is released (no holder) once the phases are done.
    lockHolder: w.sandbox.get('coordination.k8s.io/v1', 'Lease', LOCK_NAME, 'default')?.spec?.holderIdentity,
    lost: [...w.sandbox.lostVolumes],
  };
}

/** Every backup file; the kustomize PVC backups must carry the live claim's uid. */
function backups(w: World): Snapshot {
  const dir = join(w.stateDir, 'pvc-backups');
  const out: Snapshot = {};
  for (const f of readdirSync(dir).sort()) {
    const doc = yaml.load(readFileSync(join(dir, f), 'utf8')) as any;
    if (f.endsWith('-pvc-kustomize.yaml')) {
      const live = w.sandbox.get('v1', 'PersistentVolumeClaim', doc.metadata.name, 'default');
      expect({ f, uid: doc.metadata.uid }).toEqual({ f, uid: live.metadata.uid });
    }
    // Server-assigned values differ per world; everything else must be the same.
    for (const k of ['uid', 'resourceVersion', 'creationTimestamp', 'managedFields'])
      delete doc.metadata?.[k];
    out[f] = doc;
  }
  return out;
}

/** A record with what differs per world or per run (ids, times, generations, uids) taken out. */
function normalized(r: any, w: World): Snapshot {
  const copy = JSON.parse(JSON.stringify(r));
  for (const k of ['id', 'generation', 'createdAt', 'updatedAt']) delete copy[k];
  delete copy.cluster;
  for (const p of copy.pvcs) delete p.reclaimPolicyReadAt;
  for (const [name, e] of Object.entries<any>(copy.phases)) {
    copy.phases[name] = { status: e.status, error: e.error };
  }
  // Created objects: each uid must be the live object's; then the uid is left out.
  copy.createdObjects = (copy.createdObjects ?? [])
    .map((c: any) => {
      const live = w.sandbox.get(c.apiVersion, c.kind, c.name, c.namespace);
      expect({ c: c.name, uid: c.uid }).toEqual({ c: c.name, uid: live?.metadata.uid });
      return { ...c, uid: '<live uid>' };
    })
    .sort((a: any, b: any) => a.name.localeCompare(b.name));
  copy.adoptions.sort((a: any, b: any) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
  copy.migratedSecrets.sort();
  return copy;
}

/** The record, local and mirrored: both must be the same (after normalising). */
function records(w: World): { local: Snapshot; mirror: Snapshot; id: string } {
  const local = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
  const cm = w.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default');
  const mirror = JSON.parse(cm.data['record.json']);
  expect(mirror.id).toBe(local.id);
  // The mirror carries every backup the state dir has.
  const mirrored = Object.keys(cm.data)
    .filter((k) => k.startsWith('pvc-backup.'))
    .map((k) => k.slice('pvc-backup.'.length))
    .sort();
  expect(mirrored).toEqual(readdirSync(join(w.stateDir, 'pvc-backups')).sort());
  return { local: normalized(local, w), mirror: normalized(mirror, w), id: local.id };
}

/** The whole end state. */
function endState(w: World): Snapshot {
  const r = records(w);
  // The mirror must say what the state dir says (compared with the uninterrupted run's record).
  return { cluster: cluster(w, r.id), backups: backups(w), record: r.local, mirror: r.mirror };
}

const isRecordWrite = (e: RequestEntry) => e.resource === 'configmaps' && e.namespace === 'default';

/**
 * From the request log of one phase run alone: every change to the installation (anything but
 * the record mirror and the run lock) comes after a successful write of the record mirror.
 */
function writeAheadDurable(run: RequestEntry[], label: string): void {
  let recordWritten = false;
  for (const e of run) {
    if (!e.mutating || e.dryRun || e.status < 200 || e.status >= 300) continue;
    if (e.resource === 'leases' || String(e.resource).startsWith('selfsubject')) continue;
    if (isRecordWrite(e)) recordWritten = true;
    else
      expect({ label, change: `${e.method} ${e.path}`, recordWrittenBefore: recordWritten }).toEqual({
        label,
        change: `${e.method} ${e.path}`,
        recordWrittenBefore: true,
      });
  }
}

/** Runs migrate-secrets then prepare-storage; each phase run's requests are checked for write-ahead. */
async function migrate(w: World, label: string): Promise<boolean> {
  for (const phase of ['migrate-secrets', 'prepare-storage'] as const) {
    const from = w.sandbox.requests.entries.length;
    const r = await w.run(phase);
    writeAheadDurable(w.sandbox.requests.entries.slice(from), `${label} ${phase}`);
    if (!r.result?.ok) return false;
  }
  return true;
}

/** What `k2h unlock --holder <dead run>` does: clear the lease a killed run left held. */
async function unlockDeadRun(w: World): Promise<void> {
  const kube = new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger(), { retries: 0 });
  const lease = await readLease(kube, 'default', LOCK_NAME);
  if (lease?.holder) await clearLease(kube, lease);
}

const VARIANT = { variant: 'aws' as const };

describe('crash after any mutating request, then re-run', () => {
  test('converges to the whole uninterrupted end state for every crash point (aws)', async () => {
    const ref = await world(VARIANT);
    let expected: Snapshot;
    let reference: RequestEntry[];
    try {
      expect((await ref.run('preflight', PREFLIGHT_OK)).result?.error).toBeUndefined();
      ref.sandbox.requests.clear();
      expect(await migrate(ref, 'uninterrupted')).toBe(true);
      reference = ref.sandbox.requests.mutating();
      expected = endState(ref);
    } finally {
      await ref.stop();
    }
    const total = reference.length;
    expect(total).toBeGreaterThan(20);
    // Crash points where the next request would have been a mirror write: the local record is
    // written, its mirror is not.
    // (After the first mirror write: before it only preflight's local record exists, and losing
    // that means re-running preflight, which the record tests cover.)
    const firstMirror = reference.findIndex(isRecordWrite);
    const betweenCopies = [...Array(total).keys()].filter(
      (k) => k > firstMirror && isRecordWrite(reference[k]),
    );
    expect(betweenCopies.length).toBeGreaterThan(2);

    // npm test: every crash point between a local record write and its mirror write, plus 10
    // evenly spread others (the same ones every run); K2H_PROOF_FULL=1 (npm run test:full): all.
    const all = [...Array(total).keys()].slice(1);
    const spread = Array.from({ length: 10 }, (_, i) => all[Math.round((i * (all.length - 1)) / 9)]);
    const chosen =
      process.env.K2H_PROOF_FULL === '1'
        ? all
        : [...new Set([...spread, ...betweenCopies])].sort((a, b) => a - b);
    console.log(
      `crash-resume (pre-downtime phases): K=${total} crash points ${chosen.length} of ${all.length}`,
    );
    for (const k of chosen) {
      for (const artifactLost of betweenCopies.includes(k) ? [false, true] : [false]) {
        const w = await world(VARIANT);
        try {
          expect((await w.run('preflight', PREFLIGHT_OK)).result?.error).toBeUndefined();
          w.sandbox.requests.clear();
          w.sandbox.faults.dieAfterMutations(k);
          // (A crash that only cuts the lock's release leaves the run successful: the release is
          // best effort, the lease expires by itself.)
          await migrate(w, `crash at ${k}`);
          w.sandbox.faults.clear();
          // The dead run still holds the migration lock: the operator removes it (k2h unlock).
          await unlockDeadRun(w);
          if (artifactLost) {
            // The job died before uploading its artifact: the next one starts from nothing local.
            rmSync(join(w.stateDir, 'migration-record.json'));
            if (existsSync(join(w.stateDir, 'pvc-backups')))
              rmSync(join(w.stateDir, 'pvc-backups'), { recursive: true });
          }
          if (!(await migrate(w, `re-run after ${k}${artifactLost ? ' (artifact lost)' : ''}`)))
            throw new Error(
              `re-run after a crash at mutation ${k}${artifactLost ? ' (artifact lost)' : ''} did not complete`,
            );
          expect({ k, artifactLost, ...endState(w) }).toEqual({ k, artifactLost, ...expected });
          expect(w.sandbox.lostVolumes).toEqual([]);
        } finally {
          await w.stop();
        }
      }
    }
  }, 900_000);
});
