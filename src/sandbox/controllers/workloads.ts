/**
 * Deployment → ReplicaSet → Pod, and StatefulSet → Pod (+ PVCs from volumeClaimTemplates). Status
 * follows the pods: what helm 3 `--wait` (observedGeneration, ready/available replicas, the
 * ReplicaSet owned by the Deployment) and helm 4 `--wait` (Available and Progressing conditions)
 * read. Rollouts are instant: the new ReplicaSet takes all replicas, old ones go to 0.
 */
import { randomBytes } from 'node:crypto';
import { clone, deepEqual, isObj, omit, type Obj } from '../json';
import {
  ownedOf,
  ownerRef,
  podReady,
  setCondition,
  writeStatus,
  type Controller,
  type ControllerContext,
  type Scope,
} from './context';
import { templateHash } from './hash';

/** Template hashes by uid/generation: the template only changes with the generation. */
const hashes = new Map<string, string>();
function cachedHash(obj: Obj): string {
  const key = `${obj.metadata.uid}/${obj.metadata.generation}`;
  let h = hashes.get(key);
  if (!h) {
    if (hashes.size > 5000) hashes.clear();
    h = templateHash(obj.spec?.template ?? {});
    hashes.set(key, h);
  }
  return h;
}

/**
 * sameTemplateIgnoringHash of stored (frozen, so unchanging) templates, by the ReplicaSet's and
 * the Deployment's template: a ReplicaSet's later versions share its template, and so do a
 * Deployment's, so the passes after a write compare them once.
 */
const sameTemplates = new WeakMap<object, WeakMap<object, boolean>>();

export function sameTemplateIgnoringHash(a: Obj | undefined, b: Obj | undefined): boolean {
  if (!isObj(a) || !isObj(b) || !Object.isFrozen(a) || !Object.isFrozen(b)) return compareTemplates(a, b);
  let byB = sameTemplates.get(a);
  if (!byB) sameTemplates.set(a, (byB = new WeakMap()));
  let same = byB.get(b);
  if (same === undefined) byB.set(b, (same = compareTemplates(a, b)));
  return same;
}

/** Whether two (stored) pod templates are equal but for their pod-template-hash label. */
function compareTemplates(a: Obj | undefined, b: Obj | undefined): boolean {
  // Copies only what the label's removal changes; the rest is compared where it is stored.
  const strip = (t: Obj | undefined): Obj => {
    const out = t ?? {};
    const labels = out.metadata?.labels;
    if (!labels) return out;
    const rest = isObj(labels) ? omit(labels, ['pod-template-hash']) : labels;
    const metadata: Obj = { ...out.metadata };
    if (Object.keys(rest).length === 0) delete metadata.labels;
    else metadata.labels = rest;
    return { ...out, metadata };
  };
  return deepEqual(strip(a), strip(b));
}

function suffix(): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return [...randomBytes(5)].map((b) => alphabet[b % alphabet.length]).join('');
}

const alive = (p: Obj): boolean => !p.metadata.deletionTimestamp;

/** The pods `uid` owns, not counting pods being deleted (peekAll order). */
function podsOf(ctx: ControllerContext, uid: string): Obj[] {
  return ownedOf(ctx, uid, ctx.def('Pod'), alive);
}

function newPod(owner: Obj, name: string, extraLabels: Record<string, string>): Obj {
  const template = clone(owner.spec.template ?? {});
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(template.metadata ?? {}),
      name,
      namespace: owner.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}), ...extraLabels },
      ownerReferences: [ownerRef(owner)],
    },
    spec: { ...(template.spec ?? {}), nodeName: 'sandbox-node' },
    status: { phase: 'Pending' },
  };
}

/** The objects of a kind in the scope (all without one), in the store's order. */
function inScope(ctx: ControllerContext, kind: string, scope: Scope | undefined): Obj[] {
  return scope ? ctx.store.withUids(ctx.def(kind), scope.uids) : ctx.store.peekAll(ctx.def(kind));
}

