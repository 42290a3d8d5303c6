/**
 * prepare-storage: everything about storage and cluster-scoped objects that can be done while
 * Cognigy.AI still serves traffic. Retain the PVs (original policy recorded first), back up the
 * PVC manifests and write the Helm ones, adopt the cluster-scoped objects the chart will own.
 */
import yaml from 'js-yaml';
import { profileFor, type CognigyProfile } from '../cognigy/profile';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kube, KubeObject } from '../kube/client';
import { Observation, type ObserveQuery } from '../kube/observation';
import { RECLAIM_POLICIES, type MigrationRecord, type PvcFact, type ReclaimPolicy } from '../record/schema';
import { type RecordStore, writeFileAtomic } from '../record/store';
import { ConfigurationError } from '../core/errors';
import type { Stage, Step } from '../steps/step';
import { foreignHelmOwner, hasMetadata, HELM_META, helmOwnership } from '../helm/ownership';
import { adoptionFact } from '../kube/adopt';
import { stripServerFields } from '../kube/manifest';
import { recordAdoption } from '../record/adoptions';
import { loadRecord } from './load-record';
import type { ExpectedClaim } from '../helm/chart-storage';
import { adoptedBackupName } from './rollback/restore';
import {
  describeReplacement,
  storageClassDifferences,
  storageClassForCreate,
  storageClassReplacements,
} from './chart-checks';
import { runPhaseSteps } from './run-steps';
import type { PhaseContext, PhaseDefinition, PhaseResult } from './types';
import { prepareStorageSpec } from './specs';

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

/**
 * The PVC for the Helm release: target namespace, Helm ownership, bound to the recorded PV. When
 * the chart renders the claim, the manifest is the chart's (class, size, access modes, metadata):
 * helm patches an adopted claim towards its own manifest, and a bound claim's spec is immutable
 * ("spec is immutable after creation"), so a claim copied from the kustomize one with another
 * class makes the install fail. A claim the chart does not render (generic flow-modules and
 * functions: the user's own) moves as it is.
 */
export function helmPvcManifest(
  pvc: KubeObject,
  pv: string,
  release: string,
  target: string,
  chartClaim?: ExpectedClaim,
): KubeObject {
  const own = helmOwnership(release, target);
  if (chartClaim) {
    const spec: Record<string, unknown> = { accessModes: [...chartClaim.accessModes] };
    // A chart claim without a class keeps the volume's (the default-class admission would pick another).
    const cls = chartClaim.storageClassName ?? pvc.spec?.storageClassName;
    if (cls !== undefined) spec.storageClassName = cls;
    spec.resources = { requests: { storage: chartClaim.size ?? pvc.spec?.resources?.requests?.storage } };
    spec.volumeName = pv;
    return {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: pvc.metadata.name,
        namespace: target,
        annotations: { ...chartClaim.annotations, ...own.annotations },
        labels: { ...chartClaim.labels, ...own.labels },
      },
      spec,
    };
  }
  const out = stripServerFields(pvc);
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

/** The chart's claim of that name, as preflight recorded it (undefined: none, or not rendered). */
const chartClaimOf = (record: MigrationRecord, name: string): ExpectedClaim | undefined =>
  record.chart?.claims.find((c) => c.name === name);

const toYaml = (o: unknown) => yaml.dump(o, { lineWidth: -1, noRefs: true });

const PV = ['v1', 'PersistentVolume'] as const;
const PVC = ['v1', 'PersistentVolumeClaim'] as const;

function retainStep(kube: Kube, p: PvcFact): Step<Observation> {
  const observed = (obs: Observation) => obs.get(...PV, p.pv);
  return {
    id: `retain/${p.pv}`,
    title: `reclaim policy Retain on PV ${p.pv} (${p.name})`,
    isDone: (obs) => observed(obs)?.spec?.persistentVolumeReclaimPolicy === 'Retain',
    describe: (obs) => [
      `patch PV ${p.pv}: persistentVolumeReclaimPolicy ${observed(obs)?.spec?.persistentVolumeReclaimPolicy ?? p.originalReclaimPolicy} -> Retain`,
    ],
    // The undo fact is the policy the PV has now, at the moment of change, not the one preflight
    // saw days before; an unknown one is refused (rollback would have to guess it).
    writeAhead: (obs) => {
      const live = observed(obs)?.spec?.persistentVolumeReclaimPolicy;
      if (!(RECLAIM_POLICIES as readonly string[]).includes(live))
        throw new ConfigurationError(
          `PV ${p.pv} (behind ${p.name}) has reclaim policy ${live === undefined ? '(none)' : `'${String(live)}'`}, not one of ${RECLAIM_POLICIES.join(', ')}: k2h will not guess what rollback restores; nothing was changed`,
        );
      if (p.originalReclaimPolicy === live && p.reclaimPolicyReadAt) return false;
      p.originalReclaimPolicy = live as ReclaimPolicy;
      p.reclaimPolicyReadAt = new Date().toISOString();
      return true;
    },
    apply: async (obs) => {
      const pv = observed(obs);
      if (!pv) throw new ConfigurationError(`PV ${p.pv} (behind ${p.name}) is gone; re-run preflight`);
      obs.put(
        await kube.patch(...PV, p.pv, undefined, { spec: { persistentVolumeReclaimPolicy: 'Retain' } }),
      );
      return [`PV ${p.pv}: reclaim policy ${pv.spec?.persistentVolumeReclaimPolicy} -> Retain`];
    },
  };
}

