/**
 * The README's generated phase reference is current, and its GitHub caller and PipelineRun
 * examples are valid and use only inputs, secrets and params that exist.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { README_END, README_START } from '../../../src/front-doors/readme-inputs';
import { inputsOf, PHASE_NAMES, PHASES } from '../../../src/phases';
import { workflowErrors } from '../../support/github-parser';
import { TEKTON_V1_SCHEMAS } from '../../support/tekton-schema';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END));

/** The first fenced block of `lang` after `marker`. */
function blockAfter(marker: string, lang: string): string {
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThan(0);
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at));
  return m![1];
}

describe('README', () => {
  test('the phase reference is generated from the registry (run npm run gen:readme)', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const out = await run(tsx, [join(ROOT, 'scripts', 'gen-readme.ts'), '--check'], { cwd: ROOT }).then(
      (r) => r.stdout,
      (e) => `${e.stdout}${e.stderr}`,
    );
    expect(out.trim()).toBe('README.md phase reference is current');
  });

  test('the phase reference names every phase, its own inputs and its outputs', () => {
    for (const phase of PHASE_NAMES) {
      const at = section.indexOf(`### \`${phase}\``);
      expect(at).toBeGreaterThan(0);
      const next = PHASE_NAMES.map((p) => section.indexOf(`### \`${p}\``)).filter((i) => i > at);
      const part = section.slice(at, next.length ? Math.min(...next) : undefined);
      for (const i of PHASES[phase].inputs) expect(part).toContain(`| \`${i.name}\``);
      for (const o of PHASES[phase].outputs) expect(part).toContain(`| \`${o.name}\``);
    }
  });

  test('the caller example is a valid workflow using only what migrate.yml declares', async () => {
    const text = blockAfter('A caller:', 'yaml');
    expect(await workflowErrors('caller.yml', text)).toEqual([]);
    const caller = yaml.load(text) as any;
    const job = caller.jobs.migrate;
    expect(job.uses).toMatch(/\/\.github\/workflows\/migrate\.yml@/);
    const call = (yaml.load(readFileSync(join(ROOT, '.github/workflows/migrate.yml'), 'utf8')) as any).on
      .workflow_call;
    for (const k of Object.keys(job.with)) expect(Object.keys(call.inputs)).toContain(k);
    for (const k of Object.keys(job.secrets)) expect(Object.keys(call.secrets)).toContain(k);
    for (const [k, v] of Object.entries<any>(call.inputs))
      if (v.required) expect(Object.keys(job.with)).toContain(k);
    for (const [k, v] of Object.entries<any>(call.secrets))
      if (v.required) expect(Object.keys(job.secrets)).toContain(k);
  });

  test('the PipelineRun example validates and passes only params of k2h-migration', () => {
    const run = yaml.load(blockAfter('## From Tekton', 'yaml')) as any;
    const validate = new Ajv({ strict: false }).compile(TEKTON_V1_SCHEMAS.PipelineRun);
    expect(validate(run) ? [] : validate.errors).toEqual([]);
    const pipeline = yaml.load(
      readFileSync(join(ROOT, 'tekton/pipeline/k2h-migration/0.1/k2h-migration.yaml'), 'utf8'),
    ) as any;
    const params = pipeline.spec.params.map((p: any) => p.name);
    for (const p of run.spec.params) expect(params).toContain(p.name);
    for (const p of pipeline.spec.params.filter((x: any) => x.default === undefined))
      expect(run.spec.params.map((x: any) => x.name)).toContain(p.name);
    expect(inputsOf(PHASES.preflight).some((i) => i.name === 'acknowledge-no-snapshots')).toBe(true);
  });
});
