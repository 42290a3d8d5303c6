/**
 * The per-phase sub-actions (<phase>/action.yml) and the root action.yml agree with the phase
 * registry and are valid to GitHub's own parser; each sub-action's entry stub runs the shared
 * bundle with its phase preset.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import {
  ACTION_PHASE_ENV,
  actionFiles,
  entryFiles,
  outputsOf,
  phaseActionDocument,
  renderPhaseEntry,
} from '../../../src/front-doors/action-yml';
import { COMMON_INPUTS } from '../../../src/core/inputs';
import { inputsOf, PHASE_NAMES, PHASES } from '../../../src/phases';
import { actionErrors } from '../../support/github-parser';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('GitHub actions: one per phase, generated from the registry', () => {
  test('every generated action file is current (run npm run gen:action)', () => {
    for (const f of actionFiles()) expect({ path: f.path, text: read(f.path) }).toEqual(f);
  });

  test('every action.yml is valid to GitHub’s parser (@actions/workflow-parser)', () => {
    for (const f of actionFiles())
      expect({ path: f.path, errors: actionErrors(f.path, read(f.path)) }).toEqual({
        path: f.path,
        errors: [],
      });
  });

  test('the parser is not a rubber stamp: it rejects a broken sub-action', () => {
    const broken = read('gate/action.yml').replace('using: node24', 'using: node99');
    expect(actionErrors('gate/action.yml', broken).length).toBeGreaterThan(0);
  });

  test.each(PHASE_NAMES)('%s/action.yml declares exactly that phase’s inputs and outputs', (phase) => {
    const doc = yaml.load(read(`${phase}/action.yml`)) as any;
    const def = PHASES[phase];
    expect(Object.keys(doc.inputs)).toEqual(inputsOf(def).map((i) => i.name));
    expect(doc.inputs.phase).toBeUndefined();
    for (const i of inputsOf(def)) {
      expect(doc.inputs[i.name].description).toContain(i.description);
      expect(doc.inputs[i.name].default).toBe(i.default);
      expect(doc.inputs[i.name].required).toBe(Boolean(i.required));
    }
    expect(Object.keys(doc.outputs)).toEqual(['status', 'state-dir', ...def.outputs.map((o) => o.name)]);
    expect(Object.keys(doc.outputs)).toEqual(outputsOf(phase).map((o) => o.name));
    expect(doc.runs).toEqual({ using: 'node24', main: `../dist/actions/${phase}.js` });
    expect(doc).toEqual(phaseActionDocument(phase));
  });

  test('no sub-action inherits an input that only other phases declare', () => {
    const all = new Set(PHASE_NAMES.flatMap((p) => inputsOf(PHASES[p]).map((i) => i.name)));
    for (const phase of PHASE_NAMES) {
      const own = new Set(inputsOf(PHASES[phase]).map((i) => i.name));
      const doc = yaml.load(read(`${phase}/action.yml`)) as any;
      for (const name of all) expect([phase, name, name in doc.inputs]).toEqual([phase, name, own.has(name)]);
    }
    expect(Object.keys((yaml.load(read('gate/action.yml')) as any).inputs)).not.toContain('chart-version');
    expect(COMMON_INPUTS.length).toBeGreaterThan(5);
  });

  test('no sub-action folder exists that the registry does not know', () => {
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'action.yml')))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...PHASE_NAMES].sort());
  });

  test('each entry stub is a few lines that preset the phase and load the one shared bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-entries-'));
    mkdirSync(join(dir, 'dist', 'main'), { recursive: true });
    // A stand-in bundle that reports which phase it was started for.
    writeFileSync(
      join(dir, 'dist', 'main', 'index.js'),
      `process.stdout.write('bundle ran for ' + process.env.${ACTION_PHASE_ENV});\n`,
    );
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const f of entryFiles()) {
      mkdirSync(join(dir, 'dist', 'actions'), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    for (const phase of PHASE_NAMES) {
      const stub = renderPhaseEntry(phase);
      expect(stub.split('\n').length).toBeLessThan(6);
      expect(stub).toContain("import('../main/index.js')");
      const { stdout } = await run(process.execPath, [join(dir, 'dist', 'actions', `${phase}.js`)], {
        env: { PATH: process.env.PATH! },
      });
      expect(stdout).toBe(`bundle ran for ${phase}`);
    }
  });

  test('the action front door takes the phase from the stub’s preset before the phase input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-gha-'));
    const out = join(dir, 'output');
    writeFileSync(out, '');
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const res = await run(tsx, [join(ROOT, 'src', 'main.ts')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH!,
        HOME: dir,
        GITHUB_OUTPUT: out,
        INPUT_PHASE: 'preflight',
        [ACTION_PHASE_ENV]: 'bogus',
      },
    }).then(
      () => ({ code: 0, stdout: '' }),
      (e) => ({ code: e.code as number, stdout: e.stdout as string }),
    );
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("::error::unknown phase 'bogus'");
  });
});
