/**
 * Validation the sandbox enforces: names, and the immutable fields a migration can trip over
 * (a PVC's spec, a Deployment's selector, a StorageClass's parameters).
 */
import { deepEqual, omit, type Obj } from './json';
import type { ResourceDef } from './resources';
import { ApiError, invalid } from './status';

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_KINDS = new Set(['Namespace', 'Service']);

/** Throws 422 Invalid when `obj` may not be stored (as new, or as a replacement of `old`). */
export function validate(def: ResourceDef, obj: Obj, old?: Obj): void {
  const name: string = obj.metadata?.name ?? '';
  const causes: Array<{ field: string; message: string; type?: string }> = [];
  if (!name) {
    causes.push({
      field: 'metadata.name',
      message: 'Required value: name or generateName is required',
      type: 'FieldValueRequired',
    });
  } else if (
    def.kind !== 'ClusterRole' &&
    def.kind !== 'ClusterRoleBinding' &&
    def.kind !== 'Role' &&
    def.kind !== 'RoleBinding'
  ) {
    const label = LABEL_KINDS.has(def.kind);
    if (!(label ? DNS_LABEL : DNS_SUBDOMAIN).test(name) || name.length > (label ? 63 : 253)) {
      const what = label ? 'a lowercase RFC 1123 label' : 'a lowercase RFC 1123 subdomain';
      causes.push({
        field: 'metadata.name',
        message: `Invalid value: "${name}": ${what} must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
      });
    }
  }
  for (const [k, v] of Object.entries(obj.metadata?.labels ?? {})) {
    if (typeof v !== 'string' || v.length > 63 || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v)) {
      causes.push({
        field: `metadata.labels`,
        message: `Invalid value: "${String(v)}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (label ${k})`,
      });
    }
  }
  if (def.kind === 'Lease') lease(obj, causes);
  if (old) immutables(def, obj, old, causes);
  if (causes.length) throw invalid(def, name, causes);
}

/** metav1.MicroTime: RFC 3339 with exactly six fractional digits, as the apiserver decodes it. */
const MICRO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}(Z|[+-]\d{2}:\d{2})$/;

/** A Lease's times must decode as MicroTime (400 otherwise); its counters as ValidateLeaseSpec says. */
function lease(obj: Obj, causes: Array<{ field: string; message: string }>): void {
  const spec = obj.spec ?? {};
  for (const f of ['acquireTime', 'renewTime'])
    if (spec[f] !== undefined && spec[f] !== null && !MICRO_TIME.test(String(spec[f])))
      throw new ApiError(
        400,
        'BadRequest',
        `Lease in version "v1" cannot be handled as a Lease: parsing time "${String(spec[f])}" as "2006-01-02T15:04:05.000000Z07:00": cannot parse as RFC3339Micro`,
      );
  if (spec.leaseDurationSeconds !== undefined && !(spec.leaseDurationSeconds > 0))
    causes.push({
      field: 'spec.leaseDurationSeconds',
      message: `Invalid value: ${spec.leaseDurationSeconds}: must be greater than 0`,
    });
  if (spec.leaseTransitions !== undefined && !(spec.leaseTransitions >= 0))
    causes.push({
      field: 'spec.leaseTransitions',
      message: `Invalid value: ${spec.leaseTransitions}: must be greater than or equal to 0`,
    });
}

