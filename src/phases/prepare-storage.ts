/**
 * prepare-storage: everything about storage and cluster-scoped objects that can be done while
 * Cognigy.AI still serves traffic. Retain the PVs (original policy recorded first), back up the
 * PVC manifests and write the Helm ones, adopt the cluster-scoped objects the chart will own.
 */
import yaml from 'js-yaml';
import { profileFor, type CognigyProfile } from '../cognigy/profile';
import type { Kube, KubeObject } from '../kube/client';
import type { MigrationRecord, PvcFact } from '../record/schema';
import { type RecordStore, writeFileAtomic } from '../record/store';
import { ConfigurationError } from '../core/errors';
import type { Step } from '../steps/step';
import { foreignHelmOwner, hasMetadata, HELM_META, helmOwnership } from '../helm/ownership';
import { adoptionFact } from '../kube/adopt';
import { stripServerFields } from '../kube/manifest';
import { recordAdoption } from '../record/adoptions';
import { loadRecord } from './load-record';
import { runPhaseSteps } from './run-steps';
import { PROVIDER, TRAEFIK } from './shared-inputs';
import type { PhaseContext, PhaseDefinition, PhaseResult } from './types';

/** File names of the PVC backups, as the runbook names them. */
export const kustomizeBackupName = (pvc: string) => `${pvc}-pvc-kustomize.yaml`;
export const helmManifestName = (pvc: string) => `${pvc}-pvc.yaml`;

/** Annotations the PV controller and provisioners set on a bound claim; wrong on a new claim. */
const BINDING_ANNOTATIONS = [
  'pv.kubernetes.io/bind-completed',
  'pv.kubernetes.io/bound-by-controller',
  'volume.beta.kubernetes.io/storage-provisioner',
  'volume.kubernetes.io/storage-provisioner',
  'volume.kubernetes.io/selected-node',
];

/** The PVC for the Helm release: target namespace, Helm ownership, bound to the recorded PV. */
export function helmPvcManifest(pvc: KubeObject, pv: string, release: string, target: string): KubeObject {
  const out = stripServerFields(pvc);
  const own = helmOwnership(release, target);
  out.metadata = {
    name: pvc.metadata.name,
    namespace: target,
    annotations: { ...(out.metadata.annotations ?? {}), ...own.annotations },
    labels: { ...(out.metadata.labels ?? {}), ...own.labels },
  };
  for (const a of BINDING_ANNOTATIONS) delete out.metadata.annotations![a];
  out.spec = { ...out.spec, volumeName: pv };
  return out;
}

const toYaml = (o: unknown) => yaml.dump(o, { lineWidth: -1, noRefs: true });

function retainStep(kube: Kube, p: PvcFact): Step {
  return {
    id: `retain/${p.pv}`,
    title: `reclaim policy Retain on PV ${p.pv} (${p.name})`,
    isDone: async () =>
      (await kube.get('v1', 'PersistentVolume', p.pv))?.spec?.persistentVolumeReclaimPolicy === 'Retain',
    describe: async () => [
      `patch PV ${p.pv}: persistentVolumeReclaimPolicy ${p.originalReclaimPolicy} -> Retain`,
    ],
    apply: async () => {
      const pv = await kube.get('v1', 'PersistentVolume', p.pv);
      if (!pv) throw new ConfigurationError(`PV ${p.pv} (behind ${p.name}) is gone; re-run preflight`);
      await kube.patch('v1', 'PersistentVolume', p.pv, undefined, {
        spec: { persistentVolumeReclaimPolicy: 'Retain' },
      });
      return [`PV ${p.pv}: reclaim policy ${pv.spec?.persistentVolumeReclaimPolicy} -> Retain`];
    },
  };
}

