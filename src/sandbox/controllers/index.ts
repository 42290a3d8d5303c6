/** The controllers, in the order one reconcile pass runs them. */
import type { Controller, ControllerContext } from './context';
import type { ResourceRegistry } from '../resources';
import { crdController } from './crds';
import { garbageCollector } from './garbage-collector';
import { daemonSetController, jobController } from './jobs';
import { namespaceController } from './namespaces';
import { podController } from './pods';
import { serviceController } from './services';
import { snapshotController } from './snapshots';
import { volumeController } from './volumes';
import { deploymentController, replicaSetController, statefulSetController } from './workloads';

export type { ControllerContext } from './context';

const CONTROLLERS: Controller[] = [
  namespaceController,
  garbageCollector,
  deploymentController,
  replicaSetController,
  statefulSetController,
  daemonSetController,
  jobController,
  podController,
  volumeController,
  serviceController,
  snapshotController,
];

/**
 * Runs every controller until a pass changes nothing (bounded, so a controller bug shows up as a
 * thrown error instead of a hang).
 */
export function reconcileAll(ctx: ControllerContext, registry: ResourceRegistry): void {
  const all = [crdController(registry), ...CONTROLLERS];
  for (let pass = 0; pass < 50; pass++) {
    const before = ctx.store.resourceVersion;
    for (const c of all) c(ctx);
    if (ctx.store.resourceVersion === before) return;
  }
  throw new Error('sandbox: controllers did not settle after 50 passes');
}
