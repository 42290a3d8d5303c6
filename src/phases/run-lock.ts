/**
 * One run at a time: every phase gets its Kube and Helm through this lock, so no phase (built
 * or to come) can change the cluster without holding Lease `k2h-migration-lock` in the source
 * namespace.
 *
 * - At first contact with the cluster the lease is read (with `/version`, and alongside the
 *   phase's first reads): a lease another run holds ends this run at once, naming the holder and
 *   the expiry (dry-run only reports it).
 * - Before the first change made through kube() (create/patch/delete) or helm() (anything but
 *   its read-only commands) the lease is taken, with the resourceVersion read at first contact:
 *   if another run took it in between, this one stops before changing anything. A phase that
 *   changes the cluster by other means calls `ctx.lock()` first.
 * - It is renewed while the phase runs and released when it ends (executePhase does both).
 * - Refusals before the first change therefore make zero mutating requests, and a re-run of a
 *   finished phase takes no lock at all.
 */
import { hostname } from 'node:os';
import type { Logger } from '../core/logger';
import type { Helm } from '../helm/helm';
import type { Kube } from '../kube/client';
import { LeaseHeldError, LeaseLock } from '../kube/lease';

/** Name of the Lease in the source namespace. */
export const LOCK_NAME = 'k2h-migration-lock';

/** Kube methods that change the cluster; their last argument `dryRun` = true passes unlocked. */
const KUBE_WRITES = new Set(['create', 'patch', 'delete']);
/** Helm methods that change nothing: every other one takes the lock first. */
const HELM_READS = new Set([
  'version',
  'template',
  'templateArgs',
  'upgradeInstallArgs',
  'registryLogin',
  'withEnv',
]);

export interface RunLockOptions {
  /** Lease duration (default 60 s); renewed every third of it. */
  durationSeconds?: number;
  /** Holder identity; default `<phase>@<host>:<pid>:<random>`. */
  holder?: string;
}

/**
 * `bytes` random bytes as hex, from the Web Crypto global: node:crypto (with its ciphers) is not
 * loaded by every action start for the four bytes of a run id.
 */
const randomHex = (bytes: number): string =>
  Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');

