import { UsageError } from './errors';
import type { CliIo } from './cli';

/** `k2h sandbox`: wired once the sandbox lands. */
export async function runSandboxCommand(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('k2h sandbox is not built yet');
}
