/**
 * The controllers, in the order one reconcile pass runs them.
 *
 * Reconciling is incremental: every controller is a function of the objects of the kinds it reads
 * (and of time, for the delayed ones), so a controller whose kinds did not change since it last
 * ran would change nothing and is skipped; the Deployment and ReplicaSet controllers look only at
 * the objects a change touched (the object itself, or an object it owns). A full reconcile (every
 * controller over every object) runs when the sandbox starts, loads a seed, is woken by a timer
 * (delayed readiness) or a held pod is released — the cases where time or state outside the store
 * changed. The outcome is the one a full pass over everything would reach, in the same order.
 */
import type { Obj } from '../json';
import type { ResourceRegistry } from '../resources';
import type { Store } from '../store';
import type { Controller, ControllerContext, Scope } from './context';
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

/** One change the controllers have yet to see. */
interface Change {
  kind: string;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  uid: string;
  /** Owner uids, before and after the change. */
  owners: string[];
}

/** A controller with what it reads. */
interface Registered {
  run: Controller;
  /** Kinds whose changes can make it act; `all`: any change. */
  reads: readonly string[] | 'all';
  /** Whether a change concerns it beyond its kinds (the garbage collector: deletions, owned objects). */
  relevant?(c: Change): boolean;
  /** Give it the uids the changes touched, so it looks only at those objects. */
  scoped?: boolean;
}

const CONTROLLERS: Registered[] = [
  { run: namespaceController, reads: 'all' },
  {
    run: garbageCollector,
    reads: [],
    relevant: (c) => c.type === 'DELETED' || c.owners.length > 0,
    scoped: true,
  },
  { run: deploymentController, reads: ['Deployment', 'ReplicaSet'], scoped: true },
  { run: replicaSetController, reads: ['ReplicaSet', 'Pod'], scoped: true },
  { run: statefulSetController, reads: ['StatefulSet', 'Pod', 'PersistentVolumeClaim'] },
  { run: daemonSetController, reads: ['DaemonSet'] },
  { run: jobController, reads: ['Job'] },
  { run: podController, reads: ['Pod'], scoped: true },
  { run: volumeController, reads: ['PersistentVolumeClaim', 'PersistentVolume', 'Pod', 'StorageClass'] },
  { run: serviceController, reads: ['Service'] },
  { run: snapshotController, reads: ['VolumeSnapshot', 'VolumeSnapshotClass', 'PersistentVolumeClaim'] },
];

const ownerUids = (o: Obj | undefined): string[] =>
  (o?.metadata?.ownerReferences ?? []).map((r: { uid: string }) => r.uid);

/** The store's changes since each controller last ran. */
export class ChangeTracker {
  private changes: Change[] = [];
  /** Per controller (by position), the index of the first change it has not seen. */
  private cursors: number[] = [];
  /** Controllers (by position) due a full run over everything. */
  private full = new Set<number>();

  constructor(store: Store) {
    store.subscribe((e, previous) => {
      const owners = ownerUids(e.object);
      for (const u of ownerUids(previous)) if (!owners.includes(u)) owners.push(u);
      this.changes.push({ kind: e.def.kind, type: e.type, uid: e.object.metadata.uid, owners });
    });
    this.markAll();
  }

  /** The next reconcile runs every controller over every object. */
  markAll(): void {
    for (let i = 0; i <= CONTROLLERS.length; i++) this.full.add(i);
  }

  /**
   * Runs the controllers until a pass changes nothing (bounded, so a controller bug shows up as a
   * thrown error instead of a hang).
   */
  reconcile(ctx: ControllerContext, registry: ResourceRegistry): void {
    const all: Registered[] = [
      { run: crdController(registry), reads: ['CustomResourceDefinition'] },
      ...CONTROLLERS,
    ];
    for (let pass = 0; pass < 50; pass++) {
      const before = ctx.store.resourceVersion;
      all.forEach((c, i) => {
        const from = this.cursors[i] ?? 0;
        // Changes the controller makes itself are seen by its next run, as in a full pass.
        this.cursors[i] = this.changes.length;
        if (this.full.delete(i)) return c.run(ctx);
        let scope: Set<string> | undefined;
        let due = false;
        for (let k = from; k < this.changes.length; k++) {
          const ch = this.changes[k];
          if (!(c.reads === 'all' || c.reads.includes(ch.kind) || c.relevant?.(ch))) continue;
          due = true;
          if (!c.scoped) break;
          scope ??= new Set();
          scope.add(ch.uid);
          for (const u of ch.owners) scope.add(u);
        }
        if (!due) return;
        c.run(ctx, scope && ({ has: (uid) => scope!.has(uid), uids: scope } satisfies Scope));
      });
      if (ctx.store.resourceVersion === before) {
        // Settled: every controller has seen every change.
        this.changes = [];
        this.cursors = [];
        return;
      }
    }
    throw new Error('sandbox: controllers did not settle after 50 passes');
  }
}
