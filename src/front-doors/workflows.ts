/**
 * The reusable GitHub workflows (`on: workflow_call`) .github/workflows/migrate.yml, rollback.yml
 * and cleanup.yml, rendered from the phase registry and the same phase chains as the Tekton
 * Pipelines: one job per phase running that phase's sub-action, the state dir handed from job to
 * job as an artifact (record and PVC backups, never secrets) and kept at the end, the guarded
 * phase (downtime, rollback, clean-up) behind a GitHub Environment with required reviewers or,
 * where Environments cannot gate, behind the k2h gate (input `approval`), one concurrency group per
 * cluster, credentials as `secrets:`.
 */
import yaml from 'js-yaml';
import type { InputSpec } from '../core/inputs';
import { PHASES } from '../phases';
import type { PhaseName } from '../phases/types';
import {
  fixedParams,
  PIPELINES,
  PLATFORM_APPROVAL_INPUT,
  type PipelineSpec,
} from './tekton-catalog/pipeline';
import { pipelineInputs } from './tekton-catalog/task';

export interface WorkflowSpec {
  file: string;
  name: string;
  pipeline: PipelineSpec;
  /** Environment that guards the phase after the gate. */
  environment: string;
  /** Whether the state comes from an earlier run (rollback, clean-up) rather than preflight. */
  stateFromEarlierRun: boolean;
}

export const WORKFLOWS: WorkflowSpec[] = [
  {
    file: '.github/workflows/migrate.yml',
    name: 'k2h migrate',
    pipeline: PIPELINES[0],
    environment: 'k2h-downtime',
    stateFromEarlierRun: false,
  },
  {
    file: '.github/workflows/rollback.yml',
    name: 'k2h rollback',
    pipeline: PIPELINES[1],
    environment: 'k2h-rollback',
    stateFromEarlierRun: true,
  },
  {
    file: '.github/workflows/cleanup.yml',
    name: 'k2h cleanup',
    pipeline: PIPELINES[2],
    environment: 'k2h-cleanup',
    stateFromEarlierRun: true,
  },
];

/** The state dir inside the job's workspace; the artifact holds exactly this folder. */
export const STATE_DIR = 'k2h-state';
/** Where the k2h repository (its sub-actions) is checked out in each job. */
export const K2H_PATH = '.k2h';

const ex = (expr: string) => `\${{ ${expr} }}`;
const artifactName = ex(`format('k2h-state-{0}', inputs.cluster)`);

/** Inputs a job passes itself, not from the workflow's inputs. */
const FIXED = new Set(['kubeconfig', 'state-dir']);

/**
 * Inputs a job of the chain sets itself: the Tekton chain's literals (the gate's `for`), and for
 * the guarded phase `approved-by-platform` true exactly when the Environment's reviewers decide.
 */
function jobFixed(spec: WorkflowSpec, phase: PhaseName): Record<string, string> {
  const fixed = fixedParams(spec.pipeline, phase);
  if (PLATFORM_APPROVAL_INPUT in fixed)
    fixed[PLATFORM_APPROVAL_INPUT] = ex(`inputs.approval == 'environment'`);
  return fixed;
}

/** Phase inputs that become workflow inputs (secrets become workflow secrets). */
function workflowInputsOf(spec: WorkflowSpec): InputSpec[] {
  const seen = new Map<string, InputSpec>();
  for (const phase of spec.pipeline.phases)
    for (const i of pipelineInputs(phase))
      if (!FIXED.has(i.name) && !i.secret && !(i.name in jobFixed(spec, phase)) && !seen.has(i.name))
        seen.set(i.name, i);
  return [...seen.values()];
}

/** Secret inputs of the chain (the kubeconfig first, always required). */
export function workflowSecretsOf(spec: WorkflowSpec): InputSpec[] {
  const seen = new Map<string, InputSpec>();
  for (const phase of spec.pipeline.phases)
    for (const i of pipelineInputs(phase)) if (i.secret && !seen.has(i.name)) seen.set(i.name, i);
  return [...seen.values()];
}

/** The phase the gate (or the Environment) guards: the one after the gate. */
export function guardedPhase(spec: WorkflowSpec): PhaseName {
  return spec.pipeline.phases[spec.pipeline.phases.indexOf('gate') + 1];
}