/** Writes a backup file into the state dir; the journal's next commit mirrors it. */
function writeBackup(store: RecordStore, name: string, text: string): void {
  mkdirSync(store.backupDir, { recursive: true });
  writeFileAtomic(join(store.backupDir, name), text);
}

/**
 * The PVC backups are undo facts (the downtime deletes the PVCs): they are written ahead, from the
 * observed PVC, and mirrored with the record in the plan's one commit, before any PV is patched.
 */
function backupStep(p: PvcFact, record: MigrationRecord, store: RecordStore): Step<Observation> {
  const source = record.sourceNamespace;
  const helmYaml = (original: string) =>
    toYaml(
      helmPvcManifest(
        yaml.load(original) as KubeObject,
        p.pv,
        record.release,
        record.targetNamespace,
        chartClaimOf(record, p.name),
      ),
    );
  const written: string[] = [];
  return {
    id: `backup/${p.name}`,
    title: `back up PVC ${source}/${p.name} and write its Helm manifest`,
    // The backup is taken once, from the live kustomize PVC, and never overwritten (the PVC may
    // be gone by then). The Helm manifest is derived from it and must match the record as it is
    // now (target namespace, release, PV): a re-run after a changed preflight rewrites it.
    isDone: () => {
      const original = store.readBackup(kustomizeBackupName(p.name));
      return !!original && store.readBackup(helmManifestName(p.name)) === helmYaml(original);
    },
    describe: () => [
      `write ${store.backupDir}/${kustomizeBackupName(p.name)} (the PVC as it is), unless it exists`,
      `write ${store.backupDir}/${helmManifestName(p.name)} (namespace ${record.targetNamespace}, Helm ownership, volumeName ${p.pv}` +
        (chartClaimOf(record, p.name)
          ? `; class, size and access modes as the chart renders them: ${describeClaim(chartClaimOf(record, p.name)!)})`
          : ')'),
    ],
    writeAhead: (obs) => {
      let original = store.readBackup(kustomizeBackupName(p.name));
      if (!original) {
        const live = obs.get(...PVC, p.name, source);
        if (!live) throw new ConfigurationError(`PVC ${source}/${p.name} is gone and no backup of it exists`);
        if (live.spec?.volumeName !== p.pv)
          throw new ConfigurationError(
            `PVC ${source}/${p.name} is bound to ${live.spec?.volumeName}, the record says ${p.pv}; re-run preflight`,
          );
        original = toYaml(live);
        writeBackup(store, kustomizeBackupName(p.name), original);
        written.push(`backed up ${kustomizeBackupName(p.name)}`);
      }
      writeBackup(store, helmManifestName(p.name), helmYaml(original));
      written.push(`wrote ${helmManifestName(p.name)}`);
      return true;
    },
    // Nothing left to do: the files were written ahead (and mirrored by the journal's commit).
    apply: async () => written.splice(0),
  };
}

const describeClaim = (c: ExpectedClaim) =>
  `class ${c.storageClassName ?? '-'}, ${c.size ?? '?'}, ${c.accessModes.join(',')}`;

/**
 * The PV's storageClassName set to the class of the chart's claim, so the release's claim binds
 * (the PV controller binds a claim only to a volume of its class). The API allows it on a bound
 * PV; the old claim stays bound until the downtime deletes it. The original class is the one in
 * the record (PvcFact.storageClass) and the kustomize claim backup: rollback sets it back.
 */
