/**
 * The GitHub Action front door: inputs from `with:`, one log group per step, masking, a job
 * summary and setFailed. Holds no migration logic.
 */
import * as core from '@actions/core';
import { phaseByName } from '../phases';
import { errorMessage } from './errors';
import { executePhase, stepsTable } from './execute';
import type { Logger } from './logger';

/** Logger on @actions/core: groups, annotations, masking. */
export class GitHubLogger implements Logger {
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
  mask(value: string) {
    core.setSecret(value);
    // The base64 form shows up in manifests; mask it too.
    core.setSecret(Buffer.from(value, 'utf8').toString('base64'));
  }
}

/** Entry of the action (src/main.ts). */
export async function run(): Promise<void> {
  try {
    const def = phaseByName(core.getInput('phase', { required: true }).trim());
    const logger = new GitHubLogger();
    const result = await executePhase(def, (name) => core.getInput(name), { logger });
    for (const [k, v] of Object.entries(result.outputs)) core.setOutput(k, v);
    await core.summary
      .addHeading(`k2h ${def.name}${result.dryRun ? ' (dry-run)' : ''}: ${result.outputs.status}`)
      .addRaw([...stepsTable(result), '', ...result.report].join('\n'), true)
      .write()
      .catch((err: unknown) => core.debug(`no job summary: ${errorMessage(err)}`));
    if (!result.ok) core.setFailed(result.error ?? `${def.name} failed`);
  } catch (err) {
    core.setFailed(errorMessage(err));
  }
}
