/**
 * Seed: a Cognigy.AI kustomize installation (last kustomize release 4.41) as a cluster would
 * hold it after years of service — the product in `default`, the multi-replica MongoDB Helm
 * release in `mongodb`, storage per cloud provider, Traefik's cluster objects, and workloads in
 * `default` that belong to somebody else. Plain objects, ready for `sandbox.load()`.
 *
 * Facts follow ../../../../shared/reference/cognigy-facts.md (the project's reference); values
 * are deterministic so tests can assert on them.
 */
import {
  APP_SESSION_MANAGER,
  COGNIGY_REGISTRY,
  MONGO_SERVER_IMAGE,
  PRODUCT_DEPLOYMENTS,
  cognigyImages,
} from './cognigy-images';
import { CONNECTION_STRING_SERVICES, cognigySecrets, seedPassword } from './cognigy-secrets';
import { type SeedVariant, cognigyStorage } from './cognigy-storage';
import { b64, hexOf, intOf, secretOf, uuidOf } from './deterministic';
import { helmReleaseSecret } from './helm-release';
import { CREATED, withLastApplied } from './objects';
import type { KubeObject } from './types';

export type { SeedVariant } from './cognigy-storage';
export { cognigyImages } from './cognigy-images';

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

/** Replica counts that differ from 1 (a few services are scaled out in production). */
export const SEED_REPLICAS: Record<string, number> = {
  'service-ai': 2,
  'service-api': 2,
  'service-endpoint': 3,
  'service-execution': 2,
  'service-http': 2,
  'service-nlp-score-en': 2,
  'service-ui': 2,
  'service-webchat': 2,
};

/** PVC mounts: deployment → [claim, mount path]. The chart fixture mounts the same. */
export const SEED_PVC_MOUNTS: Record<string, Array<[string, string]>> = {
  'service-custom-modules': [['flow-modules', '/app/flowModules']],
  'service-execution': [['flow-modules', '/app/flowModules']],
  'service-function-execution': [['functions', '/app/functions']],
  'service-function-scheduler': [['functions', '/app/functions']],
  'redis-persistent': [['redis-persistent', '/data']],
};

/** Deployments that have a Service of the same name (port 8000 unless listed otherwise). */
const SERVICES: Record<string, Array<{ name: string; port: number }>> = {
  'management-ui': [{ name: 'http', port: 8000 }],
  'service-ai': [{ name: 'http', port: 8000 }],
  'service-alexa-management': [{ name: 'http', port: 8000 }],
  'service-analytics-odata': [{ name: 'http', port: 8000 }],
  'service-api': [{ name: 'http', port: 8000 }],
  'service-endpoint': [{ name: 'http', port: 8000 }],
  'service-handover': [{ name: 'http', port: 8000 }],
  'service-insights-api': [{ name: 'http', port: 8000 }],
  'service-insights-ui': [{ name: 'http', port: 8000 }],
  'service-nlp-matcher': [{ name: 'http', port: 8000 }],
  'service-nlp-ner': [{ name: 'http', port: 8000 }],
  'service-resources': [{ name: 'http', port: 8000 }],
  'service-runtime-file-manager': [{ name: 'http', port: 8000 }],
  'service-security': [{ name: 'http', port: 8000 }],
  'service-static-files': [{ name: 'http', port: 8000 }],
  'service-ui': [{ name: 'http', port: 8000 }],
  'service-webchat': [{ name: 'http', port: 8000 }],
  [APP_SESSION_MANAGER]: [{ name: 'http', port: 8000 }],
  rabbitmq: [
    { name: 'amqp', port: 5672 },
    { name: 'management', port: 15672 },
  ],
  redis: [{ name: 'redis', port: 6379 }],
  'redis-persistent': [{ name: 'redis', port: 6379 }],
};

