import { notYetAvailable } from './planned';
import { PROVIDER, TRAEFIK } from './shared-inputs';
import type { PhaseDefinition } from './types';

/** Retain the PVs, back up and rewrite the PVC manifests, adopt cluster-scoped objects. */
export const prepareStorage: PhaseDefinition = {
  name: 'prepare-storage',
  description:
    'Set reclaim policy Retain on the PVs, back up the PVC manifests and write the Helm ones, adopt StorageClasses/RBAC/IngressClass into the release.',
  mutating: true,
  inputs: [PROVIDER, TRAEFIK],
  outputs: [
    { name: 'efs-values', description: 'AWS only: Helm values snippet with the EFS ids for the chart version.' },
    { name: 'pvc-backups', description: 'Directory of the PVC manifest backups.' },
  ],
  run: notYetAvailable('prepare-storage'),
};
