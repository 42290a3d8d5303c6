/**
 * The phase harness's world with a MongoDB behind it (preflight checks the databases), and the
 * preflight inputs the trust tests use: the chart's image check is not what they are about.
 */
import { PREFLIGHT_OK as CHECKS, world as baseWorld, type World } from '../phases/harness';
import { startMongo } from '../downtime/helpers';

export type { World };
export const PREFLIGHT_OK = { ...CHECKS, 'image-check': 'false' };

export async function world(...args: Parameters<typeof baseWorld>): Promise<World> {
  const base = await baseWorld(...args);
  const mongo = await startMongo();
  return {
    ...base,
    run: (phase, inputs = {}, o) => base.run(phase, { 'mongodb-uri': mongo.uri, ...inputs }, o),
    stop: async () => {
      await mongo.stop();
      await base.stop();
    },
  };
}