/** Public hosts, one Ingress each. */
const INGRESSES: Record<string, string> = {
  'management-ui': 'management-ui.cognigy.example.com',
  'service-analytics-odata': 'odata.cognigy.example.com',
  'service-api': 'api.cognigy.example.com',
  'service-endpoint': 'endpoint.cognigy.example.com',
  'service-insights-ui': 'insights.cognigy.example.com',
  'service-static-files': 'static.cognigy.example.com',
  'service-ui': 'ui.cognigy.example.com',
  'service-webchat': 'webchat.cognigy.example.com',
};

/** The connection-string secret (service part) a deployment reads, if any. */
function mongoServiceOf(deployment: string): string | undefined {
  if (CONNECTION_STRING_SERVICES.includes(deployment) || deployment === APP_SESSION_MANAGER)
    return deployment;
  if (deployment === 'service-analytics-collector') return 'service-analytics-collector-provider';
  if (deployment === 'service-analytics-conversations')
    return 'service-analytics-conversation-collector-provider';
  if (deployment.startsWith('service-nlp-train-')) return 'service-nlp';
  return undefined;
}

function clusterIp(label: string): string {
  return `10.96.${intOf(`ip/${label}`, 1, 254)}.${intOf(`ip2/${label}`, 2, 254)}`;
}

/** Fields the API server adds to every Deployment (they show in a capture). */
function deploymentDefaults(d: KubeObject): KubeObject {
  const spec = d.spec as Record<string, any>;
  spec.progressDeadlineSeconds = 600;
  spec.revisionHistoryLimit = 10;
  spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } };
  const pod = spec.template.spec;
  pod.restartPolicy = 'Always';
  pod.dnsPolicy = 'ClusterFirst';
  pod.schedulerName = 'default-scheduler';
  pod.terminationGracePeriodSeconds = 30;
  pod.securityContext ??= {};
  for (const c of pod.containers) {
    c.imagePullPolicy ??= 'IfNotPresent';
    c.terminationMessagePath = '/dev/termination-log';
    c.terminationMessagePolicy = 'File';
  }
  d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': '1' };
  return d;
}

function cognigyDeployment(name: string, image: string, replicas: number): KubeObject {
  const mounts: Array<Record<string, unknown>> = [];
  const volumes: Array<Record<string, unknown>> = [];
  for (const [claim, mountPath] of SEED_PVC_MOUNTS[name] ?? []) {
    mounts.push({ name: claim, mountPath });
    volumes.push({ name: claim, persistentVolumeClaim: { claimName: claim } });
  }
  const product = image.startsWith(`${COGNIGY_REGISTRY}/`);
  const mongo = mongoServiceOf(name);
  if (product && name.startsWith('service-')) {
    mounts.push({
      name: 'rabbitmq-connection-string',
      mountPath: '/var/run/secrets/rabbitmqConnectionString',
      subPath: 'rabbitmqConnectionString',
    });
    volumes.push({
      name: 'rabbitmq-connection-string',
      secret: {
        secretName: 'cognigy-rabbitmq',
        items: [{ key: 'connection-string', path: 'rabbitmqConnectionString' }],
      },
    });
    mounts.push({
      name: 'redis-password',
      mountPath: '/var/run/secrets/redis-password.conf',
      subPath: 'redis-password.conf',
    });
    volumes.push({ name: 'redis-password', secret: { secretName: 'cognigy-redis-password' } });
  }
  if (mongo) {
    mounts.push({
      name: 'mongodb-connection-string',
      mountPath: '/var/run/secrets/mongodbConnectionString',
      subPath: 'mongodbConnectionString',
    });
    volumes.push({
      name: 'mongodb-connection-string',
      secret: {
        secretName: `cognigy-${mongo}`,
        items: [{ key: 'connection-string', path: 'mongodbConnectionString' }],
      },
    });
  }
  const ports = (SERVICES[name] ?? (product ? [{ name: 'http', port: 8000 }] : [])).map((p) => ({
    name: p.name,
    containerPort: p.port,
    protocol: 'TCP',
  }));
  if (name === 'redis-persistent') {
    mounts.push({
      name: 'redis-persistent-password',
      mountPath: '/usr/local/etc/redis/redis.conf',
      subPath: 'redis-persistent-password.conf',
    });
    volumes.push({
      name: 'redis-persistent-password',
      secret: { secretName: 'cognigy-redis-persistent-password' },
    });
  }
  const container: Record<string, unknown> = {
    name,
    image,
    resources: product
      ? { requests: { cpu: '100m', memory: '256M' }, limits: { cpu: '500m', memory: '512M' } }
      : { requests: { cpu: '50m', memory: '128Mi' }, limits: { memory: '512Mi' } },
    ...(ports.length ? { ports } : {}),
    ...(product ? { envFrom: [{ configMapRef: { name: 'cognigy-env' } }] } : {}),
    ...(mounts.length ? { volumeMounts: mounts } : {}),
  };
  const manifest: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [container],
          ...(volumes.length ? { volumes } : {}),
          ...(product ? { imagePullSecrets: [{ name: 'cognigy-registry-token' }] } : {}),
          ...(name === 'traefik' ? { serviceAccountName: 'traefik' } : {}),
        },
      },
    },
  };
  if (name === 'traefik') {
    container.args = [
      '--entrypoints.web.address=:80',
      '--entrypoints.websecure.address=:443',
      '--providers.kubernetesingress',
      '--providers.kubernetesingress.ingressclass=traefik',
    ];
    container.ports = [
      { name: 'web', containerPort: 80, protocol: 'TCP' },
      { name: 'websecure', containerPort: 443, protocol: 'TCP' },
    ];
  }
  const d = withLastApplied(manifest);
  d.metadata.creationTimestamp = CREATED.install;
  return deploymentDefaults(d);
}

