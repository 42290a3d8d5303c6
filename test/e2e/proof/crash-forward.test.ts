/**
 * Crash at every step of the forward pipeline: preflight -> migrate-secrets -> prepare-storage ->
 * downtime (MongoDB copy included) -> helm-install (real helm 3). `npm test` runs a fixed-seed
 * sample of crash points (one in each phase that writes, the rest at random); `npm run test:full`
 * (K2H_PROOF_FULL=1) runs every k from 1 to K.
 */
import { crashAt, reference, samplePoints, type CrashOutcome } from '../../support/proof/crash-sweep';
import { forwardPhases, type Variant } from '../../support/proof/pipeline';

const FULL = process.env.K2H_PROOF_FULL === '1';
const VARIANT = (process.env.K2H_PROOF_VARIANT ?? 'generic') as Variant;
const SAMPLE = Number(process.env.K2H_PROOF_SAMPLE ?? 8);
const PIPELINE = forwardPhases(VARIANT);

test(`crash at every step of the forward pipeline (${VARIANT}, ${FULL ? 'every k' : `sample of ${SAMPLE}`})`, async () => {
  const ref = await reference(VARIANT, PIPELINE, 0);
  expect(ref.expected.lostVolumes).toEqual([]);
  expect(ref.expected.mirrorEqualsLocal).toBe(true);
  // The copy wrote to MongoDB, the install to Kubernetes: both servers are in K.
  expect(ref.perPhase.find(([p]) => p === 'downtime')![1]).toBeGreaterThan(0);
  expect(ref.perPhase.find(([p]) => p === 'helm-install')![1]).toBeGreaterThan(0);
  const points = FULL ? Array.from({ length: ref.K }, (_, i) => i + 1) : samplePoints(ref, 0, SAMPLE, 0x15);
  const runs: CrashOutcome[] = [];
  for (const k of points) {
    const r = await crashAt(VARIANT, PIPELINE, 0, ref, k);
    runs.push(r);
    expect({ k, lost: r.lost }).toEqual({ k, lost: [] });
    expect({ k, ...r.state }).toEqual({ k, ...ref.expected });
  }
  const phases = ref.perPhase.map(([p, n]) => `${p}=${n}`).join(' ');
  console.log(
    `crash-at-every-step: K=${ref.K} runs=${runs.length} lost=${runs.filter((r) => r.lost.length).length} ` +
      `(forward pipeline, ${VARIANT}; ${phases}; ${FULL ? 'every k' : `fixed-seed sample k=${points.join(',')}`})`,
  );
}, FULL ? 7_200_000 : 900_000);
