/**
 * The phase registry: name -> inputs, outputs and run (each phase's code loads when it runs). action.yml, the CLI and the Tekton Tasks
 * are checked against it (test/unit/front-doors.test.ts).
 */
import { COMMON_INPUTS, type InputSpec } from '../core/inputs';
import {
  cleanupSpec,
  downtimeSpec,
  gateSpec,
  helmInstallSpec,
  migrateSecretsSpec,
  preflightSpec,
  prepareStorageSpec,
  rollbackSpec,
} from './specs';
import {
  PHASE_NAMES,
  type OutputSpec,
  type PhaseContext,
  type PhaseDefinition,
  type PhaseName,
  type PhaseSpec,
} from './types';

/** A spec whose run() loads the phase's module on first use (cold start: `k2h --help`, inputs). */
function lazy(spec: PhaseSpec, load: () => Promise<PhaseDefinition>): PhaseDefinition {
  return { ...spec, run: async (ctx: PhaseContext) => (await load()).run(ctx) };
}

export const PHASES: Record<PhaseName, PhaseDefinition> = {
  preflight: lazy(preflightSpec, async () => (await import('./runtime')).preflight),
  'migrate-secrets': lazy(migrateSecretsSpec, async () => (await import('./runtime')).migrateSecrets),
  'prepare-storage': lazy(prepareStorageSpec, async () => (await import('./runtime')).prepareStorage),
  gate: lazy(gateSpec, async () => (await import('./runtime')).gate),
  downtime: lazy(downtimeSpec, async () => (await import('./runtime')).downtime),
  'helm-install': lazy(helmInstallSpec, async () => (await import('./runtime')).helmInstall),
  rollback: lazy(rollbackSpec, async () => (await import('./runtime')).rollback),
  cleanup: lazy(cleanupSpec, async () => (await import('./runtime')).cleanup),
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
