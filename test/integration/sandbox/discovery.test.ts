import { Sandbox } from '../../../src/sandbox/index';
import { Harness, type Toolset } from './harness';
import { call } from './http';

describe('discovery and OpenAPI documents', () => {
  let s: Sandbox;
  beforeAll(async () => {
    s = await Sandbox.start({ serverVersion: { major: '1', minor: '29', gitVersion: 'v1.29.4' } });
  });
  afterAll(async () => {
    await s.stop();
  });

  test('/version, /api, /apis and APIResourceLists', async () => {
    expect((await call(s.url, 'GET', '/version')).body).toMatchObject({
      major: '1',
      minor: '29',
      gitVersion: 'v1.29.4',
    });
    expect((await call(s.url, 'GET', '/api')).body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const groups = (await call(s.url, 'GET', '/apis')).body.groups.map((g: any) => g.name);
    expect(groups).toEqual([
      'apps',
      'batch',
      'autoscaling',
      'policy',
      'storage.k8s.io',
      'rbac.authorization.k8s.io',
      'networking.k8s.io',
      'coordination.k8s.io',
      'apiextensions.k8s.io',
      'authorization.k8s.io',
      'authentication.k8s.io',
      'scheduling.k8s.io',
      'discovery.k8s.io',
      'events.k8s.io',
    ]);
    const apps = (await call(s.url, 'GET', '/apis/apps/v1')).body;
    expect(apps.resources).toContainEqual(
      expect.objectContaining({
        name: 'deployments',
        singularName: 'deployment',
        kind: 'Deployment',
        namespaced: true,
        shortNames: ['deploy'],
        categories: ['all'],
      }),
    );
    expect(apps.resources).toContainEqual(
      expect.objectContaining({
        name: 'deployments/scale',
        group: 'autoscaling',
        version: 'v1',
        kind: 'Scale',
      }),
    );
    const core = (await call(s.url, 'GET', '/api/v1')).body;
    const short = Object.fromEntries(
      core.resources.filter((r: any) => r.shortNames).map((r: any) => [r.name, r.shortNames[0]]),
    );
    expect(short).toMatchObject({
      persistentvolumes: 'pv',
      persistentvolumeclaims: 'pvc',
      namespaces: 'ns',
      configmaps: 'cm',
      services: 'svc',
      serviceaccounts: 'sa',
      pods: 'po',
    });
    expect((await call(s.url, 'GET', '/apis/snapshot.storage.k8s.io/v1')).status).toBe(404);
  });

  test('OpenAPI v3 stub: one patch operation per resource with its GVK', async () => {
    const root = (await call(s.url, 'GET', '/openapi/v3')).body;
    expect(root.paths['apis/apps/v1'].serverRelativeURL).toMatch(/^\/openapi\/v3\/apis\/apps\/v1\?hash=/);
    const doc = (await call(s.url, 'GET', root.paths['apis/apps/v1'].serverRelativeURL)).body;
    const op = doc.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}'].patch;
    expect(op['x-kubernetes-group-version-kind']).toEqual({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
    });
    expect(op.parameters).toContainEqual(expect.objectContaining({ name: 'fieldValidation' }));
    // v2 is served too, as a 1.23 API server does (helm validates `kind: List` documents with it).
    expect((await call(s.url, 'GET', '/openapi/v2')).status).toBe(200);
  });

  test('volume snapshots are served only when enabled', async () => {
    const withSnapshots = await Sandbox.start({ volumeSnapshots: true });
    try {
      const list = (await call(withSnapshots.url, 'GET', '/apis/snapshot.storage.k8s.io/v1')).body;
      expect(list.resources[0]).toMatchObject({
        name: 'volumesnapshots',
        kind: 'VolumeSnapshot',
        namespaced: true,
      });
      const created = await call(
        withSnapshots.url,
        'POST',
        '/apis/snapshot.storage.k8s.io/v1/namespaces/default/volumesnapshots',
        {
          apiVersion: 'snapshot.storage.k8s.io/v1',
          kind: 'VolumeSnapshot',
          metadata: { name: 'snap' },
          spec: { source: { persistentVolumeClaimName: 'data' } },
        },
      );
      expect(created.status).toBe(201);
    } finally {
      await withSnapshots.stop();
    }
  });
});

describe.each<Toolset>(['v32', 'v35'])('kubectl %s discovery-driven commands', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
    h.sandbox.load([
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'mongo', namespace: 'db' },
        spec: {
          replicas: 2,
          serviceName: 'mongo',
          selector: { matchLabels: { app: 'mongo' } },
          template: {
            metadata: { labels: { app: 'mongo' } },
            spec: { containers: [{ name: 'm', image: 'mongo:5' }] },
          },
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: {
                accessModes: ['ReadWriteOnce'],
                storageClassName: 'std',
                resources: { requests: { storage: '1Gi' } },
              },
            },
          ],
        },
      },
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'std' },
        provisioner: 'x',
        reclaimPolicy: 'Retain',
      },
    ]);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('api-resources lists short names; get all; statefulsets run with their claims', async () => {
    const res = await h.kubectl(tools, ['api-resources', '--no-headers']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toMatch(/^persistentvolumeclaims\s+pvc\s+v1\s+true\s+PersistentVolumeClaim$/m);
    expect(res.stdout).toMatch(/^statefulsets\s+sts\s+apps\/v1\s+true\s+StatefulSet$/m);
    const all = await h.kubectl(tools, ['get', 'all', '-n', 'db', '-o', 'name']);
    expect(all.stderr).toBe('');
    expect(all.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'pod/mongo-0',
      'pod/mongo-1',
      'statefulset.apps/mongo',
    ]);
    const sts = h.sandbox.get('apps/v1', 'StatefulSet', 'mongo', 'db');
    expect(sts.status).toMatchObject({ replicas: 2, readyReplicas: 2 });
    for (const i of [0, 1]) {
      const pvc = h.sandbox.get('v1', 'PersistentVolumeClaim', `data-mongo-${i}`, 'db');
      expect(pvc.status.phase).toBe('Bound');
      expect(
        h.sandbox.get('v1', 'PersistentVolume', pvc.spec.volumeName).spec.persistentVolumeReclaimPolicy,
      ).toBe('Retain');
    }
    const scaled = await h.kubectl(tools, ['scale', 'sts', 'mongo', '-n', 'db', '--replicas=1']);
    expect(scaled.stderr).toBe('');
    expect(h.sandbox.list('v1', 'Pod', 'db').map((p) => p.metadata.name)).toEqual(['mongo-0']);
    expect(h.sandbox.get('v1', 'PersistentVolumeClaim', 'data-mongo-1', 'db').status.phase).toBe('Bound');
  });

  test('rollout status and wait use watches', async () => {
    h.sandbox.load([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'db' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: { containers: [{ name: 'w', image: 'w:1' }] },
          },
        },
      },
    ]);
    const rollout = await h.kubectl(tools, [
      'rollout',
      'status',
      'deployment/web',
      '-n',
      'db',
      '--timeout=20s',
    ]);
    expect(rollout.stderr).toBe('');
    expect(rollout.stdout).toContain('successfully rolled out');
    const wait = await h.kubectl(tools, [
      'wait',
      '--for=condition=Available',
      'deployment/web',
      '-n',
      'db',
      '--timeout=20s',
    ]);
    expect(wait.stderr).toBe('');
    expect(wait.stdout).toContain('condition met');
  });
});