/** Keeps each ReplicaSet's pod count at spec.replicas; status from its pods. */
export const replicaSetController: Controller = (ctx, scope) => {
  const rsDef = ctx.def('ReplicaSet');
  const podDef = ctx.def('Pod');
  const sets = inScope(ctx, 'ReplicaSet', scope);
  if (!sets.length) return;
  for (const rs of sets) {
    if (rs.metadata.deletionTimestamp) continue;
    const want = rs.spec?.replicas ?? 1;
    // Only this ReplicaSet's own pass changes its pods: read them as they are now.
    let pods = podsOf(ctx, rs.metadata.uid);
    const before = pods.length;
    for (let i = pods.length; i < want; i++) {
      ctx.store.create(podDef, newPod(rs, `${rs.metadata.name}-${suffix()}`, {}));
    }
    if (pods.length > want) {
      const extra = [...pods]
        .sort((a, b) =>
          (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''),
        )
        .slice(0, pods.length - want);
      for (const p of extra) ctx.api.deleteObject(podDef, p);
    }
    if (pods.length !== want || before !== want) pods = podsOf(ctx, rs.metadata.uid);
    const ready = pods.filter(podReady).length;
    writeStatus(ctx, rsDef, rs, {
      replicas: pods.length,
      fullyLabeledReplicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: rs.metadata.generation,
    });
  }
};

/** Rolls each Deployment onto a ReplicaSet for its current template. */
export const deploymentController: Controller = (ctx, scope) => {
  const depDef = ctx.def('Deployment');
  const rsDef = ctx.def('ReplicaSet');
  const deployments = inScope(ctx, 'Deployment', scope);
  if (!deployments.length) return;
  // Each Deployment's ReplicaSets as they are before any is written (a full pass's index).
  const rsIndex = new Map(deployments.map((d) => [d.metadata.uid, ownedOf(ctx, d.metadata.uid, rsDef)]));
  for (const dep of deployments) {
    if (dep.metadata.deletionTimestamp) continue;
    const ns = dep.metadata.namespace;
    const hash = cachedHash(dep);
    const want = dep.spec?.replicas ?? 1;
    const owned = rsIndex.get(dep.metadata.uid) ?? [];
    // Like FindNewReplicaSet: the ReplicaSet whose template equals the Deployment's, ignoring the
    // hash label (ReplicaSets captured from a real cluster carry the apiserver's own hashes).
    let current =
      owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash) ??
      owned.find((rs) => sameTemplateIgnoringHash(rs.spec?.template, dep.spec?.template));
    const revision = Math.max(
      0,
      ...owned.map((rs) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0)),
    );
    if (!current) {
      const template = clone(dep.spec?.template ?? {});
      template.metadata = {
        ...(template.metadata ?? {}),
        labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash },
      };
      const selector = clone(dep.spec?.selector ?? {});
      selector.matchLabels = { ...(selector.matchLabels ?? {}), 'pod-template-hash': hash };
      current = ctx.store.create(rsDef, {
        metadata: {
          name: `${dep.metadata.name}-${hash}`,
          namespace: ns,
          labels: { ...(template.metadata.labels ?? {}) },
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(want),
            'deployment.kubernetes.io/max-replicas': String(want + 1),
            'deployment.kubernetes.io/revision': String(revision + 1),
          },
          ownerReferences: [ownerRef(dep)],
        },
        spec: { replicas: want, selector, template, minReadySeconds: dep.spec?.minReadySeconds ?? 0 },
      });
    } else if (current.spec.replicas !== want) {
      // Only what changes is new; the store shares the rest (the template) with the stored RS.
      current = ctx.store.update(rsDef, {
        ...current,
        metadata: {
          ...current.metadata,
          annotations: {
            ...(current.metadata.annotations ?? {}),
            'deployment.kubernetes.io/desired-replicas': String(want),
          },
        },
        spec: { ...current.spec, replicas: want },
      });
    }
    for (const old of owned) {
      if (old.metadata.uid === current.metadata.uid || (old.spec?.replicas ?? 0) === 0) continue;
      ctx.store.update(rsDef, { ...old, spec: { ...old.spec, replicas: 0 } });
    }
    // ReplicaSet status catches up on the next pass; this reads what is there now.
    const all = owned.map((rs) => ctx.store.peek(rsDef, ns, rs.metadata.name) ?? rs);
    if (!all.some((rs) => rs.metadata.uid === current!.metadata.uid)) all.push(current);
    const fresh = ctx.store.peek(rsDef, ns, current.metadata.name) ?? current;
    const replicas = all.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
    const ready = all.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
    const updated = fresh.status?.replicas ?? 0;
    const available = ready;
    const complete = updated === want && replicas === want && (fresh.status?.availableReplicas ?? 0) === want;
    let conditions: Obj[] = clone(dep.status?.conditions ?? []);
    const stamps = ['lastUpdateTime', 'lastTransitionTime'];
    conditions =
      available >= want
        ? setCondition(
            conditions,
            'Available',
            'True',
            'MinimumReplicasAvailable',
            'Deployment has minimum availability.',
            stamps,
          )
        : setCondition(
            conditions,
            'Available',
            'False',
            'MinimumReplicasUnavailable',
            'Deployment does not have minimum availability.',
            stamps,
          );
    conditions = complete
      ? setCondition(
          conditions,
          'Progressing',
          'True',
          'NewReplicaSetAvailable',
          `ReplicaSet "${fresh.metadata.name}" has successfully progressed.`,
          stamps,
        )
      : setCondition(
          conditions,
          'Progressing',
          'True',
          'ReplicaSetUpdated',
          `ReplicaSet "${fresh.metadata.name}" is progressing.`,
          stamps,
        );
    conditions.sort((a, b) => (a.type === 'Available' ? -1 : b.type === 'Available' ? 1 : 0));
    const status: Obj = {
      observedGeneration: dep.metadata.generation,
      replicas,
      updatedReplicas: updated,
      readyReplicas: ready,
      availableReplicas: available,
      conditions,
    };
    if (replicas - available > 0) status.unavailableReplicas = replicas - available;
    for (const k of ['readyReplicas', 'availableReplicas', 'updatedReplicas', 'replicas'])
      if (status[k] === 0) delete status[k];
    writeStatus(ctx, depDef, ctx.store.peek(depDef, ns, dep.metadata.name)!, status);
  }
};

