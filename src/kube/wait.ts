/**
 * Waiting as a primitive: a condition over the objects of one kind (label/field-selected), kept
 * current by a watch that continues from the LIST's resourceVersion — no polling, no missed
 * change. A 410 Gone (history compacted) re-lists; a dropped stream re-watches from the last
 * version seen. Deadline, AbortSignal and a progress callback ("12 of 44 pods gone").
 */
import { Watch } from '@kubernetes/client-node/dist/watch.js';
import type { Kube, KubeObject, ListResult } from './client';

export interface WaitSpec {
  apiVersion: string;
  kind: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** What is awaited, for the progress and timeout messages, e.g. `the pods of cognigy-ai to go`. */
  description: string;
  /** True when the wait is over, given every current object that matches the selectors. */
  until(objects: KubeObject[]): boolean;
  /** Progress text for the current objects, e.g. `12 of 44 pods gone`. */
  progress?(objects: KubeObject[]): string;
  /** Told the progress text each time it changes. */
  onProgress?(text: string): void;
  /** Gives up after this long with a WaitTimeoutError. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Start from a LIST already made (an Observation's), saving a round trip. */
  from?: ListResult;
}

/** The deadline passed; the message says where the wait stood. */
export class WaitTimeoutError extends Error {
  constructor(
    readonly description: string,
    readonly timeoutMs: number,
    readonly lastProgress?: string,
  ) {
    super(
      `timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${description}${lastProgress ? ` (${lastProgress})` : ''}`,
    );
    this.name = 'WaitTimeoutError';
  }
}

/** The wait was cancelled by its AbortSignal. */
export class WaitCancelledError extends Error {
  constructor(description: string) {
    super(`cancelled while waiting for ${description}`);
    this.name = 'AbortError';
  }
}

/** The API server stopped answering: the re-lists after a dropped watch failed, one after another. */
export class WaitApiError extends Error {
  constructor(
    readonly description: string,
    readonly attempts: number,
    readonly cause: unknown,
  ) {
    super(
      `gave up waiting for ${description}: the API server did not answer ${attempts} re-lists in a row ` +
        `after the watch dropped (last error: ${cause instanceof Error ? cause.message : String(cause)})`,
    );
    this.name = 'WaitApiError';
  }
}

/** Injection points for tests. */
export interface WaitDeps {
  watch?: (
    path: string,
    query: Record<string, string | number | boolean | undefined>,
    onEvent: (type: string, obj: any) => void,
    onDone: (err: unknown) => void,
  ) => Promise<{ abort(): void }>;
  /** Consecutive failed re-lists before giving up (default 3); the pause doubles from `retryDelayMs` (100). */
  maxFailures?: number;
  retryDelayMs?: number;
}

const statusOf = (err: unknown): number | undefined => {
  const e = err as { statusCode?: number; code?: number } | undefined;
  return e?.statusCode ?? (typeof e?.code === 'number' ? e.code : undefined);
};

/**
 * Resolves with the objects once `until` holds; rejects on deadline, cancellation or API error.
 * A watch that drops is resumed from the last version seen; one that drops with an error is
 * followed by a fresh LIST (the server may have restarted), and after `maxFailures` failed
 * LISTs in a row the wait gives up with a WaitApiError instead of retrying until its deadline.
 * Events that arrive together are applied together, and `until` is asked once for them.
 */
