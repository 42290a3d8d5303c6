/**
 * Whether the downtime may start: an approval of exactly this plan, from someone other than the
 * pipeline, read from the approval request in the cluster (whose status only an approver can
 * write) — unless the caller says the platform gated the job (a GitHub Environment).
 */
import type { Kube } from '../../kube/client';
import type { MigrationRecord } from '../../record/schema';
import {
  approvalApiServed,
  decidedByRequester,
  decisionOf,
  getRequest,
  listRequests,
  requestName,
  type ApprovalRequest,
  type GuardedPhase,
} from '../gate/requests';

/**
 * The problem with the approval, or the approved request. `resumeOf`: the request a downtime that
 * already started was approved under (its plan shows less left to do now; the approval stands).
 */
export async function checkApproval(
  kube: Kube,
  record: MigrationRecord,
  digest: string,
  resumeOf?: string,
  phase: GuardedPhase = 'downtime',
): Promise<{ problem?: string; request?: ApprovalRequest }> {
  const ns = record.sourceNamespace;
  const name = resumeOf ?? requestName(phase, digest);
  const gateHint = `run \`k2h gate --for ${phase}\` and have an approver run \`k2h approve\`, or pass --approved-by-platform when the platform gated this job (e.g. a GitHub Environment with reviewers)`;
  const problem = (p: string) => ({ problem: p });
  if (!(await approvalApiServed(kube)))
    return problem(
      `no approval: the approval CRD is not installed (deploy/crd/approvalrequests.yaml); ${gateHint}`,
    );
  const req = await getRequest(kube, ns, name);
  if (!req) {
    const others = (await listRequests(kube, ns)).filter((r) => r.spec?.for === phase);
    return problem(
      others.length
        ? `the plan changed since it went to approval (approved or pending requests are for other plans: ${others.map((r) => `${r.metadata.name} ${decisionOf(r)}`).join(', ')}); ${gateHint}`
        : `no approval request for this plan (${ns}/${name}); ${gateHint}`,
    );
  }
  if (!resumeOf && req.spec.planSha256 !== digest)
    return problem(`approval request ${ns}/${name} is for another plan; ${gateHint}`);
  const decision = decisionOf(req);
  if (decision === 'Pending') return problem(`approval request ${ns}/${name} is still pending; ${gateHint}`);
  if (decision === 'Rejected')
    return problem(
      `approval request ${ns}/${name} was rejected by ${req.status?.decidedBy?.username}${req.status?.reason ? `: ${req.status.reason}` : ''}`,
    );
  if (decidedByRequester(req))
    return problem(
      `approval request ${ns}/${name} was approved by ${req.status?.decidedBy?.username}, the pipeline's own account: an approval must come from someone else`,
    );
  return { request: req };
}
