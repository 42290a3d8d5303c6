/**
 * rollback: back to the kustomize installation, from the record (the in-cluster copy when the
 * pipeline's artifacts are gone). Behind its own approval.
 *
 * 1. The release's Deployments and StatefulSets scaled to 0, and their pods gone.
 * 2. Each volume moved back: the Helm claim deleted (PV Retain, checked at that moment), the PV
 *    reserved for the old claim (claimRef to the source namespace and name — the runbook forgets
 *    this and its restored claims never bind), the kustomize claim re-created from its backup,
 *    Bound to the same PV and verified; then the PV's original reclaim policy.
 * 3. The kustomize deployments scaled back to their recorded replicas, and Ready.
 * 4. The adopted objects given back what they carried (metadata, and the spec of a kept copy).
 * 5. The Helm release record removed without helm (helm uninstall would delete adopted objects),
 *    the objects the release created deleted, and the target namespace last — only when k2h
 *    created it and the volumes are back. Secrets the user had before stay; snapshots stay.
 * Each step decides from the cluster, so a re-run after a crash finishes the job.
 */
import yaml from 'js-yaml';
import { profileFor } from '../../cognigy/profile';
import { ConfigurationError } from '../../core/errors';
import { HELM_META } from '../../helm/ownership';
import { releaseSelector } from '../../helm/release';
import { provenCreated } from '../../record/created';
import type { Kube, KubeObject } from '../../kube/client';
import { Observation } from '../../kube/observation';
import { notReadyReason, readinessProgress } from '../../kube/readiness';
import {
  rebind,
  rebindActions,
  rebindBlockers,
  rebindDone,
  type RebindPlan,
  type RebindState,
} from '../../kube/rebind';
import { waitUntil } from '../../kube/wait';
import type { Stage, Step } from '../../steps/step';
import { PLAN_DIGEST_OUTPUT } from '../gate/plan';
import { planDigest } from '../gate/requests';
import { loadRecord } from '../load-record';
import { kustomizeBackupName } from '../prepare-storage';
import { requireApproval } from '../require-approval';
import { runPhaseSteps } from '../run-steps';
import type { PhaseContext, PhaseDefinition, PhaseResult } from '../types';
import { adoptedBackupName, isUnadopted, kustomizeClaim, specRestorePatch, unadoptPatch } from './restore';
import { rollbackSpec } from '../specs';

