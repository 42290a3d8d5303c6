/**
 * Scaling Deployments down and waiting until their pods are gone. Generic: which deployments is
 * the caller's business; a deployment's pods are found through ownerReferences (Pod ->
 * ReplicaSet -> Deployment), never by name prefix, so a neighbour called `redis-exporter` is not
 * mistaken for a pod of `redis`.
 */
import type { Kube, KubeObject } from './client';
import { waitUntil } from './wait';

const owner = (o: KubeObject, kind: string): string | undefined =>
  (o.metadata.ownerReferences as Array<{ kind: string; name: string }> | undefined)?.find(
    (r) => r.kind === kind,
  )?.name;

/** The pods (not yet finished) that belong to the named deployments. */
export function podsOfDeployments(
  names: Iterable<string>,
  replicaSets: KubeObject[],
  pods: KubeObject[],
): KubeObject[] {
  const wanted = new Set(names);
  const rsOf = new Map<string, string>();
  for (const rs of replicaSets) {
    const d = owner(rs, 'Deployment');
    if (d && wanted.has(d)) rsOf.set(rs.metadata.name, d);
  }
  return pods.filter((p) => {
    const rs = owner(p, 'ReplicaSet');
    return !!rs && rsOf.has(rs) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
  });
}

/** Replicas a Deployment asks for (`spec.replicas`, 1 when unset, as the API defaults it). */
export function desiredReplicas(d: KubeObject): number {
  return typeof d.spec?.replicas === 'number' ? d.spec.replicas : 1;
}

/** Sets `spec.replicas` to 0; resolves with the Deployment as the server answered. */
export function scaleToZero(kube: Kube, namespace: string, name: string): Promise<KubeObject> {
  return kube.patch('apps/v1', 'Deployment', name, namespace, { spec: { replicas: 0 } });
}

export interface PodsGoneOptions {
  namespace: string;
  deployments: string[];
  replicaSets: KubeObject[];
  timeoutMs: number;
  signal?: AbortSignal;
  onProgress?(text: string): void;
  /** Pods as already listed (an observation's), with the LIST's resourceVersion. */
  from?: { items: KubeObject[]; resourceVersion: string };
}

/**
 * Waits until no pod of the deployments is left (watch, deadline). A ReplicaSet created after the
 * list cannot own pods here: the deployments are at 0.
 */
export async function waitPodsGone(kube: Kube, o: PodsGoneOptions): Promise<void> {
  const total = podsOfDeployments(o.deployments, o.replicaSets, o.from?.items ?? []).length;
  const started = Date.now();
  await waitUntil(kube, {
    apiVersion: 'v1',
    kind: 'Pod',
    namespace: o.namespace,
    description: `the pods of ${o.deployments.length} deployments in ${o.namespace} to be gone`,
    until: (pods) => podsOfDeployments(o.deployments, o.replicaSets, pods).length === 0,
    progress: (pods) => {
      const left = podsOfDeployments(o.deployments, o.replicaSets, pods).length;
      const of = Math.max(total, left);
      return `${of - left} of ${of} pods gone (${((Date.now() - started) / 1000).toFixed(1)} s)`;
    },
    onProgress: o.onProgress,
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    from: o.from,
  });
}
