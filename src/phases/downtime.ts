import { notYetAvailable } from './planned';
import { MONGODB_URI } from './shared-inputs';
import type { PhaseDefinition } from './types';

/** Scale down, rename the analytics databases, rebind the PVs. */
export const downtime: PhaseDefinition = {
  name: 'downtime',
  description:
    'Scale the kustomize installation down, copy the two analytics databases to their new names, rebind the PVs to the Helm PVCs.',
  mutating: true,
  inputs: [
    MONGODB_URI,
    {
      name: 'scale-timeout',
      description: 'How long to wait for pods to be gone, in seconds.',
      type: 'number',
      default: '600',
    },
  ],
  outputs: [],
  run: notYetAvailable('downtime'),
};
