/** Small builders for the plain objects the seeds return. */
import type { KubeObject } from './types';

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
