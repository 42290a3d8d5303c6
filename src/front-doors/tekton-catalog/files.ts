/**
 * Every generated file under tekton/: the Tasks with their READMEs and sample TaskRuns, the
 * Pipelines with sample PipelineRuns, the RBAC and the approval CRD. scripts/gen-tekton.ts writes
 * them; test/unit/front-doors/tekton.test.ts fails when one is stale.
 */
import yaml from 'js-yaml';
import { approvalCrd, approvalRoles } from '../../phases/gate/manifests';
import { PHASE_NAMES, PHASES } from '../../phases';
import type { PhaseName } from '../../phases/types';
import { outputsOf } from '../action-yml';
import { PIPELINES, pipelineDocument, pipelineParams, pipelineResults, type PipelineSpec } from './pipeline';
import { rbacDocuments, SERVICE_ACCOUNT, targetNamespaceDocument, defaultNamespaces } from './rbac';
import {
  CATALOG_VERSION,
  KUBECONFIG_WORKSPACE,
  STATE_WORKSPACE,
  secretInputs,
  taskDocument,
  taskName,
  taskParams,
  type TektonParam,
} from './task';

export interface GeneratedFile {
  path: string;
  text: string;
}

const HEADER = '# Generated from src/phases (npm run gen:tekton); edit the registry, not this file.\n';
const DUMP = { lineWidth: 110, noRefs: true, quotingType: "'" } as const;
const dumpAll = (docs: unknown[]) => HEADER + docs.map((d) => yaml.dump(d, DUMP)).join('---\n');

export const taskDir = (phase: PhaseName) => `tekton/task/${taskName(phase)}/${CATALOG_VERSION}`;
export const taskFile = (phase: PhaseName) => `${taskDir(phase)}/${taskName(phase)}.yaml`;
export const pipelineDir = (name: string) => `tekton/pipeline/${name}/${CATALOG_VERSION}`;
export const pipelineFile = (name: string) => `${pipelineDir(name)}/${name}.yaml`;
export const RBAC_FILE = 'tekton/rbac/k2h-rbac.yaml';
export const NAMESPACE_FILE = 'tekton/rbac/namespaces.yaml';
export const CRD_FILE = 'tekton/rbac/approval-crd.yaml';
export const APPROVAL_ROLES_FILE = 'tekton/rbac/approval-roles.yaml';
/** The PVC the samples keep the state on. */
export const STATE_CLAIM = 'k2h-state';

/** Values the samples give params that have no default. */
const SAMPLE_VALUES: Record<string, string> = { 'chart-version': '4.41.2' };

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function paramsTable(params: TektonParam[]): string[] {
  return [
    '| name | description | default |',
    '| --- | --- | --- |',
    ...params.map(
      (p) =>
        `| \`${p.name}\` | ${cell(p.description)} | ${p.default === undefined ? '(required)' : p.default === '' ? '(empty)' : `\`${cell(p.default)}\``} |`,
    ),
  ];
}

function sampleParams(params: TektonParam[], fixed: Record<string, string> = {}) {
  return params
    .filter((p) => p.default === undefined || p.name in fixed)
    .map((p) => ({ name: p.name, value: fixed[p.name] ?? SAMPLE_VALUES[p.name] ?? '' }));
}

const stateWorkspace = { name: STATE_WORKSPACE, persistentVolumeClaim: { claimName: STATE_CLAIM } };

function taskRunSample(phase: PhaseName): Record<string, unknown> {
  const fixed: Record<string, string> = phase === 'gate' ? { for: 'downtime' } : {};
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'TaskRun',
    metadata: { generateName: `${taskName(phase)}-` },
    spec: {
      serviceAccountName: SERVICE_ACCOUNT,
      taskRef: { name: taskName(phase) },
      params: sampleParams(taskParams(phase), fixed),
      workspaces: [stateWorkspace],
    },
  };
}

/** A claim for the state workspace, kept across the PipelineRuns of one migration. */
function stateClaim(): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: STATE_CLAIM, labels: { 'app.kubernetes.io/part-of': 'k2h' } },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  };
}

function pipelineRunSample(spec: PipelineSpec): Array<Record<string, unknown>> {
  // Rollback and clean-up must run on the migration's own state: only the migration makes the claim.
  return [
    ...(spec.phases.includes('preflight') ? [stateClaim()] : []),
    {
      apiVersion: 'tekton.dev/v1',
      kind: 'PipelineRun',
      metadata: { generateName: `${spec.name}-` },
      spec: {
        pipelineRef: { name: spec.name },
        taskRunTemplate: { serviceAccountName: SERVICE_ACCOUNT },
        // The gate waits for a person (its timeout param, 1h by default): leave room for it.
        timeouts: { pipeline: '3h' },
        params: sampleParams(pipelineParams(spec)),
        workspaces: [stateWorkspace],
      },
    },
  ];
}

function taskReadme(phase: PhaseName): string {
  const def = PHASES[phase];
  const secrets = secretInputs(phase);
  return [
    `# \`${taskName(phase)}\``,
    '',
    `Cognigy.AI Kustomize-to-Helm migration, phase **${phase}**: ${def.description}`,
    '',
    `Runs \`k2h tekton ${phase}\` in the k2h image (\`tekton/Dockerfile\`), as user 65532, never root.`,
    'Generated from the phase registry (`npm run gen:tekton`): the params are the phase’s inputs, with the same names as the',
    'GitHub action inputs and the CLI flags.',
    '',
    '## Install',
    '',
    '```bash',
    `kubectl apply -f ${taskFile(phase)}`,
    '```',
    '',
    'and once per cluster the RBAC and the approval CRD: `kubectl apply -f tekton/rbac/`.',
    '',
    '## Workspaces',
    '',
    `- \`${STATE_WORKSPACE}\`: the migration record and PVC backups (\`state-dir\` is relative to it). Share one claim between all phases of a migration; it never holds a secret.`,
    `- \`${KUBECONFIG_WORKSPACE}\` (optional): a Secret with a kubeconfig in the file named by \`kubeconfig-file\`. Unbound, the Task uses its service account (\`tekton/rbac/\`).`,
    '',
    '## Parameters',
    '',
    'Each reaches the step as the environment variable `PARAM_<NAME>` (never `$(params.x)` inside the script).',
    '',
    ...paramsTable(taskParams(phase)),
    '',
    ...(secrets.length
      ? [
          '## Credentials',
          '',
          `Read from the Secret named by \`credentials-secret\`, keys ${secrets.map((i) => `\`${i.name}\``).join(', ')} (each optional), never from params, which anyone who can read the TaskRun sees:`,
          '',
          ...secrets.map((i) => `- \`${i.name}\`: ${i.description}`),
          '',
        ]
      : []),
    '## Results',
    '',
    '| name | description |',
    '| --- | --- |',
    ...outputsOf(phase).map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
    '',
    '## Usage',
    '',
    `\`samples/${taskName(phase)}-run.yaml\` runs the Task on the claim \`${STATE_CLAIM}\` with the service account \`${SERVICE_ACCOUNT}\`:`,
    '',
    '```bash',
    `kubectl create -f ${taskDir(phase)}/samples/${taskName(phase)}-run.yaml`,
    '```',
    '',
  ].join('\n');
}

