/**
 * What else lives in the cluster of a Cognigy.AI installation: the `kubernetes` Service, the
 * `mongodb` Helm release, and other teams' workloads in `default` that a migration must not touch.
 */
import { seedPassword } from './cognigy-secrets';
import { b64, secretOf, uuidOf } from './deterministic';
import { helmReleaseSecret } from './helm-release';
import { CREATED, clusterIp, deploymentDefaults } from './objects';
import type { KubeObject } from '../../sandbox/seeds/types';

/** Things in `default` that are not Cognigy's: a migration must leave them exactly as they are. */
export function unrelatedWorkloads(): KubeObject[] {
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
export function lookalikeWorkloads(ingressClass: string): KubeObject[] {
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
export function mongodbRelease(replicas: number): KubeObject[] {
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

export function kubernetesService(): KubeObject {
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
