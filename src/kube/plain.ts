/**
 * Plain JSON of what @kubernetes/client-node returns. Its own module, free of the client, so
 * modules that only convert objects stay light to import (cold start).
 */
import type { KubeObject } from './client';

/**
 * The client deserialises into typed models (Date objects); turn that back into the JSON the
 * API server sent so backups and comparisons see what `kubectl get -o yaml` sees.
 */
export function plain(obj: unknown, apiVersion?: string, kind?: string): KubeObject {
  const out = toJson(obj) as KubeObject;
  if (apiVersion && !out.apiVersion) out.apiVersion = apiVersion;
  if (kind && !out.kind) out.kind = kind;
  return out;
}

function toJson(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (Array.isArray(v)) return v.map(toJson);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined) continue;
      out[k] = toJson(val);
    }
    return out;
  }
  return v;
}
