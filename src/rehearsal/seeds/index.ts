/** The built-in Cognigy.AI kustomize installations the rehearsal and the tests seed the sandbox with. */
export {
  DEFAULT_SEED_VERSION,
  SEED_NAMES,
  SEED_PVC_MOUNTS,
  SEED_REPLICAS,
  cognigyImages,
  cognigySeed,
  seedByName,
  type CognigySeedOptions,
  type SeedName,
  type SeedVariant,
} from './cognigy';
export {
  APP_SESSION_MANAGER,
  COGNIGY_REGISTRY,
  DEPENDENCY_DEPLOYMENTS,
  EFS_PROVISIONER_IMAGE,
  MONGO_SERVER_IMAGE,
  NLP_LANGUAGES,
  PRODUCT_DEPLOYMENTS,
} from './cognigy-images';
export {
  CONNECTION_STRING_SERVICES,
  LEGACY_MONGODB_HOSTS,
  MONGODB_HOSTS,
  connectionString,
  seedPassword,
} from './cognigy-secrets';
export { AWS_EFS_IDS, AWS_REGION, claimUid } from './cognigy-storage';
export { helmReleaseSecret, type SeedRelease } from './helm-release';
export type { KubeObject } from '../../sandbox/seeds/types';
