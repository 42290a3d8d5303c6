/**
 * downtime: the stage that takes Cognigy.AI offline — short, verified, never left half-done.
 * Every precondition is checked together before the first change (record of this cluster,
 * approval of this plan, earlier phases done, each PV Retain, the target namespace k2h's own,
 * the PVC manifests present, no foreign pod holding a volume). Then, through the engine: all the
 * installation's deployments in the source namespace scaled to 0 at once (replicas written ahead),
 * a wait until their pods are gone, and the volumes rebound concurrently with the MongoDB copy;
 * the MongoDB users are set up alongside all of it.
 * A re-run after a crash finishes the job; a re-run of a finished stage changes nothing.
 */
import yaml from 'js-yaml';
import { installationInventory } from '../../cognigy/inventory';
import { isInstallationDeployment, profileFor } from '../../cognigy/profile';
import { formatDuration } from '../../core/duration';
import { ConfigurationError } from '../../core/errors';
import type { KubeObject } from '../../kube/client';
import { Observation } from '../../kube/observation';
import {
  rebind,
  rebindActions,
  rebindBlockers,
  rebindDone,
  podsMounting,
  type RebindPlan,
  type RebindState,
} from '../../kube/rebind';
import { desiredReplicas, podsOfDeployments, scaleToZero, waitPodsGone } from '../../kube/scale';
import type { MigrationRecord, PvcFact } from '../../record/schema';
import { downtimeWindowMs } from '../../record/timings';
import type { Stage, Step } from '../../steps/step';
import { PLAN_DIGEST_OUTPUT } from '../gate/plan';
import { loadRecord, peekLocalRecord } from '../load-record';
import { helmManifestName } from '../prepare-storage';
import { requireApproval } from '../require-approval';
import { runPhaseSteps } from '../run-steps';
import type { PhaseContext, PhaseDefinition, PhaseResult } from '../types';
import { mongoPart } from './mongo-stage';
import type { PreparedPart } from './part';
import { downtimePlan } from './plan';
import { foreignObjects, TARGET_KINDS } from './target-namespace';
import { watchVolumes, type VolumeWatch } from './volume-watch';
import { downtimeSpec } from '../specs';

/** Phases that must have succeeded before the downtime. */
const BEFORE = ['preflight', 'migrate-secrets', 'prepare-storage'];
const now = () => new Date().toISOString();

/** A progress sink that passes the first line and then at most one line a second. */
function throttled(say: (text: string) => void, everyMs = 1000): (text: string) => void {
  let last = 0;
  return (text) => {
    if (Date.now() - last < everyMs) return;
    last = Date.now();
    say(text);
  };
}

/** The claim for the release, from the record's pvc-backups/ (written by prepare-storage). */
function claimManifest(
  text: string | undefined,
  p: PvcFact,
  record: MigrationRecord,
  file: string,
): { claim?: KubeObject; problem?: string } {
  if (text === undefined)
    return {
      problem: `the manifest ${file} of the new claim ${p.name} is missing: re-run prepare-storage (it writes it)`,
    };
  let claim: KubeObject;
  try {
    claim = yaml.load(text) as KubeObject;
  } catch (err) {
    return {
      problem: `${file} is not valid YAML (${(err as Error).message.split('\n')[0]}): re-run prepare-storage`,
    };
  }
  if (claim?.kind !== 'PersistentVolumeClaim' || claim.metadata?.name !== p.name)
    return { problem: `${file} is not the PersistentVolumeClaim ${p.name}: re-run prepare-storage` };
  if (claim.metadata.namespace !== record.targetNamespace || claim.spec?.volumeName !== p.pv)
    return {
      problem: `${file} puts ${p.name} in ${claim.metadata.namespace} on volume ${claim.spec?.volumeName}; the record says ${record.targetNamespace} on ${p.pv}: re-run prepare-storage`,
    };
  return { claim };
}

/** The writes of the stage, asked before the first one (a denied patch halfway would leave the installation half scaled down). */
const stageWrites = (src: string, tgt: string) => [
  { verb: 'patch', resource: 'deployments', group: 'apps', namespace: src },
  { verb: 'delete', resource: 'persistentvolumeclaims', namespace: src },
  { verb: 'patch', resource: 'persistentvolumes' },
  { verb: 'create', resource: 'persistentvolumeclaims', namespace: tgt },
];

interface Reads {
  record: MigrationRecord;
  store: Awaited<ReturnType<typeof loadRecord>>['store'];
  kube: Awaited<ReturnType<PhaseContext['kube']>>;
  profile: ReturnType<typeof profileFor>;
  observed: Promise<Observation>;
  allowed: Promise<boolean[]>;
  mongoPrepared: Promise<PreparedPart>;
}

