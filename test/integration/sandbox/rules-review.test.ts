/**
 * SelfSubjectRulesReview as the real kubectl asks it (`kubectl auth can-i --list`, protobuf body):
 * an RBAC identity's rules in the namespace (RoleBindings there, ClusterRoleBindings, the bootstrap
 * roles), the default identity's wildcard, `incomplete` with denials, 400 without a namespace.
 */
import { Harness, type Toolset } from './harness';

const rbac = [
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'scaler', namespace: 'default' },
    rules: [
      { apiGroups: ['apps'], resources: ['deployments/scale'], verbs: ['patch'] },
      { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['cognigy-jwt'] },
    ],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'scaler', namespace: 'default' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'scaler' },
    subjects: [{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'jane' }],
  },
];

describe.each<Toolset>(['v32', 'v35'])('kubectl %s auth can-i --list', (tools) => {
  let h: Harness;
  let jane: string;
  beforeAll(async () => {
    h = await Harness.start();
    h.sandbox.load(rbac);
    const id = await h.sandbox.addIdentity({ username: 'jane', authorization: 'rbac' });
    jane = `--kubeconfig=${h.file(`jane-${tools}`, h.sandbox.kubeconfig('jane', id))}`;
  });
  afterAll(() => h.stop());

  test("an RBAC identity sees its namespace's rules, and none of them elsewhere", async () => {
    const r = await h.kubectl(tools, ['auth', 'can-i', '--list', '-n', 'default', jane]);
    expect(r.stderr).toBe('');
    const rows = r.stdout.split('\n').map((l) => l.trim().split(/\s+/).join(' '));
    expect(rows).toContain('deployments.apps/scale [] [] [patch]');
    expect(rows).toContain('secrets [] [cognigy-jwt] [get]');
    expect(rows).toContain('selfsubjectrulesreviews.authorization.k8s.io [] [] [create]');
    expect(rows).toContain('[/version] [] [get]');
    const other = await h.kubectl(tools, ['auth', 'can-i', '--list', '-n', 'kube-system', jane]);
    expect(other.stdout).not.toContain('deployments.apps/scale');
    expect(other.stdout).toContain('selfsubjectaccessreviews.authorization.k8s.io');
  });

  test('the default identity: everything; with a denial the list says it may be incomplete', async () => {
    const all = await h.kubectl(tools, ['auth', 'can-i', '--list', '-n', 'default']);
    expect(all.stdout.split('\n')[1].trim().split(/\s+/)).toEqual(['*.*', '[]', '[]', '[*]']);
    expect(all.stderr).toBe('');
    h.sandbox.setDeniedPermissions([{ verb: 'delete', resource: 'secrets' }]);
    try {
      const denied = await h.kubectl(tools, ['auth', 'can-i', '--list', '-n', 'default']);
      expect(denied.stderr).toMatch(/may be incomplete/);
      const one = await h.kubectl(tools, ['auth', 'can-i', 'delete', 'secrets', '-n', 'default']);
      expect(one.stdout.trim()).toBe('no');
    } finally {
      h.sandbox.setDeniedPermissions([]);
    }
  });

  test('a review without a namespace is refused (400), as the API server refuses it', async () => {
    const res = await fetch(`${h.sandbox.url}/apis/authorization.k8s.io/v1/selfsubjectrulesreviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectRulesReview',
        spec: {},
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe('no namespace on request');
  });
});
