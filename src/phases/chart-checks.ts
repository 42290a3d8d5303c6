/**
 * Checks of a rendered chart against what exists: the things that make a real `helm install`
 * fail or silently lose data, found before anything changes. Each is a pure function over the
 * rendered chart and the objects read, so preflight, prepare-storage and helm-install share them.
 * Secret values are compared by hash and never returned.
 */
import { createHash } from 'node:crypto';
import type { RenderedChart } from '../helm/render';
import type { ExpectedClaim } from '../helm/chart-storage';
export { expectedClaims, type ExpectedClaim } from '../helm/chart-storage';
import type { KubeObject } from '../kube/client';
import { HELM_META } from '../helm/ownership';

// ---------------------------------------------------------------------------------------------
// StorageClasses: immutable fields

/** The StorageClass fields the API server refuses to change (ValidateStorageClassUpdate). */
export const STORAGE_CLASS_IMMUTABLE = [
  'provisioner',
  'parameters',
  'reclaimPolicy',
  'volumeBindingMode',
] as const;
export type StorageClassField = (typeof STORAGE_CLASS_IMMUTABLE)[number];

/** One immutable field whose value differs between the cluster's class and the chart's. */
export interface StorageClassDifference {
  field: StorageClassField;
  existing: string;
  rendered: string;
}

/** The values the API server stores for omitted fields. */
function effective(sc: KubeObject, field: StorageClassField): string {
  const raw = (sc as Record<string, unknown>)[field];
  if (field === 'reclaimPolicy') return String(raw ?? 'Delete');
  if (field === 'volumeBindingMode') return String(raw ?? 'Immediate');
  if (field === 'parameters') {
    const p = (raw ?? {}) as Record<string, string>;
    return Object.keys(p)
      .sort()
      .map((k) => `${k}=${String(p[k])}`)
      .join(',');
  }
  return String(raw ?? '');
}

/** Immutable differences between an existing StorageClass and the rendered one (defaults applied). */
export function storageClassDifferences(
  existing: KubeObject,
  rendered: KubeObject,
): StorageClassDifference[] {
  return STORAGE_CLASS_IMMUTABLE.flatMap((field) => {
    const a = effective(existing, field);
    const b = effective(rendered, field);
    return a === b ? [] : [{ field, existing: a || '(none)', rendered: b || '(none)' }];
  });
}

/** A StorageClass the chart renders that exists with other immutable fields: it must be replaced. */
export interface StorageClassReplacement {
  name: string;
  existing: KubeObject;
  rendered: KubeObject;
  differences: StorageClassDifference[];
}

/** Every rendered StorageClass that exists (in `existing`) with an immutable difference. */
export function storageClassReplacements(
  chart: RenderedChart | { storageClasses: KubeObject[] },
  existing: (name: string) => KubeObject | undefined,
): StorageClassReplacement[] {
  const rendered =
    'storageClasses' in chart ? chart.storageClasses : chart.objects.filter((o) => o.kind === 'StorageClass');
  return rendered.flatMap((rendered) => {
    const live = existing(rendered.metadata.name);
    const differences = live ? storageClassDifferences(live, rendered) : [];
    return live && differences.length
      ? [{ name: rendered.metadata.name, existing: live, rendered, differences }]
      : [];
  });
}

/** One line per replacement: `StorageClass redis-persistent: volumeBindingMode Immediate -> WaitForFirstConsumer`. */
export function describeReplacement(r: StorageClassReplacement): string {
  return `StorageClass ${r.name}: ${r.differences
    .map((d) => `${d.field} ${d.existing} -> ${d.rendered}`)
    .join('; ')}`;
}

