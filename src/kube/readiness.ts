/**
 * When a Deployment or StatefulSet counts as Ready, as `kubectl rollout status` decides it: the
 * controller has seen the latest spec, every replica is updated, and all of them are ready.
 */
import type { KubeObject } from './client';

/** Why `obj` is not Ready yet, or undefined when it is. */
export function notReadyReason(obj: KubeObject): string | undefined {
  const spec = (obj as { spec?: { replicas?: number } }).spec ?? {};
  const st = (obj.status ?? {}) as {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
  };
  const want = spec.replicas ?? 1;
  const generation = Number(obj.metadata.generation ?? 0);
  if ((st.observedGeneration ?? 0) < generation) return 'the controller has not seen the latest spec';
  if (want === 0) return undefined;
  if ((st.updatedReplicas ?? 0) < want) return `${st.updatedReplicas ?? 0} of ${want} replicas updated`;
  if ((st.readyReplicas ?? 0) < want) return `${st.readyReplicas ?? 0} of ${want} replicas ready`;
  if (obj.kind === 'Deployment' && (st.availableReplicas ?? 0) < want)
    return `${st.availableReplicas ?? 0} of ${want} replicas available`;
  return undefined;
}

/** Progress text for a set of workloads: "41 of 44 ready; waiting for service-ai (0 of 1 replicas ready), ...". */
export function readinessProgress(objs: KubeObject[], total: number): string {
  const waiting = objs
    .map((o) => ({ name: o.metadata.name, why: notReadyReason(o) }))
    .filter((w) => w.why)
    .sort((a, b) => a.name.localeCompare(b.name));
  const ready = total - waiting.length;
  const names = waiting
    .slice(0, 3)
    .map((w) => `${w.name} (${w.why})`)
    .join(', ');
  return waiting.length
    ? `${ready} of ${total} ready; waiting for ${names}${waiting.length > 3 ? `, and ${waiting.length - 3} more` : ''}`
    : `${total} of ${total} ready`;
}