function immutables(
  def: ResourceDef,
  obj: Obj,
  old: Obj,
  causes: Array<{ field: string; message: string }>,
): void {
  switch (def.kind) {
    case 'PersistentVolumeClaim': {
      const strip = (s: Obj = {}): Obj => {
        const rest = omit(s, ['resources', 'volumeAttributesClassName', 'volumeName']);
        // volumeName may be set once (binding); it may not move afterwards.
        return { ...rest, volumeName: old.spec?.volumeName ? s.volumeName : undefined };
      };
      const o = strip(old.spec);
      const n = strip(obj.spec);
      if (!old.spec?.volumeName) delete n.volumeName;
      if (!deepEqual(o, n)) {
        causes.push({
          field: 'spec',
          message:
            'Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
        });
      }
      break;
    }
    case 'StatefulSet': {
      // The classic failed upgrade: anything but these may not change (volumeClaimTemplates!).
      const mutable = [
        'replicas',
        'ordinals',
        'template',
        'updateStrategy',
        'persistentVolumeClaimRetentionPolicy',
        'minReadySeconds',
      ];
      if (!deepEqual(omit(old.spec ?? {}, mutable), omit(obj.spec ?? {}, mutable))) {
        causes.push({
          field: 'spec',
          message:
            "Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
        });
      }
      break;
    }
    case 'Service':
      if (old.spec?.clusterIP && obj.spec?.clusterIP !== old.spec.clusterIP) {
        causes.push({
          field: 'spec.clusterIP',
          message: `Invalid value: "${obj.spec?.clusterIP ?? ''}": field is immutable`,
        });
      }
      break;
    case 'Job':
      if (!deepEqual(old.spec?.template, obj.spec?.template)) {
        causes.push({
          field: 'spec.template',
          message: `Invalid value: ${JSON.stringify(obj.spec?.template ?? null)}: field is immutable`,
        });
      }
      break;
    case 'Deployment':
    case 'ReplicaSet':
      if (!deepEqual(old.spec?.selector, obj.spec?.selector)) {
        causes.push({
          field: 'spec.selector',
          message: `Invalid value: ${JSON.stringify(obj.spec?.selector ?? null)}: field is immutable`,
        });
      }
      break;
    case 'StorageClass':
      if (!deepEqual(old.parameters, obj.parameters))
        causes.push({ field: 'parameters', message: 'Forbidden: updates to parameters are forbidden.' });
      if (old.provisioner !== obj.provisioner)
        causes.push({ field: 'provisioner', message: 'Forbidden: updates to provisioner are forbidden.' });
      if (old.reclaimPolicy !== obj.reclaimPolicy)
        causes.push({
          field: 'reclaimPolicy',
          message: 'Forbidden: updates to reclaimPolicy are forbidden.',
        });
      // ValidateImmutableField, after defaulting (an omitted mode is Immediate on both sides).
      if ((old.volumeBindingMode ?? 'Immediate') !== (obj.volumeBindingMode ?? 'Immediate'))
        causes.push({
          field: 'volumeBindingMode',
          message: `Invalid value: "${String(obj.volumeBindingMode ?? 'Immediate')}": field is immutable`,
        });
      break;
    case 'PersistentVolume': {
      const src = (s: Obj = {}): Obj => {
        // Everything but these is the volume source, which may not change.
        return omit(s, [
          'persistentVolumeReclaimPolicy',
          'claimRef',
          'capacity',
          'storageClassName',
          'accessModes',
          'mountOptions',
          'nodeAffinity',
          'volumeMode',
          'volumeAttributesClassName',
        ]);
      };
      if (!deepEqual(src(old.spec), src(obj.spec)))
        causes.push({
          field: 'spec.persistentvolumesource',
          message: 'Forbidden: spec.persistentvolumesource is immutable after creation',
        });
      break;
    }
    case 'Secret':
    case 'ConfigMap':
      if (def.kind === 'Secret' && (old.type ?? 'Opaque') !== (obj.type ?? 'Opaque')) {
        causes.push({ field: 'type', message: `Invalid value: "${obj.type}": field is immutable` });
      }
      if (old.immutable && (!deepEqual(old.data, obj.data) || !deepEqual(old.binaryData, obj.binaryData))) {
        causes.push({ field: 'data', message: 'Forbidden: field is immutable when `immutable` is set' });
      }
      break;
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      if (!deepEqual(old.roleRef, obj.roleRef))
        causes.push({
          field: 'roleRef',
          message: `Invalid value: ${JSON.stringify(obj.roleRef)}: cannot change roleRef`,
        });
      break;
    default:
  }
}
