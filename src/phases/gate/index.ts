/**
 * gate: the portable approval before downtime, rollback and clean-up. Creates an approval request
 * in the cluster carrying the guarded phase's plan (its own dry-run), prints how to approve, waits
 * (watch, deadline) and fails on rejection, on timeout, and on an approval by the pipeline's own
 * identity. On GitHub an Environment with reviewers may gate the job instead.
 */
import { ConfigurationError } from '../../core/errors';
import { formatDuration, parseDuration } from '../../core/duration';
import { whoAmI } from '../../kube/identity';
import { WaitTimeoutError } from '../../kube/wait';
import type { StepReport } from '../../steps/step';
import { cleanup } from '../cleanup';
import { downtime } from '../downtime';
import { loadRecord } from '../load-record';
import { rollback } from '../rollback';
import type { PhaseContext, PhaseDefinition, PhaseResult } from '../types';
import { recordDecision } from './decisions';
import { planOf } from './plan';
import {
  approvalApiServed,
  createRequest,
  decidedByRequester,
  decisionOf,
  getRequest,
  requestName,
  waitForDecision,
  type GuardedPhase,
} from './requests';
import { gateSpec } from '../specs';

const GUARDED: Record<GuardedPhase, PhaseDefinition> = { downtime, rollback, cleanup };

/** How an approver answers, printed by the gate. */
export function howToDecide(namespace: string, name: string): string[] {
  return [
    "To approve (with the approver's own kubeconfig, not the pipeline's):",
    `  k2h approve ${name} --namespace ${namespace} [--reason "..."]`,
    'To reject:',
    `  k2h reject ${name} --namespace ${namespace} --reason "..."`,
    'To read the plan:',
    `  kubectl get approvalrequests.k2h.cognigy.ai ${name} -n ${namespace} -o jsonpath='{.spec.plan}'`,
  ];
}

const report = (
  id: string,
  title: string,
  status: StepReport['status'],
  changes: string[],
  error?: string,
  durationMs = 0,
): StepReport => ({
  id,
  title,
  status,
  durationMs,
  changes,
  ...(error ? { error } : {}),
});

async function runGate(ctx: PhaseContext): Promise<PhaseResult> {
  const phase = ctx.inputs.for as GuardedPhase;
  const timeoutMs = parseDuration(ctx.inputs.timeout as string, 'timeout');
  const { record, store } = await loadRecord(ctx);
  const kube = await ctx.kube();
  const ns = record.sourceNamespace;
  if (!(await approvalApiServed(kube)))
    throw new ConfigurationError(
      `the approval CRD approvalrequests.k2h.cognigy.ai is not installed in ${kube.server}: apply deploy/crd/approvalrequests.yaml and bind the roles of deploy/rbac/approval-roles.yaml, or gate the job on the platform (GitHub Environment) and run ${phase} with --approved-by-platform. Nothing was changed.`,
    );
  const plan = await planOf(ctx, GUARDED[phase]);
  const name = requestName(phase, plan.digest);
  const me = await whoAmI(kube);
  const lines = [
    `Plan of ${phase} (sha256 ${plan.digest.slice(0, 12)}), requested by ${me.username}:`,
    '',
    '```',
    plan.text,
    '```',
  ];
  const outputs: Record<string, string> = { request: `${ns}/${name}`, 'plan-sha256': plan.digest };
  const base = { phase: 'gate', dryRun: ctx.dryRun, outputs };
  ctx.logger.info(`plan of ${phase}:\n${plan.text}`);
  if (ctx.dryRun) {
    const existing = await getRequest(kube, ns, name);
    return {
      ...base,
      ok: true,
      steps: [
        existing
          ? report('request', `approval request ${ns}/${name}`, 'done', [])
          : report('request', `approval request ${ns}/${name}`, 'planned', [
              `create ApprovalRequest ${ns}/${name} carrying the plan`,
            ]),
        report('decision', `wait up to ${formatDuration(timeoutMs)} for a decision`, 'planned', [
          'wait for k2h approve / k2h reject',
        ]),
      ],
      report: lines,
    };
  }
  const steps: StepReport[] = [];
  const started = Date.now();
  let req = await getRequest(kube, ns, name);
  if (req) steps.push(report('request', `approval request ${ns}/${name}`, 'done', []));
  else {
    req = await createRequest(kube, ns, name, {
      for: phase,
      release: record.release,
      sourceNamespace: record.sourceNamespace,
      targetNamespace: record.targetNamespace,
      cluster: kube.server,
      plan: plan.text,
      planSha256: plan.digest,
      requestedBy: me,
      requestedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    steps.push(
      report('request', `approval request ${ns}/${name}`, 'applied', [
        `created ApprovalRequest ${ns}/${name}`,
      ]),
    );
  }
  const fail = (error: string): PhaseResult => {
    steps.push(report('decision', 'decision', 'failed', [], error, Date.now() - started));
    return { ...base, ok: false, steps, report: lines, error };
  };
  if (decisionOf(req) === 'Pending') {
    for (const l of howToDecide(ns, name)) ctx.logger.info(l);
    ctx.logger.info(`waiting up to ${formatDuration(timeoutMs)} for a decision on ${ns}/${name}`);
    try {
      req = await waitForDecision(kube, ns, name, timeoutMs, {
        onProgress: (t) => ctx.logger.debug(`approval ${name}: ${t}`),
      });
    } catch (err) {
      if (err instanceof WaitTimeoutError)
        return fail(
          `no decision on approval request ${ns}/${name} within ${formatDuration(timeoutMs)}: ${phase} must not run. Re-run the gate to wait again (the request stays).`,
        );
      throw err;
    }
  }
  const by = req.status?.decidedBy?.username ?? 'unknown';
  if (decidedByRequester(req))
    return fail(
      `approval request ${ns}/${name} was decided by ${by}, the identity that requested it (the pipeline's own account): an approval must come from someone else. ${phase} must not run; check who holds the k2h-approver role.`,
    );
  if (recordDecision(record, req)) await store.save(record);
  if (decisionOf(req) === 'Rejected')
    return fail(
      `approval request ${ns}/${name} was rejected by ${by}${req.status?.reason ? `: ${req.status.reason}` : ''}. ${phase} must not run.`,
    );
  outputs['approved-by'] = by;
  steps.push(
    report(
      'decision',
      'decision',
      'applied',
      [`approved by ${by}${req.status?.reason ? ` (${req.status.reason})` : ''}`],
      undefined,
      Date.now() - started,
    ),
  );
  ctx.logger.info(`approved by ${by}`);
  return {
    ...base,
    ok: true,
    steps,
    report: [...lines, '', `Approved by ${by} at ${req.status?.decidedAt ?? '?'}.`],
  };
}

export const gate: PhaseDefinition = { ...gateSpec, run: runGate };
