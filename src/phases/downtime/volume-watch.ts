/**
 * The migrated PVs kept current while the pods go: a watch from the observation's LIST, started
 * with the scale-down, so the reclaim policy read right before an old claim is deleted costs no
 * round trip after the pods are gone. The copy is used only while the watch is connected (its
 * stream open, no error); before it is established, while it reconnects and after it failed or
 * stopped, a read is a GET, as without the watch.
 */
import { Watch } from '@kubernetes/client-node/dist/watch.js';
import type { Kube, KubeObject, ListResult } from '../../kube/client';
import { waitUntil, type WaitDeps } from '../../kube/wait';

export interface VolumeWatch {
  /** The PV as current as a GET: the watch's copy while it is connected, else a GET. */
  read(name: string): Promise<KubeObject | undefined>;
  /** The watch's copies of these PVs while it is connected; undefined when a GET is needed. */
  live(names: string[]): Map<string, KubeObject | undefined> | undefined;
}

export function watchVolumes(
  kube: Kube,
  o: { from: ListResult; timeoutMs: number; signal: AbortSignal },
): VolumeWatch {
  const copies = new Map<string, KubeObject>(o.from.items.map((pv) => [pv.metadata.name, pv]));
  let connected = false;
  let over = false;
  // Events are applied as they arrive (not a batch later); a re-list replaces every copy.
  const watch: NonNullable<WaitDeps['watch']> = async (path, query, onEvent, onDone) => {
    connected = false;
    const w = await new Watch(kube.watchConfig).watch(
      path,
      query,
      (type: string, obj: Partial<KubeObject> | undefined) => {
        const name = obj?.metadata?.name;
        if (type === 'ERROR') connected = false;
        else if (name && type === 'DELETED') copies.delete(name);
        else if (name && type !== 'BOOKMARK')
          copies.set(name, { ...obj, apiVersion: 'v1', kind: 'PersistentVolume' } as KubeObject);
        onEvent(type, obj);
      },
      (err: unknown) => {
        connected = false;
        onDone(err);
      },
    );
    connected = !over;
    return w;
  };
  const done = waitUntil(
    kube,
    {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      description: 'the migrated PVs (reclaim policy before each old claim is deleted)',
      // Never over by itself: the phase stops it. Told every object after a (re-)list.
      until: (pvs) => {
        copies.clear();
        for (const pv of pvs) copies.set(pv.metadata.name, pv);
        return false;
      },
      timeoutMs: o.timeoutMs,
      signal: o.signal,
      from: o.from,
    },
    { watch },
  );
  done.catch(() => undefined).finally(() => ((over = true), (connected = false)));
  return {
    read: async (name) => (connected && !over ? copies.get(name) : kube.get('v1', 'PersistentVolume', name)),
    live: (names) =>
      connected && !over ? new Map(names.map((n) => [n, copies.get(n)] as const)) : undefined,
  };
}
