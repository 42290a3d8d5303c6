/**
 * The phase registry: name -> inputs, outputs and run. action.yml, the CLI and the Tekton Tasks
 * are checked against it (test/unit/front-doors.test.ts).
 */
import { COMMON_INPUTS, type InputSpec } from '../core/inputs';
import { cleanup } from './cleanup';
import { downtime } from './downtime';
import { gate } from './gate';
import { helmInstall } from './helm-install';
import { migrateSecrets } from './migrate-secrets';
import { preflight } from './preflight';
import { prepareStorage } from './prepare-storage';
import { rollback } from './rollback';
import { PHASE_NAMES, type PhaseDefinition, type PhaseName, type OutputSpec } from './types';

export const PHASES: Record<PhaseName, PhaseDefinition> = {
  preflight,
  'migrate-secrets': migrateSecrets,
  'prepare-storage': prepareStorage,
  gate,
  downtime,
  'helm-install': helmInstall,
  rollback,
  cleanup,
};

export { PHASE_NAMES };

/** Outputs every phase sets. */
export const COMMON_OUTPUTS: OutputSpec[] = [
  { name: 'status', description: 'succeeded, failed or planned (dry-run).' },
  { name: 'state-dir', description: 'Directory holding the migration record and PVC backups.' },
];

export function isPhaseName(name: string): name is PhaseName {
  return (PHASE_NAMES as readonly string[]).includes(name);
}

/** The phase, or a message listing the valid ones. */
export function phaseByName(name: string): PhaseDefinition {
  if (!isPhaseName(name)) throw new Error(`unknown phase '${name}'; valid phases: ${PHASE_NAMES.join(', ')}`);
  return PHASES[name];
}

/** All inputs of a phase: the common ones then its own. */
export function inputsOf(def: PhaseDefinition): InputSpec[] {
  return [...COMMON_INPUTS, ...def.inputs];
}

/** The union of every phase's inputs (action.yml declares them all), first declaration wins. */
export function allInputs(): InputSpec[] {
  const seen = new Map<string, InputSpec>();
  for (const name of PHASE_NAMES)
    for (const i of inputsOf(PHASES[name])) if (!seen.has(i.name)) seen.set(i.name, i);
  return [...seen.values()];
}

/** The union of every phase's outputs. */
export function allOutputs(): OutputSpec[] {
  const seen = new Map<string, OutputSpec>();
  for (const o of COMMON_OUTPUTS) seen.set(o.name, o);
  for (const name of PHASE_NAMES)
    for (const o of PHASES[name].outputs) if (!seen.has(o.name)) seen.set(o.name, o);
  return [...seen.values()];
}
