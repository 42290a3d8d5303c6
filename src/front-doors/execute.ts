/**
 * What every front door does with a phase: read and validate its inputs, build the context,
 * run it, and turn the outcome into a result. Errors are left to the front door's wrapper.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Helm } from '../helm/helm';
import type { Kube } from '../kube/client';
import { inputsOf } from '../phases';
import { RunLock, type RunLockOptions } from '../phases/run-lock';
import type { PhaseContext, PhaseDefinition, PhaseResult } from '../phases/types';
import type { RecordStore } from '../record/store';
import { redactError, redactResult } from './redact';
import { InputError } from '../core/errors';
import { parseInputs, type RawInputSource } from '../core/inputs';
import type { Logger } from '../core/logger';

export interface ExecuteOptions {
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /** Overrides for tests: how to get a Kube (called on first use), a Helm with a scripted runner. */
  kube?: () => Promise<Kube>;
  helm?: Helm;
  /** The run lock's lease duration and holder id (tests shorten it). */
  lock?: RunLockOptions;
  /** Cancels the phase between writes (the CLI wires SIGINT/SIGTERM to it). */
  signal?: AbortSignal;
}

/**
 * The state dir must be a directory or creatable as one: a file in its place would surface as a
 * raw `EEXIST ... mkdir` deep inside a phase.
 */
function checkStateDir(dir: string): void {
  for (let p = resolve(dir); ; p = dirname(p)) {
    let isDir: boolean | undefined;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      /* absent: created later */
    }
    if (isDir === false)
      throw new InputError([
        p === resolve(dir)
          ? `--state-dir ${dir} is a file, not a directory: name a directory (it is created when missing)`
          : `--state-dir ${dir} cannot be created: ${p} is a file, not a directory`,
      ]);
    if (isDir || dirname(p) === p) return;
  }
}

/** Builds the phase context from validated inputs. */
export function makeContext(
  def: PhaseDefinition,
  raw: RawInputSource,
  o: ExecuteOptions,
  lock: RunLock = new RunLock(def.name, o.logger, o.lock),
): PhaseContext {
  const env = o.env ?? process.env;
  const inputs = parseInputs(inputsOf(def), raw, (v) => o.logger.mask(v));
  checkStateDir(String(inputs['state-dir']));
  const dryRun = inputs['dry-run'] === true;
  let kube: Promise<Kube> | undefined;
  let store: Promise<RecordStore> | undefined;
  const ctx: PhaseContext = {
    logger: o.logger,
    inputs,
    dryRun,
    env,
    signal: o.signal,
    // Every client a phase gets is behind the run lock (phases/run-lock.ts): no change without it.
    kube: () =>
      (kube ??= (
        o.kube
          ? o.kube()
          : // Loaded on first use: a run refused for its inputs never loads the Kubernetes client.
            import('../phases/runtime').then(({ Kube }) =>
              Kube.open(
                {
                  kubeconfig: inputs.kubeconfig as string | undefined,
                  context: inputs.context as string | undefined,
                  env,
                },
                o.logger,
              ),
            )
      ).then((k) => lock.attach(k, String(inputs['source-namespace']), dryRun))),
    helm: () =>
      lock.guardHelm(
        o.helm ?? new Helm((inputs.helm as string | undefined) ?? 'helm'),
        () => ctx.kube(),
        dryRun,
      ),
    lock: async () => {
      await ctx.kube();
      await lock.take();
    },
    releaseLock: () => lock.release(),
    store: () =>
      (store ??= (async () => {
        // Loaded on first use, as the client: the record code (and its validator) is not needed
        // to refuse bad inputs.
        const [k, { RecordStore, ConfigMapMirror, clusterIdentity }] = await Promise.all([
          ctx.kube(),
          import('../phases/runtime'),
        ]);
        return new RecordStore(
          resolve(String(inputs['state-dir'])),
          new ConfigMapMirror(k, String(inputs['source-namespace'])),
          // Every copy of the record is checked to belong to this cluster.
          () => clusterIdentity(k),
        );
      })()),
  };
  return ctx;
}

/** Runs a phase end to end; the result carries `status` and `state-dir` outputs. */
export async function executePhase(
  def: PhaseDefinition,
  raw: RawInputSource,
  o: ExecuteOptions,
): Promise<PhaseResult> {
  const lock = new RunLock(def.name, o.logger, o.lock);
  // Whatever leaves here, returned or thrown, has passed the masker (front-doors/redact.ts).
  const redact = (text: string) => o.logger.redact(text);
  let result: PhaseResult;
  let ctx: PhaseContext;
  try {
    ctx = makeContext(def, raw, o, lock);
    if (ctx.dryRun) o.logger.info(`dry-run: ${def.name} will print its plan and change nothing`);
    const ran = await def.run(ctx);
    // A phase that sent no request of its own still learns whether first contact failed.
    await lock.contacted();
    result = redactResult(ran, redact);
  } catch (err) {
    throw redactError(err, redact);
  } finally {
    await lock.release();
  }
  result.outputs.status = !result.ok ? 'failed' : result.dryRun ? 'planned' : 'succeeded';
  result.outputs['state-dir'] = resolve(String(ctx.inputs['state-dir']));
  return result;
}

/** Markdown table of the steps, for the job summary and reports. */
export function stepsTable(result: PhaseResult): string[] {
  const rows = result.steps.map(
    (s) =>
      `| ${s.title} | ${s.status} | ${(s.durationMs / 1000).toFixed(2)}s | ${s.error ?? s.changes.slice(0, 3).join('; ')} |`,
  );
  return ['| step | status | duration | detail |', '| --- | --- | --- | --- |', ...rows];
}
