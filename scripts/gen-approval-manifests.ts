/**
 * Writes deploy/crd/approvalrequests.yaml and deploy/rbac/approval-roles.yaml from
 * src/phases/gate/manifests.ts: `npx tsx scripts/gen-approval-manifests.ts`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import {
  approvalCrd,
  approvalRoles,
  approvalRoleBinding,
  APPROVER_ROLE,
  REQUESTER_ROLE,
  APPROVER_GROUP,
} from '../src/phases/gate/manifests';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dump = (o: unknown) => yaml.dump(o, { lineWidth: -1, noRefs: true });
writeFileSync(
  join(ROOT, 'deploy/crd/approvalrequests.yaml'),
  `# The k2h approval request: the gate creates one carrying the guarded phase's plan; an approver
# decides in its status subresource (k2h approve / k2h reject). Generated from
# src/phases/gate/manifests.ts (test/unit/gate/manifests.test.ts keeps them equal).
` + dump(approvalCrd),
);
writeFileSync(
  join(ROOT, 'deploy/rbac/approval-roles.yaml'),
  `# Who may ask and who may decide. Bind both per namespace (the source namespace, where the gate
# creates its requests): the pipeline's service account gets ${REQUESTER_ROLE} (create and read
# requests, no status: it cannot approve itself), approvers get ${APPROVER_ROLE} (write the status).
# The RoleBindings below are examples for namespace "default": set the namespace, the service
# account and the approvers' group to yours. Generated from src/phases/gate/manifests.ts.
` +
    approvalRoles.map(dump).join('---\n') +
    '---\n' +
    dump(
      approvalRoleBinding(REQUESTER_ROLE, 'default', {
        kind: 'ServiceAccount',
        name: 'k2h',
        namespace: 'default',
      }),
    ) +
    '---\n' +
    dump(approvalRoleBinding(APPROVER_ROLE, 'default', { kind: 'Group', name: APPROVER_GROUP })),
);