function backupStep(kube: Kube, p: PvcFact, record: MigrationRecord, store: RecordStore): Step {
  const source = record.sourceNamespace;
  const helmYaml = (original: string) =>
    toYaml(helmPvcManifest(yaml.load(original) as KubeObject, p.pv, record.release, record.targetNamespace));
  return {
    id: `backup/${p.name}`,
    title: `back up PVC ${source}/${p.name} and write its Helm manifest`,
    // The backup is taken once, from the live kustomize PVC, and never overwritten (the PVC may
    // be gone by then). The Helm manifest is derived from it and must match the record as it is
    // now (target namespace, release, PV): a re-run after a changed preflight rewrites it.
    isDone: async () => {
      const original = store.readBackup(kustomizeBackupName(p.name));
      return !!original && store.readBackup(helmManifestName(p.name)) === helmYaml(original);
    },
    describe: async () => [
      `write ${store.backupDir}/${kustomizeBackupName(p.name)} (the PVC as it is), unless it exists`,
      `write ${store.backupDir}/${helmManifestName(p.name)} (namespace ${record.targetNamespace}, Helm ownership, volumeName ${p.pv})`,
    ],
    apply: async () => {
      const changes: string[] = [];
      let original = store.readBackup(kustomizeBackupName(p.name));
      if (!original) {
        const live = await kube.get('v1', 'PersistentVolumeClaim', p.name, source);
        if (!live) throw new ConfigurationError(`PVC ${source}/${p.name} is gone and no backup of it exists`);
        if (live.spec?.volumeName !== p.pv)
          throw new ConfigurationError(
            `PVC ${source}/${p.name} is bound to ${live.spec?.volumeName}, the record says ${p.pv}; re-run preflight`,
          );
        original = toYaml(live);
        await store.saveBackup(record, kustomizeBackupName(p.name), original);
        changes.push(`backed up ${kustomizeBackupName(p.name)}`);
      }
      await store.saveBackup(record, helmManifestName(p.name), helmYaml(original));
      changes.push(`wrote ${helmManifestName(p.name)}`);
      return changes;
    },
  };
}

interface AdoptTarget {
  apiVersion: string;
  kind: string;
  name: string;
}

/** An object to adopt, as it was read when the phase planned. */
interface FoundTarget extends AdoptTarget {
  obj: KubeObject;
}

