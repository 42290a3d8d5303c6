/**
 * Helpers the phases share: reading the record, Helm ownership metadata, server-field stripping.
 */
import { HELM_META } from '../cognigy/profile';
import type { KubeObject } from '../kube/client';
import { LAST_APPLIED, SERVER_METADATA_FIELDS } from '../kube/manifest';
import type { AdoptionFact, MigrationRecord } from '../record/schema';
import type { RecordStore } from '../record/store';
import { ConfigurationError } from '../runtime/errors';
import type { PhaseContext } from './types';

/** Loads the record and checks the inputs name the same migration. */
export async function loadRecord(
  ctx: PhaseContext,
): Promise<{ record: MigrationRecord; store: RecordStore }> {
  const store = await ctx.store();
  const record = await store.load();
  const mismatches: string[] = [];
  const check = (input: string, recorded: string) => {
    if (String(ctx.inputs[input]) !== recorded)
      mismatches.push(`${input} is '${String(ctx.inputs[input])}' but preflight recorded '${recorded}'`);
  };
  check('source-namespace', record.sourceNamespace);
  check('target-namespace', record.targetNamespace);
  check('release', record.release);
  if (mismatches.length)
    throw new ConfigurationError(
      `the inputs do not match the migration record in ${store.dir}:\n  - ${mismatches.join('\n  - ')}\nRe-run preflight with the new inputs, or pass the recorded ones.`,
    );
  return { record, store };
}

/** Helm ownership annotations and label for adoption into `release` in `namespace`. */
export function helmOwnership(release: string, namespace: string) {
  return {
    annotations: { [HELM_META.releaseName]: release, [HELM_META.releaseNamespace]: namespace },
    labels: { [HELM_META.managedBy]: HELM_META.managedByHelm },
  };
}

/** Label on every object k2h creates; preflight accepts a target namespace holding only these. */
export const CREATED_BY_LABEL = 'app.kubernetes.io/created-by';
export const CREATED_BY = { [CREATED_BY_LABEL]: 'k2h' } as const;

/** True when k2h created `obj` (it carries the created-by label). */
export function createdByK2h(
  obj: KubeObject | { metadata: { labels?: Record<string, string> } } | undefined,
): boolean {
  return obj?.metadata.labels?.[CREATED_BY_LABEL] === CREATED_BY[CREATED_BY_LABEL];
}

type Metadata = { annotations: Record<string, string>; labels: Record<string, string> };

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

/** Records an adoption once (by kind, name, namespace); true when it was new. */
export function recordAdoption(record: MigrationRecord, fact: AdoptionFact): boolean {
  const known = record.adoptions.some(
    (a) => a.kind === fact.kind && a.name === fact.name && (a.namespace ?? '') === (fact.namespace ?? ''),
  );
  if (!known) record.adoptions.push(fact);
  return !known;
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

/** Markdown table. */
export function table(head: string[], rows: string[][]): string[] {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ];
}
