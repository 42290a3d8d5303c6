/**
 * The Deployments of a Cognigy.AI installation and the image each runs for a product version.
 * The seed and the test Helm chart (src/rehearsal/chart/cognigy-ai) share this one source, so
 * "is the running version the chart's version" can be decided by comparing images, as on a real
 * cluster where tags are commit hashes rather than version numbers.
 */
import { commitOf, hexOf, intOf } from './deterministic';

/** The registry Cognigy's product images come from. */
export const COGNIGY_REGISTRY = 'cognigy.azurecr.io';

/** NLP languages the seeded installation runs (one score and one train Deployment each). */
export const NLP_LANGUAGES = ['en', 'de'] as const;

/** Product Deployments (facts list), NLP per language included, optional ones excluded. */
export const PRODUCT_DEPLOYMENTS: readonly string[] = [
  'clamd',
  'management-ui',
  'service-ai',
  'service-alexa-management',
  'service-analytics-collector',
  'service-analytics-conversations',
  'service-analytics-odata',
  'service-analytics-reporter',
  'service-api',
  'service-collector',
  'service-custom-modules',
  'service-endpoint',
  'service-execution',
  'service-function-execution',
  'service-function-scheduler',
  'service-handover',
  'service-http',
  'service-insights-api',
  'service-insights-ui',
  'service-journeys',
  'service-logs',
  'service-nlp-matcher',
  'service-nlp-ner',
  ...NLP_LANGUAGES.flatMap((l) => [`service-nlp-score-${l}`, `service-nlp-train-${l}`]),
  'service-parser',
  'service-playbook-execution',
  'service-profiles',
  'service-resources',
  'service-runtime-file-manager',
  'service-security',
  'service-session-state-manager',
  'service-static-files',
  'service-task-manager',
  'service-trainer',
  'service-ui',
  'service-webchat',
];

/** Product Deployment that exists only when Cognigy apps are enabled. */
export const APP_SESSION_MANAGER = 'service-app-session-manager';

/** Bundled dependencies every installation runs (traefik only with the bundled reverse proxy). */
export const DEPENDENCY_DEPLOYMENTS: readonly string[] = ['rabbitmq', 'redis', 'redis-persistent', 'traefik'];

/** Third-party images of the dependencies; they do not change with the product version here. */
const DEPENDENCY_IMAGES: Record<string, string> = {
  rabbitmq: 'rabbitmq:3.9.13-management',
  redis: 'redis:6.2.6-alpine',
  'redis-persistent': 'redis:6.2.6-alpine',
  traefik: 'traefik:2.4.8',
};

/** The EFS provisioner the AWS variant runs for flow-modules and functions. */
export const EFS_PROVISIONER_IMAGE = 'quay.io/external_storage/efs-provisioner:latest';

/** The single-replica MongoDB of old installations (Deployment `mongo-server`). */
export const MONGO_SERVER_IMAGE = 'mongo:4.2.21';

/** UI images were built by a release pipeline (`release-<commit>-<epoch>`), the rest are commit hashes. */
const RELEASE_TAGGED = new Set(['service-ui', 'service-webchat', 'service-static-files', 'management-ui']);

function tagOf(name: string, version: string): string {
  const label = `${name}@${version}`;
  if (RELEASE_TAGGED.has(name)) return `release-${hexOf(label, 7)}-${intOf(label, 1660000000, 1690000000)}`;
  return commitOf(label);
}

/**
 * Deployment name → image for a Cognigy.AI version: every product Deployment (the optional
 * service-app-session-manager included) and the bundled dependencies rabbitmq, redis,
 * redis-persistent and traefik. Tags are commit-like and differ between versions.
 */
export function cognigyImages(version: string): Record<string, string> {
  const images: Record<string, string> = {};
  for (const name of [...PRODUCT_DEPLOYMENTS, APP_SESSION_MANAGER].sort()) {
    images[name] = `${COGNIGY_REGISTRY}/${name}:${tagOf(name, version)}`;
  }
  for (const name of DEPENDENCY_DEPLOYMENTS) images[name] = DEPENDENCY_IMAGES[name];
  return images;
}
