/** Small builders for the plain objects the seeds return. */
import { intOf } from './deterministic';
import type { KubeObject } from '../../sandbox/seeds/types';

/** Timestamps of a long-running installation (well before any migration). */
export const CREATED = {
  cluster: '2022-03-14T08:02:11Z',
  install: '2022-06-01T09:31:27Z',
  storage: '2022-06-01T09:31:29Z',
  mongodb: '2023-02-20T14:05:52Z',
  unrelated: '2023-09-12T16:44:03Z',
} as const;

/** JSON with object keys sorted, as Go's encoder writes the last-applied annotation. */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Adds the annotation `kubectl apply` leaves: the manifest as applied (with its namespace and an
 * `annotations` map, never status or server fields). Call it on the manifest before any
 * server-side or user additions are made.
 */
export function withLastApplied(manifest: KubeObject): KubeObject {
  const applied = structuredClone(manifest);
  delete applied.status;
  const meta = { ...applied.metadata, annotations: { ...(applied.metadata.annotations ?? {}) } };
  delete meta.uid;
  delete meta.creationTimestamp;
  delete meta.finalizers;
  applied.metadata = meta;
  const out = structuredClone(manifest);
  out.metadata.annotations = {
    ...(out.metadata.annotations ?? {}),
    [LAST_APPLIED]: `${sortedJson(applied)}\n`,
  };
  return out;
}

/** Merges annotations into an object (user additions made after `kubectl apply`). */
export function annotate<T extends KubeObject>(obj: T, annotations: Record<string, string>): T {
  obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), ...annotations };
  return obj;
}

/** Merges labels into an object. */
export function label<T extends KubeObject>(obj: T, labels: Record<string, string>): T {
  obj.metadata.labels = { ...(obj.metadata.labels ?? {}), ...labels };
  return obj;
}

/** A stable ClusterIP in the service range for `label`. */
export function clusterIp(label: string): string {
  return `10.96.${intOf(`ip/${label}`, 1, 254)}.${intOf(`ip2/${label}`, 2, 254)}`;
}

/** Fields the API server adds to every Deployment (they show in a capture). */
export function deploymentDefaults(d: KubeObject): KubeObject {
  const spec = d.spec as Record<string, any>;
  spec.progressDeadlineSeconds = 600;
  spec.revisionHistoryLimit = 10;
  spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } };
  const pod = spec.template.spec;
  pod.restartPolicy = 'Always';
  pod.dnsPolicy = 'ClusterFirst';
  pod.schedulerName = 'default-scheduler';
  pod.terminationGracePeriodSeconds = 30;
  pod.securityContext ??= {};
  for (const c of pod.containers) {
    c.imagePullPolicy ??= 'IfNotPresent';
    c.terminationMessagePath = '/dev/termination-log';
    c.terminationMessagePolicy = 'File';
  }
  d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': '1' };
  return d;
}

/** A Namespace as a cluster shows it. */
export function namespace(name: string, created: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, creationTimestamp: created, labels: { 'kubernetes.io/metadata.name': name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}
