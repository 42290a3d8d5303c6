/**
 * The Tekton adapter: `k2h tekton <phase>` reads the phase's inputs from `PARAM_<NAME>`
 * environment variables (the catalog's way of passing params to scripts) and writes each output
 * to `$K2H_RESULTS_DIR/<name>` (default /tekton/results), the files Tekton reads results from.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHASE_NAMES, isPhaseName, PHASES } from '../phases';
import { EXIT, UsageError, errorMessage } from '../core/errors';
import { executePhase, stepsTable } from './execute';
import { upperSnake } from '../core/inputs';
import { ConsoleLogger } from '../core/logger';
import type { CliIo } from './cli';

export const DEFAULT_RESULTS_DIR = '/tekton/results';

/** Env var carrying an input for Tekton: `source-namespace` -> `PARAM_SOURCE_NAMESPACE`. */
export function paramEnvName(input: string): string {
  return `PARAM_${upperSnake(input)}`;
}

export async function runTekton(argv: string[], io: CliIo): Promise<number> {
  const [phase] = argv;
  if (!phase || !isPhaseName(phase))
    throw new UsageError(`k2h tekton needs a phase; valid phases: ${PHASE_NAMES.join(', ')}`);
  const def = PHASES[phase];
  const logger = new ConsoleLogger(io.stdout, io.stderr);
  const resultsDir = io.env.K2H_RESULTS_DIR || DEFAULT_RESULTS_DIR;
  let code: number = EXIT.ok;
  let outputs: Record<string, string> = { status: 'failed' };
  try {
    const result = await executePhase(def, (name) => io.env[paramEnvName(name)], { logger, env: io.env });
    outputs = result.outputs;
    logger.info([...stepsTable(result), '', ...result.report].join('\n'));
    if (!result.ok) {
      logger.error(result.error ?? `${def.name} failed`);
      code = EXIT.failed;
    }
  } catch (err) {
    logger.error(errorMessage(err));
    code = EXIT.failed;
  }
  mkdirSync(resultsDir, { recursive: true });
  for (const [name, value] of Object.entries(outputs)) writeFileSync(join(resultsDir, name), value);
  return code;
}
