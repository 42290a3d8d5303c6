/**
 * The gate against the sandbox with two identities: the pipeline's service account (the gate and
 * the downtime) and an approver who holds the approver role (k2h approve / k2h reject). A gate
 * that is rejected, times out or is approved by the pipeline's own account stops everything:
 * the downtime then refuses with zero mutating requests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runApprove } from '../../../src/front-doors/approve';
import { installApprovalApi, SANDBOX_APPROVER } from '../../../src/rehearsal/approval';
import { SANDBOX_USER, type SandboxIdentity } from '../../../src/sandbox';
import {
  checkpoint,
  fromCheckpoint,
  readyWorld,
  record,
  type Checkpoint,
  type ReadyWorld,
} from '../downtime/helpers';

const API = 'k2h.cognigy.ai/v1alpha1';

async function cli(w: ReadyWorld, kubeconfig: string, argv: string[], decision: 'Approved' | 'Rejected') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (out += c));
  try {
    const code = await runApprove(
      [...argv, '--kubeconfig', kubeconfig],
      { stdout, stderr, env: { HOME: w.stateDir } },
      decision,
    );
    return { code, out };
  } catch (err) {
    return { code: -1, out: out + (err as Error).message };
  }
}

/** Resolves once the gate's request exists. */
async function requestAppears(w: ReadyWorld): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const r = w.sandbox.list(API, 'ApprovalRequest', 'default')[0];
    if (r) return r.metadata.name;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('the gate created no approval request');
}

