/**
 * Finds a MongoDB replica set in a Kubernetes cluster and connects to its primary as root:
 * the root password from a Secret, the pods of a StatefulSet, the primary by `hello`. From
 * outside the cluster through a port-forward over the Kubernetes API, from inside by DNS.
 */
import type { KubeConfig } from '@kubernetes/client-node';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { ConnectOptions, MongoConnection, MongoCredentials } from './connect';
import type { PortForwardHandle } from './port-forward';
import { splitUri } from './uri';
import { settle, unsettle } from '../core/settle';

/**
 * connectMongo, with the driver loaded only now: the Secret and the pods are read and the
 * port-forward is opened first, while the driver's compile would otherwise hold them up.
 */
async function connectMongo(o: ConnectOptions): Promise<MongoConnection> {
  return (await import('./connect')).connectMongo(o);
}

/** The reads discovery needs; `Kube` (src/kube/client.ts) fits it. */
export interface KubeReader {
  readonly config: KubeConfig;
  get(apiVersion: string, kind: string, name: string, namespace?: string): Promise<any | undefined>;
  list(apiVersion: string, kind: string, namespace?: string): Promise<any[]>;
}

/** Where MongoDB runs in the cluster and where its root password is. */
export interface MongoLocation {
  namespace: string;
  statefulSet: string;
  headlessService: string;
  secret: string;
  secretKey: string;
  /** Root user names to try, in order. */
  rootUsers: readonly string[];
  port: number;
}

export interface ReachOptions {
  /** A connection string given by the user (with credentials): used as it is. */
  uri?: string;
  location: MongoLocation;
  /** `auto`: inside the cluster when KUBERNETES_SERVICE_HOST is set. */
  route?: 'auto' | 'port-forward' | 'in-cluster';
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  /** Driver timeouts (tests shorten them). */
  serverSelectionTimeoutMS?: number;
  /**
   * Opens the port-forward to a pod; default forwardPort() with the kubeconfig. A worker thread
   * has the thread that holds the Kubernetes client open it.
   */
  forward?: (target: { namespace: string; pod: string; port: number }) => Promise<PortForwardHandle>;
}

/**
 * Connects as root. With `uri`, that URI (its credentials, or the root password from the
 * Secret when it has none). Otherwise discovers the primary as described above.
 */
export async function reachMongo(kube: KubeReader | undefined, o: ReachOptions): Promise<MongoConnection> {
  const timeouts = o.serverSelectionTimeoutMS ? { serverSelectionTimeoutMS: o.serverSelectionTimeoutMS } : {};
  if (o.uri) {
    const split = splitUri(o.uri);
    if (split.password !== undefined) o.logger.mask(split.password);
    if (split.username && split.password !== undefined)
      return connectMongo({
        address: split.address,
        credentials: [
          { username: split.username, password: split.password, source: authSourceOf(split.address) },
        ],
        credentialsFrom: '--mongodb-uri',
        logger: o.logger,
        clientOptions: timeouts,
      });
    if (!kube)
      throw new ConfigurationError('--mongodb-uri has no credentials: add the root user and password to it');
    const creds = await rootCredentials(kube, o.location, o.logger, split.username);
    return connectMongo({
      address: split.address,
      credentials: creds,
      credentialsFrom: secretRef(o.location),
      logger: o.logger,
      clientOptions: timeouts,
    });
  }
  if (!kube) throw new ConfigurationError('no --mongodb-uri and no cluster to discover MongoDB in');
  const loc = o.location;
  // Both read at once; a missing Secret is reported before missing pods, as before.
  const [credsRead, podsRead] = [
    settle(rootCredentials(kube, loc, o.logger)),
    settle(runningPods(kube, loc)),
  ];
  const creds = await unsettle(credsRead);
  const pods = await unsettle(podsRead);
  const env = o.env ?? process.env;
  const route =
    o.route && o.route !== 'auto' ? o.route : env.KUBERNETES_SERVICE_HOST ? 'in-cluster' : 'port-forward';
  if (route === 'in-cluster') {
    // The pods' stable DNS names as seeds; the driver finds the primary from the set itself.
    const seeds = pods.map(
      (p) => `${p}.${loc.headlessService}.${loc.namespace}.svc.cluster.local:${loc.port}`,
    );
    sayOnce(o.logger, `MongoDB: connecting inside the cluster to ${seeds.join(',')}`);
    return connectMongo({
      address: `mongodb://${seeds.join(',')}/`,
      credentials: creds,
      credentialsFrom: secretRef(loc),
      logger: o.logger,
      clientOptions: timeouts,
    });
  }
  // Outside: one pod at a time through the API server; hop to the primary that `hello` names.
  let pod = pods[0];
  for (let hop = 0; hop < 3; hop++) {
    const target = { namespace: loc.namespace, pod, port: loc.port };
    const fwd = await (o.forward
      ? o.forward(target)
      : import('./port-forward').then((m) => m.forwardPort(kube.config, target, o.logger)));
    const conn = await connectMongo({
      address: `mongodb://${fwd.host}:${fwd.port}/?directConnection=true`,
      credentials: creds,
      credentialsFrom: secretRef(loc),
      logger: o.logger,
      clientOptions: timeouts,
      onClose: fwd.close,
    });
    if (conn.server.isPrimary) {
      sayOnce(o.logger, `MongoDB: primary is pod ${loc.namespace}/${pod}, reached through a port-forward`);
      return conn;
    }
    await conn.close();
    const primaryPod = conn.server.primary?.split(':')[0].split('.')[0];
    if (!primaryPod || !pods.includes(primaryPod))
      throw new ConfigurationError(
        `MongoDB pod ${loc.namespace}/${pod} is not the primary and names no primary among the pods ` +
          `(${pods.join(', ')}): wait until the replica set has elected one, then re-run`,
      );
    o.logger.info(`MongoDB: ${pod} is a secondary; the primary is ${primaryPod}`);
    pod = primaryPod;
  }
  throw new ConfigurationError(
    'MongoDB: the primary moved while connecting; re-run when the replica set is stable',
  );
}

