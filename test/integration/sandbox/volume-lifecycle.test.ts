import { Sandbox } from '../../../src/sandbox/index';
import { call } from './http';

const pv = (name: string, extra: object = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name },
  spec: {
    capacity: { storage: '10Gi' },
    accessModes: ['ReadWriteOnce'],
    storageClassName: 'manual',
    hostPath: { path: `/data/${name}` },
    ...extra,
  },
});
const pvc = (name: string, spec: object = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name, namespace: 'default' },
  spec: {
    accessModes: ['ReadWriteOnce'],
    storageClassName: 'manual',
    resources: { requests: { storage: '5Gi' } },
    ...spec,
  },
});

describe('PV/PVC lifecycle', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await Sandbox.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  test('static binding by class and size; protection finalizers on both', () => {
    s.load([pv('small', { capacity: { storage: '1Gi' } }), pv('big'), pvc('claim')]);
    const claim = s.get('v1', 'PersistentVolumeClaim', 'claim', 'default');
    expect(claim.spec.volumeName).toBe('big');
    expect(claim.status).toMatchObject({ phase: 'Bound', capacity: { storage: '10Gi' } });
    expect(claim.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    expect(s.get('v1', 'PersistentVolume', 'big').metadata.finalizers).toEqual([
      'kubernetes.io/pv-protection',
    ]);
    expect(s.get('v1', 'PersistentVolume', 'small').status.phase).toBe('Available');
  });

  test('a bound PV stays Terminating until its claim goes; a claim whose PV vanished is Lost', async () => {
    s.load([pv('vol'), pvc('claim', { volumeName: 'vol' })]);
    await call(s.url, 'DELETE', '/api/v1/persistentvolumes/vol');
    const terminating = s.get('v1', 'PersistentVolume', 'vol');
    expect(terminating.metadata.deletionTimestamp).toBeDefined();
    expect(terminating.status.phase).toBe('Bound');
    // Someone strips the finalizer by hand: the PV goes and the claim is Lost.
    await call(
      s.url,
      'PATCH',
      '/api/v1/persistentvolumes/vol',
      { metadata: { finalizers: null } },
      'application/merge-patch+json',
    );
    expect(s.get('v1', 'PersistentVolume', 'vol')).toBeUndefined();
    expect(s.get('v1', 'PersistentVolumeClaim', 'claim', 'default').status.phase).toBe('Lost');
  });

  test('a PV pre-bound by claimRef (no uid) waits for that claim; others cannot take it', () => {
    s.load([pv('reserved', { claimRef: { namespace: 'default', name: 'wanted' } }), pvc('other')]);
    expect(s.get('v1', 'PersistentVolumeClaim', 'other', 'default').status.phase).toBe('Pending');
    expect(s.get('v1', 'PersistentVolume', 'reserved').status.phase).toBe('Available');
    s.load([pvc('wanted')]);
    expect(s.get('v1', 'PersistentVolumeClaim', 'wanted', 'default').spec.volumeName).toBe('reserved');
    expect(s.get('v1', 'PersistentVolume', 'reserved').spec.claimRef.uid).toBe(
      s.get('v1', 'PersistentVolumeClaim', 'wanted', 'default').metadata.uid,
    );
  });

  test('WaitForFirstConsumer provisions only once a pod uses the claim; default class applies', () => {
    s.load([
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'lazy', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
        provisioner: 'disk.csi.azure.com',
        volumeBindingMode: 'WaitForFirstConsumer',
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'late', namespace: 'default' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    ]);
    expect(s.get('v1', 'PersistentVolumeClaim', 'late', 'default').status.phase).toBe('Pending');
    s.load([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'user', namespace: 'default' },
        spec: {
          containers: [{ name: 'c', image: 'i:1' }],
          volumes: [{ name: 'v', persistentVolumeClaim: { claimName: 'late' } }],
        },
      },
    ]);
    const claim = s.get('v1', 'PersistentVolumeClaim', 'late', 'default');
    expect(claim.status.phase).toBe('Bound');
    expect(s.get('v1', 'PersistentVolume', claim.spec.volumeName).spec.persistentVolumeReclaimPolicy).toBe(
      'Delete',
    );
  });

  test('a bound claim spec is immutable except the storage request', async () => {
    s.load([pv('vol'), pvc('claim', { volumeName: 'vol' })]);
    const bad = await call(
      s.url,
      'PATCH',
      '/api/v1/namespaces/default/persistentvolumeclaims/claim',
      { spec: { storageClassName: 'other' } },
      'application/merge-patch+json',
    );
    expect(bad.body).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(bad.body.message).toContain('spec is immutable after creation');
    const grow = await call(
      s.url,
      'PATCH',
      '/api/v1/namespaces/default/persistentvolumeclaims/claim',
      { spec: { resources: { requests: { storage: '8Gi' } } } },
      'application/merge-patch+json',
    );
    expect(grow.status).toBe(200);
  });

  test('deletecollection by label', async () => {
    s.load([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'a', namespace: 'default', labels: { batch: 'x' } },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'b', namespace: 'default', labels: { batch: 'x' } },
      },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } },
    ]);
    const r = await call(s.url, 'DELETE', '/api/v1/namespaces/default/configmaps?labelSelector=batch%3Dx');
    expect(r.status).toBe(200);
    expect(s.list('v1', 'ConfigMap', 'default').map((c) => c.metadata.name)).toEqual(['c']);
  });
});

