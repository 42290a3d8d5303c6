/**
 * The downtime's plan as the approver reads it, and the key its approval is bound to. The key
 * holds what will change (which deployments, which volumes, which databases) and nothing that
 * moves while Cognigy.AI still serves (replica counts under an autoscaler, database sizes), so the
 * gate's approval still matches when the downtime starts, and on every re-run after a crash.
 */
import { createHash } from 'node:crypto';
import type { KubeObject } from '../../kube/client';
import type { MigrationRecord, PvcFact } from '../../record/schema';

export interface DowntimePlanInput {
  record: MigrationRecord;
  /** The installation's deployments in the source namespace, as observed. */
  deployments: KubeObject[];
  /** Replicas that will be recorded (the live count, or the one recorded earlier for those at 0). */
  replicas: Record<string, number>;
  pvcs: PvcFact[];
  mongo: { plan: string[]; planKey?: string[] };
}

/** Plan text lines and the approval key. */
export function downtimePlan(p: DowntimePlanInput): { lines: string[]; key: string[]; digest: string } {
  const { record } = p;
  const src = record.sourceNamespace;
  const tgt = record.targetNamespace;
  const names = p.deployments.map((d) => d.metadata.name).sort();
  const lines = [
    `Downtime of Cognigy.AI for release ${record.release}: ${src} -> ${tgt}`,
    `Scale to 0 in ${src}: ${names.length} deployments (replicas recorded for rollback):`,
    ...names.map((n) => {
      const live = p.deployments.find((d) => d.metadata.name === n)?.spec?.replicas ?? 1;
      return `  ${n}: ${live}${live === 0 ? ` (recorded ${p.replicas[n] ?? 0})` : ''} -> 0`;
    }),
    `Rebind ${p.pvcs.length} volumes (each PV stays, reclaim policy Retain):`,
    ...p.pvcs.map(
      (v) =>
        `  ${v.name}: PV ${v.pv} (${v.capacity ?? '?'}, ${(v.accessModes ?? []).join(',')}) ${src}/${v.name} -> ${tgt}/${v.name}`,
    ),
    'MongoDB:',
    ...p.mongo.plan.map((l) => `  ${l}`),
  ];
  const key = [
    `release ${record.release} ${src} -> ${tgt}`,
    ...names.map((n) => `scale ${src}/${n} to 0`),
    ...p.pvcs.map((v) => `rebind ${v.pv} ${src}/${v.name} -> ${tgt}/${v.name}`),
    ...(p.mongo.planKey ?? p.mongo.plan),
  ];
  return { lines, key, digest: createHash('sha256').update(key.join('\n'), 'utf8').digest('hex') };
}
