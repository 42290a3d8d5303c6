/**
 * `k2h approve [REQUEST] [--reason ...]` and `k2h reject REQUEST --reason ...`: run by an approver
 * with their own kubeconfig. The decision goes into the request's status under the identity the
 * API server reports (SelfSubjectReview); the pipeline's own account is refused.
 */
import { parseArgs } from 'node:util';
import { EXIT, UsageError, errorMessage, ConfigurationError } from '../core/errors';
import { ConsoleLogger } from '../core/logger';
import { Kube } from '../kube/client';
import { whoAmI } from '../kube/identity';
import {
  decide,
  decisionOf,
  getRequest,
  listRequests,
  type ApprovalRequest,
  type Decision,
} from '../phases/gate/requests';
import type { CliIo } from './cli';

export const APPROVE_HELP = `k2h approve: approve a pending k2h approval request (the plan of downtime, rollback or clean-up).
k2h reject: reject one.

Usage: k2h approve [REQUEST] [--reason TEXT] [--namespace NS] [--kubeconfig FILE] [--context NAME]
       k2h reject REQUEST --reason TEXT [--namespace NS] [--kubeconfig FILE] [--context NAME]

  REQUEST            name of the ApprovalRequest; without it, approve the one pending request
                     (several pending: they are listed)
  --reason TEXT      why (required to reject); recorded in the request
  --namespace NS     namespace of the requests: the source namespace (default: default)
  --kubeconfig FILE  the approver's kubeconfig (default: $KUBECONFIG, ~/.kube/config)
  --context NAME     kubeconfig context

Your identity is what the API server reports (SelfSubjectReview), not a name you type; the
pipeline's own service account cannot approve its own request.`;

function line(req: ApprovalRequest): string {
  return `  ${req.metadata.name}  for ${req.spec.for}  ${decisionOf(req)}  requested by ${req.spec.requestedBy?.username ?? '?'} at ${req.spec.requestedAt ?? '?'}`;
}

/** Runs `k2h approve` (decision Approved) or `k2h reject` (Rejected). */
export async function runApprove(argv: string[], io: CliIo, decision: Decision): Promise<number> {
  const verb = decision === 'Approved' ? 'approve' : 'reject';
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        reason: { type: 'string' },
        namespace: { type: 'string', short: 'n' },
        'source-namespace': { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\n${APPROVE_HELP}`);
  }
  const out = (s: string) => io.stdout.write(s + '\n');
  if (values.help) {
    out(APPROVE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1)
    throw new UsageError(`k2h ${verb} takes one REQUEST, got ${positionals.length}`);
  const reason = typeof values.reason === 'string' ? values.reason.trim() : undefined;
  if (decision === 'Rejected' && !positionals[0])
    throw new UsageError('k2h reject needs the REQUEST to reject');
  if (decision === 'Rejected' && !reason)
    throw new UsageError('k2h reject needs --reason: say why, it is recorded');
  const namespace = String(values.namespace ?? values['source-namespace'] ?? 'default');
  const logger = new ConsoleLogger(io.stdout, io.stderr, undefined, io.env.K2H_DEBUG === '1', io.env);
  const kube = await Kube.connect(
    {
      kubeconfig: values.kubeconfig as string | undefined,
      context: values.context as string | undefined,
      env: io.env,
    },
    logger,
  );
  const me = await whoAmI(kube);
  let req: ApprovalRequest | undefined;
  if (positionals[0]) {
    req = await getRequest(kube, namespace, positionals[0]);
    if (!req)
      throw new ConfigurationError(
        `no approval request ${positionals[0]} in namespace ${namespace}; list them with: kubectl get approvalrequests.k2h.cognigy.ai -n ${namespace}`,
      );
  } else {
    const all = await listRequests(kube, namespace);
    const pending = all.filter((r) => decisionOf(r) === 'Pending');
    if (pending.length !== 1) {
      out(
        pending.length
          ? `${pending.length} pending approval requests in ${namespace}; name the one to ${verb}:`
          : `no pending approval request in ${namespace}${all.length ? '; the requests there:' : '.'}`,
      );
      for (const r of pending.length ? pending : all) out(line(r));
      return pending.length ? EXIT.usage : EXIT.failed;
    }
    req = pending[0];
  }
  out(
    `${req.metadata.name}: plan of ${req.spec.for} for release ${req.spec.release} (${req.spec.sourceNamespace} -> ${req.spec.targetNamespace}) on ${req.spec.cluster}`,
  );
  out(req.spec.plan);
  out('');
  out(
    `you are ${me.username}${me.source === 'kubeconfig' ? ' (from the kubeconfig: this server has no SelfSubjectReview)' : ''}`,
  );
  const decided = await decide(kube, req, decision, me, reason);
  out(`${decided.metadata.name}: ${decision.toLowerCase()} by ${me.username}${reason ? ` (${reason})` : ''}`);
  return EXIT.ok;
}
