/**
 * The reusable workflows (.github/workflows/{migrate,rollback,cleanup}.yml) agree with the phase
 * registry and the sub-actions, keep the state as an artifact, gate the guarded job, serialise per
 * cluster, take credentials as secrets; every workflow of the repository is valid to GitHub's parser.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { guardedPhase, STATE_DIR, WORKFLOWS, workflowSecretsOf } from '../../../src/front-doors/workflows';
import { PHASES } from '../../../src/phases';
import { pipelineInputs } from '../../../src/front-doors/tekton-catalog/task';
import { workflowErrors } from '../../support/github-parser';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const load = (p: string) => yaml.load(read(p)) as any;
const k2hStep = (job: any) => job.steps.find((s: any) => s.id === 'k2h');

describe('reusable workflows', () => {
  test('are current (run npm run gen:workflows)', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const out = await run(tsx, [join(ROOT, 'scripts', 'gen-workflows.ts'), '--check'], { cwd: ROOT }).then(
      (r) => r.stdout,
      (e) => `${e.stdout}${e.stderr}`,
    );
    expect(out.trim()).toBe('workflows are current');
  });

  test('every workflow of the repository is valid to GitHub’s parser', async () => {
    const files = readdirSync(join(ROOT, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['migrate.yml', 'rollback.yml', 'cleanup.yml']));
    for (const f of files) {
      const path = `.github/workflows/${f}`;
      expect({ path, errors: await workflowErrors(path, read(path)) }).toEqual({ path, errors: [] });
    }
  });

  test('the parser is not a rubber stamp: a job that needs a missing job is an error', async () => {
    const broken = read('.github/workflows/rollback.yml').replace(/needs:\n(\s+)- gate/, 'needs:\n$1- gates');
    expect(broken).not.toBe(read('.github/workflows/rollback.yml'));
    expect((await workflowErrors('rollback.yml', broken)).join('\n')).toMatch(/gates/);
  });

  test.each(WORKFLOWS.map((w) => [w.file, w] as const))(
    '%s: one job per phase running its sub-action',
    (file, spec) => {
      const wf = load(file);
      const call = wf.on.workflow_call;
      expect(Object.keys(wf.jobs)).toEqual(spec.pipeline.phases);
      // The offline out-dir writes secret values to disk: never offered in a workflow.
      expect(read(file)).not.toMatch(/out-dir/);
      // Every expression's inputs.x is a declared input; every secrets.x a declared secret.
      const text = read(file);
      for (const m of text.matchAll(/\$\{\{[^}]*?(?<![\w.-])inputs\.([a-z0-9-]+)/g))
        expect(Object.keys(call.inputs)).toContain(m[1]);
      for (const m of text.matchAll(/\$\{\{[^}]*?(?<![\w.-])secrets\.([a-z0-9-]+)/g))
        expect(Object.keys(call.secrets)).toContain(m[1]);
      expect(Object.keys(call.secrets)).toEqual(workflowSecretsOf(spec).map((i) => i.name));
      expect(call.secrets.kubeconfig.required).toBe(true);
      expect(call.inputs.cluster.required).toBe(true);
      // One run per cluster at a time, none cancelled half-way.
      expect(wf.concurrency).toEqual({
        group: "${{ format('k2h-{0}', inputs.cluster) }}",
        'cancel-in-progress': false,
      });

      for (const [phase, job] of Object.entries<any>(wf.jobs)) {
        const step = k2hStep(job);
        expect(step.uses).toBe(`./.k2h/${phase}`);
        const action = load(`${phase}/action.yml`);
        // Exactly the phase's inputs, each an input of its sub-action.
        expect(Object.keys(step.with)).toEqual(
          pipelineInputs(phase as keyof typeof PHASES).map((i) => i.name),
        );
        for (const k of Object.keys(step.with)) expect(Object.keys(action.inputs)).toContain(k);
        for (const i of pipelineInputs(phase as keyof typeof PHASES))
          if (i.secret) expect(step.with[i.name]).toBe(`\${{ secrets.${i.name} }}`);
        expect(step.with['state-dir']).toBe(STATE_DIR);
        // Credentials reach only the k2h step.
        for (const s of job.steps.filter((s: any) => s !== step))
          expect(JSON.stringify(s)).not.toMatch(/secrets\./);
        // The state: downloaded from the job before, always uploaded (also after a failure), only the state dir.
        const upload = job.steps.at(-1);
        expect(upload.uses).toBe('actions/upload-artifact@v4');
        expect(upload.if).toBe('${{ always() }}');
        expect(upload.with).toMatchObject({
          path: STATE_DIR,
          overwrite: true,
          'include-hidden-files': false,
        });
        const downloads = job.steps.filter((s: any) => s.uses === 'actions/download-artifact@v4');
        const first = phase === spec.pipeline.phases[0];
        const fromRun = downloads.find((d: any) => d.with['run-id'] === '${{ inputs.migration-run-id }}');
        const fromJob = downloads.find((d: any) => !d.with['run-id']);
        if (first && !spec.stateFromEarlierRun) expect(downloads).toEqual([]);
        else if (first) expect(downloads).toEqual([fromRun]);
        else if (spec.stateFromEarlierRun && spec.pipeline.phases[0] === 'gate') {
          // The gate may be skipped (approval: environment): then this run has no state yet.
          expect(fromJob.if).toBe("${{ needs.gate.result == 'success' }}");
          expect(fromRun.if).toBe("${{ needs.gate.result != 'success' && inputs.migration-run-id != '' }}");
        } else
          expect(downloads).toEqual([
            expect.objectContaining({ with: { name: upload.with.name, path: STATE_DIR } }),
          ]);
        for (const n of job.needs ?? []) expect(Object.keys(wf.jobs)).toContain(n);
      }
    },
  );

  test.each(WORKFLOWS.map((w) => [w.file, w] as const))(
    '%s: the guarded job waits for an Environment or the k2h gate',
    (file, spec) => {
      const wf = load(file);
      const guarded = guardedPhase(spec);
      expect(['downtime', 'rollback', 'cleanup']).toContain(guarded);
      expect(wf.on.workflow_call.inputs.approval.default).toBe('environment');
      expect(wf.on.workflow_call.inputs.environment.default).toBe(spec.environment);
      const gate = wf.jobs.gate;
      expect(gate.if).toContain("inputs.approval == 'k2h-gate'");
      expect(k2hStep(gate).with.for).toBe(guarded);
      const job = wf.jobs[guarded];
      expect(job.needs).toContain('gate');
      expect(job.environment).toBe("${{ inputs.approval == 'environment' && inputs.environment || '' }}");
      expect(job.if).toMatch(
        /needs\.gate\.result == 'success' \|\| \(inputs\.approval == 'environment' && needs\.gate\.result == 'skipped'\)/,
      );
      const platform = k2hStep(job).with['approved-by-platform'];
      if (platform !== undefined) expect(platform).toBe("${{ inputs.approval == 'environment' }}");
      // Only the guarded job sits behind the Environment.
      for (const [name, j] of Object.entries<any>(wf.jobs))
        if (name !== guarded) expect(j.environment).toBeUndefined();
    },
  );
});
