/**
 * Waiting as a primitive: a condition over the objects of one kind (label/field-selected), kept
 * current by a watch that continues from the LIST's resourceVersion — no polling, no missed
 * change. A 410 Gone (history compacted) re-lists; a dropped stream re-watches from the last
 * version seen. Deadline, AbortSignal and a progress callback ("12 of 44 pods gone").
 */
import { Watch } from '@kubernetes/client-node';
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

/** Injection points for tests. */
export interface WaitDeps {
  watch?: (
    path: string,
    query: Record<string, string | number | boolean | undefined>,
    onEvent: (type: string, obj: any) => void,
    onDone: (err: unknown) => void,
  ) => Promise<{ abort(): void }>;
}

/** Resolves with the objects once `until` holds; rejects on deadline, cancellation or API error. */
export async function waitUntil(kube: Kube, spec: WaitSpec, deps: WaitDeps = {}): Promise<KubeObject[]> {
  const watcher = new Watch(kube.config);
  const watch = deps.watch ?? ((p, q, ev, done) => watcher.watch(p, q, ev, done));
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
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
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

    let gone = false;
    const start = async () => {
      if (settled) return;
      if (gone) {
        // The history since our version is compacted: start over from a fresh LIST.
        gone = false;
        await list();
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
            if (obj?.code === 410) gone = true;
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
          report();
          if (spec.until(current())) finish();
        },
        (err) => {
          if (settled) return;
          const code = (err as { statusCode?: number; code?: number } | undefined)?.statusCode;
          if (code === 410) gone = true;
          // Streams end (server timeout, dropped connection): continue from the last version seen.
          setTimeout(() => void start().catch((e) => finish(e as Error)), err ? 100 : 0);
        },
      );
      if (settled) active.abort();
    };
    start().catch((e) => finish(e as Error));
  });
}
