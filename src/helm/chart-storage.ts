/**
 * What a rendered chart says about storage, kept in the migration record by preflight so that
 * prepare-storage and downtime create the claims and classes the release expects without
 * rendering again: each claim's class, size, access modes and metadata; each StorageClass as
 * rendered. Knows nothing of Cognigy.
 */
import type { KubeObject } from '../kube/client';
import type { RenderedChart } from './render';

/** A PersistentVolumeClaim the chart renders: the claim the release expects, field by field. */
export interface ExpectedClaim {
  name: string;
  /** undefined: the chart sets none (the cluster's default class would apply to a new claim). */
  storageClassName?: string;
  size?: string;
  accessModes: string[];
  annotations: Record<string, string>;
  labels: Record<string, string>;
}

/** The storage part of a rendered chart (no Secrets: nothing here is confidential). */
export interface ChartStorageFacts {
  claims: ExpectedClaim[];
  /** StorageClasses as the chart renders them (cluster-scoped, no namespace). */
  storageClasses: KubeObject[];
}

/** The claims the chart renders (not hooks), by name. */
export function expectedClaims(chart: RenderedChart): Map<string, ExpectedClaim> {
  const out = new Map<string, ExpectedClaim>();
  for (const o of chart.objects.filter((x) => x.kind === 'PersistentVolumeClaim'))
    out.set(o.metadata.name, {
      name: o.metadata.name,
      storageClassName: o.spec?.storageClassName ?? undefined,
      size: o.spec?.resources?.requests?.storage,
      accessModes: o.spec?.accessModes ?? [],
      annotations: { ...(o.metadata.annotations ?? {}) },
      labels: { ...(o.metadata.labels ?? {}) },
    });
  return out;
}

/** The facts to record. */
export function chartStorageFacts(chart: RenderedChart): ChartStorageFacts {
  return {
    claims: [...expectedClaims(chart).values()],
    storageClasses: chart.objects
      .filter((o) => o.kind === 'StorageClass')
      .map((o) => JSON.parse(JSON.stringify(o)) as KubeObject),
  };
}
