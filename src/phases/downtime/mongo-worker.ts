/**
 * The downtime's MongoDB part in a worker thread of its own (started by mongo-remote.ts): the
 * driver's load, its connections, logins (SCRAM's key derivation) and commands run beside the
 * main thread, which meanwhile answers the scale-down, watches the pods and rebinds the volumes.
 * The work is prepareMongo's, unchanged; what it needs from the main thread crosses as calls:
 * Kubernetes reads (the root Secret, the MongoDB pods), the port-forward (the main thread holds
 * the Kubernetes client; the driver here connects to the forward's local port), the renames'
 * secrets (from the downtime's observation), log lines and masks. Every answer to the main
 * thread carries the record's MongoDB facts, so what a step proved is in the main thread's record
 * before its apply() resolves there (the journal commits it as before).
 */
import { parentPort } from 'node:worker_threads';
import { profileFor } from '../../cognigy/profile';
import { enableCompileCache } from '../../core/compile-cache';
import type { InputValues } from '../../core/inputs';
import { Masker, type Logger } from '../../core/logger';
import { connectRpc, toWire } from '../../core/worker-rpc';
import { reachMongo, type KubeReader } from '../../mongo/discover';
import type { PortForwardHandle } from '../../mongo/port-forward';
import { SharedConnection } from '../../mongo/shared-connection';
import type { MigrationRecord } from '../../record/schema';
import { mongoLocation } from '../mongo-connection';
import type { PhaseContext } from '../types';
import { prepareMongo } from './mongo-prepare';
import type { DowntimeContext, PreparedPart } from './part';
import type { ForwardTarget, PartState, PreparedRemote, StepAnswer, WorkerInit } from './mongo-remote';

enableCompileCache();

const masker = new Masker();
const line = (level: 'info' | 'warn' | 'error' | 'debug') => (message: string) =>
  rpc.notify('log', level, masker.apply(message));
/** Lines go to the main thread's logger (masked there as well); masks are registered on both sides. */
const logger: Logger = {
  info: line('info'),
  warn: line('warn'),
  error: line('error'),
  debug: line('debug'),
  group: (_name, fn) => fn(),
  mask: (value) => {
    masker.add(value);
    rpc.notify('mask', value);
  },
  redact: (text) => masker.apply(text),
};

/** Reads through the main thread's Kubernetes client. */
const kube: KubeReader = {
  get config(): never {
    throw new Error('the MongoDB worker has no kubeconfig: the main thread opens the port-forwards');
  },
  get: (apiVersion, kind, name, namespace) => rpc.call('get', apiVersion, kind, name, namespace),
  list: (apiVersion, kind, namespace) => rpc.call('list', apiVersion, kind, namespace),
};

async function forward(target: ForwardTarget): Promise<PortForwardHandle> {
  const f = await rpc.call<{ host: string; port: number; id: number }>('forward', target);
  return { host: f.host, port: f.port, close: () => rpc.call('forwardClose', f.id) };
}

function connector(inputs: InputValues, env: NodeJS.ProcessEnv, version: string) {
  const uri = (inputs['mongodb-uri'] as string | undefined) || undefined;
  const location = mongoLocation(profileFor(version));
  return () => reachMongo(kube, { uri, location, logger, env, forward });
}

/** The connection opened before the record was loaded (open()), for the version the state dir named. */
let early: { version: string; conn: SharedConnection; opened: Promise<unknown>; held: boolean } | undefined;
let part: PreparedPart | undefined;
let record: MigrationRecord | undefined;

const state = (): PartState => ({ mongo: record?.mongo, summary: part?.summary?.() ?? [] });

async function letEarlyGo(): Promise<void> {
  if (!early?.held) return;
  early.held = false;
  if ((await early.opened) === undefined) await early.conn.release();
}

const rpc = connectRpc(parentPort!, {
  /** Opens the root connection now (a read), for the version the state dir's record names. */
  open(version: string, inputs: InputValues, env: NodeJS.ProcessEnv): boolean {
    let open: () => ReturnType<typeof reachMongo>;
    try {
      open = connector(inputs, env, version);
    } catch {
      return false; // prepare() reports the version from the loaded record
    }
    // A failed first attempt is the answer for the phase (no second wait on an unreachable server).
    let failed: unknown;
    const conn = new SharedConnection(() => (failed !== undefined ? Promise.reject(failed) : open()));
    const opened = conn.acquire().then(
      () => undefined,
      (err: unknown) => (failed = err ?? new Error('MongoDB connection failed')),
    );
    early = { version, conn, opened, held: true };
    return true;
  },

  async prepare(init: WorkerInit): Promise<PreparedRemote> {
    record = init.record;
    const version = record.product.version;
    const ctx = { logger, inputs: init.inputs, env: init.env, dryRun: init.dryRun } as PhaseContext;
    const d = { ctx, kube, record, profile: profileFor(version) } as unknown as DowntimeContext;
    const conn =
      early?.held && early.version === version
        ? early.conn
        : new SharedConnection(connector(init.inputs, init.env, version));
    try {
      part = await prepareMongo(d, conn, { hold: true, secrets: rpc.call('secrets') });
    } finally {
      // prepareMongo holds the connection from its first line on; the early hold then ends.
      await letEarlyGo();
    }
    const p = part;
    return {
      problems: p.problems,
      plan: p.plan,
      planKey: p.planKey,
      early: p.early,
      pending: p.pending,
      steps: await Promise.all(
        p.steps.map(async (s) => ({
          id: s.id,
          title: s.title,
          describe: await s.describe(undefined as never),
        })),
      ),
      ...state(),
    };
  },

  /** isDone() or apply() of one step; the answer (or its error) with the record's facts as they are now. */
  async step(kind: 'isDone' | 'apply', id: string): Promise<StepAnswer> {
    const s = part?.steps.find((x) => x.id === id);
    try {
      if (!s) throw new Error(`the MongoDB worker has no step ${id}`);
      const value =
        kind === 'isDone'
          ? await s.isDone(undefined as never)
          : await s.apply(undefined as never, { signal: new AbortController().signal });
      return { value, ...state() };
    } catch (err) {
      return { error: toWire(err), ...state() };
    }
  },

  readFresh(): void {
    part?.readFresh?.();
  },

  /** Lets go of the connection (the port-forward with it); the main thread then ends the thread. */
  async close(): Promise<void> {
    await letEarlyGo();
    await part?.close?.();
  },
});