function service(
  name: string,
  ports: Array<{ name: string; port: number }>,
  selector: Record<string, string>,
): KubeObject {
  const manifest: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      selector,
      ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: 'TCP' })),
    },
  };
  const svc = withLastApplied(manifest);
  svc.metadata.creationTimestamp = CREATED.install;
  const ip = clusterIp(`default/${name}`);
  Object.assign(svc.spec as object, {
    type: 'ClusterIP',
    clusterIP: ip,
    clusterIPs: [ip],
    internalTrafficPolicy: 'Cluster',
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    sessionAffinity: 'None',
  });
  return svc;
}

function traefikObjects(variant: SeedVariant): { cluster: KubeObject[]; namespaced: KubeObject[] } {
  const stamp = (o: KubeObject) => {
    o.metadata.creationTimestamp = CREATED.install;
    return o;
  };
  const clusterRole = stamp(
    withLastApplied({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'traefik' },
      rules: [
        { apiGroups: [''], resources: ['services', 'endpoints', 'secrets'], verbs: ['get', 'list', 'watch'] },
        {
          apiGroups: ['extensions', 'networking.k8s.io'],
          resources: ['ingresses', 'ingressclasses'],
          verbs: ['get', 'list', 'watch'],
        },
        {
          apiGroups: ['extensions', 'networking.k8s.io'],
          resources: ['ingresses/status'],
          verbs: ['update'],
        },
      ],
    }),
  );
  const binding = stamp(
    withLastApplied({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'traefik' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'traefik' },
      subjects: [{ kind: 'ServiceAccount', name: 'traefik', namespace: 'default' }],
    }),
  );
  const ingressClass = stamp(
    withLastApplied({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'traefik' },
      spec: { controller: 'traefik.io/ingress-controller' },
    }),
  );
  const account = stamp(
    withLastApplied({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'traefik', namespace: 'default' },
    }),
  );
  const svc = service(
    'traefik',
    [
      { name: 'web', port: 80 },
      { name: 'websecure', port: 443 },
    ],
    { app: 'traefik' },
  );
  const spec = svc.spec as Record<string, unknown>;
  spec.type = 'LoadBalancer';
  spec.externalTrafficPolicy = 'Cluster';
  spec.allocateLoadBalancerNodePorts = true;
  spec.ports = (spec.ports as Array<Record<string, unknown>>).map((p, i) => ({
    ...p,
    nodePort: 30000 + intOf(`nodeport/traefik/${i}`, 0, 2767),
  }));
  const ingress =
    variant === 'aws'
      ? {
          hostname: `a${hexOf('elb', 31)}-${intOf('elb-id', 1000000000, 1999999999)}.${'eu-central-1'}.elb.amazonaws.com`,
        }
      : variant === 'azure'
        ? {
            ip: `20.${intOf('lb/1', 16, 250)}.${intOf('lb/2', 1, 250)}.${intOf('lb/3', 1, 250)}`,
            ipMode: 'VIP',
          }
        : { ip: '192.168.49.240', ipMode: 'VIP' };
  svc.status = { loadBalancer: { ingress: [ingress] } };
  return { cluster: [clusterRole, binding, ingressClass], namespaced: [account, svc] };
}

