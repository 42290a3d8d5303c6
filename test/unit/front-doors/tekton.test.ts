/**
 * The Tekton catalog under tekton/ agrees with the phase registry and the permission list, lints
 * clean with @ibm/tekton-lint, and validates against Tekton's v1 structural schemas.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { outputsOf } from '../../../src/front-doors/action-yml';
import { paramEnvName } from '../../../src/front-doors/tekton';
import {
  APPROVAL_ROLES_FILE,
  CRD_FILE,
  RBAC_FILE,
  pipelineFile,
  taskFile,
  tektonFiles,
} from '../../../src/front-doors/tekton-catalog/files';
import { PIPELINES } from '../../../src/front-doors/tekton-catalog/pipeline';
import { defaultNamespaces } from '../../../src/front-doors/tekton-catalog/rbac';
import {
  CREDENTIALS_PARAM,
  DEFAULT_IMAGE,
  IMAGE_PARAM,
  paramInputs,
  PIPELINE_EXCLUDED_INPUTS,
  pipelineInputs,
  secretInputs,
} from '../../../src/front-doors/tekton-catalog/task';
import {
  approvalCrd,
  approvalRoles,
  APPROVER_ROLE,
  REQUESTER_ROLE,
} from '../../../src/phases/gate/manifests';
import { neededPermissions } from '../../../src/phases/permissions';
import { PHASE_NAMES } from '../../../src/phases';
import { K2H_VERSION } from '../../../src/version';
import { TEKTON_V1_SCHEMAS } from '../../support/tekton-schema';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const docs = (p: string) => yaml.loadAll(read(p)) as any[];
const task = (phase: string) => docs(taskFile(phase as any))[0];
const LINT = join(ROOT, 'node_modules', '@ibm', 'tekton-lint', 'dist', 'lint.js');

/** tekton-lint's problems for the files matching the globs (JSON formatter). */
async function lint(
  globs: string[],
  cwd = ROOT,
): Promise<Array<{ message: string; level: string; path: string }>> {
  const cache = mkdtempSync(join(tmpdir(), 'k2h-tl-'));
  const { stdout } = await run(process.execPath, [LINT, '--format', 'json', ...globs], {
    cwd,
    env: { PATH: process.env.PATH!, HOME: cache, TL_CACHE_DIR: cache },
  }).catch((e) => ({ stdout: e.stdout as string }));
  return JSON.parse(stdout);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const tektonYaml = () =>
  walk(join(ROOT, 'tekton'))
    .filter((f) => f.endsWith('.yaml') && !f.includes('/rbac/'))
    .map((f) => relative(ROOT, f));

describe('Tekton catalog generated from the registry', () => {
  test('every generated file is current (run npm run gen:tekton) and nothing stale is left', async () => {
    const files = tektonFiles();
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const check = await run(tsx, [join(ROOT, 'scripts', 'gen-tekton.ts'), '--check'], { cwd: ROOT }).then(
      (r) => r.stdout,
      (e) => `${e.stdout}${e.stderr}`,
    );
    expect(check.trim()).toBe('tekton/ is current');
    const handWritten = ['tekton/Dockerfile', 'tekton/README.md'];
    const onDisk = walk(join(ROOT, 'tekton')).map((f) => relative(ROOT, f));
    expect(onDisk.filter((f) => !handWritten.includes(f)).sort()).toEqual(files.map((f) => f.path).sort());
  });

  test('the layout is the catalog’s: a Task, a README and a sample per phase; a folder per Pipeline', () => {
    for (const phase of PHASE_NAMES) {
      const dir = `tekton/task/k2h-${phase}/0.1`;
      expect(readdirSync(join(ROOT, dir)).sort()).toEqual(['README.md', `k2h-${phase}.yaml`, 'samples']);
      expect(readdirSync(join(ROOT, dir, 'samples'))).toEqual([`k2h-${phase}-run.yaml`]);
    }
    expect(PIPELINES.map((p) => p.name)).toEqual(['k2h-migration', 'k2h-rollback', 'k2h-cleanup']);
  });

  test('every Task and Pipeline lints clean with tekton-lint (errors and warnings)', async () => {
    expect(await lint(['tekton/task/**/*.yaml', 'tekton/pipeline/**/*.yaml'])).toEqual([]);
  });

  test('tekton-lint is not a rubber stamp: a Pipeline reading a result no Task declares fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-tl-bad-'));
    const text = read(pipelineFile('k2h-rollback')).replace(
      '$(tasks.gate.results.approved-by)',
      '$(tasks.gate.results.approver)',
    );
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'p', 'pipeline.yaml'), text);
    writeFileSync(join(dir, 'p', 'task.yaml'), read(taskFile('gate')) + '---\n' + read(taskFile('rollback')));
    const problems = await lint(['p/*.yaml'], dir);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/approver/);
  });

  test('every Tekton object validates against Tekton’s v1 structural schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validators = Object.fromEntries(
      Object.entries(TEKTON_V1_SCHEMAS).map(([kind, s]) => [kind, ajv.compile(s)]),
    );
    let checked = 0;
    for (const file of tektonYaml())
      for (const doc of docs(file)) {
        if (doc.apiVersion !== 'tekton.dev/v1') continue;
        const validate = validators[doc.kind];
        expect([file, doc.kind, validate ? (validate(doc) ? [] : validate.errors) : 'unknown kind']).toEqual([
          file,
          doc.kind,
          [],
        ]);
        checked++;
      }
    expect(checked).toBe(2 * PHASE_NAMES.length + 2 * PIPELINES.length);
    // The schema is strict: a misplaced field fails.
    const bad = task('preflight');
    bad.spec.steps[0].envs = bad.spec.steps[0].env;
    expect(validators.Task(bad)).toBe(false);
  });

  test.each(PHASE_NAMES)(
    'k2h-%s: params, env, results and step follow the registry and the catalog',
    (phase) => {
      const t = task(phase);
      const step = t.spec.steps[0];
      const params = t.spec.params.map((p: any) => p.name);
      // Every non-secret input but the kubeconfig is a param, named as the input; the Tekton extras last.
      expect(params).toEqual([
        ...paramInputs(phase).map((i) => i.name),
        'kubeconfig-file',
        ...(secretInputs(phase).length ? [CREDENTIALS_PARAM] : []),
        IMAGE_PARAM,
      ]);
      for (const i of pipelineInputs(phase)) {
        const p = t.spec.params.find((x: any) => x.name === i.name);
        if (i.secret) {
          expect(p).toBeUndefined();
          if (i.name !== 'kubeconfig')
            expect(step.env.find((e: any) => e.name === paramEnvName(i.name))).toEqual({
              name: paramEnvName(i.name),
              valueFrom: {
                secretKeyRef: { name: `$(params.${CREDENTIALS_PARAM})`, key: i.name, optional: true },
              },
            });
          continue;
        }
        expect(p.description).toContain(i.description);
        expect(p.default).toBe(i.required ? undefined : (i.default ?? ''));
        expect(step.env).toContainEqual({ name: paramEnvName(i.name), value: `$(params.${i.name})` });
      }
      // The offline out-dir (secret values on disk) is never offered on a shared workspace.
      for (const x of PIPELINE_EXCLUDED_INPUTS) expect(params).not.toContain(x);
      expect(PIPELINE_EXCLUDED_INPUTS.has('out-dir')).toBe(true);
      // Params reach the script only as env vars; the script reads no Tekton param.
      expect(step.script).not.toMatch(/\$\(params\./);
      expect(step.script.startsWith('#!/usr/bin/env sh\n')).toBe(true);
      expect(step.script).toContain(`k2h tekton ${phase}`);
      // Results: every output of the phase, each written with printf.
      expect(t.spec.results.map((r: any) => r.name)).toEqual(outputsOf(phase).map((o) => o.name));
      for (const r of t.spec.results) {
        expect(r.description.length).toBeGreaterThan(5);
        expect(step.script).toContain(`> "$(results.${r.name}.path)"`);
      }
      // Non-root, pinned image, state and (optional) kubeconfig workspaces.
      expect(step.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false });
      expect(step.securityContext.runAsUser).toBeGreaterThan(0);
      expect(step.image).toBe(`$(params.${IMAGE_PARAM})`);
      const image = t.spec.params.find((p: any) => p.name === IMAGE_PARAM).default;
      expect(image).toBe(DEFAULT_IMAGE);
      expect(image.endsWith(`:${K2H_VERSION}`)).toBe(true);
      expect(t.spec.workspaces.map((w: any) => [w.name, Boolean(w.optional)])).toEqual([
        ['state', false],
        ['kubeconfig', true],
      ]);
      for (const p of t.spec.params) expect(p.description.length).toBeGreaterThan(10);
    },
  );

  test.each(PIPELINES.map((p) => [p.name, p] as const))(
    '%s: every Task, param, result and workspace it references exists',
    (_n, spec) => {
      const p = docs(pipelineFile(spec.name))[0];
      const pipelineParams = new Set(p.spec.params.map((x: any) => x.name));
      const pipelineWorkspaces = new Set(p.spec.workspaces.map((w: any) => w.name));
      expect(p.spec.tasks.map((t: any) => t.name)).toEqual(spec.phases);
      p.spec.tasks.forEach((pt: any, n: number) => {
        expect(pt.runAfter).toEqual(n ? [spec.phases[n - 1]] : undefined);
        const t = task(pt.name);
        expect(pt.taskRef).toEqual({ name: t.metadata.name });
        const declared = new Map<string, any>(t.spec.params.map((x: any) => [x.name, x]));
        for (const given of pt.params) {
          expect([pt.name, given.name, declared.has(given.name)]).toEqual([pt.name, given.name, true]);
          for (const m of String(given.value).matchAll(/\$\(params\.([^)]+)\)/g))
            expect(pipelineParams).toContain(m[1]);
        }
        for (const [name, d] of declared)
          if (d.default === undefined) expect(pt.params.map((x: any) => x.name)).toContain(name);
        for (const w of t.spec.workspaces) {
          const bound = pt.workspaces.find((x: any) => x.name === w.name);
          if (!w.optional) expect(bound).toBeDefined();
          if (bound) expect(pipelineWorkspaces).toContain(bound.workspace);
        }
      });
      for (const r of p.spec.results) {
        const [, from, result] = /^\$\(tasks\.([^.]+)\.results\.([^)]+)\)$/.exec(r.value)!;
        expect(task(from).spec.results.map((x: any) => x.name)).toContain(result);
      }
      if (spec.phases.includes('gate'))
        expect(p.spec.tasks.find((t: any) => t.name === 'gate').params).toContainEqual({
          name: 'for',
          value: spec.phases[spec.phases.indexOf('gate') + 1],
        });
    },
  );

  test('the forward migration runs the phases in the runbook’s order', () => {
    expect(PIPELINES[0].phases).toEqual([
      'preflight',
      'migrate-secrets',
      'prepare-storage',
      'gate',
      'downtime',
      'helm-install',
    ]);
  });

  test('samples run the published Tasks and Pipelines with every required param', () => {
    for (const phase of PHASE_NAMES) {
      const [sample] = docs(`tekton/task/k2h-${phase}/0.1/samples/k2h-${phase}-run.yaml`);
      const t = task(phase);
      expect(sample.spec.taskRef.name).toBe(t.metadata.name);
      for (const p of t.spec.params.filter((x: any) => x.default === undefined))
        expect(sample.spec.params.map((x: any) => x.name)).toContain(p.name);
      expect(sample.spec.workspaces.map((w: any) => w.name)).toEqual(['state']);
    }
    for (const spec of PIPELINES) {
      const run = docs(`tekton/pipeline/${spec.name}/0.1/samples/${spec.name}-run.yaml`).find(
        (d) => d.kind === 'PipelineRun',
      );
      expect(run.spec.pipelineRef.name).toBe(spec.name);
      expect(run.spec.taskRunTemplate.serviceAccountName).toBe('k2h');
    }
  });

  test('RBAC grants exactly the permissions preflight checks, nothing more', () => {
    const ns = defaultNamespaces();
    const key = (ns: string | undefined, group: string, resource: string, verb: string) =>
      `${ns ?? '(cluster)'} ${group || 'core'} ${resource} ${verb}`;
    const expected = new Set(
      neededPermissions(ns.source, ns.target, ns.mongo).map((p) =>
        key(
          p.namespace,
          p.group ?? '',
          p.subresource ? `${p.resource}/${p.subresource}` : p.resource,
          p.verb,
        ),
      ),
    );
    const granted = new Set<string>();
    const rbac = docs(RBAC_FILE);
    for (const d of rbac.filter((d) => d.kind === 'Role' || d.kind === 'ClusterRole'))
      for (const r of d.rules)
        for (const g of r.apiGroups)
          for (const res of r.resources)
            for (const v of r.verbs) {
              expect(v).not.toBe('*');
              granted.add(key(d.metadata.namespace, g, res, v));
            }
    expect([...granted].sort()).toEqual([...expected].sort());
    // Each Role and the ClusterRole is bound to the k2h ServiceAccount in the pipeline namespace.
    const sa = { kind: 'ServiceAccount', name: 'k2h', namespace: ns.pipeline };
    for (const role of rbac.filter((d) => d.kind === 'Role' || d.kind === 'ClusterRole')) {
      const binding = rbac.find(
        (b) =>
          (b.kind === 'RoleBinding' || b.kind === 'ClusterRoleBinding') &&
          b.roleRef.kind === role.kind &&
          b.roleRef.name === role.metadata.name &&
          b.metadata.namespace === role.metadata.namespace,
      );
      expect(binding.subjects).toEqual([sa]);
    }
    // The gate may ask for approval; only the approver group may decide.
    const bindingOf = (role: string) => rbac.find((b) => b.kind === 'RoleBinding' && b.roleRef.name === role);
    expect(bindingOf(REQUESTER_ROLE).subjects).toEqual([sa]);
    expect(bindingOf(REQUESTER_ROLE).metadata.namespace).toBe(ns.source);
    expect(bindingOf(APPROVER_ROLE).subjects[0].kind).toBe('Group');
    // The gate's CRD and roles, as the gate declares them and as deploy/ ships them.
    expect(docs(CRD_FILE)).toEqual([approvalCrd]);
    expect(docs(APPROVAL_ROLES_FILE)).toEqual(approvalRoles);
    expect(yaml.loadAll(read('deploy/crd/approvalrequests.yaml'))).toEqual([approvalCrd]);
  });
});
