/**
 * The main thread's side of the MongoDB part's worker thread (mongo-worker.ts): starts it at the
 * phase's start (the driver compiles there, not on the thread that answers the Kubernetes reads),
 * answers what it asks (Kubernetes reads, port-forwards, the renames' secrets, log lines, masks)
 * and gives the downtime a PreparedPart whose steps run in the worker. What a step proved (the
 * record's MongoDB facts) comes back with each answer and is put into the record before the
 * step's isDone() or apply() resolves, so the journal commits it as when the part ran here.
 *
 * Used when the worker's file is beside the bundle (dist/cli, dist/main); from the sources (tsx,
 * jest) the part runs in the main thread unless K2H_MONGO_WORKER names the worker's file.
 * K2H_MONGO_WORKER=0 keeps it in the main thread. A worker that stops fails its step (and the
 * phase) with the reason: no call waits for it forever.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromWire, connectRpc, type Rpc, type WireError } from '../../core/worker-rpc';
import type { InputValues } from '../../core/inputs';
import type { Kube } from '../../kube/client';
import type { Observation } from '../../kube/observation';
import type { PortForwardHandle } from '../../mongo/port-forward';
import type { MongoFacts } from '../../mongo/facts';
import type { MigrationRecord } from '../../record/schema';
import type { Step } from '../../steps/step';
import type { PhaseContext } from '../types';
import { renameSecrets } from './mongo-secrets';
import type { DowntimeContext, EarlyContext, PreparedPart, Started } from './part';

export interface ForwardTarget {
  namespace: string;
  pod: string;
  port: number;
}

/** What the worker's prepare() gets. */
export interface WorkerInit {
  record: MigrationRecord;
  inputs: InputValues;
  env: NodeJS.ProcessEnv;
  dryRun: boolean;
}

/** Sent with every answer: the record's MongoDB facts and the summary lines, as they are now. */
export interface PartState {
  mongo: MongoFacts | undefined;
  summary: string[];
}

/** The prepared part as it crosses: the steps by id, title and plan lines. */
export interface PreparedRemote extends PartState {
  problems: string[];
  plan: string[];
  planKey?: string[];
  early?: string[];
  pending?: boolean;
  steps: Array<{ id: string; title: string; describe: string[] }>;
}

export type StepAnswer = PartState & ({ value: unknown; error?: undefined } | { error: WireError });

/** The bundled worker beside this chunk (dist/cli/chunks/… → dist/cli/mongo-worker.js). */
const BUNDLED = 'mongo-worker.js';

/** The worker's file to start, or undefined to run the part in the main thread. */
export function mongoWorkerFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.K2H_MONGO_WORKER;
  if (set === '0' || set === 'false') return undefined;
  if (set) return set;
  // __dirname: the chunk's directory in the bundle (scripts/bundle.ts defines it per chunk).
  if (typeof __dirname !== 'string') return undefined;
  for (const dir of [__dirname, dirname(__dirname)]) {
    const file = join(dir, BUNDLED);
    if (existsSync(file)) return file;
  }
  return undefined;
}

