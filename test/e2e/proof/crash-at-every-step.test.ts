/**
 * Crash at every step of the whole migration: the forward pipeline (preflight -> migrate-secrets
 * -> prepare-storage -> downtime with its MongoDB copy -> helm-install with the real helm 3) and
 * rollback after it. K = the mutating requests of an uninterrupted run (Kubernetes requests and
 * MongoDB writes); for a crash point k both servers die after the k-th, the dead run's lease is
 * cleared (k2h unlock), the pipeline starts again from the phase that failed, and the end state —
 * PVs, secrets with their data, workloads, claims, Helm ownership, database counts and dbHash,
 * the record local and mirrored — must equal the uninterrupted run's.
 *
 * `npm test` runs a fixed-seed sample of k (one in each phase that writes, the rest at random);
 * `npm run test:full` (K2H_PROOF_FULL=1) runs every k from 1 to K.
 */
import {
  crashAt,
  reference,
  samplePoints,
  type CrashOutcome,
  type Pipeline,
} from '../../support/proof/crash-sweep';
import { forwardPhases, ROLLBACK, type Variant } from '../../support/proof/pipeline';

const FULL = process.env.K2H_PROOF_FULL === '1';
const VARIANT = (process.env.K2H_PROOF_VARIANT ?? 'generic') as Variant;
const SAMPLE = Number(process.env.K2H_PROOF_SAMPLE ?? 6);
const FORWARD = forwardPhases(VARIANT);

const totals = { K: 0, runs: 0, lost: 0, parts: [] as string[] };
/**
 * helm dies during install and leaves the release pending-install: the re-run must finish it
 * (helm-install removes the stale pending revision under the migration lock). Such crash points
 * are collected here, not failed at once, and the test below checks there are none.
 */
const KNOWN_HELM_PENDING = /another operation \(install\/upgrade\/rollback\) is in progress/;
const helmPending: string[] = [];
/** The step lists of each crash run's record and of the uninterrupted run's, compared below. */
const steps: Array<{ pipeline: string; k: number; recordSteps: unknown; expectedSteps: unknown }> = [];

async function sweep(name: string, pipeline: Pipeline, from: number, sample: number, seed: number) {
  const ref = await reference(VARIANT, pipeline, from);
  expect(ref.expected.lostVolumes).toEqual([]);
  expect(ref.expected.mirrorEqualsLocal).toBe(true);
  const points = FULL
    ? Array.from({ length: ref.K }, (_, i) => i + 1)
    : samplePoints(ref, from, sample, seed);
  const runs: CrashOutcome[] = [];
  for (const k of points) {
    let r: CrashOutcome;
    try {
      r = await crashAt(VARIANT, pipeline, from, ref, k);
    } catch (err) {
      const message = (err as Error).message;
      if (!KNOWN_HELM_PENDING.test(message)) throw err;
      helmPending.push(`${name} k=${k}: ${message.split('\n')[0]}`);
      totals.runs++;
      continue;
    }
    runs.push(r);
    totals.runs++;
    if (r.lost.length) totals.lost++;
    expect({ k, lost: r.lost }).toEqual({ k, lost: [] });
    const { recordSteps, ...state } = r.state;
    const { recordSteps: expectedSteps, ...expected } = ref.expected;
    expect({ k, ...state }).toEqual({ k, ...expected });
    steps.push({ pipeline: name, k, recordSteps, expectedSteps });
  }
  totals.K += ref.K;
  const phases = ref.perPhase
    .slice(from)
    .map(([p, n]) => `${p}=${n}`)
    .join(' ');
  totals.parts.push(`${name} K=${ref.K} [${phases}] k=${FULL ? `1..${ref.K}` : points.join(',')}`);
  return ref;
}

afterAll(() => {
  console.log(
    `crash-at-every-step: K=${totals.K} runs=${totals.runs} lost=${totals.lost} ` +
      (helmPending.length ? `helm-pending-not-resumed=${helmPending.length} ` : '') +
      `(${VARIANT}; ${FULL ? 'every k' : 'fixed-seed sample'}; ${totals.parts.join('; ')})`,
  );
});

const TIMEOUT = FULL ? 14_400_000 : 900_000;

test(
  'forward pipeline: a crash after any mutating request, then a re-run, ends as an uninterrupted run',
  async () => {
    const ref = await sweep('forward', FORWARD, 0, SAMPLE, 0x15);
    // Both servers are in K: the copy wrote to MongoDB, the install to Kubernetes.
    expect(ref.perPhase.find(([p]) => p === 'downtime')![1]).toBeGreaterThan(0);
    expect(ref.perPhase.find(([p]) => p === 'helm-install')![1]).toBeGreaterThan(0);
  },
  TIMEOUT,
);

test(
  'rollback after the forward pipeline: a crash after any mutating request, then a re-run, ends as an uninterrupted rollback',
  async () => {
    await sweep(
      'rollback',
      [...FORWARD, ...ROLLBACK],
      FORWARD.length,
      Math.max(2, Math.floor(SAMPLE / 2)),
      0x2b,
    );
  },
  TIMEOUT,
);

// The record of a phase resumed after a crash lists every step of the uninterrupted run: what
// the dead run applied as applied, what the re-run found done as done (never a step missing).
test('the record of a resumed phase lists every step, as the uninterrupted run does', () => {
  expect(steps.length).toBeGreaterThan(0);
  const ids = (m: unknown) =>
    Object.fromEntries(
      Object.entries(m as Record<string, string[]>).map(([phase, list]) => [
        phase,
        list.map((l) => l.replace(/: \w+$/, '')).sort(),
      ]),
    );
  for (const s of steps) {
    expect({ pipeline: s.pipeline, k: s.k, steps: ids(s.recordSteps) }).toEqual({
      pipeline: s.pipeline,
      k: s.k,
      steps: ids(s.expectedSteps),
    });
    // (the normalised record says ok for applied and done alike; never failed)
    for (const list of Object.values(s.recordSteps as Record<string, string[]>))
      for (const l of list) expect(l).toMatch(/: ok$/);
  }
});

test('a re-run after helm died mid-install completes the install', () => {
  expect(totals.runs).toBeGreaterThan(0);
  expect(helmPending).toEqual([]);
});
