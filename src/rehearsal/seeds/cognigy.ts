/**
 * Seed: a Cognigy.AI kustomize installation (last kustomize release 4.41) as a cluster would
 * hold it after years of service — the product in `default`, the multi-replica MongoDB Helm
 * release in `mongodb`, storage per cloud provider, Traefik's cluster objects, and workloads in
 * `default` that belong to somebody else. Plain objects, ready for `sandbox.load()`.
 *
 * Facts follow the public Cognigy repositories (see src/cognigy/profile.ts); values
 * are deterministic so tests can assert on them.
 */
import { APP_SESSION_MANAGER, PRODUCT_DEPLOYMENTS, cognigyImages } from './cognigy-images';
import {
  kubernetesService,
  lookalikeWorkloads,
  mongodbRelease,
  unrelatedWorkloads,
} from './cognigy-neighbours';
import { cognigySecrets } from './cognigy-secrets';
import { type SeedVariant, cognigyStorage } from './cognigy-storage';
import {
  INGRESSES,
  SEED_REPLICAS,
  SERVICES,
  cognigyDeployment,
  cognigyEnv,
  ingress,
  mongoServer,
  service,
  traefikObjects,
} from './cognigy-workloads';
import { CREATED, namespace } from './objects';
import type { KubeObject } from '../../sandbox/seeds/types';

export type { SeedVariant } from './cognigy-storage';
export { cognigyImages } from './cognigy-images';
export { SEED_PVC_MOUNTS, SEED_REPLICAS } from './cognigy-workloads';

/** What to seed. */
export interface CognigySeedOptions {
  /** Storage flavour: local volumes, AWS EFS/EBS, or Azure Files/Disks. Default `generic`. */
  variant?: SeedVariant;
  /** Cognigy.AI version the installation runs (decides images and version-gated secrets). Default `4.41.2`. */
  version?: string;
  /** Whether the bundled Traefik reverse proxy is used. Default true. */
  traefik?: boolean;
  /** Whether Cognigy apps run (service-app-session-manager and its secret). Default false. */
  appSessionManager?: boolean;
  /** An installation that never moved to the MongoDB Helm chart: only `mongo-server` in `default`. */
  legacyMongoOnly?: boolean;
  /**
   * Adds someone else's objects whose names look like Cognigy's — Deployment and Service
   * `service-desk-bridge`, Ingress `status-page` on the traefik class — which the runbook's
   * clean-up loops (`grep service-`, every Ingress) would delete. Default false.
   */
  lookalikes?: boolean;
}

/** The default product version of the seeds. */
export const DEFAULT_SEED_VERSION = '4.41.2';

/** Seed names `k2h sandbox --seed` accepts (besides a file). */
export const SEED_NAMES = ['cognigy', 'cognigy-aws', 'cognigy-azure'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

const SEED_VARIANTS: Record<SeedName, SeedVariant> = {
  cognigy: 'generic',
  'cognigy-aws': 'aws',
  'cognigy-azure': 'azure',
};

/** The objects of a named seed; throws for an unknown name, listing the known ones. */
export function seedByName(name: string, opts: Omit<CognigySeedOptions, 'variant'> = {}): KubeObject[] {
  if (!(SEED_NAMES as readonly string[]).includes(name)) {
    throw new Error(
      `unknown seed "${name}": use one of ${SEED_NAMES.join(', ')} or a path to a kubectl get -o yaml file`,
    );
  }
  return cognigySeed({ ...opts, variant: SEED_VARIANTS[name as SeedName] });
}

/** Kind order of the result: namespaces, cluster-scoped kinds, then namespaced kinds. */
const KIND_ORDER = [
  'Namespace',
  'StorageClass',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'IngressClass',
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'PersistentVolumeClaim',
  'Service',
  'Deployment',
  'StatefulSet',
  'Ingress',
];

/**
 * A Cognigy.AI kustomize installation as plain Kubernetes objects, namespaces and cluster-scoped
 * objects first. Deterministic: the same options give deep-equal output.
 */
export function cognigySeed(opts: CognigySeedOptions = {}): KubeObject[] {
  const variant = opts.variant ?? 'generic';
  const version = opts.version ?? DEFAULT_SEED_VERSION;
  const traefik = opts.traefik ?? true;
  const appSessionManager = opts.appSessionManager ?? false;
  const legacyMongoOnly = opts.legacyMongoOnly ?? false;
  const mongodbReplicas = 3;

  const objects: KubeObject[] = [
    namespace('default', CREATED.cluster),
    namespace('kube-system', CREATED.cluster),
  ];
  if (!legacyMongoOnly) objects.push(namespace('mongodb', CREATED.mongodb));

  const storage = cognigyStorage(variant, { legacyMongoOnly, mongodbReplicas });
  objects.push(...storage.storageClasses, ...storage.persistentVolumes, ...storage.clusterRoleBindings);

  const traefikParts = traefik ? traefikObjects(variant) : { cluster: [], namespaced: [] };
  objects.push(...traefikParts.cluster);

  objects.push(kubernetesService());
  objects.push(...cognigySecrets({ version, appSessionManager, legacyMongoOnly }), ...storage.secrets);
  objects.push(cognigyEnv(traefik));
  objects.push(...storage.claims);

  const images = cognigyImages(version);
  const names = [...PRODUCT_DEPLOYMENTS, ...(appSessionManager ? [APP_SESSION_MANAGER] : [])];
  names.push('rabbitmq', 'redis', 'redis-persistent');
  if (traefik) names.push('traefik');
  for (const name of names.sort()) {
    objects.push(cognigyDeployment(name, images[name], SEED_REPLICAS[name] ?? 1));
    const ports = SERVICES[name];
    if (ports) objects.push(service(name, ports, { app: name }));
  }
  objects.push(...storage.deployments, ...traefikParts.namespaced);
  if (legacyMongoOnly) objects.push(...mongoServer());
  const ingressClass = traefik ? 'traefik' : 'nginx';
  for (const [name, host] of Object.entries(INGRESSES)) objects.push(ingress(name, host, ingressClass));

  objects.push(...unrelatedWorkloads());
  if (opts.lookalikes) objects.push(...lookalikeWorkloads(ingressClass));
  if (!legacyMongoOnly) objects.push(...mongodbRelease(mongodbReplicas));

  const rank = (o: KubeObject) => {
    const i = KIND_ORDER.indexOf(o.kind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  const nsRank = (o: KubeObject) => (o.metadata.namespace === 'mongodb' ? 1 : 0);
  // Stable sort: kind, then namespace (default before mongodb); insertion order otherwise.
  return objects
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank(a.o) - rank(b.o) || nsRank(a.o) - nsRank(b.o) || a.i - b.i)
    .map(({ o }) => o);
}
