/**
 * What rollback puts back, computed from the record and its backups: the kustomize claims, the
 * adopted objects' metadata (and, where prepare-storage kept a copy, their spec), the reclaim
 * policies. Pure functions: the phase decides when to apply them.
 */
import yaml from 'js-yaml';
import { HELM_META } from '../../helm/ownership';
import type { KubeObject } from '../../kube/client';
import type { AdoptionFact } from '../../kube/adopt';
import { stripServerFields } from '../../kube/manifest';

/** Annotations the PV controller and provisioners set on a bound claim; wrong on a new one. */
const BINDING_ANNOTATIONS = [
  'pv.kubernetes.io/bind-completed',
  'pv.kubernetes.io/bound-by-controller',
  'volume.beta.kubernetes.io/storage-provisioner',
  'volume.kubernetes.io/storage-provisioner',
  'volume.kubernetes.io/selected-node',
];

/** Name of the copy prepare-storage keeps of an object it adopts, as it was. */
export const adoptedBackupName = (kind: string, name: string) => `adopted.${kind}.${name}.yaml`;

/** The kustomize claim to re-create from its backup: server fields gone, on the recorded PV. */
export function kustomizeClaim(backupYaml: string, pv: string, namespace: string): KubeObject {
  const claim = stripServerFields(yaml.load(backupYaml) as KubeObject);
  claim.metadata.namespace = namespace;
  const ann = claim.metadata.annotations;
  if (ann) {
    for (const a of BINDING_ANNOTATIONS) delete ann[a];
    if (!Object.keys(ann).length) delete claim.metadata.annotations;
  }
  claim.spec = { ...claim.spec, volumeName: pv };
  return claim;
}

/** The keys an adoption set: Helm's ownership, and for namespaced objects its secret policies. */
function adoptionKeys(fact: AdoptionFact): { annotations: string[]; labels: string[] } {
  const annotations: string[] = [HELM_META.releaseName, HELM_META.releaseNamespace];
  if (fact.namespace) annotations.push(HELM_META.resourcePolicy, HELM_META.hook, HELM_META.hookWeight);
  return {
    annotations: [...new Set([...annotations, ...Object.keys(fact.previousAnnotations)])],
    labels: [...new Set([HELM_META.managedBy, ...Object.keys(fact.previousLabels)])],
  };
}

/** The merge patch that gives the adopted object back what it carried (null removes a key). */
export function unadoptPatch(fact: AdoptionFact): {
  metadata: Record<string, Record<string, string | null>>;
} {
  const keys = adoptionKeys(fact);
  const annotations: Record<string, string | null> = {};
  const labels: Record<string, string | null> = {};
  for (const k of keys.annotations) annotations[k] = fact.previousAnnotations[k] ?? null;
  for (const k of keys.labels) labels[k] = fact.previousLabels[k] ?? null;
  return { metadata: { annotations, labels } };
}

/** True when `obj` carries exactly what the adoption found under the keys it set. */
export function isUnadopted(fact: AdoptionFact, obj: KubeObject | undefined): boolean {
  if (!obj) return true;
  const keys = adoptionKeys(fact);
  const a = obj.metadata.annotations ?? {};
  const l = obj.metadata.labels ?? {};
  return (
    keys.annotations.every((k) => a[k] === fact.previousAnnotations[k]) &&
    keys.labels.every((k) => l[k] === fact.previousLabels[k])
  );
}

/** Spec-like top-level fields of a kept copy that rollback puts back (never metadata or status). */
const RESTORED_FIELDS = ['spec', 'rules', 'subjects', 'aggregationRule'];

/**
 * The fields of the kept copy that differ from the live object, as a merge patch; undefined when
 * nothing differs. roleRef is immutable and never changed by an install, so it is left alone.
 */
export function specRestorePatch(kept: KubeObject, live: KubeObject): Record<string, unknown> | undefined {
  const patch: Record<string, unknown> = {};
  for (const f of RESTORED_FIELDS) {
    const want = (kept as Record<string, unknown>)[f];
    if (want !== undefined && JSON.stringify(want) !== JSON.stringify((live as Record<string, unknown>)[f]))
      patch[f] = want;
  }
  return Object.keys(patch).length ? patch : undefined;
}
