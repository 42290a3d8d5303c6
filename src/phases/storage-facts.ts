/**
 * Finds the installation's PVCs and the PVs behind them, and the storage provider.
 */
import type { CognigyProfile, Provider } from '../cognigy/profile';
import type { Kube, KubeObject } from '../kube/client';
import { RECLAIM_POLICIES, type PvcFact, type ReclaimPolicy } from '../record/schema';

export interface StorageFindings {
  pvcs: PvcFact[];
  problems: string[];
  detectedProvider: Provider;
  /** Why detectedProvider was detected (PVs, classes); empty for generic. */
  evidence: string[];
}

const EFS_SERVER = /^(fs-[0-9a-f]+)\.efs\.[a-z0-9-]+\.amazonaws\.com$/;

/** The EFS file system id of a PV backed by EFS over NFS (or the EFS CSI driver). */
export function efsIdOf(pv: KubeObject): string | undefined {
  const server: string | undefined = pv.spec?.nfs?.server;
  const m = server ? EFS_SERVER.exec(server) : undefined;
  if (m) return m[1];
  const handle: string | undefined =
    pv.spec?.csi?.driver === 'efs.csi.aws.com' ? pv.spec.csi.volumeHandle : undefined;
  return handle?.split(':')[0];
}

/** Provider from the PVs' sources and the storage classes' provisioners. */
export function providerOf(pvs: KubeObject[], classes: KubeObject[]): Provider {
  if (pvs.some((pv) => efsIdOf(pv))) return 'aws';
  const azure = (s?: string) => !!s && /azure|disk\.csi\.azure\.com|file\.csi\.azure\.com/.test(s);
  if (pvs.some((pv) => pv.spec?.azureFile || pv.spec?.azureDisk || azure(pv.spec?.csi?.driver)))
    return 'azure';
  if (classes.some((c) => azure(c.provisioner))) return 'azure';
  return 'generic';
}

/** What the detected provider rests on, for messages: one line per PV or class that shows it. */
export function providerEvidence(provider: Provider, pvs: KubeObject[], classes: KubeObject[]): string[] {
  const azure = (s?: string) => !!s && /azure|disk\.csi\.azure\.com|file\.csi\.azure\.com/.test(s);
  if (provider === 'aws')
    return pvs
      .filter((pv) => efsIdOf(pv))
      .map(
        (pv) =>
          `PV ${pv.metadata.name} is an EFS mount (${pv.spec?.nfs?.server ?? `CSI ${pv.spec?.csi?.driver} ${pv.spec?.csi?.volumeHandle}`})`,
      );
  if (provider === 'azure')
    return [
      ...pvs
        .filter((pv) => pv.spec?.azureFile || pv.spec?.azureDisk || azure(pv.spec?.csi?.driver))
        .map(
          (pv) =>
            `PV ${pv.metadata.name} is ${pv.spec?.azureFile ? 'an Azure File share' : pv.spec?.azureDisk ? 'an Azure Disk' : `on CSI driver ${pv.spec.csi.driver}`}`,
        ),
      ...classes
        .filter((c) => azure(c.provisioner))
        .map((c) => `StorageClass ${c.metadata.name} has provisioner ${c.provisioner}`),
    ];
  return [];
}

/** Reads every PVC the profile migrates, its PV, and decides the provider. */
export async function findStorage(
  kube: Kube,
  namespace: string,
  profile: CognigyProfile,
): Promise<StorageFindings> {
  // Each claim and its volume, every claim at once; problems and facts in the profile's order.
  type One = { problem: string } | { pv: KubeObject; fact: PvcFact };
  const one = async (spec: { name: string }): Promise<One> => {
    const pvc = await kube.get('v1', 'PersistentVolumeClaim', spec.name, namespace);
    if (!pvc) {
      return { problem: `PVC ${namespace}/${spec.name} not found` };
    }
    if (pvc.metadata.deletionTimestamp) {
      return {
        problem: `PVC ${namespace}/${spec.name} is being deleted (Terminating); find out why before migrating`,
      };
    }
    const volume: string | undefined = pvc.spec?.volumeName;
    if (pvc.status?.phase !== 'Bound' || !volume) {
      return {
        problem: `PVC ${namespace}/${spec.name} is ${pvc.status?.phase ?? 'not bound'}, not Bound to a PV`,
      };
    }
    const pv = await kube.get('v1', 'PersistentVolume', volume);
    if (!pv) {
      return { problem: `PV ${volume} behind PVC ${spec.name} not found` };
    }
    // Rollback restores this value: an unknown one is refused, never guessed (Delete would lose data).
    const policy = pv.spec?.persistentVolumeReclaimPolicy;
    if (!(RECLAIM_POLICIES as readonly string[]).includes(policy)) {
      return {
        problem: `PV ${volume} behind PVC ${spec.name} has reclaim policy ${policy === undefined ? '(none)' : `'${String(policy)}'`}, not one of ${RECLAIM_POLICIES.join(', ')}; k2h will not guess the value rollback restores`,
      };
    }
    return {
      pv,
      fact: {
        name: spec.name,
        pv: volume,
        originalReclaimPolicy: policy as ReclaimPolicy,
        capacity: pv.spec?.capacity?.storage,
        accessModes: pvc.spec?.accessModes,
        storageClass: pvc.spec?.storageClassName ?? pv.spec?.storageClassName,
        efsId: efsIdOf(pv),
      },
    };
  };
  const [results, classes] = await Promise.all([
    Promise.all(profile.storage.pvcs.filter((p) => p.migrate).map(one)),
    kube.list('storage.k8s.io/v1', 'StorageClass'),
  ]);
  const problems = results.flatMap((r) => ('problem' in r ? [r.problem] : []));
  const pvcs = results.flatMap((r) => ('fact' in r ? [r.fact] : []));
  const pvs = results.flatMap((r) => ('pv' in r ? [r.pv] : []));
  const detectedProvider = providerOf(pvs, classes);
  return { pvcs, problems, detectedProvider, evidence: providerEvidence(detectedProvider, pvs, classes) };
}
