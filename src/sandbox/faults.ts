/**
 * Fault injection: latency, error rates by verb/resource, and "die after N mutations" to simulate
 * the pipeline's runner dying half-way through.
 */

/** An error-rate rule: matching requests fail with `status` with probability `rate`. */
export interface ErrorRule {
  verb?: string;
  /** Plural resource name (`deployments`, or `deployments/scale` for a subresource). */
  resource?: string;
  /** 0..1; 1 fails every matching request. */
  rate: number;
  /** HTTP status to answer, or `timeout`: the request is held and never answered. */
  status: 500 | 503 | 429 | 'timeout';
  /** For `timeout`: drop the connection after this long (default: hold until the client gives up). */
  holdMs?: number;
  /** For 429/503: the Retry-After header in seconds. */
  retryAfterSeconds?: number;
  /** Fail only this many matching requests, then the rule is spent. */
  times?: number;
}

/** The faults a sandbox injects; mutate freely from tests. */
export class Faults {
  /** Extra delay before every API request is answered. */
  latencyMs = 0;
  /**
   * Extra delay before the first answer on a new connection, as opening it costs against a
   * server that far away: one round trip for TCP, two with TLS 1.3 (0: connections are free).
   */
  connectLatencyMs = 0;
  /** Error rules, first match wins. */
  errorRules: ErrorRule[] = [];
  private mutationBudget: number | undefined;
  private mutationsSeen = 0;
  /** Deterministic generator so error rates give the same run twice. */
  private seed = 0x2f6b9a1d;

  /**
   * After `n` more successful mutating requests, every further request (reads included) fails:
   * the sandbox destroys the socket without answering (clients see ECONNRESET), as if the process
   * that talked to the cluster had died. Nothing after the n-th mutation is applied. `clear()` revives.
   */
  dieAfterMutations(n: number): void {
    this.mutationBudget = n;
    this.mutationsSeen = 0;
  }

  /** True once the mutation budget is used up. */
  get dead(): boolean {
    return this.mutationBudget !== undefined && this.mutationsSeen >= this.mutationBudget;
  }

  /** @internal counts a successful mutating request. */
  countMutation(): void {
    if (this.mutationBudget !== undefined) this.mutationsSeen++;
  }

  /** Adds an error rule (shorthand for pushing to `errorRules`). */
  errorRate(rule: ErrorRule): void {
    this.errorRules.push(rule);
  }

  /** @internal the rule that fires for this request, if any. */
  pick(verb: string | undefined, resource: string | undefined): ErrorRule | undefined {
    for (const rule of this.errorRules) {
      if (rule.verb && rule.verb !== verb) continue;
      if (rule.resource && rule.resource !== resource) continue;
      if (rule.times !== undefined && rule.times <= 0) continue;
      if (rule.rate < 1 && this.random() >= rule.rate) continue;
      if (rule.times !== undefined) rule.times--;
      return rule;
    }
    return undefined;
  }

  /** Removes every fault. */
  clear(): void {
    this.latencyMs = 0;
    this.connectLatencyMs = 0;
    this.errorRules = [];
    this.mutationBudget = undefined;
    this.mutationsSeen = 0;
  }

  private random(): number {
    // mulberry32
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = this.seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