function pipelineReadme(spec: PipelineSpec): string {
  return [
    `# \`${spec.name}\``,
    '',
    `${spec.description}`,
    '',
    `Tasks in order: ${spec.phases.map((p) => `\`${taskName(p)}\``).join(' → ')}. Each runs after the one before and all share the \`${STATE_WORKSPACE}\` workspace.`,
    'The gate creates an approval request in the source namespace and waits for `k2h approve` by a member of the',
    'approver group (`tekton/rbac/`); a rejection or its timeout fails the run before anything changes.',
    '',
    '## Install',
    '',
    '```bash',
    'kubectl apply -f tekton/rbac/',
    ...spec.phases.map((p) => `kubectl apply -f ${taskFile(p)}`),
    `kubectl apply -f ${pipelineFile(spec.name)}`,
    '```',
    '',
    '## Parameters',
    '',
    'The union of the Tasks’ params, passed to each Task that declares one.',
    '',
    ...paramsTable(pipelineParams(spec)),
    '',
    '## Results',
    '',
    '| name | from |',
    '| --- | --- |',
    ...pipelineResults(spec).map((r) => `| \`${r.name}\` | \`${r.phase}\` result \`${r.output}\` |`),
    '',
    '## Usage',
    '',
    '```bash',
    `kubectl create -f ${pipelineDir(spec.name)}/samples/${spec.name}-run.yaml`,
    '```',
    '',
  ].join('\n');
}

/** Every generated file under tekton/, unformatted (the generator formats them with prettier). */
export function tektonFiles(): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const phase of PHASE_NAMES) {
    files.push(
      { path: taskFile(phase), text: dumpAll([taskDocument(phase)]) },
      { path: `${taskDir(phase)}/README.md`, text: taskReadme(phase) },
      {
        path: `${taskDir(phase)}/samples/${taskName(phase)}-run.yaml`,
        text: dumpAll([taskRunSample(phase)]),
      },
    );
  }
  for (const spec of PIPELINES)
    files.push(
      { path: pipelineFile(spec.name), text: dumpAll([pipelineDocument(spec)]) },
      { path: `${pipelineDir(spec.name)}/README.md`, text: pipelineReadme(spec) },
      {
        path: `${pipelineDir(spec.name)}/samples/${spec.name}-run.yaml`,
        text: dumpAll(pipelineRunSample(spec)),
      },
    );
  const ns = defaultNamespaces();
  files.push(
    {
      path: NAMESPACE_FILE,
      text: dumpAll([
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: ns.pipeline, labels: { 'app.kubernetes.io/part-of': 'k2h' } },
        },
        targetNamespaceDocument(ns),
      ]),
    },
    // The gate's CRD and ClusterRoles (also in deploy/), so `kubectl apply -f tekton/rbac/` is complete.
    { path: CRD_FILE, text: dumpAll([approvalCrd]) },
    { path: APPROVAL_ROLES_FILE, text: dumpAll(approvalRoles) },
    { path: RBAC_FILE, text: dumpAll(rbacDocuments(ns)) },
  );
  return files;
}
