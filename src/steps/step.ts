/**
 * A step: one idempotent piece of a phase. It decides from the phase's observation (a snapshot of
 * the cluster taken with one LIST per kind and namespace) whether it is done, describes itself for
 * dry-run and approval, records its undo facts, and applies itself.
 *
 * `O` is whatever the phase observed (usually a kube `Observation`); the engine only passes it on.
 */
export interface Step<O = unknown> {
  /** Stable id, e.g. `retain-pv/flow-modules`; used in the record and reports. */
  id: string;
  /** One line for humans. */
  title: string;
  /**
   * True when nothing is left to do, decided from `observed` (and local files). Never mutates and
   * should make no request: the observation holds what the cluster showed, and apply() puts what
   * its writes answered into it, so the same predicate verifies the write.
   */
  isDone(observed: O): boolean | Promise<boolean>;
  /** What apply() would change, line by line; never secret values. */
  describe(observed: O): string[] | Promise<string[]>;
  /**
   * Records the facts needed to undo this step in memory (the record), before any mutation of its
   * plan. Returns true when it added something. The engine makes the facts of every step of a plan
   * durable with ONE journal commit (one local write, one mirror write) before the first of them
   * mutates anything. May write local files (PVC backups) that the commit then mirrors.
   * Called only when the step will be applied, never in dry-run.
   */
  writeAhead?(observed: O): boolean | void | Promise<boolean | void>;
  /**
   * Makes the change and returns what changed. Puts the objects its writes answered with into the
   * observation, so the verifying isDone() needs no GET. Must be safe to call again after a crash.
   * `signal` aborts long waits inside a step; the engine itself stops only between steps.
   */
  apply(observed: O, run: StepRun): Promise<string[]>;
}

/** What the engine hands a running step. */
export interface StepRun {
  signal: AbortSignal;
}

/** Independent steps that may run in parallel; stages run one after the other (unless `alongside`). */
export interface Stage<O = unknown> {
  /** Heading of the stage's log group, e.g. `retain the PVs`. */
  name: string;
  steps: Step<O>[];
  /** Most steps in flight at once; default: the run's concurrency (32). 1 = in order. */
  concurrency?: number;
  /**
   * Re-observe before this stage (e.g. after a wait): the stage and those after it, up to the next
   * stage with its own observe(), are planned from the new observation and their facts written
   * ahead in one commit. Without it a stage plans from the observation the run started with.
   */
  observe?(previous: O): Promise<O>;
  /**
   * The stage runs alongside the stages after it: they start as soon as it has started, without
   * waiting for it (its steps must need nothing from them, nor they from it). The run joins it
   * before the next stage with its own observe() and at its end, so the phase still ends only when
   * every step settled; a failure of it stops the run from starting more steps, as any failure
   * does. Its lines are held and printed in one piece, as its own group, once it settled.
   */
  alongside?: boolean;
}

export type StepStatus = 'done' | 'applied' | 'planned' | 'failed' | 'not-run';

/** What happened to one step; goes into the job summary, the report and the record. */
export interface StepReport {
  id: string;
  title: string;
  status: StepStatus;
  durationMs: number;
  /** For `planned`: what would change. For `applied`: what changed. */
  changes: string[];
  error?: string;
}
