/**
 * The Secrets of a Cognigy.AI kustomize installation in `default`, with realistic values:
 * MongoDB connection strings per service (user = database = the secret name without `cognigy-`),
 * RabbitMQ and Redis credentials, a TLS secret for Traefik, and the small API keys and tokens.
 * Values are derived from hashes of the names, so they are stable across calls.
 */
import { b64, hexOf, secretOf } from './deterministic';
import { CREATED, annotate, label, withLastApplied } from './objects';
import type { KubeObject } from '../../sandbox/seeds/types';
import { compareVersions } from '../../cognigy/version';

const atLeast = (version: string, minimum: string) => compareVersions(version, minimum) >= 0;

/** The MongoDB replica set members after the single- to multi-replica migration. */
export const MONGODB_HOSTS: readonly string[] = [0, 1, 2].map(
  (i) => `mongodb-${i}.mongodb-headless.mongodb.svc.cluster.local:27017`,
);

/** The host of the legacy single-replica MongoDB (Deployment `mongo-server`). */
export const LEGACY_MONGODB_HOSTS: readonly string[] = ['mongo-server:27017'];

/**
 * Services with a `cognigy-<service>` connection-string Secret (facts table); the names are the
 * MongoDB user and database. `service-app-session-manager` only exists with Cognigy apps.
 */
export const CONNECTION_STRING_SERVICES: readonly string[] = [
  'service-ai',
  'service-alexa-management',
  'service-analytics-collector-provider',
  'service-analytics-conversation-collector-provider',
  'service-api',
  'service-custom-modules',
  'service-function-scheduler',
  'service-handover',
  'service-journeys',
  'service-logs',
  'service-nlp',
  'service-profiles',
  'service-resources',
  'service-runtime-file-manager',
  'service-security',
  'service-task-manager',
  'service-trainer',
];

/** Options that decide which secrets exist and where the connection strings point. */
export interface SecretOptions {
  version: string;
  appSessionManager: boolean;
  legacyMongoOnly: boolean;
}

/** A password for `name`, stable across calls and never a placeholder. */
export function seedPassword(name: string): string {
  return secretOf(`password/${name}`);
}

/** The connection string a `cognigy-<service>` Secret holds. */
export function connectionString(service: string, hosts: readonly string[] = MONGODB_HOSTS): string {
  return `mongodb://${service}:${seedPassword(service)}@${hosts.join(',')}/${service}`;
}

function pem(kind: string, label: string, lines: number): string {
  let body = '';
  for (let i = 0; i < lines; i++) {
    body +=
      Buffer.from(hexOf(`${label}/${i}`, 64) + hexOf(`${label}/${i}b`, 32), 'hex').toString('base64') + '\n';
  }
  return `-----BEGIN ${kind}-----\n${body}-----END ${kind}-----\n`;
}

function secret(name: string, data: Record<string, string>, type = 'Opaque'): KubeObject {
  const encoded: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) encoded[k] = b64(v);
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: 'default' },
    type,
    data: encoded,
  };
}

function created(obj: KubeObject): KubeObject {
  obj.metadata.creationTimestamp = CREATED.install;
  return obj;
}

