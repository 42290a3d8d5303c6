/**
 * VolumeSnapshots of the PVCs before anything is touched (preflight with create-snapshots).
 */
import type { Kube } from '../kube/client';
import type { Step } from '../steps/step';
import { CREATED_BY } from '../kube/adopt';

const API = 'snapshot.storage.k8s.io/v1';

/** Name of the snapshot k2h creates for a PVC. */
export const snapshotName = (pvc: string) => `k2h-${pvc}`;

export function snapshotSteps(kube: Kube, namespace: string, pvcs: string[], snapshotClass?: string): Step[] {
  return pvcs.map((pvc) => ({
    id: `snapshot/${pvc}`,
    title: `VolumeSnapshot of PVC ${namespace}/${pvc}`,
    isDone: async () => !!(await kube.get(API, 'VolumeSnapshot', snapshotName(pvc), namespace)),
    describe: async () => [
      `create VolumeSnapshot ${namespace}/${snapshotName(pvc)} of PVC ${pvc}${snapshotClass ? ` (class ${snapshotClass})` : ''}`,
    ],
    apply: async () => {
      await kube.create({
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
      return [`created VolumeSnapshot ${namespace}/${snapshotName(pvc)}`];
    },
  }));
}
