import { notYetAvailable } from './planned';
import {
  CHART,
  CHART_VERSION,
  COGNIGY_APPS,
  HELM,
  PROVIDER,
  REGISTRY_PASSWORD,
  REGISTRY_USERNAME,
  SECRETS_DIR,
  TRAEFIK,
  VALUES,
} from './shared-inputs';
import type { PhaseDefinition } from './types';

export const PREFLIGHT_INPUTS = [
  { ...CHART_VERSION, required: true },
  CHART,
  VALUES,
  HELM,
  REGISTRY_USERNAME,
  REGISTRY_PASSWORD,
  SECRETS_DIR,
  COGNIGY_APPS,
  PROVIDER,
  TRAEFIK,
  {
    name: 'create-snapshots',
    description: 'Create a VolumeSnapshot of each PVC where the VolumeSnapshot API exists.',
    type: 'boolean' as const,
    default: 'false',
  },
  { name: 'snapshot-class', description: 'VolumeSnapshotClass for created snapshots. Empty: the default class.' },
  {
    name: 'acknowledge-no-snapshots',
    description:
      'Confirm that backups of the PVs exist outside Kubernetes (required where the VolumeSnapshot API is missing).',
    type: 'boolean' as const,
    default: 'false',
  },
];

/** Read-only checks of everything the migration needs; writes the migration record. */
export const preflight: PhaseDefinition = {
  name: 'preflight',
  description:
    'Check cluster, permissions, installation version, MongoDB, secrets, PVCs, snapshots and the target namespace; write the migration record.',
  mutating: false,
  inputs: PREFLIGHT_INPUTS,
  outputs: [
    { name: 'product-version', description: 'Version of the kustomize installation (= chart version).' },
    { name: 'provider', description: 'Storage provider detected or given: aws, azure or generic.' },
    { name: 'blockers', description: 'Number of blockers found.' },
  ],
  run: notYetAvailable('preflight'),
};