function callInputs(spec: WorkflowSpec): Record<string, Record<string, unknown>> {
  const inputs: Record<string, Record<string, unknown>> = {
    cluster: {
      description:
        'Name of the cluster (letters, digits, -, _): the concurrency group, so two migrations of one cluster never overlap, and the name of the state artifact.',
      type: 'string',
      required: true,
    },
    approval: {
      description: `Who releases the ${guardedPhase(spec)} job: environment (the GitHub Environment below, with required reviewers) or k2h-gate (the k2h gate phase in the cluster, approved with k2h approve, where Environments cannot gate).`,
      type: 'string',
      default: 'environment',
    },
    environment: {
      description: `GitHub Environment with required reviewers that guards the ${guardedPhase(spec)} job (approval: environment).`,
      type: 'string',
      default: spec.environment,
    },
  };
  if (spec.stateFromEarlierRun)
    inputs['migration-run-id'] = {
      description:
        'Run id of the migrate workflow whose state artifact to use. Empty: k2h restores the record from its copy in the cluster.',
      type: 'string',
      default: '',
    };
  for (const i of workflowInputsOf(spec)) {
    const entry: Record<string, unknown> = {
      description: `${i.description}${i.choices ? ` One of: ${i.choices.join(', ')}.` : ''}`,
      type: i.type === 'boolean' ? 'boolean' : 'string',
    };
    if (i.required) entry.required = true;
    else entry.default = i.type === 'boolean' ? i.default === 'true' : (i.default ?? '');
    inputs[i.name] = entry;
  }
  inputs['runs-on'] = {
    description: 'Runner label for every job.',
    type: 'string',
    default: 'ubuntu-latest',
  };
  inputs['k2h-repository'] = {
    description: 'Repository of k2h whose per-phase actions the jobs run.',
    type: 'string',
    default: 'cognigy-k2h/k2h',
  };
  inputs['k2h-ref'] = { description: 'Tag, branch or commit of k2h to run.', type: 'string', default: 'v0' };
  inputs['state-retention-days'] = {
    description: 'Days the state artifact (record and PVC backups; never secrets) is kept.',
    type: 'number',
    default: 90,
  };
  return inputs;
}

function callSecrets(spec: WorkflowSpec): Record<string, { description: string; required: boolean }> {
  const out: Record<string, { description: string; required: boolean }> = {};
  for (const i of workflowSecretsOf(spec))
    out[i.name] = {
      description: i.name === 'kubeconfig' ? 'Kubeconfig content for the cluster.' : i.description,
      required: i.name === 'kubeconfig',
    };
  return out;
}

function phaseStep(spec: WorkflowSpec, phase: PhaseName): Record<string, unknown> {
  const fixed = jobFixed(spec, phase);
  const withs: Record<string, unknown> = {};
  for (const i of pipelineInputs(phase)) {
    if (i.name === 'state-dir') withs[i.name] = STATE_DIR;
    else if (i.name in fixed) withs[i.name] = fixed[i.name];
    else if (i.secret) withs[i.name] = ex(`secrets.${i.name}`);
    else withs[i.name] = ex(`inputs.${i.name}`);
  }
  return { name: `k2h ${phase}`, id: 'k2h', uses: `./${K2H_PATH}/${phase}`, with: withs };
}

