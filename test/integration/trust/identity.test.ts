/**
 * The record belongs to one cluster and one migration: a state dir or in-cluster copy of
 * another is refused by every phase, naming both, before any change; a hand-edited or truncated
 * record is refused with the path of the bad field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREFLIGHT_OK, world, type World } from './support';

const CM = (w: World) => w.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default');
const uid = (w: World) => w.sandbox.get('v1', 'Namespace', 'kube-system').metadata.uid;

async function migrated(): Promise<World> {
  const w = await world();
  expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
  for (const phase of ['migrate-secrets', 'prepare-storage'] as const)
    expect((await w.run(phase)).result?.error).toBeUndefined();
  return w;
}

describe('cluster identity', () => {
  test("a state dir of another cluster never replaces this cluster's record (issue 8)", async () => {
    const a = await world();
    const b = await migrated();
    try {
      expect((await a.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      const before = CM(b);
      expect(JSON.parse(before.data['record.json']).migratedSecrets.length).toBeGreaterThan(10);
      b.sandbox.requests.clear();
      for (const phase of ['prepare-storage', 'migrate-secrets'] as const) {
        const out = await b.run(phase, { 'state-dir': a.stateDir });
        expect(out.error?.message).toMatch(/belongs to another \S+ it was written for/);
        expect(out.error?.message).toContain(`kube-system uid ${uid(a)}`);
        expect(out.error?.message).toContain(`kube-system uid ${uid(b)}`);
        expect(out.error?.message).toContain(a.sandbox.url);
        expect(out.error?.message).toContain(b.sandbox.url);
      }
      // Preflight too: it would otherwise carry the other cluster's facts over.
      const pre = await b.run('preflight', { ...PREFLIGHT_OK, 'state-dir': a.stateDir });
      expect(pre.error?.message ?? pre.result?.error).toMatch(/belongs to another \S+ it was written for/);
      expect(b.sandbox.requests.mutating()).toEqual([]);
      expect(CM(b)).toEqual(before);
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 120_000);

  test('an in-cluster copy of another cluster is refused too', async () => {
    const a = await migrated();
    const b = await world();
    try {
      // Someone copied A's ConfigMap into B by hand; B's state dir is empty.
      const cm = CM(a);
      b.sandbox.load([
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: cm.metadata.name, namespace: 'default' },
          data: cm.data,
        },
      ]);
      b.sandbox.requests.clear();
      const out = await b.run('prepare-storage');
      expect(out.error?.message).toMatch(
        /in-cluster record copy \(ConfigMap default\/k2h-migration-record\) belongs to another \S+ it was written for/,
      );
      expect(b.sandbox.requests.mutating()).toEqual([]);
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 120_000);

  test('a state dir of another migration of the same cluster is refused, naming both', async () => {
    const w = await migrated();
    const other = await world();
    try {
      // A second preflight into a fresh state dir against the same cluster restores the cluster's
      // record (same migration); a record of a different migration id is refused.
      const rec = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
      writeFileSync(
        join(other.stateDir, 'migration-record.json'),
        JSON.stringify({ ...rec, id: 'another-migration', generation: 1 }),
      );
      w.sandbox.requests.clear();
      const out = await w.run('prepare-storage', { 'state-dir': other.stateDir });
      expect(out.error?.message).toMatch(/two different migrations[\s\S]*another-migration[\s\S]*/);
      expect(out.error?.message).toContain(rec.id);
      expect(w.sandbox.requests.mutating()).toEqual([]);
    } finally {
      await w.stop();
      await other.stop();
    }
  }, 120_000);
});

describe('schema-checked records', () => {
  test('a hand-edited reclaim policy, a missing field and a truncated file are refused with the path, nothing changed', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      const file = join(w.stateDir, 'migration-record.json');
      const good = readFileSync(file, 'utf8');
      const cases: Array<[(r: any) => void, RegExp]> = [
        [
          (r) => (r.pvcs[0].originalReclaimPolicy = 'Bogus'),
          /pvcs\[0\]\.originalReclaimPolicy must be one of Delete, Retain, Recycle \(is "Bogus"\)/,
        ],
        [(r) => delete r.pvcs[1].pv, /pvcs\[1\]\.pv is missing/],
        [(r) => (r.generation = 'x'), /generation must be integer/],
      ];
      const pvs = w.sandbox.list('v1', 'PersistentVolume');
      w.sandbox.requests.clear();
      for (const [edit, message] of cases) {
        const r = JSON.parse(good);
        edit(r);
        writeFileSync(file, JSON.stringify(r, null, 2));
        const out = await w.run('prepare-storage');
        expect(out.error?.message).toMatch(message);
      }
      writeFileSync(file, good.slice(0, good.length / 2));
      expect((await w.run('prepare-storage')).error?.message).toMatch(/not valid JSON .*may be truncated/);
      expect(w.sandbox.requests.mutating()).toEqual([]);
      // The PVs were not touched.
      expect(w.sandbox.list('v1', 'PersistentVolume')).toEqual(pvs);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('a PV without a known reclaim policy is a preflight blocker, never defaulted to Delete', async () => {
    const w = await world({}, {}, [], (objects) =>
      objects.map((o) =>
        o.kind === 'PersistentVolume' && o.spec?.claimRef?.name === 'functions'
          ? { ...o, spec: { ...o.spec, persistentVolumeReclaimPolicy: 'Bogus' } }
          : o,
      ),
    );
    try {
      const out = await w.run('preflight', PREFLIGHT_OK);
      expect(out.result?.error).toMatch(
        /behind PVC functions has reclaim policy 'Bogus', not one of Delete, Retain, Recycle/,
      );
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);
});
