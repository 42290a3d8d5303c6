import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { allInputs, allOutputs, inputsOf, PHASE_NAMES, PHASES } from '../../src/phases';
import { renderActionYml } from '../../src/front-doors/action-yml';
import { parsePhaseArgs } from '../../src/front-doors/cli';
import { paramEnvName } from '../../src/front-doors/tekton';
import { actionErrors } from '../support/github-parser';

const root = join(__dirname, '..', '..');
const actionText = readFileSync(join(root, 'action.yml'), 'utf8');
const action = yaml.load(actionText) as any;

describe('front doors agree with the phase registry', () => {
  test('action.yml is generated from the registry (run npm run gen:action)', () => {
    expect(actionText).toBe(renderActionYml());
  });

  test('action.yml runs on node24 and declares phase, every input and output', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main/index.js' });
    expect(action.inputs.phase.required).toBe(true);
    for (const p of PHASE_NAMES) expect(action.inputs.phase.description).toContain(p);
    expect(Object.keys(action.inputs).sort()).toEqual(['phase', ...allInputs().map((i) => i.name)].sort());
    for (const i of allInputs()) {
      expect(action.inputs[i.name].description.length).toBeGreaterThan(10);
      expect(action.inputs[i.name].default).toBe(i.default);
    }
    expect(Object.keys(action.outputs).sort()).toEqual(
      allOutputs()
        .map((o) => o.name)
        .sort(),
    );
    expect(action.branding).toBeDefined();
  });

  test("action.yml passes GitHub's own action parser (@actions/workflow-parser)", () => {
    expect(actionErrors('action.yml', actionText)).toEqual([]);
    // The parser can fail: a runs section without `using` is refused.
    expect(actionErrors('broken.yml', 'name: x\ndescription: y\nruns:\n  main: index.js\n')).not.toEqual([]);
  });

  test('every input of every phase is a CLI flag of that phase, with the same name', () => {
    for (const p of PHASE_NAMES) {
      const def = PHASES[p];
      for (const i of inputsOf(def)) {
        const argv = i.type === 'boolean' ? [`--${i.name}`] : [`--${i.name}`, 'v'];
        expect(parsePhaseArgs(def, argv)(i.name)).toBe(i.type === 'boolean' ? 'true' : 'v');
      }
    }
  });

  test('common inputs carry the same name everywhere, Tekton params included', () => {
    for (const name of [
      'kubeconfig',
      'context',
      'source-namespace',
      'target-namespace',
      'release',
      'state-dir',
      'dry-run',
    ])
      for (const p of PHASE_NAMES) expect(inputsOf(PHASES[p]).map((i) => i.name)).toContain(name);
    expect(paramEnvName('source-namespace')).toBe('PARAM_SOURCE_NAMESPACE');
  });

  test('inputs are declared once: no phase declares an input twice', () => {
    for (const p of PHASE_NAMES) {
      const names = inputsOf(PHASES[p]).map((i) => i.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
