/**
 * Redaction at the source: what a phase returns or throws passes the masker before any front
 * door (CLI, GitHub, Tekton, rehearse) sees it. A Kubernetes error can quote a request body, a
 * helm error its stderr; whatever a phase masked (secret values it read, secret inputs) is
 * replaced with `***` here, so no front door can print it by forgetting to redact.
 */
import type { PhaseResult } from '../phases/types';

/** The result with every text a front door prints or stores redacted. */
export function redactResult(result: PhaseResult, redact: (text: string) => string): PhaseResult {
  return {
    ...result,
    error: result.error === undefined ? undefined : redact(result.error),
    report: result.report.map(redact),
    outputs: Object.fromEntries(Object.entries(result.outputs).map(([k, v]) => [k, redact(v)])),
    steps: result.steps.map((s) => ({
      ...s,
      title: redact(s.title),
      changes: s.changes.map(redact),
      error: s.error === undefined ? undefined : redact(s.error),
    })),
  };
}

/**
 * The same error (class, fields and all) with its message and stack redacted, and its causes'
 * messages too: front doors classify errors by class, so it is not replaced by a new one.
 */
export function redactError(err: unknown, redact: (text: string) => string): unknown {
  if (!(err instanceof Error)) return new Error(redact(String(err)));
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    e.message = redact(e.message);
    if (e.stack) e.stack = redact(e.stack);
    // KubeApiError-like errors carry the server's answer in fields too.
    for (const key of ['body', 'response', 'stderr'] as const) {
      const v = (e as unknown as Record<string, unknown>)[key];
      if (typeof v === 'string') (e as unknown as Record<string, unknown>)[key] = redact(v);
    }
  }
  return err;
}
