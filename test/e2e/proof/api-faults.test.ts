/**
 * API faults over the whole forward pipeline: 10% of Kubernetes requests (fixed seed) answer
 * 500, 503 or 429 (with and without Retry-After), drop the connection, or hang and then drop it;
 * k2h retries and the migration ends where an undisturbed one ends. A permanent error stops the
 * phase with a message naming it, nothing half-done, and a re-run after it is gone completes.
 */
import { endState } from '../../support/proof/end-state';
import { failure, forwardPhases, proofWorld, runPhases } from '../../support/proof/pipeline';
import type { ErrorRule } from '../../../src/sandbox/faults';

/**
 * The end state without the record's step lists: a phase re-run after a failure lists only the
 * steps it applied (known bug, compared in crash-at-every-step.test.ts).
 */
const comparable = ({ recordSteps: _steps, ...rest }: Awaited<ReturnType<typeof endState>>) => rest;

// The product's retry policy (src/kube/retry.ts DEFAULT_RETRY: 4 retries), shorter waits.
const RETRIES = { retries: 4 };
const PIPELINE = forwardPhases('generic');

/** 10% of requests in all: each rule draws on its own, first match wins. */
const TEN_PERCENT: ErrorRule[] = [
  { rate: 0.02, status: 500 },
  { rate: 0.02, status: 503, retryAfterSeconds: 1 },
  { rate: 0.02, status: 429, retryAfterSeconds: 1 },
  { rate: 0.015, status: 429 },
  { rate: 0.015, status: 'timeout', holdMs: 0 },
  { rate: 0.01, status: 'timeout', holdMs: 1500 },
];

describe('API faults', () => {
  let expected: Awaited<ReturnType<typeof endState>>;
  beforeAll(async () => {
    const w = await proofWorld('generic');
    try {
      const r = await runPhases(w, PIPELINE, RETRIES);
      if (r.failed) throw new Error(failure(r.failed, r.outcome));
      expected = await endState(w);
    } finally {
      await w.stop();
    }
  }, 300_000);

  test('10% of requests fail transiently: the pipeline retries and completes', async () => {
    const w = await proofWorld('generic');
    try {
      w.sandbox.faults.errorRules = TEN_PERCENT.map((r) => ({ ...r }));
      // helm-install runs without faults: the sandbox cannot tell helm's own requests from k2h's,
      // and helm does not retry a failed lookup (known, on the status board: 00:2x issue15 -> lead).
      const r = await runPhases(w, PIPELINE.slice(0, -1), RETRIES);
      const faulted = w.sandbox.requests.entries.length;
      w.sandbox.faults.errorRules = [];
      if (!r.failed) {
        const last = await runPhases(w, PIPELINE.slice(-1), RETRIES);
        r.outcomes.push(...last.outcomes);
        if (last.failed) Object.assign(r, { failed: last.failed, outcome: last.outcome });
      }
      const log = w.sandbox.requests.entries.slice(0, faulted);
      const injected = log.filter((e) => [429, 500, 503, -1].includes(e.status)).length;
      if (r.failed) throw new Error(failure(r.failed, r.outcome));
      w.sandbox.faults.clear();
      const retried = r.outcomes.flatMap(([, o]) =>
        o.log.lines.filter((l) => /retry \d+\/\d+/.test(l)),
      ).length;
      console.log(`api-faults: requests=${log.length} injected=${injected} retried=${retried}`);
      expect(injected).toBeGreaterThan(log.length * 0.05);
      expect(retried).toBeGreaterThan(5);
      expect(comparable(await endState(w))).toEqual(comparable(expected));
    } finally {
      await w.stop();
    }
  }, 600_000);

  test('a permanent error stops with a message naming it, nothing half-done; a re-run completes', async () => {
    const w = await proofWorld('generic');
    try {
      expect((await w.run(...PIPELINE[0])).result?.ok).toBe(true);
      // Every Secret create fails, for good.
      w.sandbox.faults.errorRules = [{ verb: 'create', resource: 'secrets', rate: 1, status: 500 }];
      const broken = await w.run('migrate-secrets', {}, RETRIES);
      expect(broken.result?.ok).not.toBe(true);
      const message = broken.error?.message ?? broken.result?.error ?? '';
      expect(message).toMatch(/500|injected|InternalError/);
      expect(message).toMatch(/secret/i);
      // No Secret half-written: each one in the target is absent or a full copy.
      for (const s of w.sandbox.list('v1', 'Secret', 'cognigy-ai'))
        expect({ name: s.metadata.name, data: s.data }).toEqual({
          name: s.metadata.name,
          data: w.sandbox.get('v1', 'Secret', s.metadata.name, 'default')?.data,
        });
      w.sandbox.faults.clear();
      const rest = await runPhases(w, PIPELINE.slice(1), RETRIES);
      if (rest.failed) throw new Error(failure(rest.failed, rest.outcome));
      expect(comparable(await endState(w))).toEqual(comparable(expected));
    } finally {
      await w.stop();
    }
  }, 600_000);

  test('a concurrent writer on the same objects: the pipeline completes and ends as an undisturbed run', async () => {
    const w = await proofWorld('generic');
    let stop = false;
    let pokes = 0;
    const token = /token: (\S+)/.exec(w.kubeconfig)![1];
    // Another actor (an operator, a controller) keeps annotating the objects k2h changes.
    const poker = (async () => {
      while (!stop) {
        const targets = [
          ...w.sandbox
            .list('apps/v1', 'Deployment', 'default')
            .map((d) => `/apis/apps/v1/namespaces/default/deployments/${d.metadata.name}`),
          ...w.sandbox
            .list('v1', 'PersistentVolume')
            .map((p) => `/api/v1/persistentvolumes/${p.metadata.name}`),
        ];
        const path = targets[pokes % targets.length];
        pokes++;
        await fetch(`${w.sandbox.url}${path}`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/merge-patch+json' },
          body: JSON.stringify({ metadata: { annotations: { 'example.com/poked': String(pokes) } } }),
        }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    try {
      const r = await runPhases(w, PIPELINE, RETRIES);
      stop = true;
      await poker;
      if (r.failed) throw new Error(failure(r.failed, r.outcome));
      const conflicts = w.sandbox.requests.entries.filter((e) => e.status === 409).length;
      // k2h changes these objects with patches that carry no resourceVersion, so another writer
      // causes no 409 here; the re-read on 409 is tested against nock in test/unit (retry tests).
      console.log(`api-faults: concurrent writes=${pokes} conflicts answered=${conflicts}`);
      expect(pokes).toBeGreaterThan(100);
      expect(comparable(await endState(w))).toEqual(comparable(expected));
    } finally {
      stop = true;
      await poker;
      await w.stop();
    }
  }, 600_000);
});
