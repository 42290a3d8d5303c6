/**
 * Runs a phase's stages with the record as the one journal: the phase is marked running and the
 * plan's undo facts written ahead in one save (local file + in-cluster mirror) before the first
 * mutation; step outcomes are kept in memory and written locally once per stage; the final save
 * mirrors everything.
 */
import type { MigrationRecord } from '../record/schema';
import type { RecordStore } from '../record/store';
import { DEFAULT_CONCURRENCY, type Journal, runStages } from '../steps/engine';
import type { Stage, Step, StepReport } from '../steps/step';
import type { InputSpec } from '../core/inputs';
import type { PhaseContext, PhaseResult } from './types';

/** Input of the phases that write in parallel: the engine's bound on steps in flight per stage. */
export const CONCURRENCY: InputSpec = {
  name: 'concurrency',
  description: 'Most API writes in flight at once within a stage (the steps of a stage are independent).',
  type: 'number',
  default: String(DEFAULT_CONCURRENCY),
};

export interface PhaseRunOptions<O = unknown> {
  record?: MigrationRecord;
  store?: RecordStore;
  /** What the phase observed, handed to every step. */
  observation?: O;
  outputs?: Record<string, string>;
  report?: string[];
  /** Steps in flight per stage (default 32). */
  concurrency?: number;
  /**
   * These stages are the phase's last change to the cluster: the run lock is released alongside
   * the final record save (one round trip instead of two).
   */
  last?: boolean;
}

/** The record store as the engine's journal. */
export function recordJournal(record: MigrationRecord, store: RecordStore): Journal {
  return {
    commit: () => store.save(record),
    progress: () => store.save(record, { mirror: false }),
  };
}

/** Runs stages (or a plain step list, as one stage) of `phase` and settles its record entry. */
export async function runPhaseSteps<O>(
  ctx: PhaseContext,
  phase: string,
  stagesOrSteps: Stage<O>[] | Step<O>[],
  o: PhaseRunOptions<O> = {},
): Promise<PhaseResult> {
  const stages: Stage<O>[] =
    stagesOrSteps.length && 'steps' in stagesOrSteps[0]
      ? (stagesOrSteps as Stage<O>[])
      : [{ name: phase, steps: stagesOrSteps as Step<O>[], concurrency: 1 }];
  const { record, store } = o;
  const persist = !ctx.dryRun && record && store ? { record, store } : undefined;
  // The record is touched only when something is applied: a re-run of a finished phase makes
  // no request that changes anything, the record mirror included.
  let touched = false;
  const foundDone: StepReport[] = [];
  const note = (rep: StepReport) => {
    if (!persist) return;
    const entry = (persist.record.phases[phase] ??= {
      status: 'running',
      startedAt: new Date().toISOString(),
    });
    const earlier = (entry.steps ?? []).find((x) => x.id === rep.id);
    // What a dead run applied stays "applied" when the re-run finds it done; a step it left
    // failed (the crash) is done now.
    if (rep.status === 'done' && earlier?.status === 'applied') return;
    entry.steps = [
      ...(entry.steps ?? []).filter((x) => x.id !== rep.id),
      { id: rep.id, status: rep.status, durationMs: rep.durationMs },
    ];
  };
  const result = await runStages(stages, {
    dryRun: ctx.dryRun,
    logger: ctx.logger,
    observation: o.observation,
    signal: ctx.signal,
    concurrency: o.concurrency ?? concurrencyInput(ctx),
    journal: persist && recordJournal(persist.record, persist.store),
    beforeFirstApply: persist
      ? () => {
          touched = true;
          // A phase resumed after a crash keeps what the dead run recorded of its steps.
          const prev = persist.record.phases[phase];
          const resumed = prev && prev.status !== 'succeeded';
          persist.record.phases[phase] = {
            status: 'running',
            startedAt: resumed ? prev.startedAt : new Date().toISOString(),
            ...(resumed && prev.steps ? { steps: prev.steps } : {}),
          };
          for (const rep of foundDone) note(rep);
        }
      : undefined,
    onStep: persist
      ? (rep) => {
          // Steps found done are listed too once the phase changes something (a run resumed after
          // a crash lists every step); a re-run that changes nothing writes nothing.
          if (rep.status === 'done') {
            if (touched) note(rep);
            else foundDone.push(rep);
            return;
          }
          if (rep.status !== 'applied' && rep.status !== 'failed') return;
          touched = true;
          note(rep);
        }
      : undefined,
  });
  if (persist && !touched && persist.record.phases[phase]?.status !== 'succeeded') {
    // Everything was already done (e.g. by a run that died after its last step).
    persist.record.phases[phase] = { status: 'running', startedAt: new Date().toISOString() };
    touched = true;
  }
  if (persist && touched) {
    const entry = persist.record.phases[phase];
    entry.status = result.error ? 'failed' : 'succeeded';
    entry.finishedAt = new Date().toISOString();
    if (result.error) entry.error = ctx.logger.redact(result.error.message);
    else delete entry.error;
    const save = persist.store.save(persist.record);
    if (o.last && !result.error && ctx.releaseLock) await Promise.all([save, ctx.releaseLock()]);
    else await save;
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

/** The `concurrency` input when the phase declares it and it is a positive number. */
function concurrencyInput(ctx: PhaseContext): number | undefined {
  const n = Number(ctx.inputs.concurrency);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
