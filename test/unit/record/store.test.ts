import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordStore, type RecordMirror } from '../../../src/record/store';
import { RECORD_KIND, RECORD_SCHEMA_VERSION, type MigrationRecord } from '../../../src/record/schema';
import { ConfigurationError } from '../../../src/core/errors';

export function sampleRecord(): MigrationRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    kind: RECORD_KIND,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    k2hVersion: '0.1.0',
    sourceNamespace: 'default',
    targetNamespace: 'cognigy-ai',
    release: 'cognigy-ai',
    cluster: { server: 'https://example.invalid', version: 'v1.23.17' },
    product: { version: '4.41.2', chart: 'oci://x/cognigy.ai', chartVersion: '4.41.2' },
    provider: 'generic',
    traefik: true,
    cognigyApps: false,
    deployments: [{ name: 'service-ai', replicas: 2 }],
    pvcs: [],
    migratedSecrets: [],
    adoptions: [],
    phases: {},
  };
}

class MapMirror implements RecordMirror {
  stored?: { record: MigrationRecord; backups: Record<string, string> };
  async write(record: MigrationRecord, backups: Record<string, string>) {
    this.stored = JSON.parse(JSON.stringify({ record, backups }));
  }
  async read() {
    return this.stored;
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'k2h-record-'));

describe('record store', () => {
  test('without a record a later phase is told to run preflight first', async () => {
    await expect(new RecordStore(tmp()).load()).rejects.toThrow(/run preflight first/);
  });

  test('saves atomically (no temp files left) and loads back', async () => {
    const dir = tmp();
    const store = new RecordStore(dir);
    const r = sampleRecord();
    await store.save(r);
    expect(readdirSync(dir)).toEqual(['migration-record.json']);
    const loaded = await store.load();
    expect(loaded.deployments).toEqual([{ name: 'service-ai', replicas: 2 }]);
    expect(loaded.updatedAt).not.toBe('2026-01-01T00:00:00Z');
  });

  test('a record of another schema version fails clearly', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'migration-record.json'),
      JSON.stringify({ ...sampleRecord(), schemaVersion: 2 }),
    );
    await expect(new RecordStore(dir).load()).rejects.toThrow(/schema version 2, this k2h reads version 1/);
  });

  test('a foreign or broken file is refused', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'migration-record.json'), '{"kind":"Something"}');
    await expect(new RecordStore(dir).load()).rejects.toThrow(ConfigurationError);
    writeFileSync(join(dir, 'migration-record.json'), '{not json');
    await expect(new RecordStore(dir).load()).rejects.toThrow(/not valid JSON/);
  });

  test('backups are mirrored with the record and restored from the mirror when artifacts are gone', async () => {
    const mirror = new MapMirror();
    const a = new RecordStore(tmp(), mirror);
    const r = sampleRecord();
    await a.saveBackup(r, 'flow-modules-pvc.yaml', 'kind: PersistentVolumeClaim\n');
    expect(mirror.stored?.backups).toEqual({ 'flow-modules-pvc.yaml': 'kind: PersistentVolumeClaim\n' });
    const freshDir = tmp();
    const b = new RecordStore(freshDir, mirror);
    const loaded = await b.load();
    expect(loaded.release).toBe('cognigy-ai');
    expect(readFileSync(join(freshDir, 'pvc-backups', 'flow-modules-pvc.yaml'), 'utf8')).toBe(
      'kind: PersistentVolumeClaim\n',
    );
    expect(statSync(join(freshDir, 'migration-record.json')).isFile()).toBe(true);
  });
});
