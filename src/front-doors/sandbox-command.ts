/**
 * `k2h sandbox`: serves the in-memory Kubernetes sandbox until interrupted, with a kubeconfig
 * for kubectl, helm and k2h.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
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
  // Watch for the stop (signal, or the npx wrapper gone) from the start: the chain of wrappers
  // is read while they are all there.
  const stopped = until ?? stopSignal();
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
  await stopped;
  await sandbox.stop();
  io.stdout.write(`sandbox stopped (${sandbox.requests.entries.length} requests served)\n`);
  return EXIT.ok;
}

/**
 * The wrapper processes between the user's shell and this one (npx/npm, `sh -c`, tsx, node), from
 * /proc on Linux; [] elsewhere. A wrapper is a node/npm/npx/tsx process or a `sh -c` shell.
 */
export function wrapperAncestors(): number[] {
  const out: number[] = [];
  try {
    let pid = process.ppid;
    for (let i = 0; i < 6 && pid > 1; i++) {
      // npm sets its process title ("npm exec tsx ..."): the words may be one NUL-free string.
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean);
      const name = basename(argv[0] ?? '');
      const wrapper =
        /^(node|nodejs|npm|npx|tsx)$/.test(name) ||
        /(^|\/)(npm|npx|tsx)(-cli)?(\.js|\.mjs|\.cjs)?$/.test(argv[1] ?? '') ||
        (/^(sh|dash|bash|zsh)$/.test(name) && argv[1] === '-c');
      if (!wrapper) break;
      out.push(pid);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    }
  } catch {
    /* no /proc: the parent check below still applies */
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Resolves on SIGINT, SIGTERM or SIGHUP, or when the process that started it goes away.
 * `npx k2h sandbox &` runs the server under npm's wrapper: `kill <pid of npx>` ends the wrapper
 * only, and the server must not keep serving as an orphan. So it watches its parent and the
 * wrappers above it (npx, `sh -c`): when one of them is gone, it stops.
 */
export function stopSignal(pollMs = 300): Promise<void> {
  return new Promise<void>((done) => {
    const parent = process.ppid;
    const wrappers = wrapperAncestors();
    if (process.env.K2H_DEBUG === '1')
      process.stderr.write(`sandbox: stops when ${[parent, ...wrappers].join(', ')} go\n`);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const stop = () => {
      clearInterval(timer);
      for (const s of signals) process.off(s, stop);
      done();
    };
    const timer = setInterval(() => {
      if (process.ppid !== parent || wrappers.some((p) => !alive(p))) stop();
    }, pollMs);
    // The server keeps the process alive while it serves; this timer alone must not.
    timer.unref();
    for (const s of signals) process.once(s, stop);
  });
}
