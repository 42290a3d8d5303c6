import * as k8s from '@kubernetes/client-node';
import { Sandbox } from '../../../src/sandbox/index';

describe('@kubernetes/client-node against the sandbox', () => {
  let s: Sandbox;
  beforeAll(async () => {
    s = await Sandbox.start();
  });
  afterAll(async () => {
    await s.stop();
  });

  test('CoreV1Api and AppsV1Api: create, read, patch, scale, delete', async () => {
    const kc = new k8s.KubeConfig();
    kc.loadFromString(s.kubeconfig());
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    await core.createNamespace({ body: { metadata: { name: 'client' } } });
    await core.createNamespacedConfigMap({
      namespace: 'client',
      body: { metadata: { name: 'c' }, data: { a: '1' } },
    });
    const cm = await core.readNamespacedConfigMap({ name: 'c', namespace: 'client' });
    expect(cm.data).toEqual({ a: '1' });
    await core.patchNamespacedConfigMap(
      { name: 'c', namespace: 'client', body: { data: { b: '2' } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    expect(s.get('v1', 'ConfigMap', 'c', 'client').data).toEqual({ a: '1', b: '2' });
    const namespaces = await core.listNamespace({ labelSelector: 'kubernetes.io/metadata.name=client' });
    expect(namespaces.items.map((n) => n.metadata?.name)).toEqual(['client']);

    await apps.createNamespacedDeployment({
      namespace: 'client',
      body: {
        metadata: { name: 'd' },
        spec: {
          replicas: 2,
          selector: { matchLabels: { a: 'd' } },
          template: { metadata: { labels: { a: 'd' } }, spec: { containers: [{ name: 'c', image: 'i:1' }] } },
        },
      },
    });
    const dep = await apps.readNamespacedDeployment({ name: 'd', namespace: 'client' });
    expect(dep.status?.readyReplicas).toBe(2);
    const scale = await apps.readNamespacedDeploymentScale({ name: 'd', namespace: 'client' });
    expect(scale.spec?.replicas).toBe(2);
    await apps.replaceNamespacedDeploymentScale({
      name: 'd',
      namespace: 'client',
      body: { ...scale, spec: { replicas: 0 } },
    });
    expect(s.list('v1', 'Pod', 'client')).toEqual([]);

    await expect(
      core.readNamespacedPersistentVolumeClaim({ name: 'nope', namespace: 'client' }),
    ).rejects.toMatchObject({ code: 404 });
    await core.deleteNamespace({ name: 'client' });
    expect(s.get('v1', 'Namespace', 'client')).toBeUndefined();
  });
});
