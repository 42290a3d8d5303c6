/**
 * Helm's ownership vocabulary: the metadata that lets a release adopt an existing object, and
 * the checks on it. Helm refuses to install over an object without all three
 * ("invalid ownership metadata").
 */
import type { KubeObject } from '../kube/client';

/** Helm's ownership metadata keys. */
export const HELM_META = {
  releaseName: 'meta.helm.sh/release-name',
  releaseNamespace: 'meta.helm.sh/release-namespace',
  managedBy: 'app.kubernetes.io/managed-by',
  managedByHelm: 'Helm',
  resourcePolicy: 'helm.sh/resource-policy',
  hook: 'helm.sh/hook',
  hookWeight: 'helm.sh/hook-weight',
} as const;

type Metadata = { annotations: Record<string, string>; labels: Record<string, string> };

/** Helm ownership annotations and label for adoption into `release` in `namespace`. */
export function helmOwnership(release: string, namespace: string) {
  return {
    annotations: { [HELM_META.releaseName]: release, [HELM_META.releaseNamespace]: namespace },
    labels: { [HELM_META.managedBy]: HELM_META.managedByHelm },
  };
}

/** `release in namespace` when another Helm release owns `obj`, else undefined. */
export function foreignHelmOwner(obj: KubeObject, release: string, namespace: string): string | undefined {
  const owner = obj.metadata.annotations?.[HELM_META.releaseName];
  const ownerNs = obj.metadata.annotations?.[HELM_META.releaseNamespace];
  return (owner && owner !== release) || (ownerNs && ownerNs !== namespace)
    ? `${owner} in ${ownerNs}`
    : undefined;
}

/** True when `obj` carries every annotation and label in `meta`. */
export function hasMetadata(
  obj: { metadata: { annotations?: Record<string, string>; labels?: Record<string, string> } } | undefined,
  meta: Metadata,
): boolean {
  if (!obj) return false;
  const a = obj.metadata.annotations ?? {};
  const l = obj.metadata.labels ?? {};
  return (
    Object.entries(meta.annotations).every(([k, v]) => a[k] === v) &&
    Object.entries(meta.labels).every(([k, v]) => l[k] === v)
  );
}
