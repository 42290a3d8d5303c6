/**
 * The MongoDB of a seeded installation: the in-memory MongoDB started with the seed's databases,
 * users and root password, and every pod of the seed's MongoDB StatefulSet made to lead to it
 * through the sandbox's pods/portforward, as a cluster's `mongodb-N:27017` would. Used by the
 * rehearsal and by the tests' worlds, so preflight's MongoDB check and the downtime's copy find
 * MongoDB where a real run finds it.
 */
import type { Sandbox } from '../sandbox/index';
import { MongoSandbox } from '../sandbox/mongo';
import { cognigyMongoSeed, type MongoSeedOptions } from './mongo-seed';
import type { KubeObject } from './seeds';

/** Where the MongoDB Helm release runs in a seed (the profile's facts; a capture may differ). */
export interface SeededMongoLocation {
  namespace: string;
  statefulSet: string;
  port: number;
}

const DEFAULT_LOCATION: SeededMongoLocation = { namespace: 'mongodb', statefulSet: 'mongodb', port: 27017 };

/**
 * Starts the seeded MongoDB and forwards the StatefulSet's pods to it. Undefined when the objects
 * hold no MongoDB StatefulSet or no root password (a capture of a legacy installation): then
 * there is nothing to stand in for, and preflight reports what is missing as it would in a cluster.
 */
export async function startSeededMongo(
  sandbox: Sandbox,
  objects: KubeObject[],
  opts: MongoSeedOptions & { location?: Partial<SeededMongoLocation> } = {},
): Promise<MongoSandbox | undefined> {
  const loc = { ...DEFAULT_LOCATION, ...opts.location };
  const sts = objects.find(
    (o) =>
      o.kind === 'StatefulSet' &&
      o.metadata?.name === loc.statefulSet &&
      o.metadata?.namespace === loc.namespace,
  );
  if (!sts) return undefined;
  let seed;
  try {
    seed = cognigyMongoSeed(objects, opts);
  } catch {
    return undefined;
  }
  const mongo = await MongoSandbox.start(seed);
  const replicas = Number((sts as { spec?: { replicas?: number } }).spec?.replicas ?? 1);
  for (let i = 0; i < replicas; i++)
    sandbox.forwardPort(loc.namespace, `${loc.statefulSet}-${i}`, loc.port, {
      host: '127.0.0.1',
      port: mongo.port,
    });
  return mongo;
}

/**
 * startSeededMongo for a sandbox already loaded (the rehearsal's): the objects the MongoDB seed
 * reads (the StatefulSet, the root and connection-string Secrets, the legacy Deployment) are taken
 * from the sandbox itself.
 */
export async function startSandboxMongo(
  sandbox: Sandbox,
  opts: MongoSeedOptions & { location?: Partial<SeededMongoLocation> } = {},
): Promise<MongoSandbox | undefined> {
  const objects = [
    ...sandbox.list('apps/v1', 'StatefulSet'),
    ...sandbox.list('apps/v1', 'Deployment'),
    ...sandbox.list('v1', 'Secret'),
  ] as KubeObject[];
  return startSeededMongo(sandbox, objects, opts);
}
