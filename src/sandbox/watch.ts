/**
 * Watch streams (newline-delimited JSON events). Besides plain watches from a resourceVersion,
 * this speaks the WatchList protocol helm 4 `--wait` uses: with `sendInitialEvents=true` the
 * current objects arrive as ADDED events, then a BOOKMARK annotated
 * `k8s.io/initial-events-end: "true"`; without that bookmark every resource stays "Unknown".
 */
import type { ServerResponse } from 'node:http';
import { toJson, type Obj } from './json';
import { apiVersionOf, type ResourceDef } from './resources';
import { matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector } from './selectors';
import type { Store, StoreEvent } from './store';

/** Query options of a watch request. */
export interface WatchOptions {
  namespace?: string;
  labelSelector?: string | null;
  fieldSelector?: string | null;
  resourceVersion?: string | null;
  sendInitialEvents?: boolean;
  allowWatchBookmarks?: boolean;
  timeoutSeconds?: number;
}

/** Streams events for `def` to `res` until the client leaves, the timeout passes or `stop` runs. */
export function serveWatch(
  store: Store,
  def: ResourceDef,
  res: ServerResponse,
  opts: WatchOptions,
): () => void {
  const labels = parseLabelSelector(opts.labelSelector);
  const fields = parseFieldSelector(opts.fieldSelector);
  const matches = (o: Obj): boolean =>
    (!def.namespaced || !opts.namespace || o.metadata.namespace === opts.namespace) &&
    matchesLabels(labels, o.metadata.labels) &&
    matchesFields(fields, o);
  const seen = new Set<string>();
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
    'Cache-Control': 'no-cache',
  });
  // Clients wait for the headers before they consider the watch open.
  res.flushHeaders();
  // `JSON.stringify({ type, object })`, with the stored object's cached text.
  const send = (type: string, object: Obj): void => {
    res.write(`{"type":${JSON.stringify(type)},"object":${toJson(object)}}\n`);
  };
  const deliver = (e: StoreEvent): void => {
    if (e.def !== def) return;
    const uid = e.object.metadata.uid;
    const now = e.type !== 'DELETED' && matches(e.object);
    const before = seen.has(uid);
    if (e.type === 'DELETED') {
      if (before || matches(e.object)) send('DELETED', e.object);
      seen.delete(uid);
    } else if (now) {
      send(before ? 'MODIFIED' : 'ADDED', e.object);
      seen.add(uid);
    } else if (before) {
      send('DELETED', e.object);
      seen.delete(uid);
    }
  };

  const rv = opts.resourceVersion;
  const initial = opts.sendInitialEvents || !rv || rv === '0';
  if (initial) {
    for (const o of store.peekAll(def, def.namespaced ? opts.namespace : undefined)) {
      if (!matches(o)) continue;
      seen.add(o.metadata.uid);
      send('ADDED', o);
    }
    if (opts.sendInitialEvents && opts.allowWatchBookmarks) {
      send('BOOKMARK', {
        kind: def.kind,
        apiVersion: apiVersionOf(def),
        metadata: {
          resourceVersion: String(store.resourceVersion),
          annotations: { 'k8s.io/initial-events-end': 'true' },
        },
      });
    }
  } else {
    const events = store.eventsSince(Number(rv));
    if (!events || Number.isNaN(Number(rv))) {
      send('ERROR', {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `too old resource version: ${rv} (${store.oldestResumable})`,
        reason: 'Expired',
        code: 410,
      });
      res.end();
      return () => undefined;
    }
    // What the client already knows at `rv`: objects that match now and were not added since.
    const addedSince = new Set(events.filter((e) => e.type === 'ADDED').map((e) => e.object.metadata.uid));
    for (const o of store.peekAll(def, def.namespaced ? opts.namespace : undefined)) {
      if (matches(o) && !addedSince.has(o.metadata.uid)) seen.add(o.metadata.uid);
    }
    for (const e of events) deliver(e);
  }
  const unsubscribe = store.subscribe(deliver);
  let timer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    if (!res.writableEnded) res.end();
  };
  if (opts.timeoutSeconds && opts.timeoutSeconds > 0) timer = setTimeout(stop, opts.timeoutSeconds * 1000);
  res.on('close', stop);
  return stop;
}
