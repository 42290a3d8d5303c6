/**
 * Inputs used by more than one phase, declared once so every phase spells them the same.
 */
import type { InputSpec } from '../core/inputs';

export const CHART: InputSpec = {
  name: 'chart',
  description: 'Cognigy.AI Helm chart: an OCI reference or a local path.',
  default: 'oci://cognigy.azurecr.io/helm/cognigy.ai',
};
export const CHART_VERSION: InputSpec = {
  name: 'chart-version',
  description: 'Cognigy.AI Helm chart version; must equal the version of the running kustomize installation.',
};
export const VALUES: InputSpec = {
  name: 'values',
  description: 'Comma-separated values files for the Cognigy.AI chart (your values_prod.yaml).',
};
export const HELM: InputSpec = {
  name: 'helm',
  description: 'Path of the helm binary (>= 3.8).',
  default: 'helm',
};
export const REGISTRY_USERNAME: InputSpec = {
  name: 'registry-username',
  description: 'Username for the chart registry (helm registry login).',
};
export const REGISTRY_PASSWORD: InputSpec = {
  name: 'registry-password',
  description: 'Password for the chart registry; passed to helm over stdin only.',
  secret: true,
};
export const SECRETS_DIR: InputSpec = {
  name: 'secrets-dir',
  description:
    'Directory of the backup secret manifests (the runbook\'s "secrets" folder). Empty: read the live secrets in the source namespace.',
  aliases: ['from-dir'],
};
export const COGNIGY_APPS: InputSpec = {
  name: 'cognigy-apps',
  description: 'The installation runs Cognigy Apps (migrate cognigy-service-app-session-manager too).',
  type: 'boolean',
  default: 'false',
};
export const PROVIDER: InputSpec = {
  name: 'provider',
  description: 'Storage provider of the cluster: auto (detect from the PVs), aws, azure or generic.',
  default: 'auto',
  choices: ['auto', 'aws', 'azure', 'generic'],
};
export const TRAEFIK: InputSpec = {
  name: 'traefik',
  description: 'Bundled Traefik reverse proxy in use: auto (detect), true or false.',
  default: 'auto',
  choices: ['auto', 'true', 'false'],
};
export const FORCE_DB_OVERWRITE: InputSpec = {
  name: 'force-db-overwrite',
  description:
    'Drop a target MongoDB database (or reset a user) that holds data not matching its source, then copy again. The plan shows what would be dropped.',
  type: 'boolean',
  default: 'false',
};
export const MONGODB_URI: InputSpec = {
  name: 'mongodb-uri',
  description: 'MongoDB connection string with root credentials. Empty: build it from the mongodb Secret.',
  secret: true,
};

/** Skips the approval request: the platform gated the job. */
export const APPROVED_BY_PLATFORM = {
  name: 'approved-by-platform',
  description:
    'The platform gated this job (e.g. a GitHub Environment with required reviewers): do not require an approval request.',
  type: 'boolean' as const,
  default: 'false',
};

/** The phases behind an approval (`k2h gate --for`). */
export const GUARDED_PHASES = ['downtime', 'rollback', 'cleanup'] as const;
export type GuardedPhase = (typeof GUARDED_PHASES)[number];

/** Output naming the digest of the plan an approval must carry. */
export const PLAN_DIGEST_OUTPUT = 'plan-sha256';