export async function waitUntil(kube: Kube, spec: WaitSpec, deps: WaitDeps = {}): Promise<KubeObject[]> {
  const watch =
    deps.watch ??
    ((p, q, ev, done) => new Watch(kube.watchConfig).watch(p, q, ev, done) as Promise<{ abort(): void }>);
  const maxFailures = deps.maxFailures ?? 3;
  const retryDelayMs = deps.retryDelayMs ?? 100;
  const objects = new Map<string, KubeObject>();
  let rv = '';
  const list = async (given?: ListResult) => {
    const l =
      given ??
      (await kube.listWithVersion(spec.apiVersion, spec.kind, spec.namespace, {
        labelSelector: spec.labelSelector,
        fieldSelector: spec.fieldSelector,
      }));
    objects.clear();
    for (const o of l.items) objects.set(o.metadata.name, o);
    rv = l.resourceVersion;
  };
  let lastProgress: string | undefined;
  const current = () => [...objects.values()];
  const report = () => {
    if (!spec.progress) return;
    const text = spec.progress(current());
    if (text !== lastProgress) {
      lastProgress = text;
      spec.onProgress?.(text);
    }
  };

  if (spec.signal?.aborted) throw new WaitCancelledError(spec.description);
  await list(spec.from);
  report();
  if (spec.until(current())) return current();
  const path = await kube.collectionPath(spec.apiVersion, spec.kind, spec.namespace);

  return new Promise<KubeObject[]>((resolve, reject) => {
    let settled = false;
    let active: { abort(): void } | undefined;
    let retryTimer: NodeJS.Timeout | undefined;
    let checkPending = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(retryTimer);
      spec.signal?.removeEventListener('abort', onAbort);
      active?.abort();
      if (err) reject(err);
      else resolve(current());
    };
    const timer = setTimeout(
      () => finish(new WaitTimeoutError(spec.description, spec.timeoutMs, lastProgress)),
      spec.timeoutMs,
    );
    const onAbort = () => finish(new WaitCancelledError(spec.description));
    spec.signal?.addEventListener('abort', onAbort, { once: true });

    // Once per batch of events (a chunk of the stream), not once per event.
    const check = () => {
      checkPending = false;
      if (settled) return;
      report();
      if (spec.until(current())) finish();
    };

    /** Why the next watch starts with a LIST: none, history compacted (410), or an error. */
    let relist: 'no' | 'gone' | 'error' = 'no';
    let failures = 0;
    const start = async () => {
      if (settled) return;
      if (relist !== 'no') {
        try {
          await list();
        } catch (err) {
          if (settled) return;
          failures++;
          if (failures >= maxFailures) return finish(new WaitApiError(spec.description, failures, err));
          retryTimer = setTimeout(
            () => void start().catch((e) => finish(e as Error)),
            retryDelayMs * 2 ** failures,
          );
          return;
        }
        if (settled) return;
        failures = 0;
        relist = 'no';
        report();
        if (spec.until(current())) return finish();
      }
      active = await watch(
        path,
        {
          resourceVersion: rv,
          allowWatchBookmarks: true,
          labelSelector: spec.labelSelector,
          fieldSelector: spec.fieldSelector,
        },
        (type, obj) => {
          if (settled) return;
          if (type === 'ERROR') {
            if (obj?.code === 410) relist = 'gone';
            else finish(new Error(`watch of ${spec.kind} failed: ${obj?.message ?? JSON.stringify(obj)}`));
            return;
          }
          const v = obj?.metadata?.resourceVersion;
          if (v) rv = String(v);
          if (type === 'BOOKMARK') return;
          const name = obj?.metadata?.name;
          if (!name) return;
          if (type === 'DELETED') objects.delete(name);
          else objects.set(name, { apiVersion: spec.apiVersion, kind: spec.kind, ...obj });
          if (!checkPending) {
            checkPending = true;
            setImmediate(check);
          }
        },
        (err) => {
          if (settled) return;
          const code = statusOf(err);
          if (err && code !== undefined && code >= 400 && code < 500 && code !== 410 && code !== 429)
            return finish(
              new Error(
                `watch of ${spec.kind} refused (HTTP ${code}): ${err instanceof Error ? err.message : String(err)}`,
              ),
            );
          if (code === 410) relist = 'gone';
          else if (err) relist = 'error';
          // Streams end (server timeout, dropped connection): continue from the last version seen,
          // after an error from a fresh LIST.
          retryTimer = setTimeout(
            () => void start().catch((e) => finish(e as Error)),
            err ? retryDelayMs : 0,
          );
        },
      );
      if (settled) active.abort();
    };
    start().catch((e) => finish(e as Error));
  });
}
