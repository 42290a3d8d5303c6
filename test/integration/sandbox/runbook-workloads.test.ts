import { Harness, type Toolset } from './harness';

function deployment(name: string, replicas: number): object {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'c', image: `example/${name}:1` }] },
      },
    },
  };
}

const CLUSTER_OBJECTS = [
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'efs' },
    provisioner: 'efs.csi.aws.com',
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'traefik' },
    rules: [{ apiGroups: [''], resources: ['services'], verbs: ['get'] }],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'traefik' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'traefik' },
    subjects: [{ kind: 'ServiceAccount', name: 'traefik', namespace: 'default' }],
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name: 'traefik' },
    spec: { controller: 'traefik.io/ingress-controller' },
  },
];

describe.each<Toolset>(['v32', 'v35'])('runbook workload and cluster commands, kubectl %s', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
    h.sandbox.load([deployment('web', 2), deployment('worker', 3), ...CLUSTER_OBJECTS]);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('deployments run their pods through a ReplicaSet', () => {
    const dep = h.sandbox.get('apps/v1', 'Deployment', 'web', 'default');
    expect(dep.status).toMatchObject({
      replicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      updatedReplicas: 2,
      observedGeneration: 1,
    });
    const rs = h.sandbox
      .list('apps/v1', 'ReplicaSet', 'default')
      .filter((r) => r.metadata.ownerReferences[0].uid === dep.metadata.uid);
    expect(rs).toHaveLength(1);
    expect(rs[0].metadata.name).toBe(`web-${rs[0].metadata.labels['pod-template-hash']}`);
    expect(
      h.sandbox
        .list('v1', 'Pod', 'default')
        .filter((p) => p.metadata.labels.app === 'web' && p.status.phase === 'Running'),
    ).toHaveLength(2);
  });

  test('annotate and label cluster objects', async () => {
    for (const kind of [
      'storageclass/efs',
      'clusterrolebinding/traefik',
      'clusterrole/traefik',
      'ingressclass/traefik',
    ]) {
      const a = await h.kubectl(tools, [
        'annotate',
        '--overwrite',
        kind,
        `meta.helm.sh/release-name=rel-${tools}`,
      ]);
      expect(a.stderr).toBe('');
      const l = await h.kubectl(tools, ['label', '--overwrite', kind, 'app.kubernetes.io/managed-by=Helm']);
      expect(l.stderr).toBe('');
    }
    for (const [apiVersion, kind] of [
      ['storage.k8s.io/v1', 'StorageClass'],
      ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
      ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
      ['networking.k8s.io/v1', 'IngressClass'],
    ]) {
      const name = kind === 'StorageClass' ? 'efs' : 'traefik';
      const obj = h.sandbox.get(apiVersion, kind, name);
      expect(obj.metadata.annotations['meta.helm.sh/release-name']).toBe(`rel-${tools}`);
      expect(obj.metadata.labels['app.kubernetes.io/managed-by']).toBe('Helm');
    }
  });

  test('the scale loop with --template scales every deployment to 0', async () => {
    h.sandbox.load([deployment('web', 2), deployment('worker', 3)]);
    const r = await h.sh(
      tools,
      `for i in $(kubectl get deployment --namespace default --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'); do kubectl --namespace default scale --replicas=0 deployment $i; done`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('deployment.apps/web scaled');
    expect(r.stdout).toContain('deployment.apps/worker scaled');
    for (const name of ['web', 'worker']) {
      const dep = h.sandbox.get('apps/v1', 'Deployment', name, 'default');
      expect(dep.spec.replicas).toBe(0);
      expect(dep.status.replicas ?? 0).toBe(0);
    }
    expect(h.sandbox.list('v1', 'Pod', 'default')).toEqual([]);
  });

  test('replace with a stale resourceVersion is a Conflict', async () => {
    const got = await h.kubectl(tools, ['get', 'configmap', 'kube-root', '-n', 'default', '-o', 'json']);
    expect(got.stderr).toContain('configmaps "kube-root" not found');
    h.sandbox.load([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: 'default' },
        data: { a: '1' },
      },
    ]);
    const current = JSON.parse(
      (await h.kubectl(tools, ['get', 'configmap', 'settings', '-o', 'json'])).stdout,
    );
    await h.kubectl(tools, ['patch', 'configmap', 'settings', '--type=merge', '-p', '{"data":{"a":"2"}}']);
    current.data.a = '3';
    const file = h.file(`stale-${tools}.json`, JSON.stringify(current));
    const r = await h.kubectl(tools, ['replace', '-f', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'Operation cannot be fulfilled on configmaps "settings": the object has been modified; please apply your changes to the latest version and try again',
    );
    expect(h.sandbox.get('v1', 'ConfigMap', 'settings', 'default').data.a).toBe('2');
  });

  test('json patch, strategic patch and dry-run', async () => {
    h.sandbox.load([deployment('api', 1)]);
    const jp = await h.kubectl(tools, [
      'patch',
      'deployment',
      'api',
      '--type=json',
      '-p',
      '[{"op":"add","path":"/metadata/labels","value":{"tier":"x"}}]',
    ]);
    expect(jp.stderr).toBe('');
    expect(h.sandbox.get('apps/v1', 'Deployment', 'api', 'default').metadata.labels).toEqual({ tier: 'x' });
    const smp = await h.kubectl(tools, [
      'patch',
      'deployment',
      'api',
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"c","env":[{"name":"A","value":"1"}]}]}}}}',
    ]);
    expect(smp.stderr).toBe('');
    const c = h.sandbox.get('apps/v1', 'Deployment', 'api', 'default').spec.template.spec.containers;
    expect(c).toEqual([{ name: 'c', image: 'example/api:1', env: [{ name: 'A', value: '1' }] }]);
    const before = h.sandbox.get('apps/v1', 'Deployment', 'api', 'default').metadata.resourceVersion;
    const dry = await h.kubectl(tools, ['scale', 'deployment', 'api', '--replicas=5', '--dry-run=server']);
    expect(dry.stderr).toBe('');
    const after = h.sandbox.get('apps/v1', 'Deployment', 'api', 'default');
    expect(after.spec.replicas).toBe(1);
    expect(after.metadata.resourceVersion).toBe(before);
  });

  test('delete ns removes its contents', async () => {
    const ns = `gone-${tools}`;
    expect((await h.kubectl(tools, ['create', 'ns', ns])).code).toBe(0);
    h.sandbox.load([
      { ...(deployment('x', 1) as any), metadata: { name: 'x', namespace: ns } },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'lb', namespace: ns },
        spec: { type: 'LoadBalancer', ports: [{ port: 80 }] },
      },
    ]);
    expect(h.sandbox.get('v1', 'Service', 'lb', ns).status.loadBalancer.ingress[0].ip).toMatch(
      /^203\.0\.113\./,
    );
    const r = await h.kubectl(tools, ['delete', 'ns', ns]);
    expect(r.stderr).toBe('');
    expect(h.sandbox.get('v1', 'Namespace', ns)).toBeUndefined();
    for (const [v, k] of [
      ['apps/v1', 'Deployment'],
      ['apps/v1', 'ReplicaSet'],
      ['v1', 'Pod'],
      ['v1', 'Service'],
      ['v1', 'ServiceAccount'],
    ]) {
      expect(h.sandbox.list(v, k, ns)).toEqual([]);
    }
    const create = await h.kubectl(tools, ['create', 'configmap', 'late', '-n', ns, '--from-literal=a=b']);
    expect(create.stderr).toContain(`namespaces "${ns}" not found`);
  });
});
