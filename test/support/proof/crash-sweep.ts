/**
 * Crash at every step: an uninterrupted run of a pipeline counts its mutating requests K
 * (Kubernetes + MongoDB writes); for a crash point k, both servers die after the k-th, the dead
 * run's lease is cleared, the pipeline starts again from the phase that failed, and the end state
 * must equal the uninterrupted run's.
 */
import type { PhaseName } from '../../../src/phases/types';
import { endState } from './end-state';
import { copyStateDir, failure, proofWorld, runPhases, type ProofWorld, type Variant } from './pipeline';
import { cpSync } from 'node:fs';

export type Pipeline = Array<[PhaseName, Record<string, string>]>;

/** Where a crash run may start: the sandbox's objects and state dir before a phase (MongoDB untouched). */
interface Checkpoint {
  phase: number;
  objects: object[];
  stateDir: string;
  /** Mutations counted before this phase in the uninterrupted run. */
  before: number;
}

export interface Reference {
  /** Mutating requests of the pipeline's phases under test (the `from` phase on). */
  K: number;
  /** Mutations per phase of the uninterrupted run, in order. */
  perPhase: Array<[PhaseName, number]>;
  expected: Awaited<ReturnType<typeof endState>>;
  checkpoints: Checkpoint[];
}

/**
 * The uninterrupted run. Phases before `from` are the set-up (not crashed into); a checkpoint is
 * kept before each phase up to the first that writes to MongoDB (MongoDB cannot be snapshotted).
 */
export async function reference(variant: Variant, pipeline: Pipeline, from: number): Promise<Reference> {
  const w = await proofWorld(variant);
  try {
    const checkpoints: Checkpoint[] = [];
    const perPhase: Array<[PhaseName, number]> = [];
    let mongoTouched = false;
    for (let i = 0; i < pipeline.length; i++) {
      const [phase, inputs] = pipeline[i];
      if (!mongoTouched)
        checkpoints.push({
          phase: i,
          objects: w.sandbox.snapshot(),
          stateDir: copyStateDir(w.stateDir),
          before: w.counted,
        });
      const before = w.counted;
      const writes = w.mongoWrites();
      const out = await w.run(phase, inputs);
      if (!out.result?.ok) throw new Error(failure(phase, out));
      if (w.mongoWrites() > writes) mongoTouched = true;
      perPhase.push([phase, w.counted - before]);
    }
    const K = perPhase.slice(from).reduce((n, [, c]) => n + c, 0);
    return { K, perPhase, expected: await endState(w), checkpoints };
  } finally {
    await w.stop();
  }
}

/** A world in the state of a checkpoint. */
async function fromCheckpoint(variant: Variant, c: Checkpoint): Promise<ProofWorld> {
  const w = await proofWorld(variant, { edit: () => c.objects as any[] });
  cpSync(c.stateDir, w.stateDir, { recursive: true });
  return w;
}

export interface CrashOutcome {
  k: number;
  /** The phase the crash hit (the first that failed), if any failed. */
  crashed?: PhaseName;
  state: Awaited<ReturnType<typeof endState>>;
  /** Volumes the sandbox saw deleted with their data, PVs gone, secrets without their data, documents lost. */
  lost: string[];
}

/**
 * One crash run: die after the k-th mutating request of the phases from `from` on (1-based), clear
 * the dead run's lease, then run again from the phase that failed to the end.
 */
export async function crashAt(
  variant: Variant,
  pipeline: Pipeline,
  from: number,
  ref: Reference,
  k: number,
): Promise<CrashOutcome> {
  // The latest checkpoint whose start lies before the crash point.
  let target = from;
  let seen = ref.perPhase.slice(0, from).reduce((n, [, c]) => n + c, 0);
  const absolute = seen + k;
  while (target < pipeline.length - 1 && seen + ref.perPhase[target][1] < absolute)
    seen += ref.perPhase[target++][1];
  const cp = [...ref.checkpoints].reverse().find((c) => c.phase <= target)!;
  const w = await fromCheckpoint(variant, cp);
  try {
    // Phases between the checkpoint and the crashing phase run uninterrupted.
    const lead = await runPhases(w, pipeline.slice(cp.phase, target));
    if (lead.failed) throw new Error(`k=${k}: set-up ${failure(lead.failed, lead.outcome)}`);
    w.dieAfter(absolute - seen);
    const crashed = await runPhases(w, pipeline.slice(target));
    await w.revive();
    let crashedPhase: PhaseName | undefined;
    if (crashed.failed) {
      crashedPhase = crashed.failed;
      const resumeAt = pipeline.findIndex(([p], i) => i >= target && p === crashed.failed);
      const again = await runPhases(w, pipeline.slice(resumeAt));
      if (again.failed)
        throw new Error(
          `k=${k}: after a crash in ${crashed.failed}, the re-run's ${failure(again.failed, again.outcome)}`,
        );
    }
    const state = await endState(w);
    return { k, crashed: crashedPhase, state, lost: losses(ref.expected, state) };
  } finally {
    await w.stop();
  }
}

/** What was lost compared with the uninterrupted run (data, not bookkeeping). */
export function losses(expected: CrashOutcome['state'], actual: CrashOutcome['state']): string[] {
  const lost: string[] = [...actual.lostVolumes.map((v) => `volume ${v} deleted`)];
  const pvs = new Set(actual.pvs.map((p) => p[0]));
  for (const p of expected.pvs) if (!pvs.has(p[0])) lost.push(`PV ${p[0]} gone`);
  for (const p of actual.pvs) if (p[1] !== 'Bound') lost.push(`PV ${p[0]} ${p[1]}`);
  for (const ns of ['default', 'cognigy-ai'] as const) {
    const have = new Map(actual.secrets[ns].map((s) => [s[0], JSON.stringify(s[2])]));
    for (const s of expected.secrets[ns])
      if (have.get(s[0] as string) !== JSON.stringify(s[2]))
        lost.push(`secret ${ns}/${s[0]} missing or changed`);
  }
  if (JSON.stringify(actual.databases) !== JSON.stringify(expected.databases)) lost.push('databases differ');
  return lost;
}

/** A fixed-seed sample of crash points: one in each phase that writes, and the rest spread at random. */
export function samplePoints(ref: Reference, from: number, n: number, seed: number): number[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const picks = new Set<number>();
  let at = 0;
  for (const [, c] of ref.perPhase.slice(from)) {
    if (c > 0) picks.add(at + 1 + Math.floor(rnd() * c));
    at += c;
  }
  while (picks.size < Math.min(n, ref.K)) picks.add(1 + Math.floor(rnd() * ref.K));
  return [...picks].sort((a, b) => a - b);
}
