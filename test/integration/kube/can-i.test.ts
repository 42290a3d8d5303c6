/**
 * Kube.canI: one SelfSubjectRulesReview per namespace proves what its rules grant; everything else
 * is asked with a SelfSubjectAccessReview. The answers must be those SelfSubjectAccessReview gives
 * for every check, whatever the roles look like, and the shortcut must never say yes where the
 * API server says no (denials listed by no rule, incomplete reviews, a review that fails).
 */
import { Kube, loadKubeConfig, type AccessCheck } from '../../../src/kube/client';
import { neededPermissions } from '../../../src/phases/permissions';
import { Sandbox, type SandboxIdentity } from '../../../src/sandbox/index';
import { MemoryLogger } from '../../support/memory-logger';

const role = (kind: 'Role' | 'ClusterRole', name: string, rules: object[], namespace?: string) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind,
  metadata: { name, ...(namespace ? { namespace } : {}) },
  rules,
});
const binding = (
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  name: string,
  roleRef: { kind: string; name: string },
  user: string,
  namespace?: string,
) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind,
  metadata: { name, ...(namespace ? { namespace } : {}) },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
  subjects: [{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: user }],
});

const USER = 'jane';
/** Roles with every shape the matching must get right. */
const RBAC = [
  role(
    'Role',
    'app',
    [
      { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['cognigy-jwt'] },
      { apiGroups: ['apps'], resources: ['deployments/scale'], verbs: ['patch'] },
      { apiGroups: [''], resources: ['*/status'], verbs: ['update'] },
      { apiGroups: ['*'], resources: ['configmaps'], verbs: ['*'] },
    ],
    'default',
  ),
  binding('RoleBinding', 'app', { kind: 'Role', name: 'app' }, USER, 'default'),
  // A ClusterRole bound in one namespace grants its namespaced resources there only, and no
  // cluster-scoped resource at all.
  role('ClusterRole', 'reader', [
    {
      apiGroups: ['', 'apps'],
      resources: ['pods', 'deployments', 'persistentvolumes'],
      verbs: ['get', 'list'],
    },
  ]),
  binding('RoleBinding', 'reader', { kind: 'ClusterRole', name: 'reader' }, USER, 'mongodb'),
  role('ClusterRole', 'classes', [
    { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: ['list'] },
  ]),
  binding('ClusterRoleBinding', 'classes', { kind: 'ClusterRole', name: 'classes' }, USER),
];

const CHECKS: AccessCheck[] = [
  { verb: 'get', resource: 'secrets', group: '', namespace: 'default', name: 'cognigy-jwt' },
  { verb: 'get', resource: 'secrets', group: '', namespace: 'default', name: 'cognigy-smtp' },
  { verb: 'get', resource: 'secrets', group: '', namespace: 'default' },
  { verb: 'list', resource: 'secrets', group: '', namespace: 'default' },
  { verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'default', subresource: 'scale' },
  { verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'default' },
  { verb: 'update', resource: 'deployments', group: 'apps', namespace: 'default', subresource: 'scale' },
  { verb: 'update', resource: 'pods', group: '', namespace: 'default', subresource: 'status' },
  { verb: 'update', resource: 'pods', group: '', namespace: 'default', subresource: 'log' },
  { verb: 'update', resource: 'pods', group: '', namespace: 'default' },
  { verb: 'delete', resource: 'configmaps', group: '', namespace: 'default' },
  { verb: 'delete', resource: 'configmaps', group: 'apps', namespace: 'default' },
  { verb: 'list', resource: 'pods', group: '', namespace: 'mongodb' },
  { verb: 'list', resource: 'pods', group: '', namespace: 'default' },
  { verb: 'get', resource: 'deployments', group: 'apps', namespace: 'mongodb' },
  { verb: 'get', resource: 'deployments', group: '', namespace: 'mongodb' },
  { verb: 'create', resource: 'pods', group: '', namespace: 'mongodb', subresource: 'portforward' },
  { verb: 'get', resource: 'persistentvolumes', group: '' },
  { verb: 'list', resource: 'storageclasses', group: 'storage.k8s.io' },
  { verb: 'patch', resource: 'storageclasses', group: 'storage.k8s.io' },
  { verb: 'list', resource: 'storageclasses', group: 'storage.k8s.io', namespace: 'default' },
  {
    verb: 'create',
    resource: 'selfsubjectaccessreviews',
    group: 'authorization.k8s.io',
    namespace: 'default',
  },
];