const WORKLOADS = [
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
] as const;
/** Kinds of namespaced objects the release may have created in the target namespace. */
const RELEASE_KINDS = [
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['batch/v1', 'Job'],
  ['v1', 'Service'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
  ['v1', 'ServiceAccount'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['rbac.authorization.k8s.io/v1', 'Role'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding'],
] as const;
/** Cluster-scoped kinds the chart renders. */
const CLUSTER_KINDS = [
  ['storage.k8s.io/v1', 'StorageClass'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
  ['networking.k8s.io/v1', 'IngressClass'],
] as const;
const STORAGE_CLASS_IMMUTABLE = ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'];

const ofRelease = (o: KubeObject, release: string, ns: string) =>
  o.metadata.annotations?.[HELM_META.releaseName] === release &&
  o.metadata.annotations?.[HELM_META.releaseNamespace] === ns;

async function runRollback(ctx: PhaseContext): Promise<PhaseResult> {
  const { record, store } = await loadRecord(ctx);
  const kube = await ctx.kube();
  const src = record.sourceNamespace;
  const tgt = record.targetNamespace;
  const release = record.release;
  const timeoutMs = Number(ctx.inputs['rollback-timeout'] ?? 600) * 1000;
  const log = ctx.logger;
  profileFor(record.product.version); // an unknown product version fails here, before any change

  const obs = await Observation.of(kube, [
    ...WORKLOADS.map(([apiVersion, kind]) => ({ apiVersion, kind, namespace: tgt })),
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: src },
    { apiVersion: 'v1', kind: 'Pod', namespace: tgt },
    { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: tgt },
    { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: src },
    { apiVersion: 'v1', kind: 'PersistentVolume', names: record.pvcs.map((p) => p.pv) },
    { apiVersion: 'v1', kind: 'Namespace', names: [tgt] },
    ...RELEASE_KINDS.filter(([, k]) => !WORKLOADS.some(([, w]) => w === k)).map(([apiVersion, kind]) => ({
      apiVersion,
      kind,
      namespace: tgt,
    })),
    ...CLUSTER_KINDS.map(([apiVersion, kind]) => ({ apiVersion, kind })),
  ]);
  const namespaceGone = !obs.get('v1', 'Namespace', tgt);
  const list = (apiVersion: string, kind: string, ns?: string) =>
    namespaceGone && ns === tgt ? [] : obs.list(apiVersion, kind, ns);

  const problems: string[] = [];
  // ---- 1. stop the release -----------------------------------------------------------------
  const workloads = WORKLOADS.flatMap(([apiVersion, kind]) =>
    list(apiVersion, kind, tgt)
      .filter((o) => ofRelease(o, release, tgt))
      .map((o) => ({ apiVersion, kind, o })),
  );
  const scaleDown = workloads.map(
    ({ apiVersion, kind, o }): Step<Observation> => ({
      id: `scale-down/${kind}/${o.metadata.name}`,
      title: `scale ${kind} ${tgt}/${o.metadata.name} to 0`,
      isDone: (x) => (x.get(apiVersion, kind, o.metadata.name, tgt)?.spec?.replicas ?? 0) === 0,
      describe: () => [`scale ${kind} ${tgt}/${o.metadata.name} from ${o.spec?.replicas ?? 1} to 0`],
      apply: async (x) => {
        x.put(await kube.patch(apiVersion, kind, o.metadata.name, tgt, { spec: { replicas: 0 } }));
        return [`${kind} ${tgt}/${o.metadata.name} -> 0`];
      },
    }),
  );
  const claimNames = record.pvcs.map((p) => p.name);
  const mounting = (pods: KubeObject[]) =>
    pods.filter(
      (p) =>
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed' &&
        (p.spec?.volumes ?? []).some((v: any) => claimNames.includes(v.persistentVolumeClaim?.claimName)),
    );
  let podsProvedGone = false;
  const podsGone: Step<Observation> = {
    id: 'release-pods-gone',
    title: `no pod in ${tgt} mounts ${claimNames.join(', ')}`,
    isDone: (x) => podsProvedGone || mounting(namespaceGone ? [] : x.list('v1', 'Pod', tgt)).length === 0,
    describe: (x) => [`wait until ${mounting(x.list('v1', 'Pod', tgt)).length} pods of the release are gone`],
    apply: async (_x, run) => {
      await waitUntil(kube, {
        apiVersion: 'v1',
        kind: 'Pod',
        namespace: tgt,
        description: `the release's pods that mount the volumes to be gone`,
        until: (pods) => mounting(pods).length === 0,
        progress: (pods) => `${mounting(pods).length} pods still mount the volumes`,
        onProgress: (t) => log.info(t),
        timeoutMs,
        signal: run.signal,
      });
      podsProvedGone = true;
      return ['the release no longer mounts the volumes'];
    },
  };

  // ---- 2. the volumes back to the kustomize claims --------------------------------------------
  const plans: RebindPlan[] = [];
  for (const p of record.pvcs) {
    const file = kustomizeBackupName(p.name);
    const text = store.readBackup(file);
    if (!text) {
      problems.push(
        `the backup ${store.backupDir}/${file} of the kustomize claim ${p.name} is missing (nor in the in-cluster record)`,
      );
      continue;
    }
    plans.push({
      pv: p.pv,
      from: { namespace: tgt, name: p.name },
      claim: kustomizeClaim(text, p.pv, src),
      expect: { capacity: p.capacity, accessModes: p.accessModes },
    });
  }
  const stateOf = (plan: RebindPlan, x: Observation): RebindState => ({
    pv: x.get('v1', 'PersistentVolume', plan.pv),
    oldClaim: namespaceGone ? undefined : x.get('v1', 'PersistentVolumeClaim', plan.from.name, tgt),
    newClaim: x.get('v1', 'PersistentVolumeClaim', plan.claim.metadata.name, src),
  });
  const volumeBack = (plan: RebindPlan): Step<Observation> => ({
    id: `volume-back/${plan.claim.metadata.name}`,
    title: `PV ${plan.pv} back to ${src}/${plan.claim.metadata.name}`,
    isDone: (x) => rebindDone(plan, stateOf(plan, x)),
    describe: (x) => rebindActions(plan, stateOf(plan, x)),
    apply: async (x, run) => {
      const changes: string[] = [];
      // The kustomize claim binds only to a PV of its own class (issue: the release's claim may
      // have asked for the chart's class): put the PV's class back first.
      const want = plan.claim.spec?.storageClassName;
      const pv = x.get('v1', 'PersistentVolume', plan.pv);
      if (want !== undefined && pv && pv.spec?.storageClassName !== want) {
        x.put(
          await kube.patch('v1', 'PersistentVolume', plan.pv, undefined, {
            spec: { storageClassName: want },
          }),
        );
        changes.push(`PV ${plan.pv}: storageClassName back to ${want}`);
      }
      const done = await rebind(kube, plan, {
        timeoutMs,
        signal: run.signal,
        onProgress: (t) => log.debug(t),
        state: stateOf(plan, x),
      });
      x.remove('v1', 'PersistentVolumeClaim', plan.from.name, tgt);
      x.put(done.pv);
      x.put(done.claim);
      return [...changes, ...done.changes];
    },
  });
  const policyBack = record.pvcs.map(
    (p): Step<Observation> => ({
      id: `reclaim-policy/${p.pv}`,
      title: `PV ${p.pv}: reclaim policy back to ${p.originalReclaimPolicy}`,
      isDone: (x) =>
        x.get('v1', 'PersistentVolume', p.pv)?.spec?.persistentVolumeReclaimPolicy ===
        p.originalReclaimPolicy,
      describe: () => [
        `patch PV ${p.pv}: persistentVolumeReclaimPolicy -> ${p.originalReclaimPolicy} (as before the migration)`,
      ],
      apply: async (x) => {
        const claim = x.get('v1', 'PersistentVolumeClaim', p.name, src);
        if (claim?.spec?.volumeName !== p.pv || claim.status?.phase !== 'Bound')
          throw new ConfigurationError(
            `PV ${p.pv} is not Bound to ${src}/${p.name} yet; its reclaim policy stays Retain`,
          );
        x.put(
          await kube.patch('v1', 'PersistentVolume', p.pv, undefined, {
            spec: { persistentVolumeReclaimPolicy: p.originalReclaimPolicy },
          }),
        );
        return [`PV ${p.pv}: Retain -> ${p.originalReclaimPolicy}`];
      },
    }),
  );

  // ---- 3. the kustomize installation back -----------------------------------------------------
  const replicas = record.downtime?.replicas ?? {};
  const scaleUp = Object.entries(replicas)
    .filter(([name]) => obs.get('apps/v1', 'Deployment', name, src))
    .map(
      ([name, count]): Step<Observation> => ({
        id: `scale-up/${name}`,
        title: `scale ${src}/${name} back to ${count}`,
        isDone: (x) => (x.get('apps/v1', 'Deployment', name, src)?.spec?.replicas ?? 1) === count,
        describe: () => [`scale deployment ${src}/${name} to ${count} (recorded before downtime)`],
        apply: async (x) => {
          x.put(await kube.patch('apps/v1', 'Deployment', name, src, { spec: { replicas: count } }));
          return [`${src}/${name} -> ${count}`];
        },
      }),
    );
  const kustomizeNames = Object.keys(replicas);
  const kustomizeReady: Step<Observation> = {
    id: 'kustomize-ready',
    title: `the kustomize deployments in ${src} Ready`,
    isDone: (x) =>
      kustomizeNames.every((n) => {
        const d = x.get('apps/v1', 'Deployment', n, src);
        // At its recorded count and Ready (a deployment still at 0 is "ready" but not back).
        return !d || ((d.spec?.replicas ?? 1) === replicas[n] && !notReadyReason(d));
      }),
    describe: () => [`wait until the ${kustomizeNames.length} kustomize deployments are Ready`],
    apply: async (x, run) => {
      const mine = (objs: KubeObject[]) => objs.filter((o) => kustomizeNames.includes(o.metadata.name));
      // What the wait saw last is what the step is verified against (a scale answer says nothing
      // of readiness: a real API server answers before the controllers have acted).
      const seen = await waitUntil(kube, {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace: src,
        description: `the kustomize deployments in ${src} to become Ready`,
        until: (objs) => mine(objs).every((o) => !notReadyReason(o)),
        progress: (objs) => readinessProgress(mine(objs), mine(objs).length),
        onProgress: (t) => log.info(t),
        timeoutMs,
        signal: run.signal,
      });
      for (const d of mine(seen)) x.put(d);
      return [`${kustomizeNames.length} kustomize deployments Ready`];
    },
  };

  // ---- 4. the adopted objects given back what they carried ------------------------------------
  const clusterAdoptions = record.adoptions.filter(
    (a) => !a.namespace || a.namespace !== tgt || !namespaceGone,
  );
  const unadopt = clusterAdoptions.map((fact): Step<Observation> => {
    const live = () =>
      fact.namespace === tgt
        ? obs.get(fact.apiVersion, fact.kind, fact.name, tgt)
        : obs.covers(fact.apiVersion, fact.kind)
          ? obs.get(fact.apiVersion, fact.kind, fact.name)
          : undefined;
    const kept = store.readBackup(adoptedBackupName(fact.kind, fact.name));
    const keptObj = kept ? (yaml.load(kept) as KubeObject) : undefined;
    const specPatch = (o: KubeObject | undefined) =>
      keptObj && o ? specRestorePatch(keptObj, o) : undefined;
    return {
      id: `unadopt/${fact.kind}/${fact.name}`,
      title: `${fact.kind} ${fact.name}: Helm ownership removed, as it was before`,
      isDone: () => {
        const o = live();
        return isUnadopted(fact, o) && !specPatch(o);
      },
      describe: () => [
        `restore the metadata of ${fact.kind} ${fact.name} as before the adoption` +
          (keptObj ? ' and its spec from the copy prepare-storage kept' : ''),
      ],
      apply: async (x) => {
        const o = live();
        if (!o) return [`${fact.kind} ${fact.name} is gone; nothing to give back`];
        const immutable =
          fact.kind === 'StorageClass' &&
          keptObj &&
          STORAGE_CLASS_IMMUTABLE.some(
            (f) => JSON.stringify((keptObj as any)[f]) !== JSON.stringify((o as any)[f]),
          );
        if (immutable) {
          // StorageClass fields are immutable: the class comes back as it was, by delete + create
          // (bound PVs keep their class name; nothing else refers to the object).
          await kube.delete(fact.apiVersion, fact.kind, fact.name);
          const { metadata, ...rest } = keptObj!;
          x.put(
            await kube.create({
              ...rest,
              metadata: { name: metadata.name, labels: metadata.labels, annotations: metadata.annotations },
            } as KubeObject),
          );
          return [`StorageClass ${fact.name} re-created as it was before the migration`];
        }
        const patch: Record<string, unknown> = { ...unadoptPatch(fact), ...(specPatch(o) ?? {}) };
        x.put(await kube.patch(fact.apiVersion, fact.kind, fact.name, fact.namespace, patch));
        return [
          `${fact.kind} ${fact.name}: ownership metadata restored${specPatch(o) ? ', spec restored' : ''}`,
        ];
      },
    };
  });

  // ---- 5. the release record, what the release created, the target namespace -------------------
  const adopted = (kind: string, name: string, ns?: string) =>
    record.adoptions.some((a) => a.kind === kind && a.name === name && (a.namespace ?? '') === (ns ?? ''));
  const releaseSecrets = list('v1', 'Secret', tgt).filter(
    (s) => s.metadata.labels?.owner === 'helm' && s.metadata.labels?.name === release,
  );
  const releaseRecord: Step<Observation> = {
    id: `release-record/${release}`,
    title: `Helm release record of ${release} removed (helm uninstall would delete adopted objects)`,
    isDone: (x) =>
      namespaceGone ||
      x
        .list('v1', 'Secret', tgt)
        .every((s) => !(s.metadata.labels?.owner === 'helm' && s.metadata.labels?.name === release)),
    describe: () => [
      `delete the ${releaseSecrets.length} release Secrets (${releaseSelector(release)}) in ${tgt}`,
    ],
    apply: async (x) => {
      for (const s of releaseSecrets) {
        await deleteIfThere(kube, 'v1', 'Secret', s.metadata.name, tgt);
        x.remove('v1', 'Secret', s.metadata.name, tgt);
      }
      return [`deleted the release record (${releaseSecrets.length} revisions)`];
    },
  };
  const createdByRelease = CLUSTER_KINDS.flatMap(([apiVersion, kind]) =>
    obs
      .list(apiVersion, kind)
      .filter((o) => ofRelease(o, release, tgt) && !adopted(kind, o.metadata.name))
      .map((o) => ({ apiVersion, kind, name: o.metadata.name, uid: o.metadata.uid })),
  );
  // A class the release created but a volume uses (the chart's redis-persistent, say) stays.
  const usedClasses = new Set(
    (await kube.list('v1', 'PersistentVolume')).map((pv) => pv.spec?.storageClassName as string | undefined),
  );
  const removeCreated = createdByRelease
    .filter((c) => !(c.kind === 'StorageClass' && usedClasses.has(c.name)))
    .map(
      (c): Step<Observation> => ({
        id: `delete/${c.kind}/${c.name}`,
        title: `${c.kind} ${c.name} (created by the release) deleted`,
        isDone: (x) => !x.get(c.apiVersion, c.kind, c.name),
        describe: () => [`delete ${c.kind} ${c.name}: the release created it (it did not exist before)`],
        apply: async (x) => {
          await deleteIfThere(kube, c.apiVersion, c.kind, c.name, undefined, c.uid);
          x.remove(c.apiVersion, c.kind, c.name);
          return [`deleted ${c.kind} ${c.name}`];
        },
      }),
    );
  const nsObj = obs.get('v1', 'Namespace', tgt);
  // Objects in the target namespace that neither k2h nor the release created: the user's.
  const usersOwn = namespaceGone
    ? []
    : RELEASE_KINDS.flatMap(([apiVersion, kind]) =>
        obs
          .list(apiVersion, kind, tgt)
          .filter(
            (o) =>
              !ofRelease(o, release, tgt) &&
              !provenCreated(record, o) &&
              !(kind === 'Secret' && o.metadata.labels?.owner === 'helm') &&
              !(kind === 'ConfigMap' && o.metadata.name === 'kube-root-ca.crt') &&
              !(kind === 'ServiceAccount' && o.metadata.name === 'default') &&
              !(kind === 'Secret' && o.type === 'kubernetes.io/service-account-token'),
          )
          .map((o) => `${kind} ${o.metadata.name}`),
      );
  const mayDeleteNamespace = !!nsObj && provenCreated(record, nsObj) && usersOwn.length === 0;
  const namespaceStep: Step<Observation>[] = namespaceGone
    ? []
    : mayDeleteNamespace
      ? [
          {
            id: `namespace/${tgt}`,
            title: `namespace ${tgt} deleted (k2h created it; the volumes are back)`,
            isDone: (x) => !x.get('v1', 'Namespace', tgt),
            describe: () => [
              `delete namespace ${tgt} (created by k2h; holds only k2h's and the release's objects)`,
            ],
            apply: async (x, run) => {
              await deleteIfThere(kube, 'v1', 'Namespace', tgt, undefined, nsObj!.metadata.uid);
              await waitUntil(kube, {
                apiVersion: 'v1',
                kind: 'Namespace',
                fieldSelector: `metadata.name=${tgt}`,
                description: `namespace ${tgt} to be gone`,
                until: (objs) => objs.length === 0,
                progress: (objs) => (objs.length ? `namespace ${tgt} Terminating` : `namespace ${tgt} gone`),
                onProgress: (t) => log.info(t),
                timeoutMs,
                signal: run.signal,
              });
              x.remove('v1', 'Namespace', tgt);
              record.rollback = { ...(record.rollback ?? {}), namespaceDeleted: true };
              return [`deleted namespace ${tgt}`];
            },
          },
        ]
      : [];
  if (!namespaceGone && !mayDeleteNamespace)
    log.warn(
      `namespace ${tgt} stays: ${!nsObj || !provenCreated(record, nsObj) ? 'the record does not prove k2h created it' : `it holds objects k2h did not create (${usersOwn.slice(0, 5).join(', ')})`}; the release's workloads are scaled to 0 and its record removed`,
    );

  // ---- preconditions, together, before the first change ---------------------------------------
  const stages: Stage<Observation>[] = [
    { name: `stop the release ${release}`, steps: scaleDown },
    { name: 'wait for the release to let go of the volumes', steps: [podsGone] },
    { name: `move ${plans.length} volumes back to ${src}`, steps: plans.map(volumeBack) },
    { name: 'reclaim policies as before', steps: policyBack },
    { name: `scale the kustomize installation back`, steps: scaleUp },
    { name: 'wait for the kustomize installation', steps: [kustomizeReady] },
    { name: 'give the adopted objects back', steps: unadopt },
    { name: 'remove the release', steps: [releaseRecord, ...removeCreated] },
    { name: `remove namespace ${tgt}`, steps: namespaceStep },
  ].filter((s) => s.steps.length);

  const planLines = [
    `Rollback of ${release} (${tgt}) to the kustomize installation in ${src}:`,
    `- scale ${workloads.length} workloads of the release to 0`,
    ...plans.map(
      (p) => `- move PV ${p.pv} from ${tgt}/${p.from.name} back to ${src}/${p.claim.metadata.name}`,
    ),
    ...record.pvcs.map((p) => `- PV ${p.pv}: reclaim policy back to ${p.originalReclaimPolicy}`),
    `- scale ${kustomizeNames.length} kustomize deployments back to their recorded replicas`,
    ...record.adoptions.map((a) => `- give ${a.kind} ${a.name} back its metadata`),
    `- delete the Helm release record of ${release}${createdByRelease.length ? ` and ${createdByRelease.map((c) => `${c.kind} ${c.name}`).join(', ')}` : ''}`,
    mayDeleteNamespace ? `- delete namespace ${tgt}` : `- keep namespace ${tgt}`,
  ];
  // The approval covers what rollback will do, not how far it has come.
  const digest = planDigest(planLines.join('\n'));
  const outputs: Record<string, string> = { [PLAN_DIGEST_OUTPUT]: digest };
  const pending = (await Promise.all(stages.flatMap((s) => s.steps).map((s) => s.isDone(obs)))).some(
    (d) => !d,
  );
  if (pending) {
    if (!record.phases.downtime && !record.phases['helm-install'])
      problems.push(
        'nothing to roll back: the downtime phase never ran (the kustomize installation was not stopped)',
      );
    for (const plan of plans) {
      const s = stateOf(plan, obs);
      if (rebindDone(plan, s)) continue;
      problems.push(...rebindBlockers(plan, s));
    }
    if (!ctx.dryRun) {
      const p = await requireApproval(ctx, kube, record, 'rollback', digest);
      if (p) problems.push(p);
    }
    if (problems.length)
      throw new ConfigurationError(
        `rollback cannot start; nothing was changed:\n  - ${problems.join('\n  - ')}`,
      );
  }
  if (ctx.dryRun) log.info(planLines.join('\n'));
  const result = await runPhaseSteps(ctx, 'rollback', stages, {
    record,
    store,
    observation: obs,
    outputs,
    report: planLines,
  });
  if (result.ok && !ctx.dryRun && pending) {
    // The forward phases are undone: a migration started again runs them again from the cluster.
    const undone: Record<string, unknown> = {};
    for (const phase of ['migrate-secrets', 'prepare-storage', 'downtime', 'helm-install']) {
      if (record.phases[phase]) undone[phase] = record.phases[phase];
      delete record.phases[phase];
    }
    // The window and the outage of a migration started again are its own, not measured from
    // this attempt's scale-down (the recorded replicas stay: they are what a scale-up restores).
    if (record.downtime) {
      delete record.downtime.scaleDownAt;
      delete record.downtime.lastBoundAt;
      delete record.downtime.endedAt;
    }
    if (record.helmInstall) delete record.helmInstall.readyAt;
    record.rollback = {
      ...(record.rollback ?? {}),
      finishedAt: new Date().toISOString(),
      undonePhases: undone,
    };
    await store.save(record);
  }
  return result;
}

/** Deletes an object (NotFound is fine: a re-run after a crash); with a uid, only that very object. */
async function deleteIfThere(
  kube: Kube,
  apiVersion: string,
  kind: string,
  name: string,
  namespace?: string,
  uid?: string,
): Promise<void> {
  await kube.delete(apiVersion, kind, name, namespace, false, uid);
}

export const rollback: PhaseDefinition = { ...rollbackSpec, run: runRollback };
