/**
 * Adoption mechanics: the label on objects k2h creates, and the undo fact of an adoption (what an
 * object carried under the keys k2h is about to set). Generic: the keys arrive as arguments.
 */
import type { KubeObject } from './client';

/** What an object carried, before an adoption, under the keys the adoption sets. */
export interface AdoptionFact {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  previousAnnotations: Record<string, string>;
  previousLabels: Record<string, string>;
}

type Metadata = { annotations: Record<string, string>; labels: Record<string, string> };

/** Label on every object k2h creates; preflight accepts a target namespace holding only these. */
export const CREATED_BY_LABEL = 'app.kubernetes.io/created-by';
export const CREATED_BY = { [CREATED_BY_LABEL]: 'k2h' } as const;

/** True when k2h created `obj` (it carries the created-by label). */
export function createdByK2h(
  obj: KubeObject | { metadata: { labels?: Record<string, string> } } | undefined,
): boolean {
  return obj?.metadata.labels?.[CREATED_BY_LABEL] === CREATED_BY[CREATED_BY_LABEL];
}

/**
 * The undo fact of an adoption: what `obj` carried, before k2h adds `meta`, under the keys `meta`
 * sets (absent keys are absent, so rollback removes them).
 */
export function adoptionFact(
  obj: {
    apiVersion: string;
    kind: string;
    metadata: { name: string; annotations?: Record<string, string>; labels?: Record<string, string> };
  },
  meta: Metadata,
  namespace?: string,
): AdoptionFact {
  const pick = (m: Record<string, string> | undefined, keys: string[]) =>
    Object.fromEntries(keys.filter((k) => m && k in m).map((k) => [k, m![k]]));
  return {
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    name: obj.metadata.name,
    ...(namespace ? { namespace } : {}),
    previousAnnotations: pick(obj.metadata.annotations, Object.keys(meta.annotations)),
    previousLabels: pick(obj.metadata.labels, Object.keys(meta.labels)),
  };
}
