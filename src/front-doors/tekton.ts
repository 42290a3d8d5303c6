/**
 * The Tekton adapter: `k2h tekton <phase>` reads the phase's inputs from `PARAM_<NAME>`
 * environment variables (the catalog's way of passing params to scripts) and writes each output
 * to `$K2H_RESULTS_DIR/<name>` (default /tekton/results), the files Tekton reads results from.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputsOf, PHASE_NAMES, isPhaseName, PHASES } from '../phases';
import { ConfigurationError, EXIT, UsageError, errorMessage } from '../core/errors';
import { executePhase } from './execute';
import { respell, respellingLogger } from './spelling';
import { closingLine, errorShownBySteps, prose } from './terminal';
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
  const names = inputsOf(def).map((i) => i.name);
  const base = new ConsoleLogger(io.stdout, io.stderr, undefined, io.env.K2H_DEBUG === '1', io.env);
  // Inputs named as the Task spells them: params, not --flags.
  const logger = respellingLogger(base, 'tekton', names);
  const say = (text: string) => respell(base.redact(text), 'tekton', names);
  const resultsDir = io.env.K2H_RESULTS_DIR || DEFAULT_RESULTS_DIR;
  let code: number = EXIT.ok;
  let outputs: Record<string, string> = { status: 'failed' };
  try {
    const started = Date.now();
    const result = await executePhase(def, (name) => io.env[paramEnvName(name)], { logger, env: io.env });
    outputs = result.outputs;
    // One line per step was printed as it settled; tables are for reports only.
    for (const line of prose(result.report)) logger.info(line);
    logger.info(closingLine(def.name, result.outputs.status, Date.now() - started, result.steps));
    if (!result.ok) {
      if (!errorShownBySteps(result))
        io.stderr.write(`error: ${say(result.error ?? `${def.name} failed`)}\n`);
      code = EXIT.failed;
    }
  } catch (err) {
    io.stderr.write(
      `${err instanceof ConfigurationError || err instanceof UsageError ? '' : 'error: '}${say(errorMessage(err))}\n`,
    );
    code = err instanceof UsageError ? EXIT.usage : EXIT.failed;
  }
  mkdirSync(resultsDir, { recursive: true });
  for (const [name, value] of Object.entries(outputs)) writeFileSync(join(resultsDir, name), value);
  return code;
}
