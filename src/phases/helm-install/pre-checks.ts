/**
 * What would make the install fail late, found before helm touches anything: the chart rendered
 * with the same values for this cluster, and compared with what exists —
 * - every object the release would own that exists carries the release's ownership (else helm
 *   refuses: "invalid ownership metadata");
 * - no StorageClass differs in an immutable field, no claim differs from the rebound one in class,
 *   size or access modes (the API server refuses the patch);
 * - every Secret a rendered pod or hook needs exists or is rendered (a missing one and the pod,
 *   the db-init hook among them, never starts: the install times out);
 * - the values do not replace migrated secret data (compared by hash, named by key) unless the
 *   caller accepts it.
 * Helm 4's field conflicts are reported as notes: --force-conflicts takes them over.
 */
import { errorMessage } from '../../core/errors';
import type { Helm } from '../../helm/helm';
import { helmOwnership, hasMetadata } from '../../helm/ownership';
import { HOOK_ANNOTATION, renderChart, type RenderedChart } from '../../helm/render';
import { clusterCapabilities } from '../../kube/capabilities';
import type { Kube, KubeObject } from '../../kube/client';
import {
  describeOverride,
  fieldConflicts,
  missingSecrets,
  storageClassDifferences,
  valuesOverrides,
} from '../chart-checks';

/** Kinds without a namespace among those a chart renders. */
const CLUSTER_SCOPED = new Set([
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'IngressClass',
  'PersistentVolume',
  'Namespace',
  'CustomResourceDefinition',
  'PriorityClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
]);

export interface PreCheckInput {
  kube: Kube;
  helm: Helm;
  release: string;
  namespace: string;
  chart: string;
  chartVersion: string;
  valuesFiles: string[];
  set: Record<string, string>;
  /** No deployed revision yet: pre-install hooks run (and render the Secrets they create). */
  firstInstall: boolean;
  acceptValuesOverrides: boolean;
}

export interface PreCheckResult {
  problems: string[];
  notes: string[];
}

const key = (o: { kind: string; metadata: { name: string; namespace?: string } }, ns: string) =>
  `${o.kind}/${CLUSTER_SCOPED.has(o.kind) ? '' : (o.metadata.namespace ?? ns)}/${o.metadata.name}`;

/** Renders the chart and checks it against the cluster. Reads only. */
export async function preInstallChecks(i: PreCheckInput): Promise<PreCheckResult> {
  const problems: string[] = [];
  const notes: string[] = [];
  let rendered: RenderedChart;
  try {
    rendered = await renderChart(i.helm, {
      release: i.release,
      chart: i.chart,
      namespace: i.namespace,
      version: i.chartVersion,
      values: i.valuesFiles,
      set: i.set,
      capabilities: await clusterCapabilities(i.kube),
    });
  } catch (err) {
    return { problems: [`the chart cannot be rendered with these values: ${errorMessage(err)}`], notes };
  }

  // What exists of what the release would own: one LIST per kind (a kind the server lacks: none).
  const kinds = new Map<string, { apiVersion: string; kind: string; cluster: boolean }>();
  for (const o of rendered.objects)
    kinds.set(`${o.apiVersion}/${o.kind}`, {
      apiVersion: o.apiVersion,
      kind: o.kind,
      cluster: CLUSTER_SCOPED.has(o.kind),
    });
  const live = new Map<string, KubeObject>();
  await Promise.all(
    [...kinds.values()].map(async (k) => {
      const items = await i.kube
        .list(k.apiVersion, k.kind, k.cluster ? undefined : i.namespace)
        .catch(() => []);
      for (const o of items) live.set(key(o, i.namespace), o);
    }),
  );
  const existing = (o: KubeObject) => live.get(key(o, i.namespace));
  const liveSecret = (name: string) => live.get(`Secret/${i.namespace}/${name}`);

  const own = helmOwnership(i.release, i.namespace);
  for (const r of rendered.objects) {
    const l = existing(r);
    if (!l) continue;
    if (!hasMetadata(l, own))
      problems.push(
        `${r.kind} ${r.metadata.name} exists without the ownership of release ${i.release} (helm would refuse it: invalid ownership metadata); run prepare-storage/migrate-secrets again`,
      );
    if (r.kind === 'StorageClass')
      for (const d of storageClassDifferences(l, r))
        problems.push(
          `StorageClass ${r.metadata.name}: ${d.field} is ${d.existing}, the chart renders ${d.rendered} (immutable: prepare-storage replaces such a class)`,
        );
    if (r.kind === 'PersistentVolumeClaim') {
      const diff: string[] = [];
      const cls = (o: KubeObject) => o.spec?.storageClassName ?? '(default)';
      if (r.spec?.storageClassName !== undefined && cls(r) !== cls(l))
        diff.push(`storageClassName ${cls(l)} -> ${cls(r)}`);
      const size = (o: KubeObject) => o.spec?.resources?.requests?.storage;
      if (size(r) && size(r) !== size(l)) diff.push(`size ${size(l)} -> ${size(r)}`);
      const modes = (o: KubeObject) => [...(o.spec?.accessModes ?? [])].sort().join(',');
      if (modes(r) && modes(r) !== modes(l)) diff.push(`accessModes ${modes(l)} -> ${modes(r)}`);
      if (diff.length)
        problems.push(
          `PVC ${i.namespace}/${r.metadata.name} is bound as it is; the chart renders it with ${diff.join(', ')} (the API server refuses that change to a bound claim)`,
        );
    }
  }

  // An upgrade runs no pre-install hook: the Secrets those create are not there for it.
  const forSecrets: RenderedChart = i.firstInstall
    ? rendered
    : {
        objects: rendered.objects,
        hooks: rendered.hooks.filter((h) =>
          String(h.metadata.annotations?.[HOOK_ANNOTATION] ?? '')
            .split(',')
            .some((t) => t.trim() !== 'pre-install'),
        ),
      };
  problems.push(...missingSecrets(forSecrets, liveSecret));

  const overrides = valuesOverrides(rendered, liveSecret);
  if (overrides.length && !i.acceptValuesOverrides)
    problems.push(
      `the values would replace migrated secret data (${overrides.map(describeOverride).join('; ')}): fix the values, or pass --accept-values-overrides to let them win`,
    );
  else for (const o of overrides) notes.push(`${describeOverride(o)} (accepted: --accept-values-overrides)`);

  for (const c of fieldConflicts(rendered, existing))
    notes.push(
      `${c.kind} ${c.name}: the chart changes ${c.fields.join(', ')} owned by ${c.managers.join(', ')} (Helm 4 takes them over with --force-conflicts)`,
    );
  return { problems, notes };
}