async function runDowntime(ctx: PhaseContext): Promise<PhaseResult> {
  const loading = loadRecord(ctx);
  // The MongoDB driver compiles while the record and the lease are read, and when the state dir's
  // record names the version, the connection opens meanwhile (a read; used only if the loaded
  // record says the same).
  const version = peekLocalRecord(String(ctx.inputs['state-dir']))?.product.version;
  const started = mongoPart.preload?.(version ? { ctx, kube: ctx.kube(), version } : undefined);
  let record: MigrationRecord;
  let store: Reads['store'];
  let kube: Reads['kube'];
  try {
    ({ record, store } = await loading);
    kube = await ctx.kube();
  } catch (err) {
    await started?.abandon();
    throw err;
  }
  let profile: Reads['profile'];
  try {
    profile = profileFor(record.product.version);
  } catch (err) {
    await started?.abandon();
    throw err;
  }
  const src = record.sourceNamespace;
  const tgt = record.targetNamespace;
  // One wave of reads before anything is decided: the observation (a LIST per kind), the
  // permissions of the stage's writes, and the MongoDB part (its connection opened meanwhile; it
  // reads the secrets from the observation).
  const observed = Observation.of(kube, [
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: src },
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', namespace: src },
    { apiVersion: 'v1', kind: 'Pod', namespace: src },
    { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: src },
    { apiVersion: 'v1', kind: 'Service', namespace: src },
    { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', namespace: src },
    { apiVersion: 'v1', kind: 'PersistentVolume', names: record.pvcs.map((p) => p.pv) },
    ...TARGET_KINDS.map(([apiVersion, kind]) => ({ apiVersion, kind, namespace: tgt })),
  ]);
  const allowed = kube.canI(stageWrites(src, tgt));
  const mongoPrepared = mongoPart.prepare({
    ctx,
    kube,
    record,
    store,
    profile,
    observation: observed,
    started,
  });
  // Each is awaited below; a failure of one must not leave the others unhandled.
  for (const p of [observed, allowed, mongoPrepared]) p.catch(() => undefined);
  try {
    return await downtimeStage(ctx, { record, store, kube, profile, observed, allowed, mongoPrepared });
  } finally {
    await (await mongoPrepared.catch(() => undefined))?.close?.();
  }
}

