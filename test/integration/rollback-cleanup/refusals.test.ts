/**
 * rollback and clean-up refuse, with zero mutating requests, when they must not start: no
 * approval, a volume no longer Retain, a release that is not installed.
 */
import { rmSync } from 'node:fs';
import { installationReplicas, readyWorld } from '../downtime/helpers';

const GATED = { 'approved-by-platform': 'true' };

describe('rollback and clean-up refusals', () => {
  test('rollback without an approval, and with a PV set back to Delete, changes nothing', async () => {
    const w = await readyWorld({ variant: 'azure' });
    try {
      expect((await w.run('downtime', GATED)).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const unapproved = await w.run('rollback');
      expect(unapproved.error?.message).toMatch(/rollback cannot start; nothing was changed/);
      expect(unapproved.error?.message).toMatch(/approv/);
      expect(w.mutations()).toEqual([]);

      const pv = w.sandbox.list('v1', 'PersistentVolumeClaim', 'cognigy-ai')[0].spec.volumeName;
      w.sandbox.load([
        {
          ...w.sandbox.get('v1', 'PersistentVolume', pv),
          spec: {
            ...w.sandbox.get('v1', 'PersistentVolume', pv).spec,
            persistentVolumeReclaimPolicy: 'Delete',
          },
        },
      ]);
      w.sandbox.requests.clear();
      const unsafe = await w.run('rollback', GATED);
      expect(unsafe.error?.message).toMatch(new RegExp(`PV ${pv} has reclaim policy Delete`));
      expect(w.mutations()).toEqual([]);
      expect(w.sandbox.lostVolumes).toEqual([]);
    } finally {
      await w.stop();
    }
  });

  test('clean-up before the release is installed deletes nothing', async () => {
    const w = await readyWorld({ variant: 'generic' });
    try {
      expect((await w.run('downtime', GATED)).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const writesBefore = w.mongo.writes.length;
      const out = await w.run('cleanup', GATED);
      expect(out.error?.message).toMatch(/clean-up cannot start; nothing was deleted/);
      expect(out.error?.message).toMatch(/release cognigy-ai in cognigy-ai is not installed/);
      expect(w.mutations()).toEqual([]);
      expect(w.mongo.writes.length).toBe(writesBefore);
    } finally {
      await w.stop();
    }
  });

  test('rollback after downtime works from the in-cluster record when the state dir is gone', async () => {
    const w = await readyWorld({ variant: 'generic' });
    try {
      const before = installationReplicas(w);
      expect((await w.run('downtime', GATED)).result?.ok).toBe(true);
      rmSync(w.stateDir, { recursive: true, force: true });
      const out = await w.run('rollback', GATED);
      expect(out.error).toBeUndefined();
      if (!out.result?.ok) throw new Error(`${out.result?.error}\n${out.log.text().slice(-2500)}`);
      expect(installationReplicas(w)).toEqual(before);
      for (const name of ['flow-modules', 'functions', 'redis-persistent'])
        expect(w.sandbox.get('v1', 'PersistentVolumeClaim', name, 'default')?.status?.phase).toBe('Bound');
      for (const pv of w.sandbox.list('v1', 'PersistentVolume')) expect(pv.status?.phase).toBe('Bound');
      expect(w.sandbox.lostVolumes).toEqual([]);
    } finally {
      await w.stop();
    }
  });

  test('dry-run of rollback prints the plan and changes nothing', async () => {
    const w = await readyWorld({ variant: 'aws' });
    try {
      expect((await w.run('downtime', GATED)).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const out = await w.run('rollback', { 'dry-run': 'true' });
      expect(out.error).toBeUndefined();
      expect(out.result?.report.join('\n')).toMatch(
        /move PV \S+ from cognigy-ai\/functions back to default\/functions/,
      );
      expect(out.result?.outputs['plan-sha256']).toMatch(/^[0-9a-f]{64}$/);
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  });
});