describe('claims copied with kubectl get -o yaml', () => {
  test('applied before the old claimRef is cleared, the copy is Lost for good (ClaimMisbound)', async () => {
    const s = await Sandbox.start();
    try {
      s.load([pv('vol', { persistentVolumeReclaimPolicy: 'Retain' }), pvc('data', { volumeName: 'vol' })]);
      const exported = s.get('v1', 'PersistentVolumeClaim', 'data', 'default');
      expect(exported.metadata.annotations['pv.kubernetes.io/bind-completed']).toBe('yes');
      await call(s.url, 'DELETE', '/api/v1/namespaces/default/persistentvolumeclaims/data');
      expect(s.get('v1', 'PersistentVolume', 'vol').status.phase).toBe('Released');
      s.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'helm' } }]);
      const copy = { ...exported, metadata: { ...exported.metadata, namespace: 'helm' } };
      delete copy.metadata.resourceVersion;
      const created = await call(s.url, 'POST', '/api/v1/namespaces/helm/persistentvolumeclaims', copy);
      expect(created.status).toBe(201);
      expect(s.get('v1', 'PersistentVolumeClaim', 'data', 'helm').status.phase).toBe('Lost');
      await call(
        s.url,
        'PATCH',
        '/api/v1/persistentvolumes/vol',
        { spec: { claimRef: null } },
        'application/merge-patch+json',
      );
      expect(s.get('v1', 'PersistentVolumeClaim', 'data', 'helm').status.phase).toBe('Lost');
      expect(s.get('v1', 'PersistentVolume', 'vol').status.phase).toBe('Available');
    } finally {
      await s.stop();
    }
  });

  test('applied after the claimRef is cleared, the copy binds', async () => {
    const s = await Sandbox.start();
    try {
      s.load([pv('vol', { persistentVolumeReclaimPolicy: 'Retain' }), pvc('data', { volumeName: 'vol' })]);
      const exported = s.get('v1', 'PersistentVolumeClaim', 'data', 'default');
      await call(s.url, 'DELETE', '/api/v1/namespaces/default/persistentvolumeclaims/data');
      await call(
        s.url,
        'PATCH',
        '/api/v1/persistentvolumes/vol',
        { spec: { claimRef: null } },
        'application/merge-patch+json',
      );
      s.load([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'helm' } }]);
      const copy = { ...exported, metadata: { ...exported.metadata, namespace: 'helm' } };
      delete copy.metadata.resourceVersion;
      await call(s.url, 'POST', '/api/v1/namespaces/helm/persistentvolumeclaims', copy);
      const bound = s.get('v1', 'PersistentVolumeClaim', 'data', 'helm');
      expect(bound.status.phase).toBe('Bound');
      expect(bound.metadata.uid).not.toBe(exported.metadata.uid);
      expect(s.get('v1', 'PersistentVolume', 'vol').spec.claimRef).toMatchObject({
        namespace: 'helm',
        uid: bound.metadata.uid,
      });
    } finally {
      await s.stop();
    }
  });
});

describe('deleting a namespace with bound claims', () => {
  test('Delete-policy volumes are lost, Retain volumes are Released', async () => {
    const s = await Sandbox.start();
    try {
      s.load([
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'doomed' } },
        pv('keep', { persistentVolumeReclaimPolicy: 'Retain' }),
        pv('lose', { persistentVolumeReclaimPolicy: 'Delete' }),
        { ...pvc('a', { volumeName: 'keep' }), metadata: { name: 'a', namespace: 'doomed' } },
        { ...pvc('b', { volumeName: 'lose' }), metadata: { name: 'b', namespace: 'doomed' } },
      ]);
      expect(s.get('v1', 'PersistentVolume', 'lose').status.phase).toBe('Bound');
      const del = await call(s.url, 'DELETE', '/api/v1/namespaces/doomed');
      expect(del.status).toBe(200);
      expect(s.get('v1', 'Namespace', 'doomed')).toBeUndefined();
      expect(s.lostVolumes).toEqual(['lose']);
      expect(s.get('v1', 'PersistentVolume', 'keep').status.phase).toBe('Released');
    } finally {
      await s.stop();
    }
  });
});