async function downtimeStage(ctx: PhaseContext, r: Reads): Promise<PhaseResult> {
  const { record, store, kube, profile } = r;
  const src = record.sourceNamespace;
  const tgt = record.targetNamespace;
  const scaleTimeoutMs = Number(ctx.inputs['scale-timeout']) * 1000;
  const rebindTimeoutMs = Number(ctx.inputs['rebind-timeout']) * 1000;
  const log = ctx.logger;
  const obs = await r.observed;
  const deployments = obs
    .list('apps/v1', 'Deployment', src)
    .filter((d) => isInstallationDeployment(profile, d.metadata.name));
  const names = deployments.map((d) => d.metadata.name);
  const earlier = record.downtime?.replicas ?? {};
  const preflightCount = (n: string) => record.deployments.find((d) => d.name === n)?.replicas;
  // The count to restore: recorded earlier (a re-run finds 0), else the live one, else preflight's.
  const replicas: Record<string, number> = {};
  for (const d of deployments) {
    const n = d.metadata.name;
    const live = desiredReplicas(d);
    replicas[n] = earlier[n] ?? (live > 0 ? live : (preflightCount(n) ?? 0));
  }

  const problems: string[] = [];
  const plans: RebindPlan[] = [];
  for (const p of record.pvcs) {
    const file = `${store.backupDir}/${helmManifestName(p.name)}`;
    const m = claimManifest(store.readBackup(helmManifestName(p.name)), p, record, file);
    if (m.problem) problems.push(m.problem);
    plans.push({
      pv: p.pv,
      from: { namespace: src, name: p.name },
      claim: m.claim ?? {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: p.name, namespace: tgt },
      },
      expect: { capacity: p.capacity, accessModes: p.accessModes },
    });
  }
  const stateOf = (plan: RebindPlan, o: Observation): RebindState => ({
    pv: o.get('v1', 'PersistentVolume', plan.pv),
    oldClaim: o.get('v1', 'PersistentVolumeClaim', plan.from.name, src),
    newClaim: o.get('v1', 'PersistentVolumeClaim', plan.claim.metadata.name, tgt),
  });
  const mongo = await r.mongoPrepared;
  const plan = downtimePlan({ record, deployments, replicas, pvcs: record.pvcs, mongo });
  const outputs: Record<string, string> = { [PLAN_DIGEST_OUTPUT]: plan.digest };

  // ---- the steps ----------------------------------------------------------------------------
  const timing = { scaleStart: 0, scaleEnd: 0, podsGone: 0, rebindStart: 0, rebindEnd: 0 };
  const scaleStep = (d: KubeObject): Step<Observation> => {
    const n = d.metadata.name;
    return {
      id: `scale/${n}`,
      title: `scale ${src}/${n} to 0`,
      isDone: (o) => o.get('apps/v1', 'Deployment', n, src)?.spec?.replicas === 0,
      describe: () => [
        `scale deployment ${src}/${n} from ${desiredReplicas(d)} to 0 (record ${replicas[n]})`,
      ],
      writeAhead: () => {
        const facts = (record.downtime ??= { replicas: {} });
        facts.scaleDownAt ??= now();
        // What clean-up may delete, taken while the installation is still whole (uids included).
        record.inventory ??= installationInventory(
          profile,
          {
            deployments: obs.list('apps/v1', 'Deployment', src),
            services: obs.list('v1', 'Service', src),
            ingresses: obs.list('networking.k8s.io/v1', 'Ingress', src),
            pvcs: obs.list('v1', 'PersistentVolumeClaim', src),
          },
          record.pvcs.map((p) => p.name),
        );
        if (facts.replicas[n] !== undefined) return false;
        facts.replicas[n] = replicas[n];
        return true;
      },
      apply: async (o, run) => {
        timing.scaleStart ||= Date.now();
        startPodsWait(o, run.signal);
        o.put(await scaleToZero(kube, src, n));
        timing.scaleEnd = Date.now();
        return [`${src}/${n}: ${desiredReplicas(d)} -> 0`];
      },
    };
  };
  const podsLeft = (o: Observation) =>
    podsOfDeployments(names, o.list('apps/v1', 'ReplicaSet', src), o.list('v1', 'Pod', src));
  // The wait for the pods starts with the scale-down: its watch follows the deletions while the
  // patches land, so the pods stage needs no round trip of its own. Its progress is shown from
  // that stage on; the phase stops it when it ends (a failed scale-down leaves no watch behind).
  // The migrated PVs are watched from then on too (volume-watch.ts): the reclaim policy read
  // before each old claim is deleted is the watch's copy, not a GET after the pods are gone.
  let podsWait: Promise<void> | undefined;
  let volumes: VolumeWatch | undefined;
  const podsStop = new AbortController();
  const podsProgress = throttled((t) => log.info(t));
  let podsShown = false;
  let podsLast: string | undefined;
  const startPodsWait = (o: Observation, signal: AbortSignal): Promise<void> => {
    volumes ??= watchVolumes(kube, {
      from: {
        items: o.list('v1', 'PersistentVolume'),
        resourceVersion: o.resourceVersion('v1', 'PersistentVolume'),
      },
      timeoutMs: scaleTimeoutMs + rebindTimeoutMs,
      signal: AbortSignal.any([signal, podsStop.signal]),
    });
    podsWait ??= waitPodsGone(kube, {
      namespace: src,
      deployments: names,
      replicaSets: o.list('apps/v1', 'ReplicaSet', src),
      timeoutMs: scaleTimeoutMs,
      signal: AbortSignal.any([signal, podsStop.signal]),
      onProgress: (t) => (podsShown ? podsProgress(t) : (podsLast = t)),
      from: { items: o.list('v1', 'Pod', src), resourceVersion: o.resourceVersion('v1', 'Pod', src) },
    });
    podsWait.catch(() => undefined);
    return podsWait;
  };
  const podsStep: Step<Observation> = {
    id: 'pods-gone',
    title: `the pods of ${names.length} deployments in ${src} gone`,
    isDone: (o) => {
      const gone = podsLeft(o).length === 0;
      // The parts' steps run after the pods are gone; from then on they decide from fresh reads.
      if (gone) mongo.readFresh?.();
      return gone;
    },
    describe: (o) => [
      `wait up to ${formatDuration(scaleTimeoutMs)} until ${podsLeft(o).length} pods are gone`,
    ],
    apply: async (o, run) => {
      const left = podsLeft(o);
      podsShown = true;
      if (podsLast) podsProgress(podsLast);
      await startPodsWait(o, run.signal);
      mongo.readFresh?.();
      for (const p of left) o.remove('v1', 'Pod', p.metadata.name, src);
      timing.podsGone = Date.now();
      return [
        `${left.length} pods gone${timing.scaleStart ? ` ${formatDuration(timing.podsGone - timing.scaleStart)} after the first scale-down` : ''}`,
      ];
    },
  };
  // Right before an old claim is deleted: every migrated PV whose old claim is still there must be
  // Retain, as current as a GET (the live watch's copies, else a GET of this one). One that is not
  // stops every move before its delete, not only its own.
  const readPv = async (p: RebindPlan, o: Observation): Promise<KubeObject | undefined> => {
    const waiting = plans.filter((q) => o.get('v1', 'PersistentVolumeClaim', q.from.name, src));
    const live = volumes?.live(waiting.map((q) => q.pv));
    if (!live) return kube.get('v1', 'PersistentVolume', p.pv);
    const changed = [...live].filter(
      ([name, pv]) => name !== p.pv && pv?.spec?.persistentVolumeReclaimPolicy !== 'Retain',
    );
    if (changed.length)
      throw new ConfigurationError(
        changed
          .map(
            ([name, pv]) =>
              `PV ${name} ${pv ? `has reclaim policy ${pv.spec?.persistentVolumeReclaimPolicy}` : 'is gone'} now, not Retain`,
          )
          .join('; ') +
          `: PVC ${src}/${p.from.name} is not deleted either. Set the policy back to Retain (prepare-storage), then re-run`,
      );
    return live.get(p.pv);
  };
  const rebindStep = (p: RebindPlan): Step<Observation> => ({
    id: `rebind/${p.from.name}`,
    title: `rebind PV ${p.pv}: ${src}/${p.from.name} -> ${tgt}/${p.claim.metadata.name}`,
    isDone: (o) => rebindDone(p, stateOf(p, o)),
    describe: (o) => rebindActions(p, stateOf(p, o)),
    apply: async (o, run) => {
      const started = Date.now();
      timing.rebindStart ||= started;
      const done = await rebind(kube, p, {
        timeoutMs: rebindTimeoutMs,
        signal: run.signal,
        onProgress: (t) => log.debug(t),
        state: stateOf(p, o),
        readPv: () => readPv(p, o),
      });
      o.remove('v1', 'PersistentVolumeClaim', p.from.name, src);
      o.put(done.pv);
      o.put(done.claim);
      timing.rebindEnd = Date.now();
      const facts = (record.downtime ??= { replicas: {} });
      facts.lastBoundAt = facts.endedAt = now();
      return done.changes;
    },
  });
  // The part's steps that need nothing stopped (the MongoDB users) run alongside the whole
  // Kubernetes part, from the scale-down on; the others (the copy) once the pods are gone, with
  // the rebinding. The phase ends when both have settled.
  // Their last change ends the window as much as the last Bound does: the services stay down
  // until the databases are copied and verified too.
  const noteEnd = (s: Step<Observation>): Step<Observation> => ({
    id: s.id,
    title: s.title,
    isDone: (o) => s.isDone(o),
    describe: (o) => s.describe(o),
    ...(s.writeAhead ? { writeAhead: (o: Observation) => s.writeAhead!(o) } : {}),
    apply: async (o, run) => {
      const changes = await s.apply(o, run);
      (record.downtime ??= { replicas: {} }).endedAt = now();
      return changes;
    },
  });
  const early = new Set(mongo.early ?? []);
  const beside = mongo.steps.filter((s) => early.has(s.id)).map(noteEnd);
  const afterPods = mongo.steps.filter((s) => !early.has(s.id)).map(noteEnd);
  const mongoSteps = new Set([...beside, ...afterPods]);
  const stages: Stage<Observation>[] = [
    ...(beside.length
      ? [{ name: `set up ${beside.length} MongoDB users`, steps: beside, alongside: true }]
      : []),
    {
      name: `scale down ${names.length} deployments in ${src}`,
      steps: deployments.map(scaleStep),
      concurrency: Math.max(1, names.length),
    },
    { name: 'wait for the pods to be gone', steps: [podsStep] },
    {
      name: `rebind ${plans.length} volumes${afterPods.length ? ' and copy the databases' : ''}`,
      steps: [...plans.map(rebindStep), ...afterPods],
    },
  ];

  // ---- preconditions, all at once, before the first change -------------------------------
  // The MongoDB part says from its own reads whether it has work left; the other steps decide
  // from the observation.
  const own = stages.flatMap((s) => s.steps).filter((s) => mongo.pending === undefined || !mongoSteps.has(s));
  const pending =
    mongo.pending === true || (await Promise.all(own.map((s) => s.isDone(obs)))).some((d) => !d);
  if (pending) {
    for (const phase of BEFORE)
      if (record.phases[phase]?.status !== 'succeeded')
        problems.push(
          `phase ${phase} has not succeeded (${record.phases[phase]?.status ?? 'not run'}): run it first`,
        );
    for (const p of plans) {
      const s = stateOf(p, obs);
      if (rebindDone(p, s)) continue;
      problems.push(...rebindBlockers(p, s));
      if (s.pv && s.pv.spec?.persistentVolumeReclaimPolicy !== 'Retain' && !s.oldClaim)
        problems.push(
          `PV ${p.pv} has reclaim policy ${s.pv.spec?.persistentVolumeReclaimPolicy}, not Retain: set it back to Retain (prepare-storage) first`,
        );
      // A pod the scale-down will not stop would hold the old claim Terminating.
      const ours = new Set(podsLeft(obs).map((x) => x.metadata.name));
      const holders = podsMounting(obs.list('v1', 'Pod', src), p.from.name).filter((n) => !ours.has(n));
      if (s.oldClaim && holders.length)
        problems.push(
          `PVC ${src}/${p.from.name} is mounted by pod${holders.length > 1 ? 's' : ''} ${holders.join(', ')}, which the scale-down does not stop (not one of the installation's deployments): stop ${holders.length > 1 ? 'them' : 'it'} first`,
        );
    }
    const writes = stageWrites(src, tgt);
    const allowed = await r.allowed;
    writes.forEach((w, i) => {
      if (!allowed[i])
        problems.push(
          `this identity may not ${w.verb} ${w.group ? `${w.resource}.${w.group}` : w.resource}${w.namespace ? ` in ${w.namespace}` : ''}: grant it (preflight's permission check lists every permission)`,
        );
    });
    const foreign = foreignObjects(obs, record);
    if (foreign.length)
      problems.push(
        `the target namespace ${tgt} holds objects k2h did not create (${foreign.slice(0, 8).join(', ')}${foreign.length > 8 ? `, +${foreign.length - 8} more` : ''}): the volumes must not be bound into a namespace something else uses`,
      );
    problems.push(...mongo.problems);
    if (!ctx.dryRun) {
      const a = await requireApproval(ctx, kube, record, 'downtime', plan.digest);
      if (a) problems.push(a);
    }
    if (problems.length)
      throw new ConfigurationError(
        `downtime cannot start; nothing was changed:\n  - ${problems.join('\n  - ')}`,
      );
  }

  // Dry-run: the plan is the report (the front door prints it). A real run shows it before its first change.
  if (!ctx.dryRun) log.info(plan.lines.join('\n'));
  const report = [...plan.lines];
  let result: PhaseResult;
  try {
    result = await runPhaseSteps(ctx, 'downtime', stages, {
      record,
      store,
      observation: obs,
      outputs,
      report: ctx.dryRun ? report : [],
      // The rebinding is the stage's last change: the lease is released with the final record save.
      last: true,
    });
  } finally {
    podsStop.abort();
  }
  if (ctx.dryRun) return result;

  // ---- closing summary ----------------------------------------------------------------------
  const windowMs = downtimeWindowMs(record);
  if (windowMs !== undefined && result.ok) {
    outputs['downtime-window-seconds'] = (windowMs / 1000).toFixed(1);
  }
  const summary = [
    '',
    'Downtime stage:',
    timing.scaleStart
      ? `- scaled ${result.steps.filter((s) => s.id.startsWith('scale/') && s.status === 'applied').length} of ${names.length} deployments to 0 in ${formatDuration(timing.scaleEnd - timing.scaleStart)}`
      : `- ${names.length} deployments already at 0`,
    timing.podsGone
      ? `- pods gone ${formatDuration(timing.podsGone - (timing.scaleStart || timing.podsGone))} after the first scale-down`
      : '- no pods left to wait for',
    timing.rebindStart
      ? `- ${result.steps.filter((s) => s.id.startsWith('rebind/') && s.status === 'applied').length} of ${plans.length} volumes rebound in ${formatDuration(timing.rebindEnd - timing.rebindStart)}`
      : `- ${plans.length} volumes already rebound`,
    ...(mongo.summary?.() ?? []),
    ...(windowMs !== undefined
      ? [`- downtime window (first scale-down to the stage's last change): ${formatDuration(windowMs)}`]
      : []),
  ];
  return {
    ...result,
    outputs: { ...result.outputs, ...outputs },
    report: [
      `Plan sha256 ${plan.digest.slice(0, 12)}: ${names.length} deployments, ${plans.length} volumes.`,
      ...summary,
    ],
  };
}

export const downtime: PhaseDefinition = { ...downtimeSpec, run: runDowntime };