describe('gate', () => {
  let cp: Checkpoint;
  beforeAll(async () => {
    const w = await readyWorld({ variant: 'generic' });
    cp = checkpoint(w, 'generic');
    await w.stop();
  }, 60_000);

  async function gated(): Promise<{
    w: ReadyWorld;
    approver: SandboxIdentity;
    approverKc: string;
    pipelineKc: string;
  }> {
    const w = await fromCheckpoint(cp);
    const approver = await installApprovalApi(w.sandbox, 'default', SANDBOX_USER);
    const approverKc = join(w.stateDir, 'approver.kubeconfig');
    writeFileSync(approverKc, w.sandbox.kubeconfig('approver', approver), { mode: 0o600 });
    const pipelineKc = join(w.stateDir, 'pipeline.kubeconfig');
    writeFileSync(pipelineKc, w.kubeconfig, { mode: 0o600 });
    w.sandbox.requests.clear();
    return { w, approver, approverKc, pipelineKc };
  }

  test('dry-run prints the plan and makes no request that changes anything', async () => {
    const { w } = await gated();
    try {
      const r = await w.run('gate', { 'dry-run': 'true' });
      expect(r.error?.message ?? r.result?.error).toBeUndefined();
      expect(w.mutations()).toEqual([]);
      expect(r.result!.report.join('\n')).toContain('Scale to 0 in default');
    } finally {
      await w.stop();
    }
  }, 60_000);

  test('approved by an approver: the plan goes to the request, the approver into it and the record; downtime runs', async () => {
    const { w, approverKc } = await gated();
    try {
      const dry = await w.run('downtime', { 'dry-run': 'true' });
      const gate = w.run('gate', { timeout: '60s' });
      const name = await requestAppears(w);
      const req = w.sandbox.get(API, 'ApprovalRequest', name, 'default');
      expect(req.spec.plan).toBe(dry.result!.report.join('\n'));
      expect(req.spec.planSha256).toBe(dry.result!.outputs['plan-sha256']);
      expect(req.spec.requestedBy.username).toBe(SANDBOX_USER);
      expect(req.status).toBeUndefined();
      // No REQUEST: the one pending request.
      const ok = await cli(w, approverKc, ['--reason', 'change window CHG-42'], 'Approved');
      expect(ok).toMatchObject({ code: 0 });
      expect(ok.out).toContain(`approved by ${SANDBOX_APPROVER}`);
      const g = await gate;
      expect(g.error?.message ?? g.result?.error).toBeUndefined();
      expect(g.result!.outputs['approved-by']).toBe(SANDBOX_APPROVER);
      const decided = w.sandbox.get(API, 'ApprovalRequest', name, 'default');
      expect(decided.status).toMatchObject({
        decision: 'Approved',
        reason: 'change window CHG-42',
        decidedBy: { username: SANDBOX_APPROVER, source: 'SelfSubjectReview' },
      });
      expect(record(w).approvals).toEqual([
        expect.objectContaining({
          for: 'downtime',
          request: name,
          decision: 'Approved',
          decidedBy: SANDBOX_APPROVER,
        }),
      ]);
      const d = await w.run('downtime');
      expect(d.error?.message ?? d.result?.error).toBeUndefined();
      expect(w.sandbox.get('v1', 'PersistentVolumeClaim', 'flow-modules', 'cognigy-ai').status.phase).toBe(
        'Bound',
      );
    } finally {
      await w.stop();
    }
  }, 90_000);

  test('rejected: the gate fails with the reason, the downtime refuses and changes nothing', async () => {
    const { w, approverKc } = await gated();
    try {
      const gate = w.run('gate', { timeout: '60s' });
      const name = await requestAppears(w);
      const no = await cli(w, approverKc, [name], 'Rejected');
      expect(no.code).not.toBe(0);
      expect(no.out).toMatch(/--reason/);
      expect((await cli(w, approverKc, [name, '--reason', 'not tonight'], 'Rejected')).code).toBe(0);
      const g = await gate;
      expect(g.result?.ok).toBe(false);
      expect(g.result?.error).toMatch(new RegExp(`rejected by ${SANDBOX_APPROVER}: not tonight`));
      w.sandbox.requests.clear();
      const d = await w.run('downtime');
      expect(d.error?.message).toMatch(
        /rejected by approver@example.com: not tonight[\s\S]*nothing was changed|nothing was changed[\s\S]*rejected/,
      );
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 90_000);

  test('timed out: the gate fails, the downtime refuses and changes nothing', async () => {
    const { w } = await gated();
    try {
      const g = await w.run('gate', { timeout: '1s' });
      expect(g.result?.ok).toBe(false);
      expect(g.result?.error).toMatch(/no decision .* within 1\.0 s/);
      w.sandbox.requests.clear();
      const d = await w.run('downtime');
      expect(d.error?.message).toMatch(/still pending/);
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 60_000);

  test("the pipeline's own account cannot approve: k2h approve refuses, a crafted status is refused, and a status it managed to write stops everything", async () => {
    const { w, pipelineKc } = await gated();
    try {
      const gate = w.run('gate', { timeout: '60s' });
      const name = await requestAppears(w);
      const self = await cli(w, pipelineKc, [name], 'Approved');
      expect(self.code).toBe(-1);
      expect(self.out).toMatch(/identity that requested .* cannot approve its own request/);
      expect(w.sandbox.get(API, 'ApprovalRequest', name, 'default').status).toBeUndefined();
      // A cluster whose RBAC wrongly lets the pipeline write the status: it approves itself.
      w.sandbox.setDeniedPermissions([]);
      const res = await fetch(
        `${w.sandbox.url}/apis/k2h.cognigy.ai/v1alpha1/namespaces/default/approvalrequests/${name}/status`,
        {
          method: 'PATCH',
          headers: {
            'content-type': 'application/merge-patch+json',
            authorization: `Bearer ${/token: (\S+)/.exec(w.kubeconfig)![1]}`,
          },
          body: JSON.stringify({ status: { decision: 'Approved', decidedBy: { username: SANDBOX_USER } } }),
        },
      );
      expect(res.status).toBe(200);
      const g = await gate;
      expect(g.result?.ok).toBe(false);
      expect(g.result?.error).toMatch(/the pipeline's own account/);
      w.sandbox.requests.clear();
      const d = await w.run('downtime');
      expect(d.error?.message).toMatch(
        /approved by system:serviceaccount:sandbox:k2h, the pipeline's own account/,
      );
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 90_000);
});
