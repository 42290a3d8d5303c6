/**
 * VolumeSnapshots of the PVCs before anything is touched (preflight with create-snapshots).
 */
import type { Kube, KubeObject } from '../kube/client';
import type { Step } from '../steps/step';
import { CREATED_BY } from '../kube/adopt';

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
