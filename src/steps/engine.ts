/**
 * The step engine: plan from one observation, write the plan's undo facts ahead in one journal
 * commit, run each stage's steps concurrently (bounded), verify each write from its response.
 *
 * Re-running a phase re-observes and re-plans, so a run that died half-way picks up where it
 * stopped, and a finished phase is a no-op. A step whose apply() returns but whose isDone() still
 * says false fails the phase: nothing is reported done that the cluster did not answer.
 */
import { errorMessage } from '../core/errors';
import { formatStepLine, HeldLogger, type Logger } from '../core/logger';
import { pool } from './pool';
import type { Stage, Step, StepReport } from './step';

/** Default number of steps of a stage in flight at once. */
// 32: the 30 secrets of a migration, or most deployments of an installation, in one round trip;
// far below what an API server's priority and fairness admits from one client.
export const DEFAULT_CONCURRENCY = 32;

/** Makes the in-memory record durable. Implemented over the record store by the phases. */
export interface Journal {
  /** Write-ahead: ONE local write and ONE mirror write of everything recorded so far. */
  commit(): Promise<void>;
  /** Progress only (step outcomes, no undo fact): one local write; called once per stage. */
  progress?(): Promise<void>;
}

export interface RunOptions<O = unknown> {
  dryRun: boolean;
  logger: Logger;
  /** What the phase observed; handed to every step (a stage's observe() replaces it). */
  observation?: O;
  /** Stops the run between steps: no step starts after it fires; those in flight finish. */
  signal?: AbortSignal;
  /** Steps in flight per stage unless the stage says otherwise (default 32). */
  concurrency?: number;
  /** Makes write-ahead facts durable before the mutations that need them. */
  journal?: Journal;
  /** Called once, before the first write-ahead commit: mark the phase running (in memory). */
  beforeFirstApply?(): void | Promise<void>;
  /** Called as each step settles (done, planned, applied or failed): record its outcome in memory. */
  onStep?(report: StepReport): void | Promise<void>;
  /** Time source, for tests of durations. */
  now?: () => number;
}

/** Outcome of a run. `error` is set when a step failed or the run was cancelled. */
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

/** The run was stopped by its AbortSignal (SIGINT/SIGTERM) between two writes. */
export class CancelledError extends Error {
  constructor(reason?: unknown) {
    super(
      `cancelled${reason instanceof Error ? ` (${reason.message})` : typeof reason === 'string' ? ` (${reason})` : ''}: stopped between writes; nothing is half-done — re-run the phase to continue`,
    );
    this.name = 'CancelledError';
  }
}

const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)));

/**
 * Runs stages in order. Dry-run calls only isDone() and describe() (zero mutating requests, no
 * journal write). Otherwise: every step of a plan segment (the stages sharing one observation)
 * that is not done gets writeAhead(), then one journal commit, then each stage runs its pending
 * steps with bounded concurrency: apply(), then isDone() on the observation apply() updated. The
 * first failure lets the steps in flight finish and starts nothing more: later steps are `not-run`.
 * A stage marked `alongside` is started and not waited for: the stages after it run meanwhile, and
 * the run joins it before the next observe() and at its end (its reports keep their place).
 */
