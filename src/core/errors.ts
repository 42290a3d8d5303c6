/**
 * Errors that cross the front doors. One wrapper per front door turns them into `setFailed`,
 * an exit code or a failed Tekton step.
 */

/** A mistake the user can fix (bad input, missing prerequisite). The message says what to do. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** The command line itself is wrong (unknown phase or flag). Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Inputs that are missing or invalid (exit code 2, like any usage error). Messages name inputs
 * as `--name`; each front door turns that into its own spelling (src/front-doors/spelling.ts).
 */
export class InputError extends UsageError {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
  }
}

/** The cluster could not be reached or refused our credentials. */
export class ClusterUnreachableError extends ConfigurationError {
  constructor(message: string) {
    super(message);
    this.name = 'ClusterUnreachableError';
  }
}

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The message of anything thrown, without a stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
