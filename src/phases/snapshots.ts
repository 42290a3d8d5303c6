/**
 * VolumeSnapshots of the PVCs before anything is touched (preflight with create-snapshots). A
 * snapshot is a backup only when its controller says `readyToUse: true`: created ones are waited
 * for (deadline, progress), existing ones that are not ready do not count.
 */
import type { Kube, KubeObject } from '../kube/client';
import type { Step } from '../steps/step';
import { CREATED_BY } from '../kube/adopt';
import { waitUntil } from '../kube/wait';
import { ConfigurationError } from '../core/errors';

const API = 'snapshot.storage.k8s.io/v1';

/** Name of the snapshot k2h creates for a PVC. */
export const snapshotName = (pvc: string) => `k2h-${pvc}`;

/**
 * One step per PVC, deciding from the VolumeSnapshots preflight listed (`existing`): no GET per
 * step, and a create is verified from its response.
 */
export function snapshotSteps(
  kube: Kube,
  namespace: string,
  pvcs: string[],
  snapshotClass?: string,
  existing: KubeObject[] = [],
): Step[] {
  const present = new Set(existing.map((s) => s.metadata.name));
  return pvcs.map((pvc) => ({
    id: `snapshot/${pvc}`,
    title: `VolumeSnapshot of PVC ${namespace}/${pvc}`,
    isDone: () => present.has(snapshotName(pvc)),
    describe: () => [
      `create VolumeSnapshot ${namespace}/${snapshotName(pvc)} of PVC ${pvc}${snapshotClass ? ` (class ${snapshotClass})` : ''}`,
    ],
    apply: async () => {
      const created = await kube.create({
        apiVersion: API,
        kind: 'VolumeSnapshot',
        metadata: {
          name: snapshotName(pvc),
          namespace,
          labels: { ...CREATED_BY },
        },
        spec: {
          ...(snapshotClass ? { volumeSnapshotClassName: snapshotClass } : {}),
          source: { persistentVolumeClaimName: pvc },
        },
      });
      present.add(created.metadata.name);
      return [`created VolumeSnapshot ${namespace}/${snapshotName(pvc)}`];
    },
  }));
}

/** A snapshot counts as a backup only once its controller says `readyToUse: true`. */
export function snapshotReady(s: KubeObject | undefined): boolean {
  return s?.status?.readyToUse === true;
}

/** Why a snapshot is not (yet) a backup, for messages. */
export function snapshotState(s: KubeObject): string {
  if (snapshotReady(s)) return 'ready';
  if (s.status?.error?.message) return `failed: ${s.status.error.message}`;
  return 'not ready yet (readyToUse is not true)';
}

/** How long created snapshots may take to become ready (K2H_SNAPSHOT_TIMEOUT_SECONDS overrides). */
export function snapshotTimeoutMs(env: NodeJS.ProcessEnv): number {
  const s = Number(env.K2H_SNAPSHOT_TIMEOUT_SECONDS);
  return (Number.isFinite(s) && s > 0 ? s : 15 * 60) * 1000;
}

/**
 * Waits until every named snapshot is ready to use (a watch, with a deadline and progress);
 * a snapshot whose controller reports an error fails the wait at once with that error.
 */
export async function waitForSnapshots(
  kube: Kube,
  namespace: string,
  names: string[],
  o: { timeoutMs: number; onProgress?: (text: string) => void; signal?: AbortSignal },
): Promise<KubeObject[]> {
  if (!names.length) return [];
  const wanted = new Set(names);
  const mine = (objects: KubeObject[]) => objects.filter((s) => wanted.has(s.metadata.name));
  let failed: KubeObject | undefined;
  const objects = await waitUntil(kube, {
    apiVersion: API,
    kind: 'VolumeSnapshot',
    namespace,
    description: `the VolumeSnapshots ${names.join(', ')} in ${namespace} to be ready to use`,
    until: (all) => {
      const seen = mine(all);
      failed = seen.find((s) => !snapshotReady(s) && s.status?.error?.message);
      return !!failed || (seen.length === wanted.size && seen.every(snapshotReady));
    },
    progress: (all) => `${mine(all).filter(snapshotReady).length} of ${wanted.size} ready`,
    onProgress: o.onProgress,
    timeoutMs: o.timeoutMs,
    signal: o.signal,
  });
  if (failed)
    throw new ConfigurationError(
      `VolumeSnapshot ${namespace}/${failed.metadata.name} ${snapshotState(failed)}: it is no backup; fix the snapshot class or controller, delete the snapshot and re-run preflight`,
    );
  return mine(objects);
}
