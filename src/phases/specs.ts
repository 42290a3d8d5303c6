/**
 * What every phase is, without what it does: name, description, inputs and outputs. The registry
 * (index.ts), the CLI's help and argument parsing, and the action's input reading need only this,
 * so they start without loading a phase's code (Kubernetes client, helm, MongoDB driver); each
 * phase module adds its run() to its spec.
 */
import type { InputSpec } from '../core/inputs';
import { CONCURRENCY } from './run-steps';
import {
  APPROVED_BY_PLATFORM,
  CHART,
  CHART_VERSION,
  COGNIGY_APPS,
  FORCE_DB_OVERWRITE,
  GUARDED_PHASES,
  HELM,
  MONGODB_URI,
  PLAN_DIGEST_OUTPUT,
  PROVIDER,
  REGISTRY_PASSWORD,
  REGISTRY_USERNAME,
  SECRETS_DIR,
  TRAEFIK,
  VALUES,
} from './shared-inputs';
import type { PhaseSpec } from './types';

/** helm-install's output: how long the installation was offline, downtime to Ready. */
export const OUTAGE_OUTPUT = 'outage-seconds';

const PREFLIGHT_INPUTS = [
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
  MONGODB_URI,
  {
    name: 'image-check',
    description:
      "Compare each running image with the chart's (needs helm and the chart). Set false only where helm cannot run; the report then says the version was not verified.",
    type: 'boolean' as const,
    default: 'true',
  },
  {
    name: 'create-snapshots',
    description: 'Create a VolumeSnapshot of each PVC where the VolumeSnapshot API exists.',
    type: 'boolean' as const,
    default: 'false',
  },
  {
    name: 'snapshot-class',
    description: 'VolumeSnapshotClass for created snapshots. Empty: the default class.',
  },
  {
    name: 'acknowledge-no-snapshots',
    description:
      'Confirm that backups of the PVs exist outside Kubernetes (required where the VolumeSnapshot API is missing).',
    type: 'boolean' as const,
    default: 'false',
  },
];

export const preflightSpec: PhaseSpec = {
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
};

export const migrateSecretsSpec: PhaseSpec = {
  name: 'migrate-secrets',
  description:
    'Migrate the Cognigy.AI secrets into the target namespace with Helm ownership (or, offline, write them to --out-dir).',
  mutating: true,
  inputs: [
    CONCURRENCY,
    SECRETS_DIR,
    COGNIGY_APPS,
    {
      name: 'out-dir',
      description: 'Offline mode: write the migrated secret manifests here (mode 0600) and touch no cluster.',
    },
    {
      ...CHART_VERSION,
      description: 'Product version whose secret lists apply. Empty: the version in the record.',
    },
    {
      name: 'official-script-parity',
      description:
        "Migrate exactly what Cognigy's secret-migration.py of the version migrates (for reviewing the offline output against the script). Default: also the keys the script leaves behind (cognigy-insights-collector-api-key up to 4.42, cognigy-service-endpoint-api-access-token) when they exist.",
      type: 'boolean' as const,
      default: 'false',
    },
  ],
  aliases: { namespace: 'target-namespace' },
  outputs: [{ name: 'migrated-secrets', description: 'Comma-separated names of the migrated secrets.' }],
};

export const prepareStorageSpec: PhaseSpec = {
  name: 'prepare-storage',
  description:
    'Set reclaim policy Retain on the PVs, back up the PVC manifests and write the Helm ones, adopt StorageClasses/RBAC/IngressClass into the release.',
  mutating: true,
  inputs: [PROVIDER, TRAEFIK, CONCURRENCY],
  outputs: [
    {
      name: 'efs-values',
      description: 'AWS only: Helm values snippet with the EFS ids for the chart version.',
    },
    { name: 'pvc-backups', description: 'Directory of the PVC manifest backups.' },
  ],
};

export const downtimeSpec: PhaseSpec = {
  name: 'downtime',
  description:
    'Scale the kustomize installation down, copy the two analytics databases to their new names, rebind the PVs to the Helm PVCs.',
  mutating: true,
  inputs: [
    MONGODB_URI,
    FORCE_DB_OVERWRITE,
    {
      name: 'scale-timeout',
      description: 'How long to wait for the pods to be gone, in seconds.',
      type: 'number',
      default: '600',
    },
    {
      name: 'rebind-timeout',
      description: 'How long each volume may take to be released and bound again, in seconds.',
      type: 'number',
      default: '300',
    },
    APPROVED_BY_PLATFORM,
  ],
  outputs: [
    {
      name: 'downtime-window-seconds',
      description:
        "Seconds from the first scale-down to the stage's last change (the last volume Bound, database copied and verified or MongoDB user set up).",
    },
    { name: PLAN_DIGEST_OUTPUT, description: 'Digest of the plan an approval must carry.' },
  ],
};

