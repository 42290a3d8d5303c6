import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MirrorConflictError,
  RecordStore,
  type MirroredCopy,
  type RecordMirror,
} from '../../../src/record/store';
import { RECORD_KIND, RECORD_SCHEMA_VERSION, type MigrationRecord } from '../../../src/record/schema';
import { ConfigurationError } from '../../../src/core/errors';

export const CLUSTER = { uid: '11111111-aaaa-4aaa-8aaa-000000000001', server: 'https://a.example.invalid' };
const OTHER = { uid: '22222222-bbbb-4bbb-8bbb-000000000002', server: 'https://b.example.invalid' };

export function sampleRecord(): MigrationRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    kind: RECORD_KIND,
    id: 'rec-1',
    generation: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    k2hVersion: '0.1.0',
    sourceNamespace: 'default',
    targetNamespace: 'cognigy-ai',
    release: 'cognigy-ai',
    cluster: { ...CLUSTER, version: 'v1.23.17' },
    product: { version: '4.41.2', chart: 'oci://x/cognigy.ai', chartVersion: '4.41.2' },
    provider: 'generic',
    traefik: true,
    cognigyApps: false,
    deployments: [{ name: 'service-ai', replicas: 2 }],
    pvcs: [{ name: 'flow-modules', pv: 'pv-1', originalReclaimPolicy: 'Delete' }],
    migratedSecrets: [],
    adoptions: [],
    phases: {},
  };
}

/**
 * An in-memory mirror with the apiserver's optimistic concurrency: a write with a stale
 * resourceVersion (or a create when one exists) is a conflict. `others` simulates another writer.
 */
class MapMirror implements RecordMirror {
  readonly where = 'the test mirror';
  stored?: { doc: unknown; backups: Record<string, string> };
  rv = 0;
  writes = 0;
  async write(record: MigrationRecord, backups: Record<string, string>, resourceVersion: string | null) {
    const current = this.stored ? String(this.rv) : null;
    if (resourceVersion !== current) throw new MirrorConflictError(this.where);
    this.writes++;
    this.stored = JSON.parse(JSON.stringify({ doc: record, backups }));
    return String(++this.rv);
  }
  async read(): Promise<MirroredCopy> {
    return {
      resourceVersion: this.stored ? String(this.rv) : null,
      found: this.stored && JSON.parse(JSON.stringify(this.stored)),
    };
  }
  /** Another run writes directly. */
  put(doc: unknown) {
    this.stored = { doc: JSON.parse(JSON.stringify(doc)), backups: this.stored?.backups ?? {} };
    this.rv++;
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'k2h-record-'));
const writeRecord = (dir: string, doc: unknown) =>
  writeFileSync(
    join(dir, 'migration-record.json'),
    typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2),
  );
const identity =
  (c = CLUSTER) =>
  async () =>
    c;

describe('record store', () => {
  test('without a record a later phase is told to run preflight first', async () => {
    await expect(new RecordStore(tmp()).load()).rejects.toThrow(/run preflight first/);
  });

  test('saves atomically (no temp files left), bumps the generation and loads back', async () => {
    const dir = tmp();
    const store = new RecordStore(dir);
    const r = sampleRecord();
    await store.save(r);
    expect(readdirSync(dir)).toEqual(['migration-record.json']);
    const loaded = await store.load();
    expect(loaded.deployments).toEqual([{ name: 'service-ai', replicas: 2 }]);
    expect(loaded.generation).toBe(2);
    await store.save(loaded);
    expect((await store.load()).generation).toBe(3);
  });

  test('a record of another schema version fails clearly', async () => {
    const dir = tmp();
    writeRecord(dir, { ...sampleRecord(), schemaVersion: 2 });
    await expect(new RecordStore(dir).load()).rejects.toThrow(/schema version 2, this k2h reads version 1/);
  });

  test('a foreign or broken file is refused', async () => {
    const dir = tmp();
    writeRecord(dir, '{"kind":"Something"}');
    await expect(new RecordStore(dir).load()).rejects.toThrow(ConfigurationError);
    writeRecord(dir, '{not json');
    await expect(new RecordStore(dir).load()).rejects.toThrow(/not valid JSON/);
  });

  test('backups are mirrored with the record and restored from the mirror when artifacts are gone', async () => {
    const mirror = new MapMirror();
    const a = new RecordStore(tmp(), mirror, identity());
    const r = sampleRecord();
    await a.saveBackup(r, 'flow-modules-pvc.yaml', 'kind: PersistentVolumeClaim\n');
    expect(mirror.stored?.backups).toEqual({ 'flow-modules-pvc.yaml': 'kind: PersistentVolumeClaim\n' });
    const freshDir = tmp();
    const b = new RecordStore(freshDir, mirror, identity());
    const loaded = await b.load();
    expect(loaded.release).toBe('cognigy-ai');
    expect(readFileSync(join(freshDir, 'pvc-backups', 'flow-modules-pvc.yaml'), 'utf8')).toBe(
      'kind: PersistentVolumeClaim\n',
    );
    expect(statSync(join(freshDir, 'migration-record.json')).isFile()).toBe(true);
  });
});