function job(spec: WorkflowSpec, phase: PhaseName, n: number): Record<string, unknown> {
  const phases = spec.pipeline.phases;
  const gateAt = phases.indexOf('gate');
  const guarded = gateAt >= 0 && n === gateAt + 1;
  const prev = n > 0 ? phases[n - 1] : undefined;
  const beforeGate = gateAt > 0 ? phases[gateAt - 1] : undefined;
  const j: Record<string, unknown> = {};
  if (phase === 'gate') {
    if (prev) j.needs = [prev];
    j.if = ex(`inputs.approval == 'k2h-gate'${prev ? ` && needs.${prev}.result == 'success'` : ''}`);
  } else if (guarded) {
    j.needs = beforeGate ? [beforeGate, 'gate'] : ['gate'];
    // Runs after an approved gate, or with the gate skipped when the Environment's reviewers decide.
    j.if = ex(
      `!cancelled()${beforeGate ? ` && needs.${beforeGate}.result == 'success'` : ''} && (needs.gate.result == 'success' || (inputs.approval == 'environment' && needs.gate.result == 'skipped'))`,
    );
    j.environment = ex(`inputs.approval == 'environment' && inputs.environment || ''`);
  } else if (prev) {
    j.needs = [prev];
    // A skipped gate upstream must not skip the rest of the chain.
    j.if = ex(`!cancelled() && needs.${prev}.result == 'success'`);
  }
  j['runs-on'] = ex('inputs.runs-on');
  // The gate waits for a person; the others are bounded by their own timeouts.
  j['timeout-minutes'] = phase === 'gate' ? 1440 : 120;
  j.outputs = Object.fromEntries(
    ['status', ...PHASES[phase].outputs.map((o) => o.name)].map((o) => [o, ex(`steps.k2h.outputs.${o}`)]),
  );
  const fromMigrationRun = (cond: string) => ({
    name: 'State of the migration run',
    if: ex(cond),
    uses: 'actions/download-artifact@v4',
    with: {
      name: artifactName,
      path: STATE_DIR,
      'run-id': ex('inputs.migration-run-id'),
      'github-token': ex('github.token'),
    },
  });
  const fromThisRun = (cond?: string) => ({
    name: 'State of the previous job',
    ...(cond ? { if: ex(cond) } : {}),
    uses: 'actions/download-artifact@v4',
    with: { name: artifactName, path: STATE_DIR },
  });
  let download: Array<Record<string, unknown>>;
  if (n === 0) download = spec.stateFromEarlierRun ? [fromMigrationRun(`inputs.migration-run-id != ''`)] : [];
  else if (guarded && gateAt === 0 && spec.stateFromEarlierRun)
    // A skipped gate (approval: environment) uploaded nothing in this run: take the migration's state.
    download = [
      fromThisRun(`needs.gate.result == 'success'`),
      fromMigrationRun(`needs.gate.result != 'success' && inputs.migration-run-id != ''`),
    ];
  else download = [fromThisRun()];
  j.steps = [
    // The caller's repository: values files and secret backups it names are paths in it.
    { uses: 'actions/checkout@v4', with: { 'persist-credentials': false } },
    {
      uses: 'actions/checkout@v4',
      with: {
        repository: ex('inputs.k2h-repository'),
        ref: ex('inputs.k2h-ref'),
        path: K2H_PATH,
        'persist-credentials': false,
      },
    },
    ...download,
    phaseStep(spec, phase),
    {
      // Also after a failure: the record written ahead is what a rollback needs.
      name: 'Keep the state (record and PVC backups; never secrets)',
      if: ex('always()'),
      uses: 'actions/upload-artifact@v4',
      with: {
        name: artifactName,
        path: STATE_DIR,
        overwrite: true,
        'if-no-files-found': 'ignore',
        'include-hidden-files': false,
        'retention-days': ex('inputs.state-retention-days'),
      },
    },
  ];
  return j;
}

/** A reusable workflow as an object. */
export function workflowDocument(spec: WorkflowSpec): Record<string, unknown> {
  return {
    name: spec.name,
    on: { workflow_call: { inputs: callInputs(spec), secrets: callSecrets(spec) } },
    permissions: { contents: 'read', actions: 'read' },
    // One migration, rollback or clean-up per cluster at a time; a second waits, none is cancelled.
    concurrency: { group: ex(`format('k2h-{0}', inputs.cluster)`), 'cancel-in-progress': false },
    jobs: Object.fromEntries(spec.pipeline.phases.map((p, n) => [p, job(spec, p, n)])),
  };
}

const HEADER = '# Generated from src/phases (npm run gen:workflows); edit the registry, not this file.\n';

/** The workflow files (unformatted; the generator formats them with prettier). */
export function workflowFiles(): Array<{ path: string; text: string }> {
  return WORKFLOWS.map((w) => ({
    path: w.file,
    text: HEADER + yaml.dump(workflowDocument(w), { lineWidth: 110, noRefs: true, quotingType: "'" }),
  }));
}
