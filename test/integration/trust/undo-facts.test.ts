/**
 * Undo facts are taken at the moment of change: the Retain step records the reclaim policy the
 * live PV has when it is patched (not the one preflight saw), durably (local record and mirror)
 * before the patch; an unknown policy is refused before any change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { MemoryLogger } from '../../support/memory-logger';
import { PREFLIGHT_OK, world, type World } from './support';
const kube = (w: World) =>
  new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger(), { retries: 0 });
const local = (w: World) => JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
const mirror = (w: World) =>
  JSON.parse(w.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default').data['record.json']);

describe('undo facts from the moment of change', () => {
  test('the Retain step records the live policy, written ahead (local and mirror) before the patch', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      const fact = local(w).pvcs[0];
      // Days later, someone changed the policy preflight saw.
      await kube(w).patch('v1', 'PersistentVolume', fact.pv, undefined, {
        spec: { persistentVolumeReclaimPolicy: 'Recycle' },
      });
      w.sandbox.requests.clear();
      expect((await w.run('prepare-storage')).result?.error).toBeUndefined();
      for (const r of [local(w), mirror(w)]) {
        const p = r.pvcs.find((x: any) => x.pv === fact.pv);
        expect(p.originalReclaimPolicy).toBe('Recycle');
        expect(p.reclaimPolicyReadAt).toMatch(/^\d{4}-/);
      }
      const log = w.sandbox.requests.mutating();
      const patch = log.findIndex(
        (e) => e.method === 'PATCH' && e.path === `/api/v1/persistentvolumes/${fact.pv}`,
      );
      const firstRecordWrite = log.findIndex(
        (e) =>
          (e.resource === 'configmaps' && String(e.path).includes('k2h-migration-record')) ||
          (e.resource === 'configmaps' && e.method === 'POST'),
      );
      expect(patch).toBeGreaterThan(0);
      expect(firstRecordWrite).toBeGreaterThanOrEqual(0);
      expect(firstRecordWrite).toBeLessThan(patch);
      expect(w.sandbox.get('v1', 'PersistentVolume', fact.pv).spec.persistentVolumeReclaimPolicy).toBe(
        'Retain',
      );
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('an unknown live policy is refused before any change, never defaulted', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      const fact = local(w).pvcs[0];
      await kube(w).patch('v1', 'PersistentVolume', fact.pv, undefined, {
        spec: { persistentVolumeReclaimPolicy: 'Bogus' },
      });
      w.sandbox.requests.clear();
      const out = await w.run('prepare-storage');
      expect(out.error?.message ?? out.result?.error).toMatch(
        new RegExp(
          `nothing was changed:\\s+- PV ${fact.pv} .* has reclaim policy 'Bogus', not one of Delete, Retain, Recycle`,
        ),
      );
      expect(w.sandbox.requests.mutating()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);
});