describe('schema-checked records', () => {
  const refused = async (edit: (r: any) => void, message: RegExp) => {
    const dir = tmp();
    const r: any = sampleRecord();
    edit(r);
    writeRecord(dir, r);
    const before = readFileSync(join(dir, 'migration-record.json'), 'utf8');
    const err = await new RecordStore(dir).load().catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(message);
    // Refusing never rewrites the copy.
    expect(readFileSync(join(dir, 'migration-record.json'), 'utf8')).toBe(before);
  };

  test('a hand-edited reclaim policy is refused with the path of the field', () =>
    refused(
      (r) => (r.pvcs[0].originalReclaimPolicy = 'Bogus'),
      /pvcs\[0\]\.originalReclaimPolicy must be one of Delete, Retain, Recycle \(is "Bogus"\)/,
    ));

  test('a missing field is refused with its path', async () => {
    await refused((r) => delete r.release, /release is missing/);
    await refused((r) => delete r.pvcs[0].pv, /pvcs\[0\]\.pv is missing/);
    await refused((r) => delete r.cluster.uid, /cluster\.uid is missing/);
  });

  test('wrong types are refused with their paths, all at once', () =>
    refused((r) => {
      r.deployments[0].replicas = 'two';
      r.traefik = 'yes';
      r.adoptions = [{ kind: 'StorageClass' }];
    }, /traefik must be boolean[\s\S]*deployments\[0\]\.replicas must be integer[\s\S]*adoptions\[0\]\.apiVersion is missing/));

  test('a truncated file is refused, saying it may be truncated', async () => {
    const dir = tmp();
    const text = JSON.stringify(sampleRecord(), null, 2);
    writeRecord(dir, text.slice(0, Math.floor(text.length / 2)));
    await expect(new RecordStore(dir).load()).rejects.toThrow(/not valid JSON .*may be truncated/);
  });

  test('the mirror copy is checked as strictly as the file', async () => {
    const mirror = new MapMirror();
    mirror.put({ ...sampleRecord(), pvcs: [{ name: 'x', pv: 'y', originalReclaimPolicy: 'Bogus' }] });
    await expect(new RecordStore(tmp(), mirror, identity()).load()).rejects.toThrow(
      /the test mirror is not a valid migration record[\s\S]*pvcs\[0\]\.originalReclaimPolicy/,
    );
  });
});

