/**
 * The plan of a guarded phase: its own dry-run, run in-process, so the approver reads exactly
 * what `k2h <phase> --dry-run` prints, and the approval is bound to its digest.
 */
import { COMMON_INPUTS, parseInputs } from '../../core/inputs';
import type { Logger } from '../../core/logger';
import type { PhaseContext, PhaseDefinition } from '../types';
import { planDigest } from './requests';

/** Output by which a phase's dry-run names the digest its approval must carry. */
import { PLAN_DIGEST_OUTPUT } from '../shared-inputs';

export { PLAN_DIGEST_OUTPUT };

export interface GuardedPlan {
  text: string;
  digest: string;
}

/** A logger that keeps the guarded phase's chatter out of the gate's log but masks alike. */
function quiet(logger: Logger): Logger {
  return {
    info: (m) => logger.debug(m),
    debug: (m) => logger.debug(m),
    warn: (m) => logger.warn(m),
    error: (m) => logger.error(m),
    group: (_name, fn) => fn(),
    mask: (v) => logger.mask(v),
    redact: (t) => logger.redact(t),
  };
}

/** Runs `def` in dry-run with the gate's inputs and returns its plan text and digest. */
export async function planOf(ctx: PhaseContext, def: PhaseDefinition): Promise<GuardedPlan> {
  const raw = (n: string) => {
    const v = ctx.inputs[n];
    return v === undefined ? undefined : String(v);
  };
  const inputs = {
    ...parseInputs([...COMMON_INPUTS, ...def.inputs], raw, (v) => ctx.logger.mask(v)),
    'dry-run': true,
  };
  const child: PhaseContext = { ...ctx, inputs, dryRun: true, logger: quiet(ctx.logger) };
  const result = await def.run(child);
  if (!result.ok) throw new Error(`the plan of ${def.name} could not be made: ${result.error ?? 'failed'}`);
  const text = ctx.logger.redact(result.report.join('\n'));
  return { text, digest: result.outputs[PLAN_DIGEST_OUTPUT] ?? planDigest(text) };
}
