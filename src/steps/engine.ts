/**
 * The step engine: plan (observe -> steps not done), dry-run, apply, verify, resume.
 *
 * Re-running a phase re-plans from what the cluster shows, so a run that died half-way picks up
 * where it stopped, and a finished phase is a no-op. A step whose apply() returns but whose
 * isDone() still says false fails the phase: nothing is reported done that the cluster does not show.
 */
import { errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Step, StepReport } from './step';

export interface RunOptions {
  dryRun: boolean;
  logger: Logger;
  /** Called once, before the first step is applied (mark the phase running in the record). */
  beforeFirstApply?(): Promise<void>;
  /** Called after each step settles (persist progress to the record). */
  onStep?(report: StepReport): Promise<void>;
  /** Time source, for tests of durations. */
  now?: () => number;
}

/** Outcome of running a list of steps. `error` is set when a step failed. */
export interface RunResult {
  reports: StepReport[];
  error?: Error;
}

/** Thrown when a step's apply() did not leave the cluster in its done state. */
export class StepVerificationError extends Error {
  constructor(stepId: string) {
    super(
      `step ${stepId} was applied but the cluster does not show it done; stopping so nothing builds on it`,
    );
    this.name = 'StepVerificationError';
  }
}

/**
 * Runs steps in order. Dry-run observes every step and reports the plan (zero mutating requests:
 * only isDone() and describe() are called). Otherwise each step not yet done gets writeAhead(),
 * apply() and a verifying isDone(); the first failure stops the run, later steps are `not-run`.
 */
export async function runSteps(steps: Step[], opts: RunOptions): Promise<RunResult> {
  const now = opts.now ?? Date.now;
  const reports: StepReport[] = [];
  let error: Error | undefined;
  let applying = false;
  for (const step of steps) {
    if (error) {
      reports.push({ id: step.id, title: step.title, status: 'not-run', durationMs: 0, changes: [] });
      continue;
    }
    const started = now();
    const report = await opts.logger.group(step.title, async (): Promise<StepReport> => {
      try {
        if (await step.isDone()) {
          opts.logger.info('already done');
          return { id: step.id, title: step.title, status: 'done', durationMs: 0, changes: [] };
        }
        const plan = await step.describe();
        if (opts.dryRun) {
          for (const line of plan) opts.logger.info(`would: ${line}`);
          return { id: step.id, title: step.title, status: 'planned', durationMs: 0, changes: plan };
        }
        if (!applying) {
          applying = true;
          await opts.beforeFirstApply?.();
        }
        await step.writeAhead?.();
        const changes = await step.apply();
        if (!(await step.isDone())) throw new StepVerificationError(step.id);
        for (const line of changes) opts.logger.info(line);
        return { id: step.id, title: step.title, status: 'applied', durationMs: 0, changes };
      } catch (err) {
        error = err instanceof Error ? err : new Error(String(err));
        opts.logger.error(`${step.id}: ${errorMessage(err)}`);
        return {
          id: step.id,
          title: step.title,
          status: 'failed',
          durationMs: 0,
          changes: [],
          error: errorMessage(err),
        };
      }
    });
    report.durationMs = now() - started;
    reports.push(report);
    await opts.onStep?.(report);
  }
  return { reports, error };
}
