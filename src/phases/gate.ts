import { notYetAvailable } from './planned';
import type { PhaseDefinition } from './types';

/** Approval gate before the downtime (Tekton); on GitHub, Environments gate the job instead. */
export const gate: PhaseDefinition = {
  name: 'gate',
  description:
    'Wait for an approver to release the downtime (approval request in the cluster, with timeout).',
  mutating: true,
  inputs: [
    { name: 'approval-timeout', description: 'How long to wait for an approval, e.g. 24h.', default: '24h' },
  ],
  outputs: [{ name: 'approved-by', description: 'Identity of the approver.' }],
  run: notYetAvailable('gate'),
};
