/**
 * Retries with jittered exponential backoff ("full jitter"), the server's Retry-After honoured,
 * and a total deadline: a flaky API server costs seconds, never an endless loop.
 * Generic: the caller says which errors are worth another attempt.
 */

export interface RetryPolicy {
  /** Further attempts after the first (0 = no retry). */
  retries: number;
  /** First backoff ceiling; doubled each attempt. */
  baseDelayMs: number;
  /** Largest single backoff. */
  maxDelayMs: number;
  /** No attempt starts, and no wait extends, past this long after the first attempt began. */
  deadlineMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 4,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  deadlineMs: 60_000,
};

export interface RetryHooks {
  /** True when `err` may succeed on another attempt. */
  retryable(err: unknown): boolean;
  /** Seconds the server asked to wait (Retry-After), if it said. */
  retryAfterSeconds?(err: unknown): number | undefined;
  /** Told before each wait (for a debug line). */
  onRetry?(err: unknown, attempt: number, delayMs: number): void;
  /** Random source in [0, 1), for tests. */
  random?: () => number;
  /** Clock, for tests. */
  now?: () => number;
  /** Sleep, for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Stops waiting between attempts. */
  signal?: AbortSignal;
}

/** The wait before attempt `attempt + 1`: full jitter under the doubled ceiling, or Retry-After. */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number,
  retryAfterSeconds?: number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  // The server knows its load: never retry sooner than it asked.
  return retryAfterSeconds !== undefined ? Math.max(retryAfterSeconds * 1000, jittered) : jittered;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Calls `fn(attempt)` until it succeeds, the error is not retryable, the attempts are used up or
 * the next wait would pass the deadline; then throws the last error.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  hooks: RetryHooks,
  fn: (attempt: number) => Promise<T>,
): Promise<T> {
  const now = hooks.now ?? Date.now;
  const sleep = hooks.sleep ?? defaultSleep;
  const random = hooks.random ?? Math.random;
  const started = now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt > policy.retries || !hooks.retryable(err)) throw err;
      const delay = backoffDelay(policy, attempt, random, hooks.retryAfterSeconds?.(err));
      if (now() + delay - started > policy.deadlineMs) throw err;
      hooks.onRetry?.(err, attempt, delay);
      await sleep(delay, hooks.signal);
    }
  }
}
