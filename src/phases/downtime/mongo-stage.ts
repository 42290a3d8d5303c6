/**
 * The MongoDB part of the downtime stage: the two analytics databases copied to the names the
 * Helm chart expects, verified, and their users set up (see mongo-prepare.ts). The driver and the
 * copy are loaded only by the downtime (`k2h --help` and the other phases do not pay for them),
 * from the phase's start on: their compile runs while the first Kubernetes reads are under way.
 */
import type { DowntimePart } from './part';

let loading: Promise<typeof import('./mongo-prepare')> | undefined;
/** The part's code with the driver, and discovery (which connects); imported once. */
const load = () =>
  (loading ??= Promise.all([import('./mongo-prepare'), import('../../mongo/discover')]).then(([m]) => m));

/** The MongoDB part of the downtime stage (imported by the downtime phase). */
export const mongoPart: DowntimePart = {
  name: 'copy the analytics databases',
  // A failed import is prepare()'s error, reported there.
  preload: () => void load().catch(() => undefined),
  // The connection is held for the phase (one login); the phase closes the part at its end.
  prepare: async (d) => (await load()).prepareMongo(d, undefined, { hold: true }),
};
