import { UsageError } from './errors';
import type { CliIo } from './cli';

/** `k2h rehearse`: wired once the sandbox lands. */
export async function runRehearse(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('k2h rehearse is not built yet');
}
