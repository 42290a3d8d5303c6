/**
 * The approval a guarded phase (downtime, rollback, cleanup) needs before its first change: an
 * approval request for exactly its plan, decided by someone other than the pipeline — or the
 * caller's word that the platform gated the job (`--approved-by-platform`, a GitHub Environment
 * with reviewers), which is recorded as such. A phase that already started goes on under the
 * approval it started with (its plan shows less left to do by then).
 */
import type { Kube } from '../kube/client';
import type { MigrationRecord } from '../record/schema';
import { checkApproval } from './downtime/approval';
import { recordDecision } from './gate/decisions';
import type { GuardedPhase } from './gate/requests';
import type { PhaseContext } from './types';

/** The problem, or undefined when the phase may go on; the decision is put into the record. */
export async function requireApproval(
  ctx: PhaseContext,
  kube: Kube,
  record: MigrationRecord,
  phase: GuardedPhase,
  digest: string,
): Promise<string | undefined> {
  const started = ['running', 'failed'].includes(record.phases[phase]?.status ?? '');
  const prior = started
    ? (record.approvals ?? []).filter((a) => a.for === phase && a.decision !== 'Rejected').at(-1)
    : undefined;
  if (ctx.inputs['approved-by-platform'] === true || prior?.decision === 'Platform') {
    if (!record.approvals?.some((a) => a.for === phase && a.planSha256 === digest))
      record.approvals = [
        ...(record.approvals ?? []),
        {
          for: phase,
          request: '',
          planSha256: digest,
          decision: 'Platform',
          decidedBy: String(ctx.env.GITHUB_ACTOR ?? 'the platform'),
          decidedAt: new Date().toISOString(),
        },
      ];
    return undefined;
  }
  const a = await checkApproval(kube, record, digest, prior?.request || undefined, phase);
  if (a.problem) return a.problem;
  if (a.request) recordDecision(record, a.request);
  return undefined;
}

/** The input every guarded phase declares. */
export { APPROVED_BY_PLATFORM } from './shared-inputs';