describe('Kube.canI', () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await Sandbox.start();
    sandbox.load([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mongodb' } },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cognigy-ai' } },
      ...RBAC,
    ]);
  });
  afterEach(() => sandbox.stop());

  const kubeOf = (identity?: SandboxIdentity) =>
    new Kube(loadKubeConfig({ kubeconfig: sandbox.kubeconfig('sandbox', identity) }), new MemoryLogger(), {
      retries: 0,
    });
  /** What SelfSubjectAccessReview answers, asked directly. */
  const truth = async (identity: SandboxIdentity | undefined, checks: AccessCheck[]) =>
    Promise.all(
      checks.map(async (c) => {
        const res = await fetch(`${sandbox.url}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(identity ? { authorization: `Bearer ${identity.token}` } : {}),
          },
          body: JSON.stringify({
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            spec: { resourceAttributes: c },
          }),
        });
        return ((await res.json()) as { status: { allowed: boolean } }).status.allowed;
      }),
    );
  const reviews = () => {
    const e = sandbox.requests.entries.filter((x) => x.resource?.startsWith('selfsubject'));
    return {
      rules: e.filter((x) => x.resource === 'selfsubjectrulesreviews').length,
      access: e.filter((x) => x.resource === 'selfsubjectaccessreviews').length,
    };
  };

  test('an RBAC identity: the same answers as SelfSubjectAccessReview; only what the rules do not grant is asked', async () => {
    const jane = await sandbox.addIdentity({ username: USER, authorization: 'rbac' });
    const expected = await truth(jane, CHECKS);
    // The roles really discriminate: some yes, some no.
    expect(expected.filter(Boolean).length).toBeGreaterThan(5);
    expect(expected.filter((x) => !x).length).toBeGreaterThan(5);
    sandbox.requests.clear();
    expect(await kubeOf(jane).canI(CHECKS)).toEqual(expected);
    const namespaced = CHECKS.filter((c) => c.namespace);
    const provenByRules = namespaced.filter((c) => expected[CHECKS.indexOf(c)]).length;
    // One rules review per namespace; an access review for every cluster-scoped check and every
    // namespaced one the rules do not grant (all of the denied ones among them).
    expect(reviews()).toEqual({ rules: 2, access: CHECKS.length - provenByRules });
  });

  test('the default identity: every permission a migration needs from three rules reviews and the cluster-scoped checks', async () => {
    const needed = neededPermissions('default', 'cognigy-ai', 'mongodb', ['cognigy-jwt', 'cognigy-smtp']);
    sandbox.requests.clear();
    expect(await kubeOf().canI(needed)).toEqual(needed.map(() => true));
    expect(reviews()).toEqual({ rules: 3, access: needed.filter((c) => !c.namespace).length });
  });

  test('a denied permission no rule shows: the review is incomplete, every check of the namespace is asked, the denial is seen', async () => {
    sandbox.setDeniedPermissions([{ verb: 'get', resource: 'secrets', namespace: 'default' }]);
    const needed = neededPermissions('default', 'cognigy-ai', 'mongodb', ['cognigy-jwt']);
    const expected = await truth(undefined, needed);
    expect(expected.filter((x) => !x).length).toBe(1);
    sandbox.requests.clear();
    expect(await kubeOf().canI(needed)).toEqual(expected);
    expect(reviews()).toEqual({ rules: 3, access: needed.length });
  });

  test('a rules review that is refused: every check is asked one by one, with the same answers', async () => {
    const jane = await sandbox.addIdentity({ username: USER, authorization: 'rbac' });
    const expected = await truth(jane, CHECKS);
    sandbox.setDeniedPermissions([{ verb: 'create', resource: 'selfsubjectrulesreviews', user: USER }]);
    sandbox.requests.clear();
    expect(await kubeOf(jane).canI(CHECKS)).toEqual(expected);
    expect(reviews()).toEqual({ rules: 2, access: CHECKS.length });
  });

  test('an unreachable cluster fails clearly', async () => {
    const kube = kubeOf();
    await sandbox.stop();
    await expect(kube.canI(CHECKS.slice(0, 3))).rejects.toThrow(/reach|unreachable|ECONNREFUSED/i);
    sandbox = await Sandbox.start();
  });
});
