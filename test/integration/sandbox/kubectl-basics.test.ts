import { Harness, type Toolset } from './harness';

describe.each<Toolset>(['v32', 'v35'])('kubectl %s basics', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('create ns (protobuf), get, delete ns', async () => {
    const created = await h.kubectl(tools, ['create', 'ns', 'alpha']);
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('namespace/alpha created');
    expect(h.sandbox.get('v1', 'Namespace', 'alpha')?.status.phase).toBe('Active');
    const again = await h.kubectl(tools, ['create', 'ns', 'alpha']);
    expect(again.stderr).toContain('namespaces "alpha" already exists');
    const got = await h.kubectl(tools, ['get', 'ns', 'alpha', '-o', 'json']);
    expect(JSON.parse(got.stdout).metadata.name).toBe('alpha');
    const table = await h.kubectl(tools, ['get', 'ns']);
    expect(table.stdout).toContain('alpha');
    const deleted = await h.kubectl(tools, ['delete', 'ns', 'alpha']);
    expect(deleted.stderr).toBe('');
    expect(h.sandbox.get('v1', 'Namespace', 'alpha')).toBeUndefined();
  });

  test('create secret generic (protobuf)', async () => {
    const r = await h.kubectl(tools, [
      'create',
      'secret',
      'generic',
      's1',
      '--from-literal=user=admin',
      '--from-literal=pass=x y',
    ]);
    expect(r.stderr).toBe('');
    const s = h.sandbox.get('v1', 'Secret', 's1', 'default');
    expect(Buffer.from(s.data.user, 'base64').toString()).toBe('admin');
    expect(Buffer.from(s.data.pass, 'base64').toString()).toBe('x y');
    expect(s.type).toBe('Opaque');
  });

  test('kubectl create generators send protobuf: serviceaccount, deployment, service, rbac', async () => {
    const missing = await h.kubectl(tools, ['create', 'serviceaccount', 'gen-sa', '-n', `gen-${tools}`]);
    expect(missing.stderr).toContain(`namespaces "gen-${tools}" not found`);
    await h.kubectl(tools, ['create', 'ns', `gen-${tools}`]);
    for (const args of [
      ['create', 'serviceaccount', 'gen-sa'],
      ['create', 'deployment', 'gen-d', '--image=nginx:1', '--port=80', '--replicas=0'],
      ['create', 'service', 'clusterip', 'gen-svc', '--tcp=80:8080'],
      ['create', 'role', 'gen-r', '--verb=get', '--resource=pods'],
      ['create', 'rolebinding', 'gen-rb', '--role=gen-r', '--group=g'],
    ]) {
      const r = await h.kubectl(tools, [...args, '-n', `gen-${tools}`]);
      expect(r.stderr).toBe('');
    }
    for (const args of [
      ['create', 'clusterrole', `gen-cr-${tools}`, '--verb=get,list', '--resource=deployments.apps'],
      [
        'create',
        'clusterrolebinding',
        `gen-crb-${tools}`,
        '--clusterrole=view',
        `--serviceaccount=gen-${tools}:gen-sa`,
      ],
    ]) {
      expect((await h.kubectl(tools, args)).stderr).toBe('');
    }
    expect(
      h.sandbox.requests.filter({ verb: 'create', contentType: 'application/vnd.kubernetes.protobuf' })
        .length,
    ).toBeGreaterThanOrEqual(7);
    const ns = `gen-${tools}`;
    const dep = h.sandbox.get('apps/v1', 'Deployment', 'gen-d', ns);
    expect(dep.spec.replicas).toBe(0);
    expect(dep.spec.template.spec.containers[0]).toMatchObject({
      name: 'nginx',
      image: 'nginx:1',
      ports: [{ containerPort: 80 }],
    });
    expect(h.sandbox.get('v1', 'Service', 'gen-svc', ns).spec.ports).toEqual([
      { name: '80-8080', protocol: 'TCP', port: 80, targetPort: 8080 },
    ]);
    expect(h.sandbox.get('rbac.authorization.k8s.io/v1', 'Role', 'gen-r', ns).rules).toEqual([
      { verbs: ['get'], apiGroups: [''], resources: ['pods'] },
    ]);
    expect(
      h.sandbox.get('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', `gen-crb-${tools}`),
    ).toMatchObject({
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
      subjects: [{ kind: 'ServiceAccount', name: 'gen-sa', namespace: ns }],
    });
    expect(h.sandbox.get('rbac.authorization.k8s.io/v1', 'RoleBinding', 'gen-rb', ns).subjects).toEqual([
      { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'g' },
    ]);
  });
});