function spawn(file: string): Worker {
  if (!/\.[mc]?ts$/.test(file)) return new Worker(file);
  // From the sources (tests): the worker's TypeScript runs through tsx's loader, registered in
  // the thread (a worker's execArgv does not take --import on Node 20).
  const from = (base: string) => {
    try {
      return createRequire(base).resolve('tsx/esm/api');
    } catch {
      return undefined;
    }
  };
  const tsx = from(file) ?? from(join(process.cwd(), 'package.json'));
  if (!tsx) throw new Error(`K2H_MONGO_WORKER names a TypeScript file (${file}) but tsx cannot be found`);
  const code = `import(${JSON.stringify(pathToFileURL(tsx).href)})
    .then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(code, { eval: true });
}

/** The worker an entry started before the phase's code was loaded (prestartMongoWorker). */
let prestarted: { file: string; worker: Worker; gone: boolean } | undefined;

/**
 * Starts the worker now, first thing in the process of a downtime (the entries call it): the
 * thread's start and the driver's load run while this thread loads the phase. Unused (the phase
 * stopped before), it holds nothing: the process exits as without it.
 */
export function prestartMongoWorker(env: NodeJS.ProcessEnv = process.env): void {
  const file = mongoWorkerFile(env);
  if (!file || prestarted) return;
  const p = { file, worker: spawn(file), gone: false };
  p.worker.unref();
  // One that failed is not used: preload() starts another, whose error the phase reports.
  p.worker.once('error', () => (p.gone = true));
  p.worker.once('exit', () => (p.gone = true));
  prestarted = p;
}

/** The prestarted worker when it is this file's and alive, else a new one. */
function takeWorker(file: string): Worker {
  const p = prestarted;
  prestarted = undefined;
  if (p && p.file === file && !p.gone) return p.worker;
  if (p) void p.worker.terminate().catch(() => undefined);
  return spawn(file);
}

/** What preload() started: the worker (and maybe its early connection), taken over by prepare(). */
export class RemoteStart implements Started {
  private readonly worker: Worker;
  private readonly rpc: Rpc;
  private bound: { ctx: PhaseContext; kube: Promise<Kube> | Kube; d?: DowntimeContext } | undefined;
  private readonly forwards = new Map<number, PortForwardHandle>();
  private nextForward = 1;
  private taken = false;
  private ended: Promise<void> | undefined;

  constructor(file: string, early?: EarlyContext) {
    this.worker = takeWorker(file);
    // The worker keeps the process alive only while a call waits for it.
    this.worker.unref();
    this.rpc = connectRpc(
      this.worker,
      {
        log: (level: 'info' | 'warn' | 'error' | 'debug', text: string) => this.ctx().logger[level](text),
        mask: (value: string) => this.ctx().logger.mask(value),
        get: async (apiVersion: string, kind: string, name: string, namespace?: string) =>
          (await this.kube()).get(apiVersion, kind, name, namespace),
        list: async (apiVersion: string, kind: string, namespace?: string) =>
          (await this.kube()).list(apiVersion, kind, namespace),
        forward: async (target: ForwardTarget) => {
          const { forwardPort } = await import('../../mongo/port-forward');
          const f = await forwardPort((await this.kube()).config, target, this.ctx().logger);
          const id = this.nextForward++;
          this.forwards.set(id, f);
          return { host: f.host, port: f.port, id };
        },
        forwardClose: async (id: number) => {
          const f = this.forwards.get(id);
          this.forwards.delete(id);
          await f?.close();
        },
        secrets: () => {
          if (!this.bound?.d) throw new Error('the MongoDB worker asked for the secrets before prepare()');
          return renameSecrets(this.bound.d);
        },
      },
      { onBusy: (busy) => (busy ? this.worker.ref() : this.worker.unref()) },
    );
    // A worker that stops lets go of the port-forwards it had opened.
    this.worker.once('exit', () => void this.closeForwards());
    if (early) {
      this.bound = { ctx: early.ctx, kube: early.kube };
      // A failed open is prepare()'s problem (the error comes again from the same attempt).
      this.rpc
        .call('open', early.version, { ...early.ctx.inputs }, { ...early.ctx.env })
        .catch(() => undefined);
    }
  }

  private ctx(): PhaseContext {
    if (!this.bound) throw new Error('the MongoDB worker called before the phase gave it a context');
    return this.bound.ctx;
  }

  private kube(): Promise<Kube> | Kube {
    if (!this.bound) throw new Error('the MongoDB worker called before the phase gave it a cluster');
    return this.bound.kube;
  }

  private async closeForwards(): Promise<void> {
    const all = [...this.forwards.values()];
    this.forwards.clear();
    await Promise.all(all.map((f) => f.close().catch(() => undefined)));
  }

  /** Ends the worker: its connection closed first (when it still answers), then the thread. */
  private end(): Promise<void> {
    return (this.ended ??= (async () => {
      await this.rpc.call('close').catch(() => undefined);
      this.rpc.close('the MongoDB worker was closed');
      await this.worker.terminate().catch(() => undefined);
      await this.closeForwards();
    })());
  }

  async abandon(): Promise<void> {
    if (this.taken) return;
    this.taken = true;
    await this.end();
  }

  /** The part, prepared in the worker: its steps call it; close() ends it. */
  async prepare(d: DowntimeContext): Promise<PreparedPart> {
    this.taken = true;
    this.bound = { ctx: d.ctx, kube: d.kube, d };
    const sync = (s: PartState) => {
      if (s.mongo !== undefined) d.record.mongo = s.mongo;
      summary = s.summary;
    };
    let summary: string[] = [];
    let p: PreparedRemote;
    try {
      p = await this.rpc.call<PreparedRemote>('prepare', {
        record: d.record,
        inputs: { ...d.ctx.inputs },
        env: { ...d.ctx.env },
        dryRun: d.ctx.dryRun,
      } satisfies WorkerInit);
    } catch (err) {
      await this.end();
      throw err;
    }
    sync(p);
    const ask = async (kind: 'isDone' | 'apply', id: string) => {
      const a = await this.rpc.call<StepAnswer>('step', kind, id);
      sync(a);
      if (a.error) throw fromWire(a.error);
      return a.value;
    };
    const steps: Step<Observation>[] = p.steps.map((s) => ({
      id: s.id,
      title: s.title,
      isDone: async () => (await ask('isDone', s.id)) === true,
      describe: () => s.describe,
      apply: async () => (await ask('apply', s.id)) as string[],
    }));
    return {
      problems: p.problems,
      plan: p.plan,
      planKey: p.planKey,
      early: p.early,
      pending: p.pending,
      steps,
      readFresh: () => this.rpc.notify('readFresh'),
      summary: () => summary,
      close: () => this.end(),
    };
  }
}