/** StatefulSets: ordinal pods and their volumeClaimTemplates PVCs. */
export const statefulSetController: Controller = (ctx) => {
  const stsDef = ctx.def('StatefulSet');
  const podDef = ctx.def('Pod');
  const pvcDef = ctx.def('PersistentVolumeClaim');
  const sets = ctx.store.peekAll(stsDef);
  // Each StatefulSet's pods as they are before any is written (a full pass's index).
  const index = new Map(sets.map((s) => [s.metadata.uid, podsOf(ctx, s.metadata.uid)]));
  for (const sts of sets) {
    if (sts.metadata.deletionTimestamp) continue;
    const ns = sts.metadata.namespace;
    const name = sts.metadata.name;
    const want = sts.spec?.replicas ?? 1;
    const revision = `${name}-${cachedHash(sts)}`;
    const pods = index.get(sts.metadata.uid) ?? [];
    for (let i = 0; i < want; i++) {
      const podName = `${name}-${i}`;
      for (const tpl of sts.spec?.volumeClaimTemplates ?? []) {
        const claim = `${tpl.metadata?.name}-${name}-${i}`;
        if (ctx.store.peek(pvcDef, ns, claim)) continue;
        ctx.api.create(
          pvcDef,
          ns,
          {
            apiVersion: 'v1',
            kind: 'PersistentVolumeClaim',
            metadata: { name: claim, namespace: ns, labels: { ...(sts.spec?.selector?.matchLabels ?? {}) } },
            spec: clone(tpl.spec ?? {}),
          },
          { fieldManager: 'kube-controller-manager' },
        );
      }
      if (pods.some((p) => p.metadata.name === podName) || ctx.store.peek(podDef, ns, podName)) continue;
      const pod = newPod(sts, podName, {
        'statefulset.kubernetes.io/pod-name': podName,
        'controller-revision-hash': revision,
        'apps.kubernetes.io/pod-index': String(i),
      });
      pod.spec.hostname = podName;
      if (sts.spec?.serviceName) pod.spec.subdomain = sts.spec.serviceName;
      pod.spec.volumes = [
        ...(pod.spec.volumes ?? []),
        ...(sts.spec?.volumeClaimTemplates ?? []).map((tpl: Obj) => ({
          name: tpl.metadata?.name,
          persistentVolumeClaim: { claimName: `${tpl.metadata?.name}-${name}-${i}` },
        })),
      ];
      ctx.store.create(podDef, pod);
    }
    for (const p of pods) {
      const ordinal = Number(p.metadata.name.slice(name.length + 1));
      if (!(ordinal < want)) ctx.api.deleteObject(podDef, p);
    }
    const live = ctx.store
      .dependents(sts.metadata.uid, podDef)
      .filter((p) => p.metadata.namespace === ns && alive(p));
    const ready = live.filter(podReady).length;
    const status: Obj = {
      observedGeneration: sts.metadata.generation,
      replicas: live.length,
      readyReplicas: ready,
      currentReplicas: live.length,
      updatedReplicas: live.length,
      availableReplicas: ready,
      currentRevision: revision,
      updateRevision: revision,
      collisionCount: 0,
    };
    for (const k of ['readyReplicas', 'availableReplicas', 'currentReplicas', 'updatedReplicas'])
      if (status[k] === 0) delete status[k];
    writeStatus(ctx, stsDef, sts, status);
  }
};
