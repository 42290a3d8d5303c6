/**
 * The root MongoDB connection a phase asks for: the mongodb-uri input, else MongoDB discovered in
 * the cluster where the profile says it runs (Secret, StatefulSet pods, port-forward or DNS).
 */
import type { CognigyProfile } from '../cognigy/profile';
import type { Kube } from '../kube/client';
import type { MongoConnection } from '../mongo/connect';
import type { MongoLocation } from '../mongo/discover';
import { SharedConnection } from '../mongo/shared-connection';
import type { PhaseContext } from './types';

/** Where the profile says MongoDB runs. */
export function mongoLocation(profile: CognigyProfile): MongoLocation {
  const m = profile.mongodb;
  return {
    namespace: m.namespace,
    statefulSet: m.statefulSet,
    headlessService: m.headlessService,
    secret: m.rootSecret,
    secretKey: m.rootSecretKey,
    rootUsers: m.rootUsers,
    port: m.port,
  };
}

/** Opens the root connection the inputs ask for: mongodb-uri, else discovered in the cluster. */
export function mongoOpener(
  ctx: PhaseContext,
  kube: Kube | Promise<Kube>,
  profile: CognigyProfile,
): () => Promise<MongoConnection> {
  const uri = (ctx.inputs['mongodb-uri'] as string | undefined) || undefined;
  return async () =>
    (await import('../mongo/discover')).reachMongo(await kube, {
      uri,
      location: mongoLocation(profile),
      logger: ctx.logger,
      env: ctx.env,
    });
}

/** The root connection the inputs ask for: mongodb-uri, else discovered in the cluster. */
export function mongoConnector(ctx: PhaseContext, kube: Kube, profile: CognigyProfile): SharedConnection {
  return new SharedConnection(mongoOpener(ctx, kube, profile));
}
