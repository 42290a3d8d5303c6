/**
 * Calls between a thread and its worker over a MessagePort: each side answers the other's calls
 * with its own handlers, and sends notifications (no answer). Errors cross as their name and
 * message (a ConfigurationError stays one: the front doors tell it apart). When the other side
 * goes away (the worker exits or throws, or close()), every call still waiting is rejected: a
 * call never hangs on a thread that is gone.
 *
 * Own code rather than Comlink: Comlink leaves pending calls unsettled when the worker dies or
 * the proxy is released (GoogleChromeLabs/comlink#428, #601, #692), which here would be a
 * downtime window that never ends.
 */
import type { MessagePort, Worker } from 'node:worker_threads';
import { ClusterUnreachableError, ConfigurationError, errorMessage } from './errors';

type Handler = (...args: any[]) => unknown;
export type Handlers = Record<string, Handler>;

/** What crosses the port. */
type Message =
  | { t: 'call'; id: number; method: string; args: unknown[] }
  | { t: 'ok'; id: number; value: unknown }
  | { t: 'err'; id: number; error: WireError }
  | { t: 'note'; method: string; args: unknown[] };

export interface WireError {
  name: string;
  message: string;
}

/** An error as it crosses a thread boundary: its name and message (no stack, no properties). */
export function toWire(err: unknown): WireError {
  return {
    name: err instanceof Error ? err.name : 'Error',
    message: errorMessage(err),
  };
}

/** The error back on this side: the errors the front doors tell apart keep their class. */
export function fromWire(e: WireError): Error {
  const err =
    e.name === 'ClusterUnreachableError'
      ? new ClusterUnreachableError(e.message)
      : e.name === 'ConfigurationError'
        ? new ConfigurationError(e.message)
        : new Error(e.message);
  if (err.name !== e.name) err.name = e.name;
  return err;
}

/** The side a Worker (or parentPort, or a MessagePort) gives: both have these. */
type Port = Pick<MessagePort, 'postMessage' | 'on' | 'off'>;

export interface Rpc {
  /** Calls `method` on the other side; rejects when it throws or when the other side is gone. */
  call<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  /** Tells the other side something; no answer. */
  notify(method: string, ...args: unknown[]): void;
  /** Calls still waiting for their answer. */
  readonly pending: number;
  /** Rejects every waiting call with `reason` and answers no more calls. */
  close(reason?: string): void;
}

export interface RpcOptions {
  /** Called when the number of waiting calls goes from 0 to 1 (true) and back to 0 (false). */
  onBusy?(busy: boolean): void;
}

/**
 * Connects `handlers` to `port`. With a Worker as the port, the worker's exit or uncaught error
 * rejects the waiting calls (the error's message says which).
 */
export function connectRpc(port: Port | Worker, handlers: Handlers, o: RpcOptions = {}): Rpc {
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let next = 1;
  let closed: string | undefined;
  const settle = (id: number, fn: (w: { resolve(v: unknown): void; reject(e: Error): void }) => void) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    if (!waiting.size) o.onBusy?.(false);
    fn(w);
  };
  const post = (m: Message) => {
    try {
      (port as Port).postMessage(m);
    } catch (err) {
      // A value that cannot be cloned: the caller learns it as the call's error.
      if (m.t === 'ok') (port as Port).postMessage({ t: 'err', id: m.id, error: toWire(err) });
      else throw err;
    }
  };
  const onMessage = (m: Message) => {
    if (m.t === 'ok') return settle(m.id, (w) => w.resolve(m.value));
    if (m.t === 'err') return settle(m.id, (w) => w.reject(fromWire(m.error)));
    const fn = handlers[m.method];
    if (m.t === 'note') {
      try {
        void Promise.resolve(fn?.(...m.args)).catch(() => undefined);
      } catch {
        /* a notification has nobody to answer */
      }
      return;
    }
    if (closed !== undefined) return;
    if (!fn)
      return post({ t: 'err', id: m.id, error: { name: 'Error', message: `no such call: ${m.method}` } });
    new Promise((resolve) => resolve(fn(...m.args))).then(
      (value) => closed === undefined && post({ t: 'ok', id: m.id, value }),
      (err: unknown) => closed === undefined && post({ t: 'err', id: m.id, error: toWire(err) }),
    );
  };
  const gone = (reason: string) => {
    if (closed !== undefined) return;
    closed = reason;
    (port as Port).off('message', onMessage);
    const all = [...waiting.values()];
    waiting.clear();
    if (all.length) o.onBusy?.(false);
    for (const w of all) w.reject(new Error(reason));
  };
  (port as Port).on('message', onMessage);
  if ('threadId' in port && 'terminate' in port) {
    const w = port as Worker;
    w.once('error', (err) => gone(`the worker thread failed: ${errorMessage(err)}`));
    w.once('exit', (code) => gone(`the worker thread stopped (exit code ${code})`));
  }
  return {
    call<T>(method: string, ...args: unknown[]): Promise<T> {
      if (closed !== undefined) return Promise.reject(new Error(closed));
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        if (!waiting.size) o.onBusy?.(true);
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        try {
          post({ t: 'call', id, method, args });
        } catch (err) {
          settle(id, (w) => w.reject(err instanceof Error ? err : new Error(String(err))));
        }
      });
    },
    notify(method: string, ...args: unknown[]) {
      if (closed === undefined) post({ t: 'note', method, args });
    },
    get pending() {
      return waiting.size;
    },
    close: (reason = 'the worker connection was closed') => gone(reason),
  };
}