function ingress(name: string, host: string, className: string): KubeObject {
  const manifest: KubeObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'traefik.ingress.kubernetes.io/router.tls': 'true' },
    },
    spec: {
      ingressClassName: className,
      tls: [{ hosts: [host], secretName: 'cognigy-traefik' }],
      rules: [
        {
          host,
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: { service: { name, port: { number: 8000 } } } },
            ],
          },
        },
      ],
    },
  };
  const ing = withLastApplied(manifest);
  ing.metadata.creationTimestamp = CREATED.install;
  return ing;
}

function namespace(name: string, created: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, creationTimestamp: created, labels: { 'kubernetes.io/metadata.name': name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

function cognigyEnv(traefik: boolean): KubeObject {
  const cm = withLastApplied({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'cognigy-env', namespace: 'default' },
    data: {
      NODE_ENV: 'production',
      FRONTEND_BASE_URL_WITH_PROTOCOL: 'https://ui.cognigy.example.com',
      API_BASE_URL_WITH_PROTOCOL: 'https://api.cognigy.example.com',
      ENDPOINT_BASE_URL_WITH_PROTOCOL: 'https://endpoint.cognigy.example.com',
      WEBCHAT_URL: 'https://webchat.cognigy.example.com/webchat.js',
      REDIS_HOST: 'redis',
      REDIS_PERSISTENT_HOST: 'redis-persistent',
      RABBITMQ_HOST: 'rabbitmq',
      NLP_LANGUAGES: 'en-US,de-DE',
      REVERSE_PROXY: traefik ? 'traefik' : 'external',
    },
  });
  cm.metadata.creationTimestamp = CREATED.install;
  return cm;
}

/** Things in `default` that are not Cognigy's: a migration must leave them exactly as they are. */
function unrelatedWorkloads(): KubeObject[] {
  const labels = {
    app: 'billing-exporter',
    'app.kubernetes.io/part-of': 'finance-reporting',
    team: 'finance',
  };
  const stamp = (o: KubeObject) => {
    o.metadata.creationTimestamp = CREATED.unrelated;
    return o;
  };
  const deployment = deploymentDefaults(
    stamp({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'billing-exporter', namespace: 'default', labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'billing-exporter' } },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'exporter',
                image: 'ghcr.io/example-finance/billing-exporter:1.8.3',
                ports: [{ name: 'metrics', containerPort: 9102, protocol: 'TCP' }],
                envFrom: [{ configMapRef: { name: 'billing-exporter-config' } }],
                env: [
                  {
                    name: 'DATABASE_URL',
                    valueFrom: { secretKeyRef: { name: 'billing-db', key: 'database-url' } },
                  },
                ],
                resources: { requests: { cpu: '20m', memory: '64Mi' } },
              },
            ],
          },
        },
      },
    }),
  );
  const ip = clusterIp('default/billing-exporter');
  const svc = stamp({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'billing-exporter', namespace: 'default', labels },
    spec: {
      type: 'ClusterIP',
      clusterIP: ip,
      clusterIPs: [ip],
      selector: { app: 'billing-exporter' },
      ports: [{ name: 'metrics', port: 9102, targetPort: 9102, protocol: 'TCP' }],
      sessionAffinity: 'None',
    },
  });
  const cm = stamp({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'billing-exporter-config', namespace: 'default', labels },
    data: { SCRAPE_INTERVAL: '60s', CURRENCY: 'EUR' },
  });
  const secret = stamp({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'billing-db', namespace: 'default', labels },
    type: 'Opaque',
    data: {
      'database-url': b64(
        `postgres://billing:${secretOf('billing-db', 20)}@billing-db.finance.internal:5432/billing`,
      ),
    },
  });
  return [cm, secret, svc, deployment];
}

