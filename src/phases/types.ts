/**
 * Contracts between the phases and the front doors. Phases never import @actions/core.
 */
import type { Helm } from '../helm/helm';
import type { Kube } from '../kube/client';
import type { RecordStore } from '../record/store';
import type { InputSpec, InputValues } from '../core/inputs';
import type { Logger } from '../core/logger';
import type { StepReport } from '../steps/step';

export const PHASE_NAMES = [
  'preflight',
  'migrate-secrets',
  'prepare-storage',
  'gate',
  'downtime',
  'helm-install',
  'rollback',
  'cleanup',
] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface OutputSpec {
  name: string;
  description: string;
}

/** Everything a phase needs, handed in by the front door. */
export interface PhaseContext {
  logger: Logger;
  inputs: InputValues;
  dryRun: boolean;
  /** Connects on first use (offline modes never touch a cluster). */
  kube(): Promise<Kube>;
  helm(): Helm;
  /** The record store in the state dir, mirrored into the source namespace once connected. */
  store(): Promise<RecordStore>;
  /**
   * Takes the migration lock (Lease in the source namespace) now. Changes through kube() and
   * helm() take it by themselves; call this before changing the cluster any other way.
   */
  lock(): Promise<void>;
  /**
   * Releases the run lock now (once; executePhase releases it anyway when the phase ends). A
   * phase calls it alongside its last record save, after its last change to the cluster.
   */
  releaseLock?(): Promise<void>;
  env: NodeJS.ProcessEnv;
  /** Fires on SIGINT/SIGTERM: the step engine starts no further write. */
  signal?: AbortSignal;
}

export interface PhaseResult {
  phase: string;
  ok: boolean;
  dryRun: boolean;
  steps: StepReport[];
  outputs: Record<string, string>;
  /** Markdown lines for the job summary / report (tables, findings); never secret values. */
  report: string[];
  error?: string;
}

/** A phase without its run(): what the registry, the help and the input parsing need. */
export type PhaseSpec = Omit<PhaseDefinition, 'run'>;

export interface PhaseDefinition {
  name: PhaseName;
  description: string;
  /** Changes the cluster (so `dry-run` applies). */
  mutating: boolean;
  /** Phase-specific inputs; the common ones are added by the registry. */
  inputs: InputSpec[];
  /** Extra CLI spellings for inputs of this phase: alias -> input name. */
  aliases?: Record<string, string>;
  outputs: OutputSpec[];
  run(ctx: PhaseContext): Promise<PhaseResult>;
}
