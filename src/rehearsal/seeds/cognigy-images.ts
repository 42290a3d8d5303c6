/**
 * The Deployments of a Cognigy.AI installation and the image each runs for a product version.
 * The seed and the test Helm chart (src/rehearsal/chart/cognigy-ai) share this one source, so
 * "is the running version the chart's version" can be decided by comparing images, as on a real
 * cluster where tags are commit hashes rather than version numbers.
 */
import { profileFor } from '../../cognigy/profile';
import { commitOf, hexOf, intOf } from './deterministic';
import { IMAGES_4_41_2 } from './images-4.41.2';

/** The product version whose profile lists the seeded Deployments. */
const SEED_PROFILE_VERSION = '4.41.2';

/** The registry Cognigy's product images come from. */
export const COGNIGY_REGISTRY = 'cognigy.azurecr.io';

/** NLP languages the seeded installation runs (one score and one train Deployment each). */
export const NLP_LANGUAGES = ['en', 'de'] as const;

/** Bundled dependencies every installation runs (traefik only with the bundled reverse proxy). */
export const DEPENDENCY_DEPLOYMENTS: readonly string[] = ['rabbitmq', 'redis', 'redis-persistent', 'traefik'];

/** The installation's Deployments as k2h's Cognigy profile knows them (one source, not a copy). */
const workloads = profileFor(SEED_PROFILE_VERSION).workloads;

/**
 * Product Deployments: the profile's, without the bundled dependencies, plus the NLP pair per
 * seeded language (the profile knows NLP Deployments by pattern only).
 */
export const PRODUCT_DEPLOYMENTS: readonly string[] = [
  ...workloads.deployments.filter((d) => !DEPENDENCY_DEPLOYMENTS.includes(d)),
  ...NLP_LANGUAGES.flatMap((l) => [`service-nlp-score-${l}`, `service-nlp-train-${l}`]),
].sort();

/** Product Deployment that exists only when Cognigy apps are enabled (the profile's optional one). */
export const APP_SESSION_MANAGER = workloads.optionalDeployments.find((d) => d.startsWith('service-'))!;

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
  // 4.41.2 runs the real images (ONE table, the chart's values equal it); other versions get
  // commit-like synthetic tags, different for every version.
  const real = version === '4.41.2';
  const images: Record<string, string> = {};
  for (const name of [...PRODUCT_DEPLOYMENTS, APP_SESSION_MANAGER].sort()) {
    images[name] = real ? IMAGES_4_41_2[name] : `${COGNIGY_REGISTRY}/${name}:${tagOf(name, version)}`;
  }
  for (const name of DEPENDENCY_DEPLOYMENTS)
    images[name] = real ? IMAGES_4_41_2[name] : DEPENDENCY_IMAGES[name];
  return images;
}