/** Objects that look like Cognigy's by name or class but are not (see CognigySeedOptions.lookalikes). */
function lookalikeWorkloads(ingressClass: string): KubeObject[] {
  const labels = { app: 'service-desk-bridge', team: 'support', 'app.kubernetes.io/part-of': 'helpdesk' };
  const stamp = (o: KubeObject) => {
    o.metadata.creationTimestamp = CREATED.unrelated;
    return o;
  };
  const deployment = deploymentDefaults(
    stamp({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'service-desk-bridge', namespace: 'default', labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'service-desk-bridge' } },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'bridge',
                image: 'ghcr.io/example-support/service-desk-bridge:2.4.0',
                ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
                resources: { requests: { cpu: '20m', memory: '64Mi' } },
              },
            ],
          },
        },
      },
    }),
  );
  const ip = clusterIp('default/service-desk-bridge');
  const svc = stamp({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'service-desk-bridge', namespace: 'default', labels },
    spec: {
      type: 'ClusterIP',
      clusterIP: ip,
      clusterIPs: [ip],
      selector: { app: 'service-desk-bridge' },
      ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
      sessionAffinity: 'None',
    },
  });
  const ing = stamp({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'status-page', namespace: 'default', labels: { team: 'support' } },
    spec: {
      ingressClassName: ingressClass,
      rules: [
        {
          host: 'status.example.com',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'service-desk-bridge', port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
  });
  return [svc, deployment, ing];
}

/**
 * The `mongodb` Helm release: cognigy-mongodb-helm-chart installs the bitnami MongoDB chart as a
 * replica set, with its release Secret so `helm list -n mongodb` shows it.
 */
function mongodbRelease(replicas: number): KubeObject[] {
  const selector = {
    'app.kubernetes.io/name': 'mongodb',
    'app.kubernetes.io/instance': 'mongodb',
    'app.kubernetes.io/component': 'mongodb',
  };
  const labels = { ...selector, 'app.kubernetes.io/managed-by': 'Helm', 'helm.sh/chart': 'mongodb-12.1.31' };
  const meta = (name: string) => ({
    name,
    namespace: 'mongodb',
    uid: uuidOf(`mongodb/${name}`),
    creationTimestamp: CREATED.mongodb,
    labels: { ...labels },
    annotations: { 'meta.helm.sh/release-name': 'mongodb', 'meta.helm.sh/release-namespace': 'mongodb' },
  });
  const account: KubeObject = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('mongodb') };
  const secret: KubeObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: meta('mongodb'),
    type: 'Opaque',
    data: {
      'mongodb-root-password': b64(seedPassword('mongodb-root')),
      'mongodb-replica-set-key': b64(secretOf('mongodb-replica-set-key', 32)),
    },
  };
  const headless: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('mongodb-headless'),
    spec: {
      type: 'ClusterIP',
      clusterIP: 'None',
      clusterIPs: ['None'],
      publishNotReadyAddresses: true,
      selector,
      ports: [{ name: 'mongodb', port: 27017, targetPort: 'mongodb', protocol: 'TCP' }],
      sessionAffinity: 'None',
    },
  };
  const statefulSet: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: meta('mongodb'),
    spec: {
      serviceName: 'mongodb-headless',
      replicas,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate' },
      selector: { matchLabels: selector },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: 'mongodb',
          securityContext: { fsGroup: 1001 },
          containers: [
            {
              name: 'mongodb',
              image: 'docker.io/bitnami/mongodb:5.0.10-debian-11-r3',
              imagePullPolicy: 'IfNotPresent',
              securityContext: { runAsNonRoot: true, runAsUser: 1001 },
              env: [
                { name: 'MONGODB_REPLICA_SET_MODE', value: 'secondary' },
                {
                  name: 'MONGODB_ADVERTISED_HOSTNAME',
                  value: '$(MY_POD_NAME).mongodb-headless.mongodb.svc.cluster.local',
                },
                { name: 'MONGODB_REPLICA_SET_NAME', value: 'rs0' },
                { name: 'MONGODB_ROOT_USER', value: 'root' },
                {
                  name: 'MONGODB_ROOT_PASSWORD',
                  valueFrom: { secretKeyRef: { name: 'mongodb', key: 'mongodb-root-password' } },
                },
                {
                  name: 'MONGODB_REPLICA_SET_KEY',
                  valueFrom: { secretKeyRef: { name: 'mongodb', key: 'mongodb-replica-set-key' } },
                },
              ],
              ports: [{ name: 'mongodb', containerPort: 27017, protocol: 'TCP' }],
              resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } },
              volumeMounts: [{ name: 'datadir', mountPath: '/bitnami/mongodb' }],
            },
          ],
        },
      },
      volumeClaimTemplates: [
        {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'datadir' },
          spec: {
            accessModes: ['ReadWriteOnce'],
            resources: { requests: { storage: '50Gi' } },
            volumeMode: 'Filesystem',
          },
        },
      ],
    },
  };
  const release = helmReleaseSecret({
    name: 'mongodb',
    namespace: 'mongodb',
    revision: 1,
    chart: {
      name: 'mongodb',
      version: '12.1.31',
      appVersion: '5.0.10',
      description: 'MongoDB(R) replica set (bitnami chart)',
    },
    values: { mongodb: { auth: { rootUser: 'root' }, replicaCount: replicas, architecture: 'replicaset' } },
    objects: [account, secret, headless, statefulSet],
    deployedAt: CREATED.mongodb,
  });
  return [account, secret, release, headless, statefulSet];
}