/** Every Secret of the installation, sorted by name. */
export function cognigySecrets(opts: SecretOptions): KubeObject[] {
  const hosts = opts.legacyMongoOnly ? LEGACY_MONGODB_HOSTS : MONGODB_HOSTS;
  const rabbitPassword = seedPassword('rabbitmq');
  const registryPassword = secretOf('registry-token', 32);
  const registryUser = 'cognigy-customer-acme';

  // Applied from the kustomize `secrets/` folder with `kubectl apply`: they carry last-applied.
  const applied: KubeObject[] = [
    secret('cognigy-amazon-credentials', {
      'amazon-client-id': `amzn1.application-oa2-client.${hexOf('amazon-client-id', 32)}`,
      'amazon-client-secret': hexOf('amazon-client-secret', 64),
    }),
    secret('cognigy-facebook', { 'fb-verify-token': secretOf('fb-verify-token', 32) }),
    secret('cognigy-insights-jwt', { secret: secretOf('insights-jwt', 64) }),
    secret('cognigy-jwt', { secret: secretOf('jwt', 64) }),
    secret('cognigy-live-agent-credentials', {
      'cognigy-live-agent-platform-token': secretOf('live-agent-platform-token', 40),
    }),
    secret('cognigy-management-ui-creds', {
      'management-ui-creds.json': `${JSON.stringify({ users: [{ username: 'admin', password: seedPassword('management-ui') }] }, null, 2)}\n`,
    }),
    secret('cognigy-mongo-server', { 'mongo-initdb-root-password': seedPassword('mongo-server-root') }),
    secret('cognigy-mongodb-exporter', {
      'connection-string': `mongodb://mongodb-exporter:${seedPassword('mongodb-exporter')}@${hosts.join(',')}/admin`,
    }),
    secret('cognigy-odata', { 'odata-super-api-key': secretOf('odata-super-api-key', 32) }),
    secret('cognigy-rabbitmq', {
      'connection-string': `amqp://cognigy:${rabbitPassword}@rabbitmq:5672`,
      'rabbitmq-password': rabbitPassword,
      'connection-string-api': `http://cognigy:${rabbitPassword}@rabbitmq:15672/api`,
    }),
    secret('cognigy-rce-credentials', { 'rce-verify-token': secretOf('rce-verify-token', 32) }),
    secret('cognigy-redis-password', { 'redis-password.conf': `requirepass ${seedPassword('redis')}\n` }),
    secret('cognigy-redis-persistent-password', {
      'redis-persistent-password.conf': `requirepass ${seedPassword('redis-persistent')}\n`,
    }),
    secret('cognigy-smtp', { 'system-smtp-password': seedPassword('smtp') }),
  ];
  const services = [...CONNECTION_STRING_SERVICES];
  if (opts.appSessionManager) services.push('service-app-session-manager');
  for (const service of services) {
    applied.push(secret(`cognigy-${service}`, { 'connection-string': connectionString(service, hosts) }));
  }
  if (atLeast(opts.version, '4.40.0')) {
    applied.push(
      secret('cognigy-insights-collector-api-key', { secret: secretOf('insights-collector-api-key', 48) }),
    );
  }
  if (atLeast(opts.version, '4.41.0')) {
    applied.push(
      secret('cognigy-service-endpoint-api-access-token', {
        'api-access-token': secretOf('endpoint-api-access-token', 48),
      }),
    );
  }
  const out = applied.map((s) => created(withLastApplied(s)));

  // Created imperatively (`kubectl create secret tls|docker-registry`): no last-applied.
  out.push(
    created(
      secret(
        'cognigy-traefik',
        {
          'tls.crt': pem('CERTIFICATE', 'traefik-crt', 18),
          'tls.key': pem('PRIVATE KEY', 'traefik-key', 14),
        },
        'kubernetes.io/tls',
      ),
    ),
    created(
      secret(
        'cognigy-registry-token',
        {
          '.dockerconfigjson': JSON.stringify({
            auths: {
              'cognigy.azurecr.io': {
                username: registryUser,
                password: registryPassword,
                auth: b64(`${registryUser}:${registryPassword}`),
              },
            },
          }),
        },
        'kubernetes.io/dockerconfigjson',
      ),
    ),
  );

  // Later additions by the platform team; a migration must merge into these, not replace them.
  const byName = new Map(out.map((s) => [s.metadata.name, s]));
  annotate(byName.get('cognigy-smtp')!, { team: 'platform' });
  label(annotate(byName.get('cognigy-jwt')!, { team: 'platform' }), { 'backup.example.com/include': 'true' });
  annotate(byName.get('cognigy-service-api')!, { team: 'platform', 'example.com/rotated-at': '2024-01-08' });
  label(byName.get('cognigy-traefik')!, { 'cert-owner': 'platform' });

  return out.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}
