/**
 * The installation's inventory in the source namespace: the objects clean-up may delete, taken
 * before downtime and kept in the record with their uids. Anything else in the namespace
 * (unrelated workloads, the `kubernetes` Service, a Service whose name merely starts with
 * `service-`) is never part of it.
 *
 * - Deployments: the profile's (isInstallationDeployment).
 * - Services: those that select the pods of an installation Deployment, or are named like one
 *   (headless dependencies); never `kubernetes`.
 * - Ingresses: those whose every backend is an installation Service.
 * - PVCs: the installation's claims the record names, and the legacy single-replica `mongodb` claim.
 */
import type { KubeObject } from '../kube/client';
import { isInstallationDeployment, type CognigyProfile } from './profile';

/** One object of the inventory. */
export interface InventoryItem {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
}

export interface NamespaceContents {
  deployments: KubeObject[];
  services: KubeObject[];
  ingresses: KubeObject[];
  pvcs: KubeObject[];
}

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

const item = (o: KubeObject): InventoryItem => ({
  apiVersion: o.apiVersion,
  kind: o.kind,
  name: o.metadata.name,
  uid: String(o.metadata.uid ?? ''),
});

/** The installation's objects among `contents`, sorted by kind and name. */
export function installationInventory(
  profile: CognigyProfile,
  contents: NamespaceContents,
  claimNames: string[],
): InventoryItem[] {
  const deployments = contents.deployments.filter((d) => isInstallationDeployment(profile, d.metadata.name));
  const names = new Set(deployments.map((d) => d.metadata.name));
  const podLabels = deployments.map(
    (d) => d.spec?.template?.metadata?.labels as Record<string, string> | undefined,
  );
  const services = contents.services.filter((s) => {
    if (s.metadata.name === 'kubernetes') return false;
    const selector = s.spec?.selector as Record<string, string> | undefined;
    if (selector && Object.keys(selector).length) return podLabels.some((l) => matches(selector, l));
    return names.has(s.metadata.name);
  });
  const serviceNames = new Set(services.map((s) => s.metadata.name));
  const ingresses = contents.ingresses.filter((i) => {
    const backends = [
      i.spec?.defaultBackend?.service?.name,
      ...((i.spec?.rules ?? []) as any[]).flatMap((r) =>
        ((r.http?.paths ?? []) as any[]).map((p) => p.backend?.service?.name),
      ),
    ].filter((b): b is string => !!b);
    return backends.length > 0 && backends.every((b) => serviceNames.has(b));
  });
  const claims = new Set([...claimNames, profile.mongodb.legacyPvc]);
  const pvcs = contents.pvcs.filter((p) => claims.has(p.metadata.name));
  return [...deployments, ...services, ...ingresses, ...pvcs]
    .map(item)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
