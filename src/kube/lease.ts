/**
 * A lock on a coordination.k8s.io/v1 Lease, the way Kubernetes' own leader election uses one:
 * the holder writes its identity and renews `renewTime` while it works; a lease whose
 * `renewTime + leaseDurationSeconds` lies in the past has expired and may be taken over; a
 * release clears the holder. Every write carries the resourceVersion last read, so of two
 * candidates exactly one wins and the other learns who did.
 *
 * Expiry compares the holder's renewTime with this machine's clock, as client-go's record-based
 * check does: clocks must agree to within the lease duration (NTP does far better).
 */
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Kube, KubeObject } from './client';
import { KubeApiError } from './errors';

const API = 'coordination.k8s.io/v1';

/** A Lease as this module reads it. */
export interface LeaseState {
  name: string;
  namespace: string;
  /** Empty when released. */
  holder: string;
  durationSeconds: number;
  acquireTime?: string;
  renewTime?: string;
  transitions: number;
  resourceVersion: string;
  /** renewTime + duration; undefined when never renewed. */
  expiresAt?: Date;
}

/** metav1.MicroTime: RFC 3339 with six fractional digits (the apiserver refuses other forms). */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Reads a Lease; undefined when there is none. */
export async function readLease(
  kube: Kube,
  namespace: string,
  name: string,
): Promise<LeaseState | undefined> {
  const obj = await kube.get(API, 'Lease', name, namespace);
  return obj ? leaseState(obj) : undefined;
}

function leaseState(obj: KubeObject): LeaseState {
  const spec = obj.spec ?? {};
  const renew = spec.renewTime ?? spec.acquireTime;
  const durationSeconds = Number(spec.leaseDurationSeconds ?? 0);
  const renewMs = renew ? Date.parse(String(renew)) : NaN;
  return {
    name: obj.metadata.name,
    namespace: String(obj.metadata.namespace),
    holder: String(spec.holderIdentity ?? ''),
    durationSeconds,
    acquireTime: spec.acquireTime ? String(spec.acquireTime) : undefined,
    renewTime: spec.renewTime ? String(spec.renewTime) : undefined,
    transitions: Number(spec.leaseTransitions ?? 0),
    resourceVersion: String(obj.metadata.resourceVersion),
    expiresAt: Number.isFinite(renewMs) ? new Date(renewMs + durationSeconds * 1000) : undefined,
  };
}

/** True when someone holds the lease and it has not expired at `now`. */
export function isHeld(state: LeaseState | undefined, now: number): boolean {
  return !!state?.holder && (!state.expiresAt || state.expiresAt.getTime() > now);
}

/** A lease held by someone else. */
export class LeaseHeldError extends ConfigurationError {
  constructor(
    readonly lease: LeaseState,
    hint: string,
  ) {
    super(
      `Lease ${lease.namespace}/${lease.name} is held by ${lease.holder} until ${lease.expiresAt?.toISOString() ?? '(no expiry)'}` +
        ` (renewed ${lease.renewTime ?? 'never'}). ${hint}`,
    );
    this.name = 'LeaseHeldError';
  }
}

export interface LeaseLockOptions {
  /** How long the lease lasts without renewal. Default 60 s. */
  durationSeconds?: number;
  /** Renewal period. Default a third of the duration (client-go renews well before the deadline). */
  renewEveryMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  logger?: Logger;
  /** Said after the holder when the lease is taken: what the user can do. */
  hint?: string;
}

/**
 * One holder's lock on one Lease. observe() reads it (and is all a dry-run does); acquire()
 * takes it with the resourceVersion observe() saw, so a lease that changed in between (another
 * run came and went) is never taken over blindly; release() clears the holder.
 */
export class LeaseLock {
  private base: LeaseState | null | undefined;
  private current: LeaseState | undefined;
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> | undefined;
  /** Set when the lease was lost (renewal refused, or not renewed before it expired). */
  lost: Error | undefined;
  private readonly durationSeconds: number;
  private readonly now: () => number;

  constructor(
    private readonly kube: Kube,
    readonly namespace: string,
    readonly name: string,
    readonly holder: string,
    private readonly o: LeaseLockOptions = {},
  ) {
    this.durationSeconds = o.durationSeconds ?? 60;
    this.now = o.now ?? Date.now;
  }

  private get hint(): string {
    return this.o.hint ?? 'Wait for that run to finish, or until the lease expires.';
  }

  /** True while this lock holds the lease. */
  get held(): boolean {
    return !!this.current && !this.lost;
  }

  /** Reads the lease and remembers it as the base of acquire(); throws when another holds it. */
  async observe(): Promise<LeaseState | undefined> {
    const state = await readLease(this.kube, this.namespace, this.name);
    this.base = state ?? null;
    if (state && isHeld(state, this.now()) && state.holder !== this.holder)
      throw new LeaseHeldError(state, this.hint);
    return state;
  }

