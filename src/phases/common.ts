/**
 * Helpers the phases share: reading the record, Helm ownership metadata, server-field stripping.
 */
import { HELM_META } from '../cognigy/profile';
import type { KubeObject } from '../kube/client';
import { LAST_APPLIED, SERVER_METADATA_FIELDS } from '../kube/manifest';
import type { MigrationRecord } from '../record/schema';
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

/** True when `obj` carries every annotation and label in `meta`. */
export function hasMetadata(
  obj: KubeObject | undefined,
  meta: { annotations: Record<string, string>; labels: Record<string, string> },
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
