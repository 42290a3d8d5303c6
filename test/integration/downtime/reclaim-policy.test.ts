/**
 * The PVs' reclaim policy is what keeps the data when the old claims are deleted. It is checked
 * before the first change (a PV not Retain: zero mutating requests, bad-inputs.test.ts) and again
 * right before the claims are deleted: a PV set to Delete while the pods go stops the stage before
 * ANY old claim is deleted, its own and the others', and a re-run after it is set back finishes.
 */
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { MemoryLogger } from '../../support/memory-logger';
import { endState, readyWorld, record } from './helpers';

const RUN = { 'approved-by-platform': 'true', 'scale-timeout': '30', 'rebind-timeout': '30' };

describe('downtime: a PV set to Delete during the scale-down', () => {
  test('stops before any old claim is deleted; set back to Retain, a re-run finishes', async () => {
    const w = await readyWorld({ variant: 'generic' });
    try {
      const pvcs: Array<{ name: string; pv: string }> = record(w).pvcs;
      expect(pvcs.length).toBe(3);
      // Not the first volume: the moves of the others must not go ahead either.
      const flipped = pvcs[1].pv;
      const kube = new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger(), { retries: 0 });
      const policy = (p: string) =>
        kube.patch('v1', 'PersistentVolume', flipped, undefined, {
          spec: { persistentVolumeReclaimPolicy: p },
        });
      // Someone sets the policy to Delete once the scale-down has begun (after every check).
      const log = w.sandbox.requests;
      const add = log.add.bind(log);
      let flipping: Promise<unknown> | undefined;
      log.add = (e) => {
        add(e);
        if (!flipping && e.method === 'PATCH' && e.resource === 'deployments') flipping = policy('Delete');
      };
      const r = await w.run('downtime', RUN);
      log.add = add;
      await flipping;
      expect(r.result?.ok).toBe(false);
      expect(r.error?.message ?? r.result?.error).toMatch(
        new RegExp(`PV ${flipped} has reclaim policy Delete`),
      );
      const entries = log.entries;
      const flip = entries.findIndex(
        (e) => e.method === 'PATCH' && e.resource === 'persistentvolumes' && e.name === flipped,
      );
      const lastScale = entries.map((e) => e.resource).lastIndexOf('deployments');
      // The change landed during the stage, after the checks that precede the first change.
      expect(flip).toBeGreaterThan(entries.findIndex((e) => e.resource === 'deployments'));
      expect(flip).toBeGreaterThan(-1);
      expect(lastScale).toBeGreaterThan(-1);
      expect(entries.filter((e) => e.method === 'DELETE')).toEqual([]);
      const state = endState(w);
      expect(state.oldClaims).toEqual(pvcs.map((p) => p.name).sort());
      expect(state.newClaims).toEqual([undefined, undefined, undefined]);
      expect(state.lost).toEqual([]);
      for (const p of pvcs) {
        const pv = w.sandbox.get('v1', 'PersistentVolume', p.pv);
        expect([p.pv, pv.status.phase, pv.spec.claimRef.namespace, pv.spec.claimRef.name]).toEqual([
          p.pv,
          'Bound',
          'default',
          p.name,
        ]);
      }

      await policy('Retain');
      const again = await w.run('downtime', RUN);
      expect(again.error?.message ?? again.result?.error).toBeUndefined();
      const after = endState(w);
      expect(after.oldClaims).toEqual([]);
      expect(after.newClaims.map((c) => c && [c[0], c[1]])).toEqual(
        pvcs.map((p) => [p.name, 'Bound']).sort(),
      );
      expect(after.lost).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('a volume watch that never connects: each PV is read with a GET right before its claim is deleted', async () => {
    const w = await readyWorld({ variant: 'generic' });
    try {
      const pvcs: Array<{ name: string; pv: string }> = record(w).pvcs;
      // The first watch of PVs is the phase's own (started with the scale-down): held unanswered.
      w.sandbox.faults.errorRate({
        verb: 'watch',
        resource: 'persistentvolumes',
        rate: 1,
        status: 'timeout',
        times: 1,
      });
      const r = await w.run('downtime', RUN);
      expect(r.error?.message ?? r.result?.error).toBeUndefined();
      const entries = w.sandbox.requests.entries;
      for (const p of pvcs) {
        const read = entries.findIndex(
          (e) => e.verb === 'get' && e.resource === 'persistentvolumes' && e.name === p.pv,
        );
        const del = entries.findIndex(
          (e) => e.method === 'DELETE' && e.resource === 'persistentvolumeclaims' && e.name === p.name,
        );
        expect([p.pv, read > -1, del > read]).toEqual([p.pv, true, true]);
      }
      const after = endState(w);
      expect(after.oldClaims).toEqual([]);
      expect(after.newClaims.map((c) => c && [c[0], c[1]])).toEqual(
        pvcs.map((p) => [p.name, 'Bound']).sort(),
      );
      expect(after.lost).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);
});
