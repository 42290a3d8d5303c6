/**
 * A step: one idempotent piece of a phase. It decides by looking at the cluster whether it is
 * done, describes itself for dry-run and approval, and applies itself.
 */
export interface Step {
  /** Stable id, e.g. `retain-pv/flow-modules`; used in the record and reports. */
  id: string;
  /** One line for humans. */
  title: string;
  /** Reads the cluster (and files): true when nothing is left to do. Never mutates. */
  isDone(): Promise<boolean>;
  /** What apply() would change, line by line; never secret values. */
  describe(): Promise<string[]>;
  /**
   * Records the facts needed to undo this step (write-ahead), before apply() mutates anything.
   * Called only when the step will be applied.
   */
  writeAhead?(): Promise<void>;
  /** Makes the change; returns what changed. Must be safe to call again after a crash. */
  apply(): Promise<string[]>;
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
