import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { cognigySeed } from '../../../../src/rehearsal/seeds';
import { SeedFileError, loadSeedFile, parseSeed } from '../../../../src/sandbox/seeds';

const FIXTURE = resolve(__dirname, '../../../fixtures/captures/minimal-list.yaml');
const dir = mkdtempSync(join(tmpdir(), 'k2h-seed-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
function errorOf(fn: () => unknown): SeedFileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SeedFileError);
    return e as SeedFileError;
  }
  throw new Error('expected a SeedFileError');
}

describe('loadSeedFile', () => {
  test('a kubectl get -o yaml List: items in order, server fields and status kept', () => {
    const objects = loadSeedFile(FIXTURE);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/default',
      'Secret/cognigy-jwt',
      'PersistentVolumeClaim/redis-persistent',
      'PersistentVolume/pvc-6d2a9f0e-41c7-4b58-8e3d-a97c05b1f2e6',
      'Deployment/service-api',
    ]);
    const pvc = objects[2];
    expect(pvc.metadata.uid).toBe('6d2a9f0e-41c7-4b58-8e3d-a97c05b1f2e6');
    expect(pvc.metadata.resourceVersion).toBe('1734');
    expect(Array.isArray(pvc.metadata.managedFields)).toBe(true);
    expect(pvc.status).toEqual({
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: '10Gi' },
      phase: 'Bound',
    });
    expect((objects[3].spec as any).claimRef.uid).toBe(pvc.metadata.uid);
    expect(objects[4].metadata.generation).toBe(9);
  });

  test('multi-document YAML, Lists and single objects mixed, empty documents and comments skipped', () => {
    const p = file(
      'multi.yaml',
      [
        '---',
        '# leading comment',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: a, namespace: default}',
        '---',
        '---',
        'apiVersion: v1',
        'kind: SecretList',
        'items:',
        '- apiVersion: v1',
        '  kind: Secret',
        '  metadata: {name: b, namespace: default}',
        '--- # a comment after the marker',
        'apiVersion: v1',
        'kind: Namespace',
        'metadata: {name: c}',
        '...',
        '',
      ].join('\n'),
    );
    expect(loadSeedFile(p).map((o) => o.metadata.name)).toEqual(['a', 'b', 'c']);
  });

  test('kubectl get -o json (a JSON List)', () => {
    const p = file(
      'capture.json',
      JSON.stringify(
        {
          apiVersion: 'v1',
          kind: 'List',
          metadata: { resourceVersion: '' },
          items: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } }],
        },
        null,
        2,
      ),
    );
    expect(loadSeedFile(p)).toEqual([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } }]);
  });

  test('a whole seed dumped as kubectl would (List, YAML and JSON) reads back unchanged', () => {
    for (const variant of ['generic', 'aws', 'azure'] as const) {
      const seed = cognigySeed({ variant });
      const list = { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: seed };
      expect(loadSeedFile(file(`${variant}.yaml`, yaml.dump(list)))).toEqual(seed);
      expect(loadSeedFile(file(`${variant}.json`, JSON.stringify(list, null, 4)))).toEqual(seed);
      const multi = seed.map((o) => yaml.dump(o)).join('---\n');
      expect(loadSeedFile(file(`${variant}-multi.yaml`, multi))).toEqual(seed);
    }
  });

  test('CRLF line endings', () => {
    const p = file(
      'crlf.yaml',
      'apiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: crlf\r\n---\r\napiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: two\r\n',
    );
    expect(loadSeedFile(p).map((o) => o.metadata.name)).toEqual(['crlf', 'two']);
  });
});

describe('loadSeedFile errors name the file and the document', () => {
  test('malformed YAML: document index and line', () => {
    const p = file(
      'bad.yaml',
      [
        'apiVersion: v1',
        'kind: Namespace',
        'metadata: {name: ok}',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: [unclosed',
        '',
      ].join('\n'),
    );
    const e = errorOf(() => loadSeedFile(p));
    expect(e.path).toBe(p);
    expect(e.message).toContain(p);
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatch(/^document 2 \(line 4\): malformed YAML at line \d+: /);
  });

  test('malformed JSON', () => {
    const p = file('bad.json', '{"apiVersion": "v1", "kind": "List", "items": [}');
    const e = errorOf(() => loadSeedFile(p));
    expect(e.message).toMatch(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: malformed JSON: `));
  });

  test('items lacking apiVersion, kind or metadata.name are all listed, by document and item', () => {
    const p = file(
      'incomplete.yaml',
      [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '- apiVersion: v1',
        '  kind: Secret',
        '  metadata: {name: fine}',
        '- kind: Secret',
        '  metadata: {name: no-api-version}',
        '- apiVersion: v1',
        '  kind: Secret',
        '  metadata: {generateName: x-}',
        '- just a string',
        '---',
        'apiVersion: v1',
        'metadata: {name: no-kind}',
        '',
      ].join('\n'),
    );
    const e = errorOf(() => loadSeedFile(p));
    expect(e.problems).toEqual([
      'document 1 (line 1), item 1: lacks apiVersion (kind Secret)',
      'document 1 (line 1), item 2: lacks metadata.name (kind Secret)',
      'document 1 (line 1), item 3: is not an object (string)',
      'document 2 (line 13): lacks kind',
    ]);
    expect(e.message.split('\n')).toHaveLength(5);
  });

  test('a file with no objects', () => {
    const p = file('empty.yaml', '# nothing here\n---\n');
    expect(errorOf(() => loadSeedFile(p)).problems).toEqual(['holds no Kubernetes objects']);
    expect(
      errorOf(() => loadSeedFile(file('empty-list.yaml', 'apiVersion: v1\nkind: List\nitems: []\n')))
        .problems,
    ).toEqual(['holds no Kubernetes objects']);
  });

  test('a missing file', () => {
    const p = join(dir, 'does-not-exist.yaml');
    const e = errorOf(() => loadSeedFile(p));
    expect(e.message).toBe(`${p}: cannot be read: ENOENT`);
  });

  test('parseSeed names its source', () => {
    expect(errorOf(() => parseSeed('kind: Namespace\n', 'stdin')).message).toBe(
      'stdin: document 1 (line 1): lacks apiVersion, metadata.name (kind Namespace)',
    );
  });
});