function kubernetesService(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      creationTimestamp: CREATED.cluster,
      labels: { component: 'apiserver', provider: 'kubernetes' },
    },
    spec: {
      type: 'ClusterIP',
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      ports: [{ name: 'https', port: 443, targetPort: 6443, protocol: 'TCP' }],
      sessionAffinity: 'None',
    },
  };
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
  if (legacyMongoOnly) {
    const mongo = cognigyDeployment('mongo-server', MONGO_SERVER_IMAGE, 1);
    const pod = (mongo.spec as any).template.spec;
    pod.containers[0].ports = [{ name: 'mongodb', containerPort: 27017, protocol: 'TCP' }];
    pod.containers[0].env = [
      { name: 'MONGO_INITDB_ROOT_USERNAME', value: 'admin' },
      {
        name: 'MONGO_INITDB_ROOT_PASSWORD',
        valueFrom: { secretKeyRef: { name: 'cognigy-mongo-server', key: 'mongo-initdb-root-password' } },
      },
    ];
    pod.containers[0].volumeMounts = [{ name: 'mongodb', mountPath: '/data/db' }];
    pod.volumes = [{ name: 'mongodb', persistentVolumeClaim: { claimName: 'mongodb' } }];
    (mongo.spec as any).strategy = { type: 'Recreate' };
    objects.push(mongo, service('mongo-server', [{ name: 'mongodb', port: 27017 }], { app: 'mongo-server' }));
  }
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
