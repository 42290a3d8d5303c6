/**
 * The MongoDB part of the downtime stage: the two analytics databases copied to the names the
 * Helm chart expects, verified, and their users set up (see mongo-prepare.ts). The driver and the
 * copy are loaded only when the downtime prepares the part: `k2h --help` and the other phases do
 * not pay for them.
 */
import type { DowntimePart } from './part';

/** The MongoDB part of the downtime stage (imported by the downtime phase). */
export const mongoPart: DowntimePart = {
  name: 'copy the analytics databases',
  // The connection is held for the phase (one login); the phase closes the part at its end.
  prepare: async (d) => (await import('./mongo-prepare')).prepareMongo(d, undefined, { hold: true }),
};
