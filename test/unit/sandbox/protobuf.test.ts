import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeProtobuf, parseMessage } from '../../../src/sandbox/protobuf';

/** Bodies captured from the real kubectl 1.32/1.35 and helm 3.17/4.1 talking to the sandbox. */
const bytes = (name: string): Buffer =>
  readFileSync(resolve(__dirname, '../../fixtures/sandbox/protobuf', name));

describe('protobuf request bodies', () => {
  test('kubectl create ns', () => {
    expect(decodeProtobuf(bytes('kubectl-create-namespace.bin'))).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'pb' },
      spec: {},
    });
  });

  test('kubectl create secret generic', () => {
    const s = decodeProtobuf(bytes('kubectl-create-secret.bin'));
    expect(s.kind).toBe('Secret');
    expect(s.metadata).toEqual({ name: 'pb-secret', namespace: 'pb' });
    expect(Buffer.from(s.data.user, 'base64').toString()).toBe('admin');
    expect(Buffer.from(s.data.password, 'base64').toString()).toBe('p@ss');
  });

  test('kubectl create configmap', () => {
    const c = decodeProtobuf(bytes('kubectl-create-configmap.bin'));
    expect(c).toMatchObject({
      kind: 'ConfigMap',
      metadata: { name: 'pb-config', namespace: 'pb' },
      data: { a: 'b', c: 'd' },
    });
  });

  test.each(['helm3', 'helm4'])('%s release records', (helm) => {
    const created = decodeProtobuf(bytes(`${helm}-release-create.bin`));
    const release = helm === 'helm3' ? 'r3' : 'r4';
    expect(created.kind).toBe('Secret');
    expect(created.type).toBe('helm.sh/release.v1');
    expect(created.metadata.name).toBe(`sh.helm.release.v1.${release}.v1`);
    expect(created.metadata.labels).toMatchObject({
      owner: 'helm',
      name: release,
      status: 'pending-install',
      version: '1',
    });
    expect(Buffer.from(created.data.release, 'base64').length).toBeGreaterThan(100);
    const updated = decodeProtobuf(bytes(`${helm}-release-update.bin`));
    expect(updated.metadata.labels.status).toBe('uninstalling');
    // helm updates its records unconditionally: the sandbox must accept a PUT without resourceVersion.
    expect(updated.metadata.resourceVersion).toBeUndefined();
  });

  test.each(['helm3', 'helm4'])('%s DeleteOptions', (helm) => {
    expect(decodeProtobuf(bytes(`${helm}-release-delete-options.bin`))).toMatchObject({
      kind: 'DeleteOptions',
    });
  });

  test('wire format: varints, lengths, repeated fields', () => {
    // field 1 varint 300, field 2 "hi", field 2 "yo"
    const msg = parseMessage(Buffer.from([0x08, 0xac, 0x02, 0x12, 0x02, 0x68, 0x69, 0x12, 0x02, 0x79, 0x6f]));
    expect(msg.get(1)?.[0].value).toBe(300n);
    expect(msg.get(2)?.map((f) => (f.value as Buffer).toString())).toEqual(['hi', 'yo']);
  });

  test('rejects bodies without the k8s magic and kinds it has no schema for', () => {
    expect(() => decodeProtobuf(Buffer.from('nope'))).toThrow(/magic/);
    const typeMeta = Buffer.from([0x0a, 0x04, 0x61, 0x2f, 0x76, 0x31, 0x12, 0x03, 0x46, 0x6f, 0x6f]);
    const body = Buffer.concat([
      Buffer.from('k8s\0', 'latin1'),
      Buffer.from([0x0a, typeMeta.length]),
      typeMeta,
    ]);
    expect(() => decodeProtobuf(body)).toThrow(/cannot decode protobuf Foo/);
  });

  test('pointer fields keep zero values, unknown non-empty fields are refused', () => {
    const frame = (kind: string, body: number[]): Buffer => {
      const typeMeta = Buffer.concat([
        Buffer.from([0x0a, 2]),
        Buffer.from('v1'),
        Buffer.from([0x12, kind.length]),
        Buffer.from(kind),
      ]);
      const raw = Buffer.from(body);
      return Buffer.concat([
        Buffer.from('k8s\0', 'latin1'),
        Buffer.from([0x0a, typeMeta.length]),
        typeMeta,
        Buffer.from([0x12, raw.length]),
        raw,
      ]);
    };
    // DeleteOptions{gracePeriodSeconds: 0 (pointer), orphanDependents: false (pointer)}
    expect(decodeProtobuf(frame('DeleteOptions', [0x08, 0x00, 0x18, 0x00]))).toMatchObject({
      gracePeriodSeconds: 0,
      orphanDependents: false,
    });
    // ConfigMap with an empty field 9 is fine; a set field 9 is not something to drop silently.
    expect(decodeProtobuf(frame('ConfigMap', [0x4a, 0x00]))).toEqual({ apiVersion: 'v1', kind: 'ConfigMap' });
    expect(() => decodeProtobuf(frame('ConfigMap', [0x4a, 0x01, 0x41]))).toThrow(
      'cannot decode protobuf field 9 of ConfigMap',
    );
  });
});
