/**
 * Each bad input stops the downtime before its first change, with an error that says what to do:
 * zero mutating requests in the sandbox's log.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { world } from '../phases/harness';
import { checkpoint, fromCheckpoint, readyWorld, type Checkpoint, type ReadyWorld } from './helpers';

const byKind = (kind: string, name: string, ns?: string) => (o: any) =>
  o.kind === kind && o.metadata.name === name && (ns === undefined || o.metadata.namespace === ns);

describe('downtime: bad inputs change nothing', () => {
  let cp: Checkpoint;
  let pvOfFlowModules: string;
  beforeAll(async () => {
    const w = await readyWorld({ variant: 'generic' });
    cp = checkpoint(w, 'generic');
    pvOfFlowModules = w.sandbox.get('v1', 'PersistentVolumeClaim', 'flow-modules', 'default').spec.volumeName;
    await w.stop();
  }, 60_000);

  async function refused(w: ReadyWorld | Awaited<ReturnType<typeof world>>, pattern: RegExp) {
    try {
      w.sandbox.requests.clear();
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      const message = r.error?.message ?? r.result?.error;
      expect(message).toMatch(pattern);
      expect(w.mutations()).toEqual([]);
      expect(w.sandbox.get('apps/v1', 'Deployment', 'service-api', 'default').spec.replicas).toBeGreaterThan(
        0,
      );
    } finally {
      await w.stop();
    }
  }

  test('no record', async () => {
    await refused(await world({ variant: 'generic' }), /no migration record.*run preflight first/);
  }, 30_000);

  test('another cluster (kube-system has another uid)', async () => {
    const w = await fromCheckpoint(cp, {}, (objs) =>
      objs.map((o) =>
        byKind('Namespace', 'kube-system')(o)
          ? { ...o, metadata: { ...o.metadata, uid: '00000000-0000-4000-8000-000000000000' } }
          : o,
      ),
    );
    await refused(w, /cluster/i);
  }, 30_000);

  test('a PV set back to Delete', async () => {
    const w = await fromCheckpoint(cp, {}, (objs) =>
      objs.map((o) =>
        byKind('PersistentVolume', pvOfFlowModules)(o)
          ? { ...o, spec: { ...o.spec, persistentVolumeReclaimPolicy: 'Delete' } }
          : o,
      ),
    );
    await refused(
      w,
      new RegExp(
        `PV ${pvOfFlowModules} has reclaim policy Delete, not Retain[\\s\\S]*nothing was changed|nothing was changed[\\s\\S]*PV ${pvOfFlowModules} has reclaim policy Delete`,
      ),
    );
  }, 30_000);

  test('a wrong MongoDB password (the MongoDB plan fails before the first change)', async () => {
    const w = await fromCheckpoint(cp);
    try {
      const uri = new URL(w.mongo.uri);
      uri.password = 'not-the-root-password';
      w.sandbox.requests.clear();
      const r = await w.run('downtime', { 'approved-by-platform': 'true', 'mongodb-uri': uri.toString() });
      const message = r.error?.message ?? r.result?.error;
      expect(message).toMatch(/downtime cannot start; nothing was changed[\s\S]*MongoDB/);
      expect(message).not.toContain('not-the-root-password');
      expect(w.mutations()).toEqual([]);
      expect(w.sandbox.get('apps/v1', 'Deployment', 'service-api', 'default').spec.replicas).toBeGreaterThan(
        0,
      );
    } finally {
      await w.stop();
    }
  }, 60_000);

  test('the claim manifest of the release missing', async () => {
    const w = await fromCheckpoint(cp, {}, (objs) =>
      // The in-cluster copy of the record carries the backups too: both are gone.
      objs.map((o) =>
        byKind('ConfigMap', 'k2h-migration-record', 'default')(o)
          ? {
              ...o,
              data: Object.fromEntries(
                Object.entries(o.data).filter(([k]) => !k.endsWith('flow-modules-pvc.yaml')),
              ),
            }
          : o,
      ),
    );
    rmSync(join(w.stateDir, 'pvc-backups', 'flow-modules-pvc.yaml'));
    await refused(
      w,
      /flow-modules-pvc\.yaml of the new claim flow-modules is missing: re-run prepare-storage/,
    );
  }, 30_000);

  test('a PVC held by a pod the scale-down does not stop', async () => {
    const holder = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'backup-job-7f9c', namespace: 'default' },
      spec: {
        containers: [
          { name: 'tar', image: 'busybox:1.36', volumeMounts: [{ name: 'data', mountPath: '/data' }] },
        ],
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'flow-modules' } }],
      },
    };
    const w = await fromCheckpoint(cp, {}, (objs) => [...objs, holder]);
    await refused(
      w,
      /PVC default\/flow-modules is mounted by pod backup-job-7f9c, which the scale-down does not stop/,
    );
  }, 30_000);
});