/** A run id naming the phase, the machine and the process, unique per run. */
export function runId(phase: string, env: NodeJS.ProcessEnv = process.env): string {
  // On GitHub the run id says which workflow run to look at; in Tekton the host is the pod.
  const ci = env.GITHUB_RUN_ID ? `:gh-run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : '';
  return `${phase}@${hostname()}:${process.pid}${ci}:${randomHex(4)}`;
}

/** The run's lock; see the file comment. */
export class RunLock {
  readonly holder: string;
  private lease: LeaseLock | undefined;
  private taking: Promise<void> | undefined;
  private dryRun = false;
  private contact: Promise<void> | undefined;
  private releasing: Promise<void> | undefined;

  constructor(
    readonly phase: string,
    private readonly logger: Logger,
    private readonly opts: RunLockOptions = {},
  ) {
    this.holder = opts.holder ?? runId(phase);
  }

  /**
   * First contact: proves the API server answers (`/version`) and reads the lease of `namespace`,
   * both at once, and hands back `kube` guarded at once: the phase's first reads go out in the
   * same round trip, but none of their answers reaches the phase before first contact succeeded
   * (its error wins: an unreachable cluster or a held lease is what the user is told). In dry-run
   * a held lease is reported, and any real write through the guarded client is refused.
   */
  attach(kube: Kube, namespace: string, dryRun: boolean): Kube {
    this.dryRun = dryRun;
    const lease = (this.lease = new LeaseLock(kube, namespace, LOCK_NAME, this.holder, {
      durationSeconds: this.opts.durationSeconds,
      logger: this.logger,
      hint:
        'Another k2h run is working on this migration: wait for it to finish. If that run is dead, wait until the lease expires, ' +
        `or remove it on purpose with: k2h unlock --source-namespace ${namespace}`,
    }));
    const probe = kube.probe();
    const observe = lease.observe().catch((err: unknown) => {
      if (!(dryRun && err instanceof LeaseHeldError)) throw err;
      this.logger.warn(`dry-run: ${err.message} A real run would stop here.`);
    });
    const contact = Promise.allSettled([probe, observe]).then(([p, o]) => {
      if (p.status === 'rejected') throw p.reason;
      if (o.status === 'rejected') throw o.reason;
    });
    // Observed by every request through the guarded client and by contacted().
    contact.catch(() => undefined);
    this.contact = contact;
    return guardKube(kube, contact, async (what) => {
      if (dryRun) throw new Error(`dry-run must not change the cluster, but ${this.phase} tried to ${what}`);
      await this.take();
    });
  }

  /** Resolves once first contact succeeded; rejects with its error (nothing when never attached). */
  contacted(): Promise<void> {
    return this.contact ?? Promise.resolve();
  }

  /** Takes the lease now (once); refused when another run holds or took it. */
  take(): Promise<void> {
    // Dry-run takes no lock (zero mutating requests); attach() reported a held one.
    if (this.dryRun) return Promise.resolve();
    const lease = this.lease;
    if (!lease)
      return Promise.reject(new Error('the run lock is taken after the first contact with the cluster'));
    if (lease.lost) return Promise.reject(lease.lost);
    return (this.taking ??= this.contacted()
      .then(() => lease.acquire())
      .then(() => this.logger.debug(`holding Lease ${lease.namespace}/${lease.name} as ${this.holder}`)));
  }

  /** The Helm with every non-read-only command behind the lock (no lock in dry-run). */
  guardHelm(helm: Helm, ensureKube: () => Promise<unknown>, dryRun: boolean): Helm {
    return new Proxy(helm, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        const name = String(prop);
        if (name === 'withEnv')
          return (...args: unknown[]) =>
            this.guardHelm((value as (...a: unknown[]) => Helm).apply(target, args), ensureKube, dryRun);
        if (HELM_READS.has(name) || dryRun) return value.bind(target);
        return async (...args: unknown[]) => {
          await ensureKube();
          await this.take();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  /** Ends the run: stops renewing and clears the holder when the lease is ours (once). */
  release(): Promise<void> {
    if (!this.taking) return Promise.resolve();
    return (this.releasing ??= this.releaseNow());
  }

  private async releaseNow(): Promise<void> {
    if (!this.taking) return;
    try {
      await this.taking;
    } catch {
      return;
    }
    try {
      await this.lease?.release();
    } catch (err) {
      this.logger.warn(
        `could not release Lease ${this.lease?.namespace}/${LOCK_NAME} (${(err as Error).message}); it expires by itself, or run k2h unlock`,
      );
    }
  }
}

/**
 * `kube` whose answers wait for first contact (`contact`), and whose writes also wait for
 * `beforeWrite` (dry-run writes, `dryRun` = true, pass).
 */
function guardKube(kube: Kube, contact: Promise<void>, beforeWrite: (what: string) => Promise<void>): Kube {
  return new Proxy(kube, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (!KUBE_WRITES.has(String(prop)))
        return (...args: unknown[]) => {
          const answer = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (!(answer instanceof Promise)) return answer;
          // Sent now; handed over once first contact succeeded (its error wins).
          answer.catch(() => undefined);
          return contact.then(() => answer);
        };
      return async (...args: unknown[]) => {
        await contact;
        // create(obj, dryRun), patch(..., type, dryRun), delete(..., dryRun): dryRun comes last.
        const dryRun =
          prop === 'create' ? args[1] === true : prop === 'patch' ? args[6] === true : args[4] === true;
        if (!dryRun) await beforeWrite(`${String(prop)} ${describe(prop, args)}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function describe(prop: string | symbol, args: unknown[]): string {
  if (prop === 'create') {
    const o = args[0] as { kind?: string; metadata?: { name?: string } };
    return `${o?.kind} ${o?.metadata?.name}`;
  }
  return `${String(args[1])} ${String(args[2])}`;
}
