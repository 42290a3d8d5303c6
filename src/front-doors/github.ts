/**
 * The GitHub Action front door: inputs from `with:`, one log group per step, masking, a job
 * summary and setFailed. Holds no migration logic.
 */
import * as core from '@actions/core';
import { inputsOf, phaseByName } from '../phases';
import { errorMessage } from '../core/errors';
import { ACTION_PHASE_ENV } from './action-yml';
import { formatStepLine, type Logger, Masker, type StepLine } from '../core/logger';
import { respell, respellingLogger } from './spelling';
import { closingLine } from './terminal';

/** Logger on @actions/core: groups, annotations, masking. */
export class GitHubLogger implements Logger {
  private readonly masker = new Masker();
  info(m: string) {
    core.info(m);
  }
  warn(m: string) {
    core.warning(m);
  }
  error(m: string) {
    core.error(m);
  }
  debug(m: string) {
    core.debug(m);
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }
  /** Registers the value, its base64 form and its lines with the runner (same rule as the CLI). */
  mask(value: string) {
    for (const form of Masker.forms(value)) core.setSecret(form);
    this.masker.add(value);
  }
  redact(text: string) {
    return this.masker.apply(text);
  }
  /** One line per settled step; a failed one is also an error annotation. */
  step(line: StepLine) {
    if (line.status === 'failed') core.error(formatStepLine(line));
    else core.info(formatStepLine(line));
  }
}

/** Entry of the action (src/main.ts). */
export async function run(): Promise<void> {
  const logger = new GitHubLogger();
  let names: string[] = [];
  // Redacted, and inputs named as the workflow spells them (`with:` inputs, not --flags).
  const say = (text: string) => respell(logger.redact(text), 'github', names);
  try {
    // A per-phase sub-action's entry stub presets the phase; the root action takes the input.
    const preset = process.env[ACTION_PHASE_ENV];
    const def = phaseByName(preset || core.getInput('phase', { required: true }).trim());
    names = inputsOf(def).map((i) => i.name);
    const started = Date.now();
    // Loaded when a phase runs: the cluster client is not needed to fail on a bad input.
    const { executePhase, stepsTable } = await import('./execute');
    // A cancelled job gets SIGINT, then SIGTERM: stop between writes, the record says where.
    const stop = new AbortController();
    const onSignal = (sig: NodeJS.Signals) => {
      core.warning(`${sig}: stopping after the writes in flight; re-run the job to continue`);
      stop.abort(sig);
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    const result = await executePhase(def, (name) => core.getInput(name), {
      logger: respellingLogger(logger, 'github', names),
      signal: stop.signal,
    }).finally(() => process.off('SIGINT', onSignal).off('SIGTERM', onSignal));
    for (const [k, v] of Object.entries(result.outputs)) core.setOutput(k, v);
    // The log has one line per step; the tables go to the job summary only.
    core.info(closingLine(def.name, result.outputs.status, Date.now() - started, result.steps));
    await core.summary
      .addHeading(`k2h ${def.name}${result.dryRun ? ' (dry-run)' : ''}: ${result.outputs.status}`)
      // The runner masks log lines, not the job summary: redact it here.
      .addRaw(say([...stepsTable(result), '', ...result.report].join('\n')), true)
      .write()
      .catch((err: unknown) => core.debug(`no job summary: ${errorMessage(err)}`));
    if (!result.ok) core.setFailed(say(result.error ?? `${def.name} failed`));
  } catch (err) {
    core.setOutput('status', 'failed');
    core.setFailed(say(errorMessage(err)));
  }
}
