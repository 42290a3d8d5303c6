/**
 * The contract between the downtime phase and the parts that join it after the scale-down (the
 * MongoDB copy, mongo-stage.ts): each part is prepared from what it reads (no change), its problems
 * block the whole stage before its first change, its plan lines go into the approval plan, and its
 * steps run in the stage after the pods are gone, concurrently with the PV rebinding (those it
 * names `early` alongside the whole Kubernetes part, from the scale-down on).
 */
import type { CognigyProfile } from '../../cognigy/profile';
import type { Kube } from '../../kube/client';
import type { Observation } from '../../kube/observation';
import type { MigrationRecord } from '../../record/schema';
import type { RecordStore } from '../../record/store';
import type { Step } from '../../steps/step';
import type { PhaseContext } from '../types';

/**
 * What a part may start from before the record is loaded: the version the state dir's record
 * names (a hint: prepare() gets the loaded, checked record and uses what was started only if it
 * says the same).
 */
export interface EarlyContext {
  ctx: PhaseContext;
  kube: Promise<Kube>;
  version: string;
}

/** What preload() started (e.g. a connection being opened), handed back to prepare(). */
export interface Started {
  /** Lets go of it when prepare() is never called (the phase stopped before). */
  abandon(): Promise<void>;
}

/** What every part gets. */
export interface DowntimeContext {
  ctx: PhaseContext;
  kube: Kube;
  record: MigrationRecord;
  store: RecordStore;
  profile: CognigyProfile;
  /**
   * The downtime's observation, while its LISTs are still under way (a part starts its own
   * connections meanwhile and reads what was listed from it instead of a GET per object).
   */
  observation?: Promise<Observation>;
  /** What the part's preload() started, if anything: prepare() takes it over (or lets it go). */
  started?: Started;
}

/** A part, ready to run. */
export interface PreparedPart {
  /** Problems found while preparing: the stage stops before any change and lists them all. */
  problems: string[];
  /** Plan lines for the approver (e.g. `copy database a -> b (12.3 MiB, 7 collections)`). */
  plan: string[];
  /**
   * The lines the approval's digest covers: what will change, without figures that move while
   * Cognigy.AI still serves (sizes, counts). Default: `plan`.
   */
  planKey?: string[];
  /**
   * Steps of the stage after the scale-down, run concurrently with the PV rebinding. They get the
   * downtime's Observation (ignore it if you observe elsewhere); isDone() must say "done" on a
   * re-run of a finished stage without a mutating request.
   */
  steps: Step<Observation>[];
  /**
   * Ids of steps that need nothing stopped (e.g. a user nobody uses yet): they run alongside the
   * Kubernetes part from the scale-down on (their own stage, not waited for by the scale-down, the
   * pods or the rebinding), instead of after the pods are gone.
   */
  early?: string[];
  /**
   * Whether a step has something left to do, by the reads prepare() made (the checks before the
   * first change need not ask every step again). Undefined: each step's isDone() is asked.
   */
  pending?: boolean;
  /**
   * Called once the pods are gone: from then on isDone() reads fresh. Before, it may answer from
   * the reads prepare() made (they decide nothing but whether there is work left).
   */
  readFresh?(): void;
  /** Lines for the closing summary, after the run. */
  summary?(): string[];
  /** Releases what the part holds for the phase (its connection); called once, at the end. */
  close?(): Promise<void>;
}

/** One part of the downtime stage. */
export interface DowntimePart {
  name: string;
  /**
   * Starts loading the part's code (e.g. the MongoDB driver) at the start of the phase, so the
   * module compile overlaps the first Kubernetes round trips; with `early`, also reads that need
   * nothing but the recorded version (e.g. opening the MongoDB connection). Never a change.
   */
  preload?(early?: EarlyContext): Started | undefined;
  /** Reads (never writes) and returns the part's problems, plan and steps. */
  prepare(d: DowntimeContext): Promise<PreparedPart>;
}
