/**
 * The sandbox knows more than one identity: bearer tokens mapped to users and groups, each
 * authorised on its own — the default service account (everything not denied) and RBAC-authorised
 * users whose permissions come from the Roles stored in the sandbox. Checked with the real kubectl.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Harness } from '../sandbox/harness';
import { call } from '../sandbox/http';
import { installApprovalApi, SANDBOX_APPROVER } from '../../../src/rehearsal/approval';
import { SANDBOX_USER } from '../../../src/sandbox';

const request = (name: string, extra: object = {}) =>
  JSON.stringify({
    apiVersion: 'k2h.cognigy.ai/v1alpha1',
    kind: 'ApprovalRequest',
    metadata: { name, namespace: 'default' },
    spec: {
      for: 'downtime',
      plan: 'scale 44 deployments to 0',
      planSha256: 'abc',
      requestedBy: { username: SANDBOX_USER },
    },
    ...extra,
  });

describe('sandbox identities', () => {
  let h: Harness;
  let approverKubeconfig: string;
  let approverToken: string;
  beforeAll(async () => {
    h = await Harness.start();
    const approver = await installApprovalApi(h.sandbox, 'default', SANDBOX_USER);
    approverToken = approver.token;
    approverKubeconfig = join(h.dir, 'approver.kubeconfig');
    writeFileSync(approverKubeconfig, h.sandbox.kubeconfig('approver', approver), { mode: 0o600 });
  });
  afterAll(() => h.sandbox.stop());
  const asApprover = (args: string[], input?: string) =>
    h.kubectl('v32', ['--kubeconfig', approverKubeconfig, ...args], input);

  test('SelfSubjectReview answers who each client is (kubectl auth whoami)', async () => {
    const me = await h.kubectl('v32', ['auth', 'whoami', '-o', 'json']);
    expect(me.code).toBe(0);
    expect(JSON.parse(me.stdout).status.userInfo.username).toBe(SANDBOX_USER);
    const other = await asApprover(['auth', 'whoami', '-o', 'json']);
    expect(other.code).toBe(0);
    const info = JSON.parse(other.stdout).status.userInfo;
    expect(info.username).toBe(SANDBOX_APPROVER);
    expect(info.groups).toEqual(expect.arrayContaining(['k2h-approvers', 'system:authenticated']));
  });

  test('a bearer token decides who a client is; an unknown one is 401 Unauthorized', async () => {
    const ask = (token: string) =>
      call(
        h.sandbox.url,
        'POST',
        '/apis/authentication.k8s.io/v1/selfsubjectreviews',
        { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
        'application/json',
        { authorization: `Bearer ${token}` },
      );
    expect((await ask(approverToken)).body.status.userInfo.username).toBe(SANDBOX_APPROVER);
    expect((await ask('k2h-sandbox-token')).body.status.userInfo.username).toBe(SANDBOX_USER);
    const bad = await ask('nobody-has-this');
    expect(bad.status).toBe(401);
    expect(bad.body.reason).toBe('Unauthorized');
  });

  test('RBAC decides for the approver: the approver role and nothing else', async () => {
    const can = async (args: string[]) => (await asApprover(['auth', 'can-i', ...args])).stdout.trim();
    expect(await can(['get', 'approvalrequests.k2h.cognigy.ai', '-n', 'default'])).toBe('yes');
    expect(
      await can(['patch', 'approvalrequests.k2h.cognigy.ai', '--subresource=status', '-n', 'default']),
    ).toBe('yes');
    expect(await can(['create', 'approvalrequests.k2h.cognigy.ai', '-n', 'default'])).toBe('no');
    expect(await can(['get', 'pods', '-n', 'default'])).toBe('no');
    expect(await can(['get', 'approvalrequests.k2h.cognigy.ai', '-n', 'kube-system'])).toBe('no');
    const pods = await asApprover(['get', 'pods', '-n', 'default']);
    expect(pods.code).not.toBe(0);
    expect(pods.stderr).toContain(`User "${SANDBOX_APPROVER}" cannot list resource "pods"`);
  });

  test('the pipeline creates a request, its crafted status is dropped, it cannot write the status; the approver can', async () => {
    const file = h.file(
      'req.json',
      request('crafted', { status: { decision: 'Approved', decidedBy: { username: 'x' } } }),
    );
    expect((await h.kubectl('v32', ['create', '-f', file])).code).toBe(0);
    expect(
      h.sandbox.get('k2h.cognigy.ai/v1alpha1', 'ApprovalRequest', 'crafted', 'default').status,
    ).toBeUndefined();
    // An update of the main resource leaves status alone too.
    const upd = await h.kubectl('v32', [
      'patch',
      'approvalrequests.k2h.cognigy.ai',
      'crafted',
      '--type=merge',
      '-p',
      '{"status":{"decision":"Approved"}}',
    ]);
    expect(upd.code).toBe(0);
    expect(
      h.sandbox.get('k2h.cognigy.ai/v1alpha1', 'ApprovalRequest', 'crafted', 'default').status,
    ).toBeUndefined();
    const self = await h.kubectl('v32', [
      'patch',
      'approvalrequests.k2h.cognigy.ai',
      'crafted',
      '--subresource=status',
      '--type=merge',
      '-p',
      '{"status":{"decision":"Approved"}}',
    ]);
    expect(self.code).not.toBe(0);
    expect(self.stderr).toMatch(/forbidden/);
    const ok = await asApprover([
      'patch',
      'approvalrequests.k2h.cognigy.ai',
      'crafted',
      '-n',
      'default',
      '--subresource=status',
      '--type=merge',
      '-p',
      '{"status":{"decision":"Rejected","decidedBy":{"username":"approver@example.com"}}}',
    ]);
    expect(ok.stderr).toBe('');
    expect(
      h.sandbox.get('k2h.cognigy.ai/v1alpha1', 'ApprovalRequest', 'crafted', 'default').status.decision,
    ).toBe('Rejected');
    const last = h.sandbox.requests.filter({ resource: 'approvalrequests/status', status: 200 }).pop();
    expect(last?.user).toBe(SANDBOX_APPROVER);
  });
});
