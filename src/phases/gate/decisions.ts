/** Decisions on approval requests, as facts in the migration record. */
import type { ApprovalFact, MigrationRecord } from '../../record/schema';
import type { ApprovalRequest } from './requests';

/** The record's fact for a decided request (newest wins per request). */
export function recordDecision(record: MigrationRecord, req: ApprovalRequest): boolean {
  const fact: ApprovalFact = {
    for: req.spec.for,
    request: req.metadata.name,
    planSha256: req.spec.planSha256,
    decision: req.status!.decision!,
    decidedBy: req.status!.decidedBy!.username,
    decidedAt: req.status!.decidedAt ?? '',
    ...(req.status?.reason ? { reason: req.status.reason } : {}),
  };
  const list = (record.approvals ??= []);
  const old = list.find((a) => a.request === fact.request);
  if (old && JSON.stringify(old) === JSON.stringify(fact)) return false;
  record.approvals = [...list.filter((a) => a.request !== fact.request), fact];
  return true;
}
