/**
 * Renders action.yml from the registry: input `phase` plus every phase's inputs, with
 * descriptions and defaults, the outputs and branding.
 */
import yaml from 'js-yaml';
import { allInputs, allOutputs, PHASE_NAMES, PHASES, inputsOf } from '../phases';

export function renderActionYml(): string {
  const inputs: Record<string, Record<string, unknown>> = {
    phase: {
      description: `Phase to run: ${PHASE_NAMES.join(', ')}.`,
      required: true,
    },
  };
  for (const i of allInputs()) {
    const users = PHASE_NAMES.filter((p) => inputsOf(PHASES[p]).some((x) => x.name === i.name));
    const scope = users.length === PHASE_NAMES.length ? 'All phases' : `Phases: ${users.join(', ')}`;
    const entry: Record<string, unknown> = {
      description: `${i.description}${i.choices ? ` One of: ${i.choices.join(', ')}.` : ''} ${scope}.`,
      required: false,
    };
    if (i.default !== undefined) entry.default = i.default;
    inputs[i.name] = entry;
  }
  const outputs: Record<string, { description: string }> = {};
  for (const o of allOutputs()) outputs[o.name] = { description: o.description };
  const doc = {
    name: 'k2h: Cognigy.AI Kustomize to Helm migration',
    description:
      'Migrates a Cognigy.AI kustomize installation to the Helm chart, phase by phase, with dry-run, resume and a migration record.',
    author: 'k2h',
    branding: { icon: 'truck', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/main/index.js' },
  };
  return (
    '# Generated from src/phases (npm run gen:action); edit the registry, not this file.\n' +
    yaml.dump(doc, { lineWidth: 120, noRefs: true, quotingType: "'" })
  );
}
