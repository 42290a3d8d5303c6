/**
 * `k2h sandbox`: serves the in-memory Kubernetes sandbox until interrupted, with a kubeconfig
 * for kubectl, helm and k2h.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from './cli';
import { EXIT, UsageError, errorMessage } from '../core/errors';
import { startSeededSandbox } from '../rehearsal/sandbox-seed';
import { installApprovalApi } from '../rehearsal/approval';
import { SANDBOX_USER } from '../sandbox';

export const SANDBOX_HELP = `k2h sandbox: serve an in-memory Kubernetes API (loopback only) that kubectl, helm and k2h work against.

Usage: k2h sandbox [--port P] [--kubeconfig FILE] [--seed cognigy|cognigy-aws|cognigy-azure|FILE] [--latency-ms N] [--volume-snapshots]

  --port P            port on 127.0.0.1 (default: a free one)
  --kubeconfig FILE   where to write the kubeconfig (default: ./k2h-sandbox.kubeconfig)
  --seed S            Cognigy.AI 4.41 kustomize installation (generic, AWS or Azure storage), or a
                      'kubectl get ... -o yaml' capture of your own cluster (default: cognigy)
  --latency-ms N      delay every API answer by N ms
  --volume-snapshots  serve the VolumeSnapshot API
  --approver-kubeconfig FILE
                      install the approval API (k2h gate) and write a second kubeconfig for an
                      approver holding the approver role; the first stays the pipeline's account`;

export async function runSandboxCommand(argv: string[], io: CliIo, until?: Promise<void>): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        kubeconfig: { type: 'string' },
        seed: { type: 'string' },
        'latency-ms': { type: 'string' },
        'volume-snapshots': { type: 'boolean' },
        'approver-kubeconfig': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\n${SANDBOX_HELP}`);
  }
  if (values.help) {
    io.stdout.write(SANDBOX_HELP + '\n');
    return EXIT.ok;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  const latency = values['latency-ms'] === undefined ? 0 : Number(values['latency-ms']);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number, got '${values.port}'`);
  if (!Number.isFinite(latency) || latency < 0)
    throw new UsageError(`--latency-ms must be a number >= 0, got '${values['latency-ms']}'`);
  const sandbox = await startSeededSandbox(String(values.seed ?? 'cognigy'), {
    port,
    latencyMs: latency,
    volumeSnapshots: values['volume-snapshots'] === true,
  });
  const file = resolve(String(values.kubeconfig ?? 'k2h-sandbox.kubeconfig'));
  await sandbox.writeKubeconfig(file);
  io.stdout.write(
    `sandbox serving at ${sandbox.url}\nkubeconfig: ${file}\n  export KUBECONFIG=${file}\nstop with Ctrl-C\n`,
  );
  if (typeof values['approver-kubeconfig'] === 'string') {
    const approverFile = resolve(values['approver-kubeconfig']);
    const approver = await installApprovalApi(sandbox, 'default', SANDBOX_USER);
    await sandbox.writeKubeconfig(approverFile, 'sandbox-approver', approver);
    io.stdout.write(`approver kubeconfig (${approver.username}): ${approverFile}\n`);
  }
  await (until ??
    new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    }));
  await sandbox.stop();
  io.stdout.write(`sandbox stopped (${sandbox.requests.entries.length} requests served)\n`);
  return EXIT.ok;
}
