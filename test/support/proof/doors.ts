/**
 * The front doors as a user meets them, in process where they allow it (the CLI's runCli, the
 * Tekton adapter's runTekton, executePhase) and as a child process for the GitHub Action
 * (src/main.ts under tsx, INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { runCli } from '../../../src/front-doors/cli';
import { runTekton, paramEnvName } from '../../../src/front-doors/tekton';
import { inputsOf, isPhaseName, PHASES } from '../../../src/phases';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export type Door = 'cli' | 'github' | 'tekton';

/** What a user sees: the exit code, everything printed, and what the door leaves behind. */
export interface DoorOutcome {
  code: number;
  stdout: string;
  stderr: string;
  /** GitHub: the job summary; Tekton: every results file, name: value. */
  artifacts: Record<string, string>;
}

class Capture extends Writable {
  text = '';
  _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** `k2h <argv...>` in process. */
export async function cli(argv: string[], env: Record<string, string> = {}): Promise<DoorOutcome> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { stdout, stderr, env: { PATH: process.env.PATH, ...env } });
  return { code, stdout: stdout.text, stderr: stderr.text, artifacts: {} };
}

/** `k2h tekton <phase>` in process, inputs as PARAM_* variables, results in a temp dir. */
export async function tekton(
  phase: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<DoorOutcome> {
  const stdout = new Capture();
  const stderr = new Capture();
  const results = mkdtempSync(join(tmpdir(), 'k2h-results-'));
  const params = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [paramEnvName(k), v]));
  let code: number;
  try {
    code = await runTekton([phase], {
      stdout,
      stderr,
      env: { PATH: process.env.PATH, ...env, ...params, K2H_RESULTS_DIR: results },
    });
  } catch (err) {
    // A usage error before the adapter's own handling (no phase): the CLI prints it.
    stderr.text += `k2h: ${(err as Error).message}\n`;
    code = 2;
  }
  const artifacts: Record<string, string> = {};
  for (const f of readdirSync(results)) artifacts[f] = readFileSync(join(results, f), 'utf8');
  return { code, stdout: stdout.text, stderr: stderr.text, artifacts };
}

/** The GitHub Action's entry as the runner starts it: INPUT_<NAME> variables, summary file. */
export async function github(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<DoorOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'k2h-gha-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const vars = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const res = await promisify(execFile)(TSX, [join(ROOT, 'src', 'main.ts')], {
    cwd: dir,
    env: { PATH: process.env.PATH!, HOME: dir, ...files, ...env, ...vars },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
  return {
    ...res,
    artifacts: {
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
    },
  };
}

/** Inputs as the CLI's flags: booleans are switches (`--x` / `--no-x`), anything else `--x value`. */
export function flags(inputs: Record<string, string>, phase?: string): string[] {
  const booleans = new Set(
    phase && isPhaseName(phase)
      ? inputsOf(PHASES[phase])
          .filter((i) => i.type === 'boolean')
          .map((i) => i.name)
      : [],
  );
  return Object.entries(inputs).flatMap(([k, v]) => {
    if (!booleans.has(k)) return [`--${k}`, v];
    if (v === 'true') return [`--${k}`];
    if (v === 'false') return [`--no-${k}`];
    return [`--${k}=${v}`];
  });
}
