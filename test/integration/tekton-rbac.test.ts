/**
 * tekton/rbac/ in a cluster that authorises by RBAC (the sandbox's `rbac` identities): the k2h
 * ServiceAccount is granted every permission preflight checks and nothing it does not list; only
 * the approver group may decide an approval request.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { Kube, loadKubeConfig } from '../../src/kube/client';
import { describePermission, neededPermissions } from '../../src/phases/permissions';
import { APPROVAL_GROUP, APPROVAL_PLURAL } from '../../src/phases/gate/manifests';
import { defaultNamespaces } from '../../src/front-doors/tekton-catalog/rbac';
import { Sandbox } from '../../src/sandbox';
import { cognigySeed } from '../../src/rehearsal/seeds';
import { MemoryLogger } from '../support/memory-logger';

const ROOT = join(__dirname, '..', '..');
const RBAC_DIR = join(ROOT, 'tekton', 'rbac');

describe('tekton/rbac in an RBAC-authorising cluster', () => {
  let sandbox: Sandbox;
  const kubeAs = async (username: string, groups?: string[]) => {
    const id = await sandbox.addIdentity({ username, groups, authorization: 'rbac' });
    return new Kube(
      loadKubeConfig({ kubeconfig: sandbox.kubeconfig(username.replace(/[^a-z0-9]/g, '-'), id) }),
      new MemoryLogger(),
    );
  };
  beforeAll(async () => {
    sandbox = await Sandbox.start();
    sandbox.load(cognigySeed());
    const docs = readdirSync(RBAC_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => yaml.loadAll(readFileSync(join(RBAC_DIR, f), 'utf8')) as object[]);
    sandbox.load(docs);
  });
  afterAll(() => sandbox.stop());

  test('the k2h ServiceAccount may do everything preflight checks', async () => {
    const ns = defaultNamespaces();
    const kube = await kubeAs(`system:serviceaccount:${ns.pipeline}:k2h`);
    const needed = neededPermissions(ns.source, ns.target, ns.mongo);
    const answers = await kube.canI(needed);
    expect(needed.filter((_, n) => !answers[n]).map(describePermission)).toEqual([]);
    // and may ask for approval in the source namespace, but not decide it.
    const [ask, decide] = await kube.canI([
      { verb: 'create', group: APPROVAL_GROUP, resource: APPROVAL_PLURAL, namespace: ns.source },
      {
        verb: 'patch',
        group: APPROVAL_GROUP,
        resource: APPROVAL_PLURAL,
        subresource: 'status',
        namespace: ns.source,
      },
    ]);
    expect([ask, decide]).toEqual([true, false]);
  });

  test('nothing beyond the list: a real request outside it is refused (403) and changes nothing', async () => {
    const kube = await kubeAs('system:serviceaccount:k2h:k2h');
    sandbox.requests.clear();
    await expect(kube.delete('v1', 'Secret', 'cognigy-jwt', 'default')).rejects.toThrow(
      /403|forbidden|not allowed/i,
    );
    await expect(kube.list('v1', 'Secret', 'kube-system')).rejects.toThrow(/403|forbidden|not allowed/i);
    expect(sandbox.get('v1', 'Secret', 'cognigy-jwt', 'default')).toBeDefined();
    expect((await kube.list('v1', 'PersistentVolumeClaim', 'default')).length).toBeGreaterThan(0);
  });

  test('another service account gets none of it; the approver group may decide', async () => {
    const other = await kubeAs('system:serviceaccount:k2h:someone-else');
    const needed = neededPermissions('default', 'cognigy-ai', 'mongodb');
    expect((await other.canI(needed)).filter(Boolean)).toEqual([]);
    const approver = await kubeAs('jane', ['k2h-approvers']);
    expect(
      await approver.canI([
        {
          verb: 'patch',
          group: APPROVAL_GROUP,
          resource: APPROVAL_PLURAL,
          subresource: 'status',
          namespace: 'default',
        },
      ]),
    ).toEqual([true]);
  });
});
