/**
 * Runs a phase's steps with the record's bookkeeping: the phase entry is marked running before
 * the first mutation and settled after, each step's outcome is persisted as it settles.
 */
import type { MigrationRecord } from '../record/schema';
import type { RecordStore } from '../record/store';
import { runSteps } from '../steps/engine';
import type { Step } from '../steps/step';
import type { PhaseContext, PhaseResult } from './types';

export interface PhaseRunOptions {
  record?: MigrationRecord;
  store?: RecordStore;
  outputs?: Record<string, string>;
  report?: string[];
}

export async function runPhaseSteps(
  ctx: PhaseContext,
  phase: string,
  steps: Step[],
  o: PhaseRunOptions = {},
): Promise<PhaseResult> {
  const { record, store } = o;
  const persist = !ctx.dryRun && record && store;
  // The record is touched only when something is applied: a re-run of a finished phase makes
  // no request that changes anything, the record mirror included.
  let touched = false;
  const result = await runSteps(steps, {
    dryRun: ctx.dryRun,
    logger: ctx.logger,
    beforeFirstApply: persist
      ? async () => {
          touched = true;
          record.phases[phase] = { status: 'running', startedAt: new Date().toISOString() };
          await store.save(record);
        }
      : undefined,
    onStep: persist
      ? async (rep) => {
          if (rep.status !== 'applied' && rep.status !== 'failed') return;
          touched = true;
          const entry = (record.phases[phase] ??= { status: 'running', startedAt: new Date().toISOString() });
          entry.steps = [
            ...(entry.steps ?? []).filter((s) => s.id !== rep.id),
            { id: rep.id, status: rep.status, durationMs: rep.durationMs },
          ];
          // Progress only: local now, mirrored with the phase's final save.
          await store.save(record, { mirror: false });
        }
      : undefined,
  });
  if (persist && !touched && record.phases[phase]?.status !== 'succeeded') {
    // Everything was already done (e.g. by a run that died after its last step).
    record.phases[phase] = { status: 'running', startedAt: new Date().toISOString() };
    touched = true;
  }
  if (persist && touched) {
    const entry = record.phases[phase];
    entry.status = result.error ? 'failed' : 'succeeded';
    entry.finishedAt = new Date().toISOString();
    if (result.error) entry.error = ctx.logger.redact(result.error.message);
    else delete entry.error;
    await store.save(record);
  }
  return {
    phase,
    ok: !result.error,
    dryRun: ctx.dryRun,
    steps: result.reports,
    outputs: o.outputs ?? {},
    report: o.report ?? [],
    error: result.error?.message,
  };
}
