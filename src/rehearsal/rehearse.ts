/**
 * `k2h rehearse`: the migration phases built so far, against an in-process sandbox seeded with a
 * Cognigy.AI kustomize installation (or a capture of your own cluster). Prints each phase's steps,
 * what changed and timings; `--report FILE` writes them as JSON.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Helm } from '../helm/helm';
import { PHASES } from '../phases';
import type { PhaseName } from '../phases/types';
import type { CliIo } from '../front-doors/cli';
import { EXIT, UsageError, errorMessage } from '../core/errors';
import { executePhase, stepsTable } from '../front-doors/execute';
import { ConsoleLogger } from '../core/logger';
import { projectRoot, startSeededSandbox } from './sandbox-seed';

/** The phases a rehearsal runs today, in order; it grows as phases land. */
export const REHEARSED_PHASES: PhaseName[] = ['preflight', 'migrate-secrets', 'prepare-storage'];

export const REHEARSE_HELP = `k2h rehearse: run the migration phases against an in-process sandbox cluster.

Usage: k2h rehearse [--seed cognigy|cognigy-aws|cognigy-azure|FILE] [--report FILE] [--state-dir DIR]
                    [--helm PATH] [--chart PATH] [--chart-version V]

Phases rehearsed: ${REHEARSED_PHASES.join(' -> ')}. Nothing outside this process is touched.`;

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
  }>;
  lostVolumes: string[];
  notes: string[];
}

/** Finds a helm binary: the flag, the project's cached Helm 3, or helm on PATH. */
async function findHelm(given: string | undefined, root: string | undefined): Promise<string | undefined> {
  const candidates = [given, root && join(root, '.cache', 'bin', 'v32', 'helm'), 'helm'].filter(
    Boolean,
  ) as string[];
  for (const c of candidates) {
    if (c !== 'helm' && !existsSync(c)) continue;
    try {
      await new Helm(c).version();
      return c;
    } catch {
      /* next */
    }
  }
  return undefined;
}

export async function runRehearse(argv: string[], io: CliIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seed: { type: 'string' },
        report: { type: 'string' },
        'state-dir': { type: 'string' },
        helm: { type: 'string' },
        chart: { type: 'string' },
        'chart-version': { type: 'string' },
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
  const seed = String(values.seed ?? 'cognigy');
  const root = projectRoot();
  const notes: string[] = [];
  const chart =
    (values.chart as string | undefined) ?? (root && join(root, 'src', 'rehearsal', 'chart', 'cognigy-ai'));
  const helm = await findHelm(values.helm as string | undefined, root);
  const imageCheck = !!helm && !!chart && existsSync(chart);
  if (!helm)
    notes.push(
      'no helm binary found (run `node scripts/fetch-binaries.mjs` or pass --helm): the image/version check was NOT run',
    );
  else if (!imageCheck) notes.push('no chart found (pass --chart): the image/version check was NOT run');
  const stateDir = resolve(String(values['state-dir'] ?? mkdtempSync(join(tmpdir(), 'k2h-rehearse-'))));
  const out = (s: string) => io.stdout.write(s + '\n');

  const sandbox = await startSeededSandbox(seed, { volumeSnapshots: true });
  const report: RehearsalReport = { ok: true, seed, phases: [], lostVolumes: [], notes };
  try {
    out(`k2h rehearse: sandbox ${sandbox.url} seeded with ${seed}; state in ${stateDir}`);
    for (const n of notes) out(`NOTE: ${n}`);
    const inputs: Record<string, string> = {
      kubeconfig: sandbox.kubeconfig(),
      'state-dir': stateDir,
      'chart-version': String(values['chart-version'] ?? '4.41.2'),
      'create-snapshots': 'true',
      'image-check': String(imageCheck),
      ...(helm ? { helm } : {}),
      ...(chart ? { chart } : {}),
    };
    for (const name of REHEARSED_PHASES) {
      out(`\n=== ${name} ===`);
      const before = sandbox.requests
        .mutating()
        .filter((e) => !String(e.resource).startsWith('selfsubject')).length;
      const started = Date.now();
      const logger = new ConsoleLogger(io.stdout, io.stderr);
      let status = 'failed';
      let error: string | undefined;
      let steps: RehearsalReport['phases'][number]['steps'] = [];
      try {
        const result = await executePhase(PHASES[name], (k) => inputs[k], {
          logger,
          env: { ...io.env, HOME: stateDir },
        });
        status = result.outputs.status;
        // The report is an artifact: the same masking as the log.
        error = result.error && logger.redact(result.error);
        steps = result.steps.map((s) => ({
          ...s,
          changes: s.changes.map((c) => logger.redact(c)),
          error: s.error && logger.redact(s.error),
        }));
        out([...stepsTable(result), '', ...result.report].join('\n'));
      } catch (err) {
        error = logger.redact(errorMessage(err));
      }
      const mutating =
        sandbox.requests.mutating().filter((e) => !String(e.resource).startsWith('selfsubject')).length -
        before;
      const durationMs = Date.now() - started;
      report.phases.push({ name, status, durationMs, mutatingRequests: mutating, error, steps });
      out(`${name}: ${status} in ${(durationMs / 1000).toFixed(2)}s, ${mutating} mutating API requests`);
      if (error) {
        out(`error: ${error}`);
        report.ok = false;
        break;
      }
    }
    report.lostVolumes = [...sandbox.lostVolumes];
    if (report.lostVolumes.length) report.ok = false;
    out(`\nrehearsal ${report.ok ? 'succeeded' : 'FAILED'}; volumes lost: ${report.lostVolumes.length}`);
  } finally {
    await sandbox.stop();
  }
  if (values.report) writeFileSync(resolve(String(values.report)), JSON.stringify(report, null, 2) + '\n');
  return report.ok ? EXIT.ok : EXIT.failed;
}
