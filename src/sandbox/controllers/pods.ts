/**
 * The kubelet stand-in: every pod becomes Running and Ready `readyDelayMs` after it is first seen,
 * and pods being deleted go away (no graceful termination to wait for).
 */
import { clone, type Obj } from '../json';
import { setCondition, type Controller } from './context';

const podReadyCondition = (pod: Obj) =>
  (pod.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True');

/**
 * Runs pods. With a scope it looks at the pods that changed and those still waiting to become
 * Ready: every other pod is where the last pass left it (Running, finished, or held by a
 * finalizer), and a pass over it would change nothing; holding and releasing pods runs a full
 * pass.
 */
export const podController: Controller = (ctx, scope) => {
  const def = ctx.def('Pod');
  const nowMs = Date.now();
  const pods = scope
    ? ctx.store.withUids(def, [...scope.uids, ...ctx.readyAt.keys()])
    : ctx.store.peekAll(def);
  for (const pod of pods) {
    if (pod.metadata.deletionTimestamp) {
      if (!pod.metadata.finalizers?.length) ctx.store.remove(def, pod);
      continue;
    }
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    // A held pod runs without becoming Ready; a released one becomes Ready on the next pass.
    const held = ctx.heldUnready(pod.metadata.namespace, pod.metadata.name);
    if (phase === 'Running' && podReadyCondition(pod) !== held) continue;
    const uid = pod.metadata.uid;
    if (!ctx.readyAt.has(uid)) ctx.readyAt.set(uid, nowMs + ctx.readyDelayMs);
    const due = ctx.readyAt.get(uid)!;
    const next = clone(pod);
    if (due > nowMs) {
      if (phase !== 'Pending') {
        next.status = { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }] };
        ctx.store.update(def, next);
      }
      ctx.wakeAt(due - nowMs);
      continue;
    }
    ctx.readyAt.delete(uid);
    const started = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    let conditions: Obj[] = [];
    for (const t of ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready']) {
      conditions = setCondition(
        conditions,
        t,
        held && t !== 'PodScheduled' && t !== 'Initialized' ? 'False' : 'True',
        '',
        '',
      );
    }
    next.spec.nodeName ??= 'sandbox-node';
    next.status = {
      phase: 'Running',
      conditions: conditions.map(({ reason: _r, message: _m, ...c }) => c),
      hostIP: '10.0.0.10',
      podIP: `10.244.0.${(Number.parseInt(uid.slice(0, 2), 16) % 250) + 2}`,
      startTime: started,
      containerStatuses: (pod.spec.containers ?? []).map((c: Obj) => ({
        name: c.name,
        image: c.image,
        imageID: '',
        ready: !held,
        started: !held,
        restartCount: held ? 3 : 0,
        state: held
          ? { waiting: { reason: 'CrashLoopBackOff', message: 'back-off restarting failed container' } }
          : { running: { startedAt: started } },
      })),
    };
    ctx.store.update(def, next);
  }
};
