/**
 * The Cognigy.AI workloads of a kustomize installation in `default`: Deployments (with their
 * secret and PVC mounts), Services, Ingresses, the `cognigy-env` ConfigMap and Traefik's objects.
 */
import {
  APP_SESSION_MANAGER,
  COGNIGY_REGISTRY,
  DEPENDENCY_DEPLOYMENTS,
  MONGO_SERVER_IMAGE,
} from './cognigy-images';
import { CONNECTION_STRING_SERVICES } from './cognigy-secrets';
import type { SeedVariant } from './cognigy-storage';
import { hexOf, intOf } from './deterministic';
import { CREATED, clusterIp, deploymentDefaults, withLastApplied } from './objects';
import type { KubeObject } from '../../sandbox/seeds/types';

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

/**
 * PVC mounts: deployment → [claim, mount path], as core/manifests of Cognigy/kubernetes 4.41.2
 * (and the real chart 4.41.2/4.42) mount them; service-function-scheduler mounts none. The chart
 * fixture mounts the same. The legacy mongo-server's `mongodb` claim is added with it.
 */
export const SEED_PVC_MOUNTS: Record<string, Array<[string, string]>> = {
  'service-ai': [['flow-modules', '/app/flowModules']],
  'service-custom-modules': [['flow-modules', '/app/flowModules']],
  'service-execution': [['flow-modules', '/app/flowModules']],
  'service-function-execution': [['functions', '/app/functions']],
  'service-resources': [
    ['flow-modules', '/app/flowModules'],
    ['functions', '/app/functions'],
  ],
  'redis-persistent': [['redis-persistent', '/data']],
};

/** Deployments that have a Service of the same name (port 8000 unless listed otherwise). */
export const SERVICES: Record<string, Array<{ name: string; port: number }>> = {
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
export const INGRESSES: Record<string, string> = {
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

export function cognigyDeployment(name: string, image: string, replicas: number): KubeObject {
  const mounts: Array<Record<string, unknown>> = [];
  const volumes: Array<Record<string, unknown>> = [];
  for (const [claim, mountPath] of SEED_PVC_MOUNTS[name] ?? []) {
    mounts.push({ name: claim, mountPath });
    volumes.push({ name: claim, persistentVolumeClaim: { claimName: claim } });
  }
  // The dependencies come from Cognigy's registry too (rabbitmq, redis, traefik at 4.41.2).
  const product = image.startsWith(`${COGNIGY_REGISTRY}/`) && !DEPENDENCY_DEPLOYMENTS.includes(name);
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

export function service(
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

export function traefikObjects(variant: SeedVariant): { cluster: KubeObject[]; namespaced: KubeObject[] } {
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

export function ingress(name: string, host: string, className: string): KubeObject {
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

export function cognigyEnv(traefik: boolean): KubeObject {
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

/** The legacy single-replica MongoDB (`mongo-server`) with its data on PVC `mongodb`. */
export function mongoServer(): KubeObject[] {
  const mongo = cognigyDeployment('mongo-server', MONGO_SERVER_IMAGE, 1);
  const spec = mongo.spec as Record<string, any>;
  const pod = spec.template.spec;
  pod.containers[0].ports = [{ name: 'mongodb', containerPort: 27017, protocol: 'TCP' }];
  pod.containers[0].env = [
    { name: 'MONGO_INITDB_ROOT_USERNAME', value: 'admin' },
    {
      name: 'MONGO_INITDB_ROOT_PASSWORD',
      valueFrom: { secretKeyRef: { name: 'cognigy-mongo-server', key: 'mongo-initdb-root-password' } },
    },
  ];
  pod.containers[0].volumeMounts = [{ name: 'cognigy-mongo-storage', mountPath: '/data/db' }];
  pod.volumes = [{ name: 'cognigy-mongo-storage', persistentVolumeClaim: { claimName: 'mongodb' } }];
  spec.strategy = { type: 'Recreate' };
  return [mongo, service('mongo-server', [{ name: 'mongodb', port: 27017 }], { app: 'mongo-server' })];
}
