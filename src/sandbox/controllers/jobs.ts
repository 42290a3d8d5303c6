/**
 * Jobs complete at once (helm hooks and `--wait-for-jobs` wait for the Complete condition) and
 * DaemonSets run one pod on the sandbox's single node.
 */
import type { Obj } from '../json';
import { setCondition, writeStatus, type Controller } from './context';

/** Marks every Job succeeded. */
export const jobController: Controller = (ctx) => {
  const def = ctx.def('Job');
  for (const job of ctx.store.peekAll(def)) {
    if (job.metadata.deletionTimestamp || job.spec?.suspend) continue;
    if (job.status?.conditions?.some((c: Obj) => c.type === 'Complete' || c.type === 'Failed')) continue;
    const time = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    let conditions: Obj[] = [];
    conditions = setCondition(
      conditions,
      'SuccessCriteriaMet',
      'True',
      'CompletionsReached',
      'Reached expected number of succeeded pods',
      ['lastProbeTime', 'lastTransitionTime'],
    );
    conditions = setCondition(
      conditions,
      'Complete',
      'True',
      'CompletionsReached',
      'Reached expected number of succeeded pods',
      ['lastProbeTime', 'lastTransitionTime'],
    );
    writeStatus(ctx, def, job, {
      startTime: time,
      completionTime: time,
      succeeded: job.spec?.completions ?? 1,
      ready: 0,
      terminating: 0,
      uncountedTerminatedPods: {},
      conditions,
    });
  }
};

/** DaemonSet status for one node (no pods are created: nothing reads them). */
export const daemonSetController: Controller = (ctx) => {
  const def = ctx.def('DaemonSet');
  for (const ds of ctx.store.peekAll(def)) {
    if (ds.metadata.deletionTimestamp) continue;
    writeStatus(ctx, def, ds, {
      currentNumberScheduled: 1,
      desiredNumberScheduled: 1,
      numberAvailable: 1,
      numberMisscheduled: 0,
      numberReady: 1,
      updatedNumberScheduled: 1,
      observedGeneration: ds.metadata.generation,
    });
  }
};