export const helmInstallSpec: PhaseSpec = {
  name: 'helm-install',
  description:
    'Install the Cognigy.AI Helm release over the adopted objects and rebound claims; verify workloads Ready, claims on the recorded PVs, the release deployed; report the Traefik address.',
  mutating: true,
  inputs: [
    CHART,
    CHART_VERSION,
    VALUES,
    HELM,
    REGISTRY_USERNAME,
    REGISTRY_PASSWORD,
    {
      name: 'accept-values-overrides',
      description:
        'Let the values replace the data of migrated secrets the chart renders from values (cognigy-smtp, the TLS certificate, ...). Default: such a difference stops helm-install before anything changes.',
      type: 'boolean',
      default: 'false',
    },
    {
      name: 'helm-timeout',
      description:
        'How long helm and the readiness check may take (helm --timeout spelling: 10m, 90s). Named helm-timeout because the gate has its own timeout.',
      default: '10m',
    },
  ],
  outputs: [
    {
      name: 'traefik-address',
      description: 'External IP or hostname of the Traefik service of the release.',
    },
    {
      name: 'dns-change',
      description:
        "yes when Traefik's address differs from the kustomize installation's (update DNS), no, or unknown.",
    },
    {
      name: OUTAGE_OUTPUT,
      description:
        "Seconds Cognigy.AI was offline, from the downtime stage's first scale-down to every workload of the release Ready.",
    },
  ],
};

export const rollbackSpec: PhaseSpec = {
  name: 'rollback',
  description:
    'Back to the kustomize installation: stop the release, give the PVs back to the kustomize claims (reserved for them), scale the kustomize deployments to their recorded replicas, undo the adoptions, remove the release record without helm and the target namespace k2h created.',
  mutating: true,
  inputs: [
    APPROVED_BY_PLATFORM,
    {
      name: 'rollback-timeout',
      description:
        'How long each wait of the rollback may take (pods gone, volumes bound, deployments Ready), in seconds.',
      type: 'number',
      default: '600',
    },
  ],
  outputs: [{ name: PLAN_DIGEST_OUTPUT, description: 'Digest of the plan an approval must carry.' }],
};

export const cleanupSpec: PhaseSpec = {
  name: 'cleanup',
  description:
    "Once the release is deployed and healthy: delete the kustomize installation's objects recorded before downtime (nothing else in the namespace) and drop the two old analytics databases whose copies are verified.",
  mutating: true,
  inputs: [
    MONGODB_URI,
    APPROVED_BY_PLATFORM,
    {
      name: 'drop-old-databases',
      description:
        'Drop the two old analytics databases (only when their copies are verified in the record).',
      type: 'boolean',
      default: 'true',
    },
    {
      name: 'delete-legacy-mongodb-pvc',
      description: 'Also delete the old single-replica MongoDB PVC (mongodb) in the source namespace.',
      type: 'boolean',
      default: 'false',
    },
  ],
  outputs: [{ name: PLAN_DIGEST_OUTPUT, description: 'Digest of the plan an approval must carry.' }],
};

/** Every input of the guarded phases, once, except the one that skips the gate. */
function guardedInputs(): InputSpec[] {
  const seen = new Map<string, InputSpec>();
  for (const spec of [downtimeSpec, rollbackSpec, cleanupSpec])
    for (const i of spec.inputs)
      if (i.name !== 'approved-by-platform' && !seen.has(i.name)) seen.set(i.name, i);
  return [...seen.values()];
}

export const gateSpec: PhaseSpec = {
  name: 'gate',
  description:
    "Ask for approval of the next phase's plan (downtime, rollback or clean-up) with an approval request in the cluster; wait for k2h approve / k2h reject.",
  mutating: true,
  inputs: [
    {
      name: 'for',
      description: 'The phase the gate guards; its plan (its dry-run) goes into the approval request.',
      default: 'downtime',
      choices: [...GUARDED_PHASES],
    },
    {
      name: 'timeout',
      description: 'How long to wait for a decision, e.g. 1h, 30m, 1h30m.',
      default: '1h',
    },
    // The guarded phases' own inputs: their plan (their dry-run) depends on them.
    ...guardedInputs(),
  ],
  outputs: [
    { name: 'approved-by', description: 'Identity of the approver, as the API server reported it.' },
    { name: 'request', description: 'The approval request, namespace/name.' },
    { name: 'plan-sha256', description: 'Digest of the approved plan.' },
  ],
};
