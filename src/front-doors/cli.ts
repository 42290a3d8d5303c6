/**
 * The `k2h` command line: `k2h <phase> [--flags]`, help, the Tekton adapter, and the sandbox and
 * rehearse commands. Exit codes: 0 ok, 1 failed, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { inputsOf, PHASE_NAMES, PHASES, isPhaseName } from '../phases';
import type { PhaseDefinition } from '../phases/types';
import { K2H_VERSION } from '../version';
import { ConfigurationError, EXIT, UsageError, errorMessage } from '../core/errors';
import { closingLine, errorShownBySteps, prose, Terminal } from './terminal';
import type { InputSpec } from '../core/inputs';
// Commands load what they need when they run (cold start: `k2h --help` loads no cluster client,
// no sandbox, no MongoDB driver): see the `await import()`s in runCli.
import { ConsoleLogger } from '../core/logger';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const EXTRA_COMMANDS: Array<[string, string]> = [
  ['rehearse', 'Run the migration phases against an in-process sandbox cluster seeded with Cognigy.AI.'],
  ['status', 'Where the migration stands (read-only): phases, next step, lock, what a rollback does.'],
  ['sandbox', 'Serve the in-memory Kubernetes sandbox (for kubectl, helm and k2h) until interrupted.'],
  ['approve [REQUEST]', 'Approve a pending approval request of the gate, with your own kubeconfig.'],
  ['reject REQUEST', 'Reject an approval request of the gate (--reason required).'],
  ['unlock', 'Remove the migration lock a dead run left behind (--holder while unexpired; --dry-run).'],
  [
    'tekton <phase>',
    'Run a phase with inputs from PARAM_* variables and results in $K2H_RESULTS_DIR (Tekton).',
  ],
];

/** `k2h --help`. */
export function mainHelp(): string {
  const w = Math.max(...PHASE_NAMES.map((p) => p.length), ...EXTRA_COMMANDS.map(([c]) => c.length)) + 2;
  return [
    `k2h ${K2H_VERSION}: Cognigy.AI Kustomize-to-Helm migration, phase by phase.`,
    '',
    'Usage: k2h <phase> [--flags]     k2h <phase> --help',
    '',
    'Phases (in order):',
    ...PHASE_NAMES.map((p) => `  ${p.padEnd(w)}${PHASES[p].description}`),
    '',
    'Other commands:',
    ...EXTRA_COMMANDS.map(([c, d]) => `  ${c.padEnd(w)}${d}`),
    '',
    'Exit codes: 0 ok, 1 failed, 2 usage error. Every phase takes --dry-run.',
  ].join('\n');
}

/** `k2h <phase> --help`: the phase's inputs as flags. */
export function phaseHelp(def: PhaseDefinition): string {
  const aliasesOf = (i: InputSpec) => [
    ...(i.aliases ?? []),
    ...Object.entries(def.aliases ?? {})
      .filter(([, target]) => target === i.name)
      .map(([a]) => a),
  ];
  const lines = inputsOf(def).map((i) => {
    const flag = `--${i.name}${i.type === 'boolean' ? '' : ' <value>'}`;
    const extra = [
      i.required ? 'required' : undefined,
      i.default !== undefined && i.default !== '' ? `default: ${i.default}` : undefined,
      i.choices ? `one of: ${i.choices.join(', ')}` : undefined,
      aliasesOf(i).length
        ? `alias: ${aliasesOf(i)
            .map((a) => `--${a}`)
            .join(', ')}`
        : undefined,
    ].filter(Boolean);
    return `  ${flag}\n      ${i.description}${extra.length ? ` (${extra.join('; ')})` : ''}`;
  });
  return [
    `k2h ${def.name}: ${def.description}`,
    '',
    `Usage: k2h ${def.name} [--flags]`,
    '',
    'Flags:',
    ...lines,
  ].join('\n');
}

/** Parses `argv` (after the phase name) into a raw input source. */
export function parsePhaseArgs(def: PhaseDefinition, argv: string[]): (name: string) => string | undefined {
  const specs = inputsOf(def);
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
  const target = new Map<string, string>();
  for (const i of specs) {
    options[i.name] = { type: i.type === 'boolean' ? 'boolean' : 'string' };
    target.set(i.name, i.name);
    for (const a of i.aliases ?? []) {
      options[a] = options[i.name];
      target.set(a, i.name);
    }
  }
  for (const [a, t] of Object.entries(def.aliases ?? {})) {
    options[a] = options[t];
    target.set(a, t);
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: false,
      allowNegative: true,
    }));
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\nRun 'k2h ${def.name} --help' for the flags.`);
  }
  const raw = new Map<string, string>();
  for (const [k, v] of Object.entries(values)) {
    if (k === 'help' || v === undefined) continue;
    raw.set(target.get(k)!, String(v));
  }
  return (name) => raw.get(name);
}

/** Entry of the CLI. Resolves with the exit code. */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  const [command, ...rest] = argv;
  const print = (s: string) => io.stdout.write(s + '\n');
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      print(mainHelp());
      return command ? EXIT.ok : EXIT.usage;
    }
    if (command === '--version' || command === 'version') {
      print(K2H_VERSION);
      return EXIT.ok;
    }
    if (command === 'tekton') return await (await import('./tekton')).runTekton(rest, io);
    if (command === 'sandbox') return await (await import('./sandbox-command')).runSandboxCommand(rest, io);
    if (command === 'approve') return await (await import('./approve')).runApprove(rest, io, 'Approved');
    if (command === 'reject') return await (await import('./approve')).runApprove(rest, io, 'Rejected');
    if (command === 'rehearse') return await (await import('../rehearsal/rehearse')).runRehearse(rest, io);
    if (command === 'status') return await (await import('./status')).runStatus(rest, io);
    if (command === 'unlock') return await (await import('./unlock')).runUnlock(rest, io);
    if (!isPhaseName(command))
      throw new UsageError(`unknown phase or command '${command}'; valid phases: ${PHASE_NAMES.join(', ')}`);
    const def = PHASES[command];
    if (rest.includes('--help') || rest.includes('-h')) {
      print(phaseHelp(def));
      return EXIT.ok;
    }
    const raw = parsePhaseArgs(def, rest);
    const logger = new ConsoleLogger(io.stdout, io.stderr, undefined, io.env.K2H_DEBUG === '1', io.env);
    const term = new Terminal(io.stdout, io.stderr, io.env);
    const started = Date.now();
    const { executePhase } = await import('./execute');
    // SIGINT/SIGTERM: no further write starts, those in flight finish, the record says where it
    // stopped; a second signal ends the process at once.
    const stop = new AbortController();
    const onSignal = (sig: NodeJS.Signals) => {
      if (stop.signal.aborted) process.exit(EXIT.failed);
      term.error(`${sig}: stopping after the writes in flight; run the phase again to continue`);
      stop.abort(sig);
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    const result = await executePhase(def, raw, { logger, env: io.env, signal: stop.signal }).finally(() => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    });
    // Each step printed its line as it settled; the report's tables are for summaries only.
    for (const line of prose(result.report)) logger.info(line);
    term.closing(closingLine(def.name, result.outputs.status, Date.now() - started, result.steps));
    if (!result.ok) {
      if (!errorShownBySteps(result)) term.error(logger.redact(result.error ?? `${def.name} failed`));
      return EXIT.failed;
    }
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`k2h: ${err.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`k2h: ${err instanceof ConfigurationError ? '' : 'error: '}${errorMessage(err)}\n`);
    return EXIT.failed;
  }
}
