/**
 * The Pipelines that chain the phase Tasks: k2h-migration, k2h-rollback and k2h-cleanup. Their
 * params are the union of their Tasks' params (same names, so a PipelineRun reads like the CLI),
 * every Task shares the state and kubeconfig workspaces, and the phases' own results surface as
 * Pipeline results.
 */
import type { PhaseName } from '../../phases/types';
import { PHASES } from '../../phases';
import {
  CATALOG_VERSION,
  KUBECONFIG_WORKSPACE,
  STATE_WORKSPACE,
  taskName,
  taskParams,
  type TektonParam,
} from './task';

export interface PipelineSpec {
  name: string;
  description: string;
  /** Phases in order; each runs after the one before. */
  phases: PhaseName[];
  /** Params a Task gets as literals rather than from the Pipeline's params (the gate's `for`). */
  fixed?: Partial<Record<PhaseName, Record<string, string>>>;
}

/** The three Pipelines. The gate phase stands before every phase that takes the application down or undoes. */
export const PIPELINES: PipelineSpec[] = [
  {
    name: 'k2h-migration',
    description:
      'The forward migration: checks, secrets and storage prepared while the application runs, then an approval, the downtime and the Helm install.',
    phases: ['preflight', 'migrate-secrets', 'prepare-storage', 'gate', 'downtime', 'helm-install'],
    fixed: { gate: { for: 'downtime' } },
  },
  {
    name: 'k2h-rollback',
    description: 'Back to the kustomize installation from the migration record, after an approval.',
    phases: ['gate', 'rollback'],
    fixed: { gate: { for: 'rollback' } },
  },
  {
    name: 'k2h-cleanup',
    description: 'Removes the kustomize leftovers once the Helm release is healthy, after an approval.',
    phases: ['gate', 'cleanup'],
    fixed: { gate: { for: 'cleanup' } },
  },
];

/** Input of a guarded phase saying the platform, not the k2h gate, approved it. */
export const PLATFORM_APPROVAL_INPUT = 'approved-by-platform';

/** The phase the gate guards (the one after it), if the chain has a gate. */
export function guardedBy(spec: PipelineSpec): PhaseName | undefined {
  const at = spec.phases.indexOf('gate');
  return at >= 0 ? spec.phases[at + 1] : undefined;
}

/**
 * Params a Task of the chain gets as literals: the spec's, and for the guarded phase
 * `approved-by-platform: false` (in Tekton the k2h gate always approves).
 */
export function fixedParams(spec: PipelineSpec, phase: PhaseName): Record<string, string> {
  const fixed = { ...(spec.fixed?.[phase] ?? {}) };
  if (phase === guardedBy(spec) && PHASES[phase].inputs.some((i) => i.name === PLATFORM_APPROVAL_INPUT))
    fixed[PLATFORM_APPROVAL_INPUT] = 'false';
  return fixed;
}

const isFixed = (spec: PipelineSpec, phase: PhaseName, param: string) => param in fixedParams(spec, phase);

/** The union of the Tasks' params that are not fixed, first declaration wins. */
export function pipelineParams(spec: PipelineSpec): TektonParam[] {
  const seen = new Map<string, TektonParam>();
  for (const phase of spec.phases)
    for (const p of taskParams(phase))
      if (!isFixed(spec, phase, p.name) && !seen.has(p.name)) seen.set(p.name, p);
  return [...seen.values()];
}

/** Results of the Pipeline: every phase-specific output of its Tasks (status and state-dir stay per Task). */
export function pipelineResults(
  spec: PipelineSpec,
): Array<{ name: string; phase: PhaseName; output: string }> {
  const all = spec.phases.flatMap((phase) => PHASES[phase].outputs.map((o) => ({ phase, output: o.name })));
  return all.map(({ phase, output }) => ({
    name: all.filter((x) => x.output === output).length > 1 ? `${phase}-${output}` : output,
    phase,
    output,
  }));
}

export function pipelineDocument(spec: PipelineSpec): Record<string, unknown> {
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'Pipeline',
    metadata: {
      name: spec.name,
      labels: { 'app.kubernetes.io/version': CATALOG_VERSION },
      annotations: {
        'tekton.dev/pipelines.minVersion': '0.50.0',
        'tekton.dev/categories': 'Deployment',
        'tekton.dev/tags': 'cognigy, helm, kubernetes, migration',
        'tekton.dev/displayName': spec.name,
        // The helm of the image comes from a linux/x64-only package (tekton/Dockerfile).
        'tekton.dev/platforms': 'linux/amd64',
      },
    },
    spec: {
      description: `${spec.description} Phases: ${spec.phases.join(' -> ')}.`,
      params: pipelineParams(spec),
      workspaces: [
        {
          name: STATE_WORKSPACE,
          description: 'The migration record and PVC backups, shared by every phase.',
        },
        {
          name: KUBECONFIG_WORKSPACE,
          optional: true,
          description: 'A Secret with a kubeconfig. Unbound: the service account of the PipelineRun.',
        },
      ],
      results: pipelineResults(spec).map((r) => ({
        name: r.name,
        description: PHASES[r.phase].outputs.find((o) => o.name === r.output)!.description,
        value: `$(tasks.${r.phase}.results.${r.output})`,
      })),
      tasks: spec.phases.map((phase, n) => ({
        name: phase,
        taskRef: { name: taskName(phase) },
        ...(n > 0 ? { runAfter: [spec.phases[n - 1]] } : {}),
        params: taskParams(phase).map((p) => ({
          name: p.name,
          value: isFixed(spec, phase, p.name) ? fixedParams(spec, phase)[p.name] : `$(params.${p.name})`,
        })),
        workspaces: [
          { name: STATE_WORKSPACE, workspace: STATE_WORKSPACE },
          { name: KUBECONFIG_WORKSPACE, workspace: KUBECONFIG_WORKSPACE },
        ],
      })),
    },
  };
}
