/**
 * Phases that are declared (inputs, outputs, docs) but not built yet. They fail plainly and
 * change nothing, rather than pretend.
 */
import { ConfigurationError } from '../core/errors';
import { K2H_VERSION } from '../version';
import type { PhaseContext, PhaseResult } from './types';

/** A run() that refuses with a clear message. */
export function notYetAvailable(name: string): (ctx: PhaseContext) => Promise<PhaseResult> {
  return async () => {
    throw new ConfigurationError(
      `phase '${name}' is not available in k2h ${K2H_VERSION} yet (it is on the roadmap). Nothing was changed.`,
    );
  };
}