/** Candidate root credentials from the Secret, masked as soon as read. */
export async function rootCredentials(
  kube: KubeReader,
  loc: MongoLocation,
  logger: Logger,
  onlyUser?: string,
): Promise<MongoCredentials[]> {
  const secret = await kube.get('v1', 'Secret', loc.secret, loc.namespace);
  for (const v of Object.values<string>(secret?.data ?? {}))
    logger.mask(Buffer.from(v, 'base64').toString('utf8'));
  const encoded = secret?.data?.[loc.secretKey];
  if (!encoded)
    throw new ConfigurationError(
      `${secretRef(loc)} not found: it holds the MongoDB root password; pass --mongodb-uri instead if MongoDB runs elsewhere`,
    );
  const password = Buffer.from(encoded, 'base64').toString('utf8');
  const users = onlyUser ? [onlyUser] : loc.rootUsers;
  return users.map((username) => ({ username, password, source: 'admin' }));
}

/** Names of the StatefulSet's running pods, ordinal order. */
async function runningPods(kube: KubeReader, loc: MongoLocation): Promise<string[]> {
  const re = new RegExp(`^${loc.statefulSet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  const pods = (await kube.list('v1', 'Pod', loc.namespace))
    .filter((p) => re.test(p.metadata?.name ?? '') && (p.status?.phase ?? 'Running') === 'Running')
    .map((p) => p.metadata.name as string)
    .sort((a, b) => Number(re.exec(a)![1]) - Number(re.exec(b)![1]));
  if (!pods.length)
    throw new ConfigurationError(
      `no running pod of StatefulSet ${loc.namespace}/${loc.statefulSet}: MongoDB is down or elsewhere; start it or pass --mongodb-uri`,
    );
  return pods;
}

function secretRef(loc: MongoLocation): string {
  return `Secret ${loc.namespace}/${loc.secret} key ${loc.secretKey}`;
}

function authSourceOf(address: string): string {
  const q = address.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : address.slice(q + 1));
  return params.get('authSource') ?? (/^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]+)/.exec(address)?.[1] || 'admin');
}

/** Facts about where MongoDB is, told once per process (a phase connects several times). */
const told = new Set<string>();
function sayOnce(logger: { info(m: string): void; debug(m: string): void }, text: string): void {
  if (told.has(text)) return logger.debug(text);
  told.add(text);
  logger.info(text);
}