export async function runStages<O>(stages: Stage<O>[], opts: RunOptions<O>): Promise<RunResult> {
  const now = opts.now ?? Date.now;
  const log = opts.logger;
  const reports: StepReport[] = [];
  let observed = opts.observation as O;
  let error: Error | undefined;
  let applying = false;
  const cancelled = () => opts.signal?.aborted === true;
  const notRun = (s: Step<O>): StepReport => ({
    id: s.id,
    title: s.title,
    status: 'not-run',
    durationMs: 0,
    changes: [],
  });
  // Decided when the segment was planned; a later stage of the segment re-checks (cheap, local).
  const plannedDone = new Map<Step<O>, boolean>();

  const planSegment = async (from: number) => {
    const pending: Step<O>[] = [];
    for (let j = from; j < stages.length && (j === from || !stages[j].observe); j++)
      for (const s of stages[j].steps) {
        const done = await s.isDone(observed);
        plannedDone.set(s, done);
        if (!done) pending.push(s);
      }
    if (opts.dryRun || !pending.length || cancelled()) return;
    let dirty = false;
    if (!applying) {
      applying = true;
      await opts.beforeFirstApply?.();
      dirty = true;
    }
    for (const s of pending) if ((await s.writeAhead?.(observed)) === true) dirty = true;
    // Never a mutation before the facts that undo it are durable in both places.
    if (dirty) await opts.journal?.commit();
  };

  const runStep = async (s: Step<O>, firstOfSegment: boolean): Promise<StepReport> => {
    const started = now();
    const base = { id: s.id, title: s.title };
    try {
      const done = firstOfSegment && plannedDone.has(s) ? plannedDone.get(s)! : await s.isDone(observed);
      if (done) return { ...base, status: 'done', durationMs: 0, changes: [] };
      if (opts.dryRun)
        return { ...base, status: 'planned', durationMs: 0, changes: await s.describe(observed) };
      const signal = opts.signal ?? new AbortController().signal;
      const changes = await s.apply(observed, { signal });
      if (!(await s.isDone(observed))) throw new StepVerificationError(s.id);
      return { ...base, status: 'applied', durationMs: now() - started, changes };
    } catch (err) {
      error ??= asError(err);
      return {
        ...base,
        status: 'failed',
        durationMs: now() - started,
        changes: [],
        error: errorMessage(err),
      };
    }
  };

  // Stages that run alongside the ones after them (Stage.alongside): started, joined later.
  const beside: Array<{ held: HeldLogger; settled: boolean; done: Promise<void> }> = [];
  const perStage: StepReport[][] = stages.map(() => []);
  // An alongside stage's lines come out in one piece, at the first stage boundary after it settled.
  const replaySettled = async () => {
    for (const b of beside.filter((x) => x.settled)) {
      beside.splice(beside.indexOf(b), 1);
      await b.held.replay();
    }
  };
  const join = async () => {
    while (beside.length) {
      await Promise.all(beside.map((b) => b.done));
      await replaySettled();
    }
  };
  const runStage = async (stage: Stage<O>, into: Logger, firstOfSegment: boolean) =>
    into.group(stage.name, async () => {
      const results = await pool(
        stage.steps,
        stage.concurrency ?? opts.concurrency ?? DEFAULT_CONCURRENCY,
        async (s) => {
          const report = await runStep(s, firstOfSegment);
          if (into.step) into.step(report);
          else (report.status === 'failed' ? into.error : into.info).call(into, formatStepLine(report));
          await opts.onStep?.(report);
          return report;
        },
        () => !error && !cancelled(),
      );
      return results.map((r, n): StepReport => {
        if (r.started && r.ok) return r.value;
        if (r.started && !r.ok) {
          error ??= asError(r.error);
          return { ...notRun(stage.steps[n]), status: 'failed', error: errorMessage(r.error) };
        }
        return notRun(stage.steps[n]);
      });
    });

  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i];
    // A new plan segment starts from a settled cluster: what runs alongside has finished.
    if (stage.observe) await join();
    if (!error && cancelled()) error = new CancelledError(opts.signal?.reason);
    if (error) {
      perStage[i] = stage.steps.map(notRun);
      continue;
    }
    const firstOfSegment = i === 0 || !!stage.observe;
    try {
      if (stage.observe) observed = await stage.observe(observed);
      if (firstOfSegment) await planSegment(i);
    } catch (err) {
      error = asError(err);
      log.error(`${stage.name}: ${errorMessage(err)}`);
      perStage[i] = stage.steps.map(notRun);
      continue;
    }
    if (stage.alongside && i < stages.length - 1) {
      const b = { held: new HeldLogger(log), settled: false, done: Promise.resolve() };
      b.done = runStage(stage, b.held, firstOfSegment).then(
        (r) => {
          perStage[i] = r;
          b.settled = true;
        },
        (err: unknown) => {
          error ??= asError(err);
          perStage[i] = stage.steps.map(notRun);
          b.settled = true;
        },
      );
      beside.push(b);
      continue;
    }
    perStage[i] = await runStage(stage, log, firstOfSegment);
    await replaySettled();
    if (!error && cancelled()) error = new CancelledError(opts.signal?.reason);
    if (applying && !opts.dryRun) await opts.journal?.progress?.();
  }
  await join();
  reports.push(...perStage.flat());
  return { reports, error };
}

/**
 * Runs steps one after the other, as one stage (for callers with a plain list). Same semantics as
 * runStages with concurrency 1.
 */
export async function runSteps<O>(
  steps: Step<O>[],
  opts: RunOptions<O> & { stage?: string },
): Promise<RunResult> {
  return runStages([{ name: opts.stage ?? 'steps', steps, concurrency: 1 }], opts);
}