function adoptStep(kube: Kube, t: FoundTarget, record: MigrationRecord, store: RecordStore): Step {
  const own = helmOwnership(record.release, record.targetNamespace);
  return {
    id: `adopt/${t.kind}/${t.name}`,
    title: `adopt ${t.kind} ${t.name} into release ${record.release}`,
    isDone: async () => hasMetadata(await kube.get(t.apiVersion, t.kind, t.name), own),
    describe: async () => [
      `annotate ${t.kind} ${t.name} ${Object.entries(own.annotations)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
      `label ${t.kind} ${t.name} ${HELM_META.managedBy}=${HELM_META.managedByHelm}`,
    ],
    // The metadata it had when planned (before k2h touched it) is what rollback restores.
    writeAhead: async () => {
      if (recordAdoption(record, adoptionFact(t.obj, own))) await store.save(record);
    },
    apply: async () => {
      await kube.patch(t.apiVersion, t.kind, t.name, undefined, { metadata: own });
      return [`${t.kind} ${t.name}: Helm ownership annotations and label added`];
    },
  };
}

/** The cluster-scoped objects the chart will own, for this provider: those that exist, and the rest. */
export async function adoptionTargets(
  kube: Kube,
  profile: CognigyProfile,
  provider: MigrationRecord['provider'],
  traefik: boolean,
): Promise<{ targets: FoundTarget[]; absent: string[] }> {
  const of = (apiVersion: string, kind: string) => (name: string) => ({ apiVersion, kind, name });
  const storageClass = of('storage.k8s.io/v1', 'StorageClass');
  const rbac = (kind: string) => of('rbac.authorization.k8s.io/v1', kind);
  const wanted: AdoptTarget[] = [
    ...profile.storage.storageClasses[provider].map(storageClass),
    ...profile.storage.clusterRoleBindings[provider].map(rbac('ClusterRoleBinding')),
  ];
  // On AWS the chart also renders StorageClass redis-persistent, which the kustomize overlay created.
  if (provider === 'aws') wanted.push(storageClass(profile.storage.awsRedisPersistentStorageClass));
  if (traefik)
    wanted.push(
      ...profile.traefik.clusterRoles.map(rbac('ClusterRole')),
      ...profile.traefik.clusterRoleBindings.map(rbac('ClusterRoleBinding')),
      ...profile.traefik.ingressClasses.map(of('networking.k8s.io/v1', 'IngressClass')),
    );
  const targets: FoundTarget[] = [];
  const absent: string[] = [];
  for (const t of wanted) {
    const obj = await kube.get(t.apiVersion, t.kind, t.name);
    if (obj) targets.push({ ...t, obj });
    else absent.push(`${t.kind} ${t.name}`);
  }
  return { targets, absent };
}

/** Helm values with the EFS ids, under the keys of the chart version. */
export function efsValues(profile: CognigyProfile, pvcs: PvcFact[]): string | undefined {
  const id = (n: string) => pvcs.find((p) => p.name === n)?.efsId;
  const fm = id('flow-modules');
  const fn = id('functions');
  if (!fm || !fn) return undefined;
  const doc: Record<string, unknown> = {};
  const set = (path: string, v: string) => {
    const parts = path.split('.');
    let o = doc as Record<string, any>;
    for (const p of parts.slice(0, -1)) o = o[p] ??= {};
    o[parts[parts.length - 1]] = v;
  };
  set(profile.storage.efsValuesKeys.flowModules, fm);
  set(profile.storage.efsValuesKeys.functions, fn);
  return yaml.dump(doc);
}

async function runPrepareStorage(ctx: PhaseContext): Promise<PhaseResult> {
  const { record, store } = await loadRecord(ctx);
  const kube = await ctx.kube();
  const profile = profileFor(record.product.version);
  const provider =
    ctx.inputs.provider === 'auto' ? record.provider : (ctx.inputs.provider as MigrationRecord['provider']);
  const traefik = ctx.inputs.traefik === 'auto' ? record.traefik : ctx.inputs.traefik === 'true';
  if (!record.pvcs.length) throw new ConfigurationError('the record lists no PVCs; re-run preflight');

  const { targets, absent } = await adoptionTargets(kube, profile, provider, traefik);
  for (const a of absent) ctx.logger.info(`not present, nothing to adopt: ${a}`);
  // Objects another Helm release owns are found before anything changes, all of them at once.
  const foreign = targets.flatMap((t) => {
    const owner = foreignHelmOwner(t.obj, record.release, record.targetNamespace);
    return owner ? [`${t.kind} ${t.name} already belongs to Helm release ${owner}`] : [];
  });
  if (foreign.length)
    throw new ConfigurationError(
      `k2h will not take over objects of another Helm release; nothing was changed:\n  - ${foreign.join('\n  - ')}`,
    );
  const steps: Step[] = [
    ...record.pvcs.map((p) => retainStep(kube, p)),
    ...record.pvcs.map((p) => backupStep(kube, p, record, store)),
    ...targets.map((t) => adoptStep(kube, t, record, store)),
  ];
  const outputs: Record<string, string> = { 'pvc-backups': store.backupDir };
  const report: string[] = [`Provider: ${provider}; Traefik adopted: ${traefik ? 'yes' : 'no'}`];
  if (provider === 'aws') {
    const values = efsValues(profile, record.pvcs);
    if (!values)
      throw new ConfigurationError(
        'AWS: the record lacks the EFS ids of flow-modules/functions; re-run preflight',
      );
    outputs['efs-values'] = values;
    report.push('', 'Add to your values for the Cognigy.AI chart:', '```yaml', values.trimEnd(), '```');
  }
  const result = await runPhaseSteps(ctx, 'prepare-storage', steps, { record, store, outputs, report });
  if (result.ok && !ctx.dryRun && outputs['efs-values']) {
    writeFileAtomic(`${store.dir}/efs-values.yaml`, outputs['efs-values']);
  }
  return result;
}

export const prepareStorage: PhaseDefinition = {
  name: 'prepare-storage',
  description:
    'Set reclaim policy Retain on the PVs, back up the PVC manifests and write the Helm ones, adopt StorageClasses/RBAC/IngressClass into the release.',
  mutating: true,
  inputs: [PROVIDER, TRAEFIK],
  outputs: [
    {
      name: 'efs-values',
      description: 'AWS only: Helm values snippet with the EFS ids for the chart version.',
    },
    { name: 'pvc-backups', description: 'Directory of the PVC manifest backups.' },
  ],
  run: runPrepareStorage,
};
