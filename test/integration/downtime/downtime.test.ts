/**
 * The downtime stage against the sandbox, for each provider seed: the installation's deployments
 * (never the neighbours) scaled to 0 with their replicas recorded, the pods gone, the three
 * volumes bound to the release's claims on the same PVs; dry-run and re-run change nothing.
 */
import { endState, installationReplicas, readyWorld, record, VARIANTS } from './helpers';

describe('downtime against the sandbox', () => {
  for (const variant of VARIANTS) {
    test(`${variant}: the whole stage; dry-run and re-run make no mutating request`, async () => {
      const w = await readyWorld({ variant });
      try {
        const before = installationReplicas(w);
        const pvs = record(w).pvcs.map((p: any) => [p.name, p.pv, p.capacity, p.accessModes]);
        const neighbour = w.sandbox.get('apps/v1', 'Deployment', 'billing-exporter', 'default');
        expect(neighbour.spec.replicas).toBe(1);
        expect(Object.keys(before).length).toBeGreaterThan(40);

        const dry = await w.run('downtime', { 'dry-run': 'true', 'approved-by-platform': 'true' });
        expect(dry.error?.message ?? dry.result?.error).toBeUndefined();
        expect(w.mutations()).toEqual([]);
        expect(dry.result!.report.join('\n')).toMatch(/Scale to 0 in default: \d+ deployments/);
        expect(dry.result!.outputs['plan-sha256']).toMatch(/^[0-9a-f]{64}$/);

        w.sandbox.requests.clear();
        // With a latency, requests of one wave arrive before the first of them is answered.
        w.sandbox.faults.latencyMs = 40;
        const run = await w.run('downtime', { 'approved-by-platform': 'true' });
        w.sandbox.faults.latencyMs = 0;
        expect(run.error?.message ?? run.result?.error).toBeUndefined();
        // The record's final save and the lease's release go out together, after the last change:
        // neither waits for the other's answer.
        const writes = w.sandbox.requests.mutating();
        const [save, release] = writes.slice(-2).sort((a, b) => a.resource!.localeCompare(b.resource!));
        expect([save, release].map((e) => `${e.method} ${e.resource}`)).toEqual([
          'PATCH configmaps',
          'PATCH leases',
        ]);
        expect(Math.max(save.at!, release.at!)).toBeLessThanOrEqual(Math.min(save.doneAt!, release.doneAt!));
        expect(
          w.sandbox.get('coordination.k8s.io/v1', 'Lease', 'k2h-migration-lock', 'default').spec,
        ).not.toHaveProperty('holderIdentity');
        const after = endState(w);
        for (const [name, replicas] of after.deployments)
          if (name in before) expect([name, replicas]).toEqual([name, 0]);
        expect(w.sandbox.get('apps/v1', 'Deployment', 'billing-exporter', 'default')).toEqual(neighbour);
        expect(
          w.sandbox.list('v1', 'Pod', 'default').filter((p) => p.metadata.name.startsWith('service-')),
        ).toEqual([]);
        expect(after.oldClaims).toEqual([]);
        expect(after.newClaims).toEqual(pvs.map(([n, pv, cap, modes]: any) => [n, 'Bound', pv, cap, modes]));
        for (const [, pv] of pvs) {
          const o = w.sandbox.get('v1', 'PersistentVolume', pv);
          expect([o.status.phase, o.spec.persistentVolumeReclaimPolicy, o.spec.claimRef.namespace]).toEqual([
            'Bound',
            'Retain',
            'cognigy-ai',
          ]);
        }
        expect(after.lost).toEqual([]);
        const rec = record(w);
        expect(rec.downtime.replicas).toEqual(before);
        expect(rec.phases.downtime.status).toBe('succeeded');
        // The window ends with the stage's last change: the databases' copies and the users count
        // as much as the volumes (the services stay down until all of them are done).
        const at = (t: string) => Date.parse(t);
        const settled = [
          rec.downtime.lastBoundAt,
          ...(rec.mongo?.databases ?? []).map((d: any) => d.verifiedAt),
          ...(rec.mongo?.users ?? []).map((u: any) => u.provenAt),
        ];
        expect(rec.mongo.databases.length).toBeGreaterThan(0);
        expect(at(rec.downtime.endedAt)).toBeGreaterThanOrEqual(Math.max(...settled.map(at)));
        expect(run.result!.outputs['downtime-window-seconds']).toBe(
          ((at(rec.downtime.endedAt) - at(rec.downtime.scaleDownAt)) / 1000).toFixed(1),
        );
        expect(run.result!.outputs['plan-sha256']).toBe(dry.result!.outputs['plan-sha256']);

        w.sandbox.requests.clear();
        const again = await w.run('downtime', { 'approved-by-platform': 'true' });
        expect(again.error?.message ?? again.result?.error).toBeUndefined();
        expect(w.mutations()).toEqual([]);
        expect(endState(w)).toEqual(after);
        expect(record(w).downtime.replicas).toEqual(before);
      } finally {
        await w.stop();
      }
    }, 60_000);
  }
});