function pvClassStep(kube: Kube, p: PvcFact, want: string): Step<Observation> {
  const observed = (obs: Observation) => obs.get(...PV, p.pv);
  return {
    id: `pv-class/${p.pv}`,
    title: `storageClassName ${want} on PV ${p.pv} (${p.name}), the class of the chart's claim`,
    isDone: (obs) => observed(obs)?.spec?.storageClassName === want,
    describe: (obs) => [
      `patch PV ${p.pv}: storageClassName ${observed(obs)?.spec?.storageClassName ?? '-'} -> ${want} (the chart's claim ${p.name} asks for ${want}; rollback sets it back)`,
    ],
    apply: async (obs) => {
      const pv = observed(obs);
      if (!pv) throw new ConfigurationError(`PV ${p.pv} (behind ${p.name}) is gone; re-run preflight`);
      obs.put(await kube.patch(...PV, p.pv, undefined, { spec: { storageClassName: want } }));
      return [`PV ${p.pv}: storageClassName ${pv.spec?.storageClassName ?? '-'} -> ${want}`];
    },
  };
}

/** Writes the copy rollback restores an adopted object from, once (the first one is as it was). */
function keepCopy(store: RecordStore, obj: KubeObject): void {
  const name = adoptedBackupName(obj.kind, obj.metadata.name);
  if (!store.readBackup(name)) writeBackup(store, name, toYaml(stripServerFields(obj)));
}

/**
 * A StorageClass whose immutable fields differ from the chart's cannot be adopted (the API server
 * refuses the install's patch): it is deleted and created as the chart renders it, with Helm
 * ownership. Bound PVs keep their class name and their data; nothing else refers to the object.
 * The old definition is kept (adopted.StorageClass.<name>.yaml) and its adoption recorded, so
 * rollback re-creates it as it was.
 */
function replaceClassStep(
  kube: Kube,
  rendered: KubeObject,
  existing: KubeObject | undefined,
  record: MigrationRecord,
  store: RecordStore,
): Step<Observation> {
  const name = rendered.metadata.name;
  const own = helmOwnership(record.release, record.targetNamespace);
  const wanted = storageClassForCreate(rendered, own);
  const live = (obs: Observation) => obs.get(STORAGE_CLASS.apiVersion, STORAGE_CLASS.kind, name);
  const what = existing
    ? describeReplacement({
        name,
        existing,
        rendered,
        differences: storageClassDifferences(existing, rendered),
      })
    : `StorageClass ${name}`;
  return {
    id: `replace/StorageClass/${name}`,
    title: `replace ${what} (immutable fields; created as the chart renders it, owned by ${record.release})`,
    isDone: (obs) => {
      const o = live(obs);
      return !!o && !storageClassDifferences(o, rendered).length && hasMetadata(o, own);
    },
    describe: () => [
      existing
        ? `delete StorageClass ${name} (kept as ${adoptedBackupName('StorageClass', name)} for rollback; bound PVs keep their data)`
        : `StorageClass ${name} was deleted by an earlier run`,
      `create StorageClass ${name} as the chart renders it, with Helm ownership of release ${record.release}`,
    ],
    writeAhead: () => {
      if (!existing) return false;
      keepCopy(store, existing);
      return recordAdoption(record, adoptionFact(existing, own));
    },
    apply: async (obs) => {
      const changes: string[] = [];
      const o = live(obs);
      if (o) {
        await kube.delete(
          STORAGE_CLASS.apiVersion,
          STORAGE_CLASS.kind,
          name,
          undefined,
          false,
          o.metadata.uid,
        );
        obs.remove(STORAGE_CLASS.apiVersion, STORAGE_CLASS.kind, name);
        changes.push(`StorageClass ${name} deleted (${adoptedBackupName('StorageClass', name)} kept)`);
      }
      obs.put(await kube.create(wanted));
      changes.push(`StorageClass ${name} created as the chart renders it, owned by ${record.release}`);
      return changes;
    },
  };
}

interface AdoptTarget {
  apiVersion: string;
  kind: string;
  name: string;
}

/** An object to adopt, as it was observed when the phase planned. */
interface FoundTarget extends AdoptTarget {
  obj: KubeObject;
}

