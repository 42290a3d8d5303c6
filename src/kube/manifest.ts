import type { KubeObject } from './client';

/**
 * What separates an object read from a cluster from a manifest to apply elsewhere.
 */

/**
 * Metadata fields the API server owns. Copying them makes `kubectl apply` into another namespace
 * fail (uid, resourceVersion) or, for ownerReferences, lets the garbage collector delete the copy
 * (the owner does not exist in the target namespace).
 */
export const SERVER_METADATA_FIELDS = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'generation',
  'ownerReferences',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'generateName',
] as const;

/** Holds the whole previous manifest (for a Secret: its data, in clear base64), and is stale once copied. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** A copy of `obj` without server fields, status, or the last-applied annotation. */
export function stripServerFields<T extends KubeObject>(obj: T): T {
  const copy = JSON.parse(JSON.stringify(obj)) as T;
  for (const f of SERVER_METADATA_FIELDS) delete copy.metadata[f];
  delete copy.status;
  const ann = copy.metadata.annotations;
  if (ann) {
    delete ann[LAST_APPLIED];
    if (!Object.keys(ann).length) delete copy.metadata.annotations;
  }
  return copy;
}
