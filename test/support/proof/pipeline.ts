/**
 * The whole migration as the proof tests drive it: a sandbox with the seeded Cognigy installation,
 * its MongoDB, and the phases in pipeline order through executePhase (real client-node, real helm 3).
 * One crash switch covers both servers: after the k-th mutating request, Kubernetes or MongoDB,
 * both die together, as they would when the runner that talks to them dies.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHART,
  HELM3,
  PREFLIGHT_OK,
  world,
  type Outcome,
  type World,
} from '../../integration/phases/harness';
import { startMongo, unlockDeadRun } from '../../integration/downtime/helpers';
import { matchingSecretsValues } from '../chart-values';
import type { MongoSandbox } from '../../../src/sandbox/mongo';
import type { SandboxOptions } from '../../../src/sandbox';
import type { CognigySeedOptions } from '../../../src/rehearsal/seeds';
import type { PhaseName } from '../../../src/phases/types';

export const GATED = { 'approved-by-platform': 'true' };

/** The forward pipeline, phase by phase, with the inputs each needs. */
export function forwardPhases(variant: Variant): Array<[PhaseName, Record<string, string>]> {
  const values = join(CHART, 'ci', `${variant}-values.yaml`);
  return [
    ['preflight', { ...PREFLIGHT_OK, values }],
    ['migrate-secrets', {}],
    ['prepare-storage', {}],
    ['downtime', GATED],
    ['helm-install', { chart: CHART, 'chart-version': '4.41.2', values, helm: HELM3, 'helm-timeout': '60s' }],
  ];
}

export const ROLLBACK: Array<[PhaseName, Record<string, string>]> = [['rollback', GATED]];

export type Variant = 'generic' | 'aws' | 'azure';

export interface ProofWorld extends World {
  mongo: MongoSandbox;
  /** Mutating requests (Kubernetes + MongoDB writes) counted by the crash switch so far. */
  readonly counted: number;
  /** Both servers die after `k` more mutating requests (Kubernetes or MongoDB). */
  dieAfter(k: number): void;
  /** Both servers alive again; the dead run's lease cleared (what `k2h unlock` does). */
  revive(): Promise<void>;
  /** MongoDB writes so far. */
  mongoWrites(): number;
}

/** A sandbox + MongoDB + state dir; `edit` changes the seed objects before they are loaded. */
export async function proofWorld(
  variant: Variant,
  opts: {
    sandbox?: SandboxOptions;
    seed?: CognigySeedOptions;
    edit?: (o: any[]) => any[];
    extra?: object[];
  } = {},
): Promise<ProofWorld> {
  const base = await world({ variant, ...opts.seed }, opts.sandbox ?? {}, opts.extra ?? [], opts.edit);
  const mongo = await startMongo();
  // A dead MongoDB answers nothing: the driver gives up after 3 s instead of its 30 s default.
  const inputs = { 'mongodb-uri': `${mongo.uri}&serverSelectionTimeoutMS=3000` };
  const valuesDir = mkdtempSync(join(tmpdir(), 'k2h-proof-values-'));
  let counted = 0;
  let budget: number | undefined;
  const tick = () => {
    counted++;
    if (budget === undefined) return;
    budget--;
    if (budget <= 0) {
      // Dead from now on: the request just answered was the last one either server applies.
      base.sandbox.faults.dieAfterMutations(0);
      mongo.killAfterWrites(0);
    }
  };
  // The crash switch listens to both servers' own counters of applied changes.
  const faults = base.sandbox.faults as any;
  const countMutation = faults.countMutation.bind(faults);
  faults.countMutation = () => {
    countMutation();
    tick();
  };
  const state = (mongo as any).state;
  const wrote = state.wrote;
  state.wrote = (entry: unknown) => {
    wrote(entry);
    tick();
  };
  const w: ProofWorld = {
    ...base,
    mongo,
    get counted() {
      return counted;
    },
    run: (phase, i = {}, o) => {
      const all: Record<string, string> = { ...inputs, ...i };
      // As a careful user writes them: the chart's values-rendered Secrets carry the migrated data
      // (kept out of the state dir, which the leak scan reads).
      if (phase === 'helm-install' && all.values)
        all.values = `${all.values},${matchingSecretsValues(base.sandbox, valuesDir)}`;
      return base.run(phase, all, o);
    },
    dieAfter(k) {
      budget = k;
    },
    async revive() {
      budget = undefined;
      base.sandbox.faults.clear();
      mongo.revive();
      await unlockDeadRun(base);
    },
    mongoWrites: () => mongo.writes.length,
    stop: async () => {
      await mongo.stop();
      await base.stop();
    },
  };
  return w;
}

/** Runs phases in order; stops at the first that fails and says which. */
export async function runPhases(
  w: World,
  phases: Array<[PhaseName, Record<string, string>]>,
  o: { retries?: number } = {},
): Promise<{ failed?: PhaseName; outcome?: Outcome; outcomes: Array<[PhaseName, Outcome]> }> {
  const outcomes: Array<[PhaseName, Outcome]> = [];
  for (const [phase, inputs] of phases) {
    const out = await w.run(phase, inputs, o);
    outcomes.push([phase, out]);
    if (!out.result?.ok) return { failed: phase, outcome: out, outcomes };
  }
  return { outcomes };
}

/** Why a run failed, with the end of its log. */
export function failure(phase: string, out: Outcome | undefined): string {
  return `${phase} failed: ${out?.error?.message ?? out?.result?.error}\n${out?.log.text().slice(-2000)}`;
}

/** The record as the state dir holds it. */
export function localRecord(w: World): any {
  return JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
}

/** The record as the in-cluster mirror holds it. */
export function mirrorRecord(w: World): any {
  const cm = w.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default');
  return cm && JSON.parse(cm.data['record.json']);
}

/** A copy of the state dir, to start again from. */
export function copyStateDir(from: string): string {
  const to = mkdtempSync(join(tmpdir(), 'k2h-proof-'));
  cpSync(from, to, { recursive: true });
  return to;
}
