/**
 * `k2h unlock`: removes the migration lock of a run that died, on purpose. A lease that has
 * expired is cleared; one still within its lease duration is cleared only when `--holder` names
 * its holder (proof the user means that run, e.g. after seeing the runner die). `--dry-run`
 * says what it would do and changes nothing. The write is guarded by the resourceVersion read,
 * so a lease its holder renewed meanwhile is left alone.
 */
import { parseArgs } from 'node:util';
import { ConfigurationError, EXIT, UsageError, errorMessage } from '../core/errors';
import { ConsoleLogger } from '../core/logger';
import { Kube } from '../kube/client';
import { clearLease, isHeld, readLease } from '../kube/lease';
import { LOCK_NAME } from '../phases/run-lock';
import type { CliIo } from './cli';

export const UNLOCK_HELP = [
  'k2h unlock: remove the migration lock (Lease k2h-migration-lock) a dead run left behind.',
  '',
  'Usage: k2h unlock [--source-namespace <ns>] [--holder <id>] [--dry-run] [--kubeconfig <file|content>] [--context <name>]',
  '',
  'Flags:',
  '  --source-namespace <value>  Namespace of the installation, where the lock lives (default: default)',
  '  --holder <value>            The holder the lock names; required while the lock has not expired',
  '  --dry-run                   Say what would be done; change nothing',
  '  --kubeconfig <value>        Kubeconfig content or path. Empty: $KUBECONFIG, ~/.kube/config or in-cluster',
  '  --context <value>           Kubeconfig context to use',
].join('\n');

export interface UnlockOptions {
  /** For tests: how to get a Kube. */
  kube?: () => Promise<Kube>;
  now?: () => number;
}

/** Runs `k2h unlock` with the arguments after the command; resolves with the exit code. */
export async function runUnlock(argv: string[], io: CliIo, o: UnlockOptions = {}): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'source-namespace': { type: 'string', default: 'default' },
        holder: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\nRun 'k2h unlock --help' for the flags.`);
  }
  const print = (s: string) => io.stdout.write(s + '\n');
  if (values.help) {
    print(UNLOCK_HELP);
    return EXIT.ok;
  }
  const logger = new ConsoleLogger(io.stdout, io.stderr);
  const namespace = String(values['source-namespace']);
  const dryRun = values['dry-run'] === true;
  const now = (o.now ?? Date.now)();
  const kube = o.kube
    ? await o.kube()
    : await Kube.connect(
        {
          kubeconfig: values.kubeconfig as string | undefined,
          context: values.context as string | undefined,
          env: io.env,
        },
        logger,
      );
  const lease = await readLease(kube, namespace, LOCK_NAME);
  if (!lease || !lease.holder) {
    print(`no migration lock held in namespace ${namespace}: nothing to do`);
    return EXIT.ok;
  }
  const what = `Lease ${namespace}/${LOCK_NAME} held by ${lease.holder} (renewed ${lease.renewTime ?? 'never'}, expires ${lease.expiresAt?.toISOString() ?? 'never'})`;
  if (isHeld(lease, now) && values.holder !== lease.holder)
    throw new ConfigurationError(
      `${what} has not expired: its run may still be working. If you know that run is dead, ` +
        `say so with --holder '${lease.holder}'; otherwise wait until it expires.`,
    );
  if (dryRun) {
    print(`dry-run: would remove the migration lock: ${what}`);
    return EXIT.ok;
  }
  await clearLease(kube, lease, now);
  print(`removed the migration lock: ${what}`);
  return EXIT.ok;
}