describe('cluster identity', () => {
  test('a state dir of another cluster is refused, naming both clusters, and nothing is written', async () => {
    const dir = tmp();
    writeRecord(dir, sampleRecord());
    const mirror = new MapMirror();
    const err = await new RecordStore(dir, mirror, identity(OTHER)).load().catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toContain(`${CLUSTER.server} (kube-system uid ${CLUSTER.uid})`);
    expect(err.message).toContain(`this is ${OTHER.server} (kube-system uid ${OTHER.uid})`);
    expect(mirror.writes).toBe(0);
  });

  test('an in-cluster copy of another cluster is refused too', async () => {
    const mirror = new MapMirror();
    mirror.put(sampleRecord());
    await expect(new RecordStore(tmp(), mirror, identity(OTHER)).load()).rejects.toThrow(
      /the test mirror belongs to another cluster/,
    );
  });

  test('saving a record of another cluster is refused before anything is written', async () => {
    const dir = tmp();
    const mirror = new MapMirror();
    await expect(new RecordStore(dir, mirror, identity(OTHER)).save(sampleRecord())).rejects.toThrow(
      /belongs to another cluster/,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(mirror.writes).toBe(0);
  });

  test('two different migrations of one cluster (state dir vs cluster) are refused, naming both', async () => {
    const dir = tmp();
    writeRecord(dir, sampleRecord());
    const mirror = new MapMirror();
    mirror.put({ ...sampleRecord(), id: 'rec-2', generation: 9 });
    const err = await new RecordStore(dir, mirror, identity()).load().catch((e) => e);
    expect(err.message).toMatch(/two different migrations[\s\S]*migration rec-1[\s\S]*migration rec-2/);
    expect(mirror.writes).toBe(0);
  });
});

describe('generations, not clocks', () => {
  test('the higher generation wins whatever the clocks say', async () => {
    const dir = tmp();
    writeRecord(dir, {
      ...sampleRecord(),
      generation: 3,
      updatedAt: '2030-01-01T00:00:00Z',
      release: 'local',
    });
    const mirror = new MapMirror();
    mirror.put({ ...sampleRecord(), generation: 5, updatedAt: '2020-01-01T00:00:00Z', release: 'mirror' });
    expect((await new RecordStore(dir, mirror, identity()).load()).release).toBe('mirror');
    // The newer mirror was restored into the state dir.
    expect(JSON.parse(readFileSync(join(dir, 'migration-record.json'), 'utf8')).release).toBe('mirror');

    const dir2 = tmp();
    writeRecord(dir2, {
      ...sampleRecord(),
      generation: 7,
      updatedAt: '2020-01-01T00:00:00Z',
      release: 'local',
    });
    expect((await new RecordStore(dir2, mirror, identity()).load()).release).toBe('local');
  });

  test('a mirror another run wrote since it was read stops the save', async () => {
    const mirror = new MapMirror();
    const store = new RecordStore(tmp(), mirror, identity());
    await store.save(sampleRecord());
    const mine = await store.load();
    // Another run of the same migration got further (a higher generation).
    mirror.put({ ...mine, generation: mine.generation + 5 });
    const err = await store.save(mine).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/changed by another run[\s\S]*generation 7[\s\S]*generation 3/);
  });

  test('a copy of another migration written meanwhile is never overwritten', async () => {
    const mirror = new MapMirror();
    const store = new RecordStore(tmp(), mirror, identity());
    const r = sampleRecord();
    await store.save(r);
    mirror.put({ ...r, id: 'rec-other', generation: 1 });
    await expect(store.save(r)).rejects.toThrow(/changed by another run/);
    expect((mirror.stored!.doc as MigrationRecord).id).toBe('rec-other');
  });

  test('an ancestor of ours (same migration, lower generation) is overwritten after the conflict', async () => {
    const mirror = new MapMirror();
    const store = new RecordStore(tmp(), mirror, identity());
    const r = sampleRecord();
    await store.save(r); // generation 2 mirrored
    // Our own earlier write landed but its answer was lost: the mirror moved on without us knowing.
    mirror.put({ ...r, generation: 2 });
    await store.save(r); // generation 3
    expect((mirror.stored!.doc as MigrationRecord).generation).toBe(3);
  });

  test('a mirror behind the state dir (died between the two writes) is reported and synced as is', async () => {
    const mirror = new MapMirror();
    const dir = tmp();
    const a = new RecordStore(dir, mirror, identity());
    const r = sampleRecord();
    await a.save(r); // generation 2, mirrored
    await a.save(r, { mirror: false }); // generation 3, local only: the mirror write never happened
    const b = new RecordStore(dir, mirror, identity());
    const loaded = await b.load();
    expect(loaded.generation).toBe(3);
    expect(b.mirrorBehind).toBe(2);
    await b.syncMirror(loaded);
    expect((mirror.stored!.doc as MigrationRecord).generation).toBe(3);
    expect(b.mirrorBehind).toBeUndefined();
    const c = new RecordStore(dir, mirror, identity());
    await c.load();
    expect(c.mirrorBehind).toBeUndefined();
  });
});
