import { notYetAvailable } from './planned';
import type { PhaseDefinition } from './types';

/** Back to the kustomize installation from the record. */
export const rollback: PhaseDefinition = {
  name: 'rollback',
  description:
    'Scale the Helm release down, give the PVs back to the kustomize PVCs, scale the kustomize deployments back, undo the adoption.',
  mutating: true,
  inputs: [],
  outputs: [],
  run: notYetAvailable('rollback'),
};