/** The class as the chart renders it, for creating anew (no server fields, no namespace). */
export function storageClassForCreate(
  rendered: KubeObject,
  ownership: { annotations: Record<string, string>; labels: Record<string, string> },
): KubeObject {
  const { metadata, ...rest } = rendered;
  return {
    ...rest,
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: metadata.name,
      labels: { ...(metadata.labels ?? {}), ...ownership.labels },
      annotations: { ...(metadata.annotations ?? {}), ...ownership.annotations },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Claims

/** Kubernetes quantities in bytes (binary and decimal suffixes), for "is the claim big enough". */
export function quantityBytes(q: string | undefined): number | undefined {
  if (!q) return undefined;
  const m = /^(\d+(?:\.\d+)?)([KMGTPE]i?|[kmM]?)$/.exec(q.trim());
  if (!m) return undefined;
  const units: Record<string, number> = {
    '': 1,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
    m: 1e-3,
  };
  return parseFloat(m[1]) * (units[m[2]] ?? NaN);
}

/**
 * Why the recorded PV cannot back the rendered claim, or undefined when it can: the PV must offer
 * the claim's access modes and at least its size (the class is made equal by k2h).
 */
export function claimFitsVolume(claim: ExpectedClaim, pv: KubeObject): string | undefined {
  const modes: string[] = pv.spec?.accessModes ?? [];
  const missing = claim.accessModes.filter((m) => !modes.includes(m));
  if (missing.length)
    return `PV ${pv.metadata.name} offers ${modes.join(',') || 'no access modes'}, the chart's claim ${claim.name} asks ${claim.accessModes.join(',')}`;
  const want = quantityBytes(claim.size);
  const have = quantityBytes(pv.spec?.capacity?.storage);
  if (want !== undefined && have !== undefined && have < want)
    return `PV ${pv.metadata.name} holds ${pv.spec?.capacity?.storage}, the chart's claim ${claim.name} asks ${claim.size}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Secrets referenced by pods

/** A Secret some rendered pod (or hook pod) needs, with the keys it reads ('*' = all of it). */
export interface SecretReference {
  name: string;
  keys: Set<string>;
  /** `Deployment/service-api`, `Job/cognigy-ai-db-init (hook)`, … */
  by: Set<string>;
  /** Every reference is optional (a missing Secret does not stop the pod). */
  optional: boolean;
  /** Only an imagePullSecret (the pod starts, the image pull fails). */
  pullOnly: boolean;
}

/** The pod template of a workload, or the pod itself. */
function podSpecOf(o: KubeObject): any {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec;
  return o.spec?.template?.spec;
}

/** Every Secret the rendered workloads and hooks reference (env, envFrom, volumes, projected, pull). */
export function referencedSecrets(chart: RenderedChart): Map<string, SecretReference> {
  const out = new Map<string, SecretReference>();
  const note = (name: string | undefined, key: string, by: string, optional: boolean, pull = false) => {
    if (!name) return;
    const r =
      out.get(name) ??
      ({ name, keys: new Set(), by: new Set(), optional: true, pullOnly: true } as SecretReference);
    r.keys.add(key);
    r.by.add(by);
    r.optional &&= optional;
    r.pullOnly &&= pull;
    out.set(name, r);
  };
  const visit = (o: KubeObject, hook: boolean) => {
    const pod = podSpecOf(o);
    if (!pod) return;
    const by = `${o.kind}/${o.metadata.name}${hook ? ' (hook)' : ''}`;
    for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref) note(ref.name, ref.key, by, ref.optional === true);
      }
      for (const e of c.envFrom ?? [])
        if (e.secretRef) note(e.secretRef.name, '*', by, e.secretRef.optional === true);
    }
    for (const v of pod.volumes ?? []) {
      if (v.secret) {
        const items: Array<{ key: string }> = v.secret.items ?? [];
        if (!items.length) note(v.secret.secretName, '*', by, v.secret.optional === true);
        for (const i of items) note(v.secret.secretName, i.key, by, v.secret.optional === true);
      }
      for (const s of v.projected?.sources ?? []) {
        if (!s.secret) continue;
        const items: Array<{ key: string }> = s.secret.items ?? [];
        if (!items.length) note(s.secret.name, '*', by, s.secret.optional === true);
        for (const i of items) note(s.secret.name, i.key, by, s.secret.optional === true);
      }
    }
    for (const p of pod.imagePullSecrets ?? []) note(p.name, '*', by, false, true);
  };
  for (const o of chart.objects) visit(o, false);
  for (const o of chart.hooks) visit(o, true);
  return out;
}

/**
 * Referenced Secrets that will not be there when the pods start: neither existing (in `existing`)
 * nor rendered by the chart (as an object or a hook that runs first), or existing without a key
 * the pods read. One line each, naming who needs it. Optional references are left out.
 */
export function missingSecrets(
  chart: RenderedChart,
  existing: (name: string) => KubeObject | undefined,
): string[] {
  const rendered = new Map(
    [...chart.objects, ...chart.hooks].filter((o) => o.kind === 'Secret').map((o) => [o.metadata.name, o]),
  );
  const out: string[] = [];
  for (const r of [...referencedSecrets(chart).values()].sort((a, b) => a.name.localeCompare(b.name))) {
    if (r.optional) continue;
    const who = [...r.by].slice(0, 3).join(', ') + (r.by.size > 3 ? `, +${r.by.size - 3} more` : '');
    const obj = existing(r.name) ?? rendered.get(r.name);
    if (!obj) {
      out.push(`Secret ${r.name} is missing (needed by ${who}${r.pullOnly ? ' to pull images' : ''})`);
      continue;
    }
    const keys = new Set([...Object.keys(obj.data ?? {}), ...Object.keys(obj.stringData ?? {})]);
    const absent = [...r.keys].filter((k) => k !== '*' && !keys.has(k));
    if (absent.length) out.push(`Secret ${r.name} lacks key(s) ${absent.join(', ')} (needed by ${who})`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Secrets the chart renders from values

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** key -> sha256 of the decoded value; stringData wins over data, as the API server does it. */
export function secretHashes(s: KubeObject): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries<string>(s.data ?? {}))
    out.set(k, sha256(Buffer.from(String(v ?? ''), 'base64')));
  for (const [k, v] of Object.entries<string>(s.stringData ?? {}))
    out.set(k, sha256(Buffer.from(String(v ?? ''), 'utf8')));
  return out;
}

/** A rendered Secret whose data would replace data the migration carried over. */
export interface ValuesOverride {
  name: string;
  /** Keys whose value differs, keys the chart drops, keys it adds: names only. */
  changed: string[];
  dropped: string[];
  added: string[];
}

/**
 * Secrets the chart renders on every install (no `helm.sh/resource-policy: keep`, not a hook: the
 * chart takes them from its values), compared by hash with the migrated ones. A lookup-gated
 * (keep) Secret is rendered client-side only because lookup sees nothing; on the cluster it is
 * left alone when present, so it is not compared.
 */
export function valuesOverrides(
  chart: RenderedChart,
  migrated: (name: string) => KubeObject | undefined,
): ValuesOverride[] {
  const out: ValuesOverride[] = [];
  for (const s of chart.objects.filter((o) => o.kind === 'Secret')) {
    if (s.metadata.annotations?.[HELM_META.resourcePolicy] === 'keep') continue;
    const before = migrated(s.metadata.name);
    if (!before) continue;
    const a = secretHashes(before);
    const b = secretHashes(s);
    const changed = [...a.keys()].filter((k) => b.has(k) && b.get(k) !== a.get(k));
    const dropped = [...a.keys()].filter((k) => !b.has(k));
    const added = [...b.keys()].filter((k) => !a.has(k));
    if (changed.length || dropped.length || added.length)
      out.push({ name: s.metadata.name, changed, dropped, added });
  }
  return out;
}

/** `Secret cognigy-smtp: values replace system-smtp-password` (key names only). */
export function describeOverride(o: ValuesOverride): string {
  const parts = [
    o.changed.length ? `values replace ${o.changed.join(', ')}` : '',
    o.dropped.length ? `drops ${o.dropped.join(', ')}` : '',
    o.added.length ? `adds ${o.added.join(', ')}` : '',
  ].filter(Boolean);
  return `Secret ${o.name}: ${parts.join('; ')}`;
}

// ---------------------------------------------------------------------------------------------
// Helm 4 (server-side apply): fields the install takes over from another manager

/** Top-level content of an object helm applies (metadata and status are not compared). */
const CONTENT_FIELDS = [
  'spec',
  'data',
  'stringData',
  'rules',
  'subjects',
  'roleRef',
  'provisioner',
  'parameters',
  'reclaimPolicy',
  'volumeBindingMode',
  'allowVolumeExpansion',
  'mountOptions',
] as const;

/** One existing object whose rendered content differs in fields another field manager owns. */
export interface FieldConflict {
  kind: string;
  name: string;
  namespace?: string;
  /** `.rules`, `.subjects`, `.data.<key>` (key names only), `.volumeBindingMode`, `.spec`. */
  fields: string[];
  /** Field managers of the existing object (managedFields), e.g. `kubectl-client-side-apply`, `k2h`. */
  managers: string[];
}

/**
 * Whether applying `want` leaves `live` as it is: every value the chart sets is already there
 * (server defaults the chart does not set are not a difference; lists compare item by item).
 */
function applied(want: unknown, live: unknown): boolean {
  if (Array.isArray(want))
    return Array.isArray(live) && want.length === live.length && want.every((w, i) => applied(w, live[i]));
  if (want && typeof want === 'object')
    return (
      !!live &&
      typeof live === 'object' &&
      Object.entries(want).every(([k, v]) => applied(v, (live as Record<string, unknown>)[k]))
    );
  return want === live || (want === null && live === undefined);
}

/**
 * What Helm 4's server-side apply will conflict on for objects that exist (adopted): every
 * content field the chart renders with another value than the object has, while other managers
 * own the object's fields. The first install then needs `--force-conflicts`. Secret data is
 * compared by hash and named by key; values never leave this function.
 */
export function fieldConflicts(
  chart: RenderedChart,
  existing: (o: KubeObject) => KubeObject | undefined,
  ownManager = 'helm',
): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const r of chart.objects) {
    const live = existing(r);
    if (!live) continue;
    // A generated credential (resource-policy keep) is rendered only while no Secret of its name
    // exists (lookup, which `helm template` cannot do): the install leaves the migrated one as it is.
    if (r.kind === 'Secret' && r.metadata.annotations?.[HELM_META.resourcePolicy] === 'keep') continue;
    const managers = [
      ...new Set(
        ((live.metadata as { managedFields?: Array<{ manager?: string }> }).managedFields ?? [])
          .map((m) => m.manager ?? '')
          .filter((m) => m && m !== ownManager),
      ),
    ];
    if (!managers.length) continue;
    const fields: string[] = [];
    for (const f of CONTENT_FIELDS) {
      const want = (r as Record<string, unknown>)[f];
      if (want === undefined) continue;
      if (r.kind === 'Secret' && (f === 'data' || f === 'stringData')) {
        const a = secretHashes(live);
        const b = secretHashes(r);
        for (const [k, h] of b) if (a.get(k) !== h) fields.push(`.data.${k}`);
        continue;
      }
      if (!applied(want, (live as Record<string, unknown>)[f])) fields.push(`.${f}`);
    }
    if (fields.length)
      out.push({ kind: r.kind, name: r.metadata.name, namespace: r.metadata.namespace, fields, managers });
  }
  return out;
}
