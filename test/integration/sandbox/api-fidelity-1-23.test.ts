/**
 * What a 1.23 API server does that the real Cognigy.AI chart and helm rely on: `/openapi/v2` in
 * protobuf (helm validates a `kind: List` with it), the older API versions 1.23 still serves, the
 * StorageClass fields that are immutable, and a claim that names a volume of another class is
 * not bound.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sandbox } from '../../../src/sandbox/index';
import { parseMessage } from '../../../src/sandbox/protobuf';
import { call } from './http';

const KUBECTL = join(__dirname, '../../../.cache/bin/v32/kubectl');

describe('1.23 API fidelity', () => {
  let s: Sandbox;
  let base: string;
  let kubeconfig: string;
  beforeAll(async () => {
    s = await Sandbox.start();
    kubeconfig = join(mkdtempSync(join(tmpdir(), 'k2h-fid-')), 'kubeconfig');
    writeFileSync(kubeconfig, s.kubeconfig());
    base = s.url;
  });
  afterAll(() => s.stop());

  // Async: the sandbox answers from this process, a blocking child would deadlock it.
  const kubectl = async (...args: string[]) =>
    (await promisify(execFile)(KUBECTL, ['--kubeconfig', kubeconfig, ...args], { encoding: 'utf8' })).stdout;

  test('/openapi/v2: protobuf with a definition per served kind carrying its group-version-kind', async () => {
    const res = await fetch(`${base}/openapi/v2`, {
      headers: { accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf' },
    });
    expect(res.status).toBe(200);
    // A Go media type: the '@' of the requested type would not parse.
    expect(res.headers.get('content-type')).toBe(
      'application/com.github.proto-openapi.spec.v2.v1.0+protobuf',
    );
    const doc = parseMessage(Buffer.from(await res.arrayBuffer()));
    expect(String(doc.get(1)![0].value)).toBe('2.0');
    const definitions = parseMessage(doc.get(9)![0].value as Buffer)
      .get(1)!
      .map((f) => String(parseMessage(f.value as Buffer).get(1)![0].value));
    expect(definitions).toEqual(
      expect.arrayContaining(['io.k8s.api.core.v1.Service', 'io.k8s.api.storage.v1.StorageClass']),
    );
    const json = await call(base, 'GET', '/openapi/v2', undefined, 'application/json');
    expect(json.body.definitions['io.k8s.api.core.v1.Service']['x-kubernetes-group-version-kind']).toEqual([
      { group: '', kind: 'Service', version: 'v1' },
    ]);
  });

  test('kubectl api-versions lists the older versions 1.23 serves; groups keep their preferred version', async () => {
    const versions = (await kubectl('api-versions')).split('\n');
    for (const v of [
      'autoscaling/v1',
      'autoscaling/v2',
      'autoscaling/v2beta1',
      'autoscaling/v2beta2',
      'batch/v1beta1',
      'policy/v1beta1',
    ])
      expect(versions).toContain(v);
    const group = JSON.parse(await kubectl('get', '--raw', '/apis/autoscaling'));
    expect(group.preferredVersion.version).toBe('v2');
    expect(group.versions.map((v: any) => v.version)).toEqual(['v2', 'v1', 'v2beta1', 'v2beta2']);
    expect(await kubectl('get', 'hpa', '-A')).toBe('');
  });

  test('StorageClass: provisioner, parameters, reclaimPolicy and volumeBindingMode cannot change', async () => {
    s.load([
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'fast' },
        provisioner: 'a',
        parameters: { t: '1' },
      },
    ]);
    let err = '';
    try {
      await kubectl(
        'patch',
        'storageclass',
        'fast',
        '--type',
        'merge',
        '-p',
        '{"volumeBindingMode":"WaitForFirstConsumer","reclaimPolicy":"Retain"}',
      );
    } catch (e) {
      err = String((e as { stderr?: string }).stderr);
    }
    expect(err).toContain('The StorageClass "fast" is invalid');
    expect(err).toContain('reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden.');
    expect(err).toContain('volumeBindingMode: Invalid value: "WaitForFirstConsumer": field is immutable');
    // allowVolumeExpansion is not immutable.
    await kubectl('patch', 'storageclass', 'fast', '--type', 'merge', '-p', '{"allowVolumeExpansion":true}');
    expect(s.get('storage.k8s.io/v1', 'StorageClass', 'fast')).toMatchObject({
      allowVolumeExpansion: true,
      volumeBindingMode: 'Immediate',
    });
  });

  test('a claim naming a volume of another class stays Pending; with the class set on the PV it binds', async () => {
    s.load([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: 'redis-pv' },
        spec: {
          capacity: { storage: '10Gi' },
          accessModes: ['ReadWriteOnce'],
          storageClassName: 'local-storage',
          hostPath: { path: '/d' },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'redis-persistent', namespace: 'default' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: 'redis-persistent',
          volumeName: 'redis-pv',
          resources: { requests: { storage: '10Gi' } },
        },
      },
    ]);
    expect(s.get('v1', 'PersistentVolumeClaim', 'redis-persistent', 'default').status?.phase).toBe('Pending');
    expect(s.get('v1', 'PersistentVolume', 'redis-pv').spec.claimRef).toBeUndefined();
    await kubectl(
      'patch',
      'pv',
      'redis-pv',
      '--type',
      'merge',
      '-p',
      '{"spec":{"storageClassName":"redis-persistent"}}',
    );
    const bound = () => s.get('v1', 'PersistentVolumeClaim', 'redis-persistent', 'default').status?.phase;
    for (let i = 0; i < 50 && bound() !== 'Bound'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(bound()).toBe('Bound');
  });
});
