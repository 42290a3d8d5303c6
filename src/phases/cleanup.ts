import { notYetAvailable } from './planned';
import { MONGODB_URI } from './shared-inputs';
import type { PhaseDefinition } from './types';

/** Removes the kustomize leftovers once the release is healthy. */
export const cleanup: PhaseDefinition = {
  name: 'cleanup',
  description:
    'Drop the old analytics databases and delete the recorded kustomize inventory in the source namespace.',
  mutating: true,
  inputs: [
    MONGODB_URI,
    {
      name: 'drop-old-databases',
      description: 'Drop the two old analytics databases.',
      type: 'boolean',
      default: 'true',
    },
  ],
  outputs: [],
  run: notYetAvailable('cleanup'),
};
