/**
 * The engine's journal, proven from the sandbox's request log: a phase plans from one observation
 * (a LIST per kind, no GET per object), writes its undo facts ahead in ONE mirror write before
 * its first mutation, and verifies its writes from their responses.
 */
import { PREFLIGHT_OK, world } from './harness';

type Entry = {
  method: string;
  verb?: string;
  resource?: string;
  name?: string;
  namespace?: string;
  mutating: boolean;
  dryRun: boolean;
  status: number;
};

/** Writes of the migration's objects, i.e. everything but the record mirror and the run lock. */
const isBookkeeping = (e: Entry) => e.resource === 'configmaps' || e.resource === 'leases';

function order(entries: Entry[]) {
  const writes = entries.filter((e) => e.mutating && !e.dryRun && e.status < 400);
  const first = writes.findIndex((e) => !isBookkeeping(e));
  return {
    mirrorWritesBeforeFirstChange: writes.slice(0, first).filter((e) => e.resource === 'configmaps').length,
    mirrorWritesAfter: writes.slice(first).filter((e) => e.resource === 'configmaps').length,
    changes: writes.filter((e) => !isBookkeeping(e)).length,
  };
}

describe('one observation, one write-ahead commit', () => {
  test('migrate-secrets: each secret read once (target LIST, source by name), one mirror write before the first create', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const r = await w.run('migrate-secrets');
      expect(r.result?.error).toBeUndefined();
      const log = w.sandbox.requests.entries as Entry[];
      const secretReads = log.filter(
        (e) => e.resource === 'secrets' && (e.verb === 'get' || e.verb === 'list'),
      );
      // The target namespace: one LIST. The source: each named secret at most once (least
      // privilege reads them by name, in parallel), never once more per step.
      expect(secretReads.filter((e) => e.verb === 'list').map((e) => e.namespace)).toEqual(['cognigy-ai']);
      const gets = secretReads.filter((e) => e.verb === 'get');
      expect(gets.every((e) => e.namespace === 'default')).toBe(true);
      expect(new Set(gets.map((e) => e.name)).size).toBe(gets.length);
      const o = order(log);
      expect(o.mirrorWritesBeforeFirstChange).toBe(1);
      // The namespace and every secret, nothing else; the phase's final save mirrors once more.
      expect(o.changes).toBe(1 + r.result!.outputs['migrated-secrets'].split(',').length);
      expect(o.mirrorWritesAfter).toBe(1);
      // A re-run is planned from the observation and changes nothing, the mirror included.
      w.sandbox.requests.clear();
      expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
      expect(order(w.sandbox.requests.entries as Entry[]).changes).toBe(0);
      expect(w.mutations().filter((e) => !e.path.includes('/leases'))).toEqual([]);
    } finally {
      await w.stop();
    }
  });

  test('prepare-storage: one LIST per kind, backups and undo facts mirrored in one write before the first patch', async () => {
    const w = await world({ variant: 'aws' });
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const r = await w.run('prepare-storage');
      expect(r.result?.error).toBeUndefined();
      const log = w.sandbox.requests.entries as Entry[];
      for (const res of [
        'persistentvolumes',
        'persistentvolumeclaims',
        'storageclasses',
        'clusterrolebindings',
      ])
        expect([res, log.filter((e) => e.resource === res && !e.mutating).map((e) => e.verb)]).toEqual([
          res,
          ['list'],
        ]);
      const o = order(log);
      expect(o.mirrorWritesBeforeFirstChange).toBe(1);
      expect(o.mirrorWritesAfter).toBe(1);
      expect(o.changes).toBeGreaterThan(3);
      // The one write-ahead commit carries the PVC backups: a run that dies right after it has
      // changed no PV, and the in-cluster copy already holds every backup.
      const before = (log as Entry[]).filter((e) => e.mutating && !e.dryRun && e.status < 400);
      const bookkeeping = before.findIndex((e) => !isBookkeeping(e));
      const v = await world({ variant: 'aws' });
      try {
        expect((await v.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
        v.sandbox.faults.dieAfterMutations(bookkeeping);
        expect((await v.run('prepare-storage')).result?.ok).not.toBe(true);
        v.sandbox.faults.clear();
        expect(
          v.sandbox.list('v1', 'PersistentVolume').map((p) => p.spec.persistentVolumeReclaimPolicy),
        ).not.toContain('Retain');
        const mirror = v.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default');
        const keys = Object.keys(mirror.data);
        for (const pvc of ['flow-modules', 'functions', 'redis-persistent'])
          expect(keys).toEqual(
            expect.arrayContaining([`pvc-backup.${pvc}-pvc-kustomize.yaml`, `pvc-backup.${pvc}-pvc.yaml`]),
          );
      } finally {
        await v.stop();
      }
    } finally {
      await w.stop();
    }
  });
});