function adoptStep(
  kube: Kube,
  t: FoundTarget,
  record: MigrationRecord,
  store: RecordStore,
): Step<Observation> {
  const own = helmOwnership(record.release, record.targetNamespace);
  return {
    id: `adopt/${t.kind}/${t.name}`,
    title: `adopt ${t.kind} ${t.name} into release ${record.release}`,
    isDone: (obs) => hasMetadata(obs.get(t.apiVersion, t.kind, t.name), own),
    describe: () => [
      `annotate ${t.kind} ${t.name} ${Object.entries(own.annotations)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
      `label ${t.kind} ${t.name} ${HELM_META.managedBy}=${HELM_META.managedByHelm}`,
    ],
    // The metadata it had when observed (before k2h touched it) is what rollback restores, and
    // a copy as it was: helm-install changes specs (the Traefik bindings' subjects move).
    writeAhead: () => {
      keepCopy(store, t.obj);
      return recordAdoption(record, adoptionFact(t.obj, own));
    },
    apply: async (obs) => {
      obs.put(await kube.patch(t.apiVersion, t.kind, t.name, undefined, { metadata: own }));
      return [`${t.kind} ${t.name}: Helm ownership annotations and label added`];
    },
  };
}

const STORAGE_CLASS = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass' };
const rbacKind = (kind: string) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind });
const INGRESS_CLASS = { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass' };

/** The LISTs prepare-storage plans from: PVs, the source PVCs and the kinds it may adopt. */
export function storageQueries(source: string): ObserveQuery[] {
  return [
    { apiVersion: 'v1', kind: 'PersistentVolume' },
    { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: source },
    STORAGE_CLASS,
    rbacKind('ClusterRoleBinding'),
    rbacKind('ClusterRole'),
    INGRESS_CLASS,
  ];
}

/** The cluster-scoped objects the chart will own, for this provider: those observed, and the rest. */
export function adoptionTargets(
  obs: Observation,
  profile: CognigyProfile,
  provider: MigrationRecord['provider'],
  traefik: boolean,
  /** The StorageClasses the chart renders (record.chart); without it, the profile's for the provider. */
  chartClasses?: string[],
): { targets: FoundTarget[]; absent: string[] } {
  const of = (k: { apiVersion: string; kind: string }) => (name: string) => ({ ...k, name });
  const classes = chartClasses ?? [
    ...profile.storage.storageClasses[provider],
    // On AWS the chart also renders StorageClass redis-persistent, which the kustomize overlay created.
    ...(provider === 'aws' ? [profile.storage.awsRedisPersistentStorageClass] : []),
  ];
  const wanted: AdoptTarget[] = [
    ...classes.map(of(STORAGE_CLASS)),
    ...profile.storage.clusterRoleBindings[provider].map(of(rbacKind('ClusterRoleBinding'))),
  ];
  if (traefik)
    wanted.push(
      ...profile.traefik.clusterRoles.map(of(rbacKind('ClusterRole'))),
      ...profile.traefik.clusterRoleBindings.map(of(rbacKind('ClusterRoleBinding'))),
      ...profile.traefik.ingressClasses.map(of(INGRESS_CLASS)),
    );
  const targets: FoundTarget[] = [];
  const absent: string[] = [];
  for (const t of wanted) {
    const obj = obs.get(t.apiVersion, t.kind, t.name);
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
  const kube = await ctx.kube();
  // One observation, all at once, with the record (loadRecord checks the namespaces match it).
  const [{ record, store }, obs] = await Promise.all([
    loadRecord(ctx),
    Observation.of(kube, storageQueries(String(ctx.inputs['source-namespace']))),
  ]);
  const profile = profileFor(record.product.version);
  const provider =
    ctx.inputs.provider === 'auto' ? record.provider : (ctx.inputs.provider as MigrationRecord['provider']);
  const traefik = ctx.inputs.traefik === 'auto' ? record.traefik : ctx.inputs.traefik === 'true';
  if (!record.pvcs.length) throw new ConfigurationError('the record lists no PVCs; re-run preflight');

  const chartClasses = record.chart?.storageClasses ?? [];
  const chartNames = chartClasses.map((c) => c.metadata.name);
  // The chart's classes; those the profile knows for the provider too, when they exist (values
  // rendered for another provider than the cluster's: preflight warns about it).
  const profileClasses = [
    ...profile.storage.storageClasses[provider],
    ...(provider === 'aws' ? [profile.storage.awsRedisPersistentStorageClass] : []),
  ];
  const { targets: found, absent: missing } = adoptionTargets(
    obs,
    profile,
    provider,
    traefik,
    record.chart ? [...new Set([...chartNames, ...profileClasses])] : undefined,
  );
  // Classes the chart does not render are not worth a line when absent (generic: none at all).
  const absent = record.chart
    ? missing.filter(
        (a) => !a.startsWith('StorageClass ') || chartNames.includes(a.slice('StorageClass '.length)),
      )
    : missing;
  if (!record.chart)
    ctx.logger.warn(
      "the record has no rendered chart (preflight ran without the image check): the release's claims are copied from the kustomize ones and StorageClasses are not compared with the chart's",
    );
  // Classes whose immutable fields differ are replaced, not adopted; one deleted by an earlier
  // run that stopped before the create is created now (its copy was kept).
  const replacements = storageClassReplacements({ storageClasses: chartClasses }, (n) =>
    obs.get(STORAGE_CLASS.apiVersion, STORAGE_CLASS.kind, n),
  );
  const replaced = new Set(replacements.map((r) => r.name));
  const unfinished = chartClasses.filter(
    (c) =>
      !obs.get(STORAGE_CLASS.apiVersion, STORAGE_CLASS.kind, c.metadata.name) &&
      !!store.readBackup(adoptedBackupName('StorageClass', c.metadata.name)) &&
      record.adoptions.some((a) => a.kind === 'StorageClass' && a.name === c.metadata.name),
  );
  const targets = found.filter((t) => !(t.kind === 'StorageClass' && replaced.has(t.name)));
  for (const a of absent.filter((x) => !unfinished.some((c) => x === `StorageClass ${c.metadata.name}`)))
    ctx.logger.info(`not present, nothing to adopt: ${a}`);
  // The reclaim policy rollback restores is read from the live PVs: an unknown one stops the
  // phase here, before anything (the record included) is written.
  const unknownPolicies = record.pvcs.flatMap((p) => {
    const live = obs.get(...PV, p.pv)?.spec?.persistentVolumeReclaimPolicy;
    return live === 'Retain' || (RECLAIM_POLICIES as readonly string[]).includes(live)
      ? []
      : [
          `PV ${p.pv} (behind ${p.name}) has reclaim policy ${live === undefined ? '(none)' : `'${String(live)}'`}, not one of ${RECLAIM_POLICIES.join(', ')}`,
        ];
  });
  if (unknownPolicies.length)
    throw new ConfigurationError(
      `k2h will not guess the reclaim policy rollback restores; nothing was changed:\n  - ${unknownPolicies.join('\n  - ')}`,
    );
  // Objects another Helm release owns are found before anything changes, all of them at once.
  const foreign = targets.flatMap((t) => {
    const owner = foreignHelmOwner(t.obj, record.release, record.targetNamespace);
    return owner ? [`${t.kind} ${t.name} already belongs to Helm release ${owner}`] : [];
  });
  if (foreign.length)
    throw new ConfigurationError(
      `k2h will not take over objects of another Helm release; nothing was changed:\n  - ${foreign.join('\n  - ')}`,
    );
  // Independent of each other: one stage. The backups are written ahead of every patch.
  const stages: Stage<Observation>[] = [
    {
      name: 'storage and cluster objects',
      steps: [
        ...record.pvcs.map((p) => backupStep(p, record, store)),
        ...record.pvcs.map((p) => retainStep(kube, p)),
        ...record.pvcs.flatMap((p) => {
          const want = chartClaimOf(record, p.name)?.storageClassName;
          return want !== undefined ? [pvClassStep(kube, p, want)] : [];
        }),
        ...targets.map((t) => adoptStep(kube, t, record, store)),
        ...replacements.map((r) => replaceClassStep(kube, r.rendered, r.existing, record, store)),
        ...unfinished.map((c) => replaceClassStep(kube, c, undefined, record, store)),
      ],
    },
  ];
  const outputs: Record<string, string> = { 'pvc-backups': store.backupDir };
  const report: string[] = [`Provider: ${provider}; Traefik adopted: ${traefik ? 'yes' : 'no'}`];
  for (const r of replacements)
    report.push(
      `${describeReplacement(r)}: replaced (deleted and created as the chart renders it), the old definition kept for rollback`,
    );
  if (provider === 'aws') {
    const values = efsValues(profile, record.pvcs);
    if (!values)
      throw new ConfigurationError(
        'AWS: the record lacks the EFS ids of flow-modules/functions; re-run preflight',
      );
    outputs['efs-values'] = values;
  }
  const result = await runPhaseSteps(ctx, 'prepare-storage', stages, {
    record,
    store,
    observation: obs,
    outputs,
    report,
    last: true,
  });
  // Only a run that succeeded (or a clean plan) hands out values to paste.
  if (result.ok && outputs['efs-values'])
    result.report.push(
      '',
      ctx.dryRun
        ? 'Would add to your values for the Cognigy.AI chart (written to efs-values.yaml when run):'
        : 'Add to your values for the Cognigy.AI chart:',
      '```yaml',
      outputs['efs-values'].trimEnd(),
      '```',
    );
  if (result.ok && !ctx.dryRun && outputs['efs-values']) {
    writeFileAtomic(`${store.dir}/efs-values.yaml`, outputs['efs-values']);
  }
  return result;
}

export const prepareStorage: PhaseDefinition = { ...prepareStorageSpec, run: runPrepareStorage };