  /** Takes the lease (create, or take over a free or expired one) and starts renewing it. */
  async acquire(): Promise<void> {
    if (this.held) return;
    if (this.lost) throw this.lost;
    if (this.base === undefined) await this.observe();
    const base = this.base;
    if (isHeld(base ?? undefined, this.now()) && base!.holder !== this.holder)
      throw new LeaseHeldError(base!, this.hint);
    const t = microTime(this.now());
    const spec = {
      holderIdentity: this.holder,
      leaseDurationSeconds: this.durationSeconds,
      acquireTime: t,
      renewTime: t,
      leaseTransitions: base ? base.transitions + (base.holder && base.holder !== this.holder ? 1 : 0) : 0,
    };
    try {
      const obj = base
        ? await this.kube.patch(API, 'Lease', this.name, this.namespace, {
            metadata: { resourceVersion: base.resourceVersion },
            spec,
          })
        : await this.kube.create({
            apiVersion: API,
            kind: 'Lease',
            metadata: { name: this.name, namespace: this.namespace },
            spec,
          });
      const state = leaseState(obj);
      // A create retried after a lost answer returns what is there: it must name us.
      if (state.holder !== this.holder) throw new LeaseHeldError(state, this.hint);
      this.current = state;
    } catch (err) {
      if (err instanceof KubeApiError && (err.code === 409 || err.code === 404))
        throw await this.takenMeanwhile();
      throw err;
    }
    this.startRenewing();
  }

  /** The error when the lease changed between observe() and acquire(). */
  private async takenMeanwhile(): Promise<Error> {
    const now = await readLease(this.kube, this.namespace, this.name).catch(() => undefined);
    if (now && isHeld(now, this.now()))
      return new LeaseHeldError(now, `It was taken after this run started. ${this.hint}`);
    return new ConfigurationError(
      `Lease ${this.namespace}/${this.name} changed after this run started (another run ${now?.holder ? `(${now.holder}) ` : ''}` +
        'held it meanwhile and may have changed what this run planned on). Nothing was changed; run again.',
    );
  }

  private startRenewing(): void {
    const every = this.o.renewEveryMs ?? (this.durationSeconds * 1000) / 3;
    this.timer = setInterval(() => {
      this.renewing ??= this.renew().finally(() => (this.renewing = undefined));
    }, every);
    this.timer.unref();
  }

  /** Renews the lease once; on refusal or expiry the lock is marked lost. */
  async renew(): Promise<void> {
    const cur = this.current;
    if (!cur || this.lost) return;
    try {
      const obj = await this.kube.patch(API, 'Lease', this.name, this.namespace, {
        metadata: { resourceVersion: cur.resourceVersion },
        spec: { renewTime: microTime(this.now()) },
      });
      this.current = leaseState(obj);
    } catch (err) {
      if (err instanceof KubeApiError && (err.code === 409 || err.code === 404)) {
        const now = await readLease(this.kube, this.namespace, this.name).catch(() => undefined);
        this.lost = new ConfigurationError(
          `this run lost Lease ${this.namespace}/${this.name}${now?.holder ? ` to ${now.holder}` : ''}; it stops before its next change.`,
        );
      } else if (cur.expiresAt && cur.expiresAt.getTime() <= this.now()) {
        this.lost = new ConfigurationError(
          `this run could not renew Lease ${this.namespace}/${this.name} before it expired (${(err as Error).message}); it stops before its next change.`,
        );
      } else this.o.logger?.debug(`lease renewal failed, retrying: ${(err as Error).message}`);
      if (this.lost) this.o.logger?.error(this.lost.message);
    }
  }

  /** Stops renewing and clears the holder (when still ours), so the next run need not wait. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.renewing;
    const cur = this.current;
    this.current = undefined;
    if (!cur || this.lost) return;
    await this.kube.patch(API, 'Lease', this.name, this.namespace, {
      metadata: { resourceVersion: cur.resourceVersion },
      spec: { holderIdentity: null, leaseDurationSeconds: 1, renewTime: microTime(this.now()) },
    });
  }
}

/**
 * Clears the holder of a lease on purpose (`k2h unlock`), guarded by the resourceVersion read:
 * a lease renewed in between is left alone.
 */
export async function clearLease(kube: Kube, state: LeaseState, now = Date.now()): Promise<void> {
  try {
    await kube.patch(API, 'Lease', state.name, state.namespace, {
      metadata: { resourceVersion: state.resourceVersion },
      spec: { holderIdentity: null, leaseDurationSeconds: 1, renewTime: microTime(now) },
    });
  } catch (err) {
    if (err instanceof KubeApiError && (err.code === 409 || err.code === 404))
      throw new ConfigurationError(
        `Lease ${state.namespace}/${state.name} changed while unlocking (its holder is alive and renewed it?); nothing was changed. Look again.`,
      );
    throw err;
  }
}
