/**
 * A Tekton Task per phase, rendered from the phase registry in the tektoncd/catalog layout
 * (tekton/task/k2h-<phase>/0.1/k2h-<phase>.yaml): every non-secret input is a described param that
 * reaches the step as a `PARAM_<NAME>` environment variable (never `$(params.x)` inside the
 * script), secret inputs come from a Secret, the kubeconfig from an optional workspace (the
 * in-cluster service account otherwise), the state dir lives on a workspace, and every output is
 * a result written with printf.
 */
import type { InputSpec } from '../../core/inputs';
import { inputsOf, PHASES } from '../../phases';
import type { PhaseName } from '../../phases/types';
import { K2H_VERSION } from '../../version';
import { outputsOf } from '../action-yml';
import { paramEnvName } from '../tekton';

/** Catalog version of the Tasks and Pipelines. */
export const CATALOG_VERSION = '0.1';
/** The k2h image, pinned to the version these Tasks were generated with (tekton/Dockerfile). */
export const DEFAULT_IMAGE = `ghcr.io/cognigy-k2h/k2h:${K2H_VERSION}`;
/** The non-root user of the image (tekton/Dockerfile). */
export const RUN_AS_USER = 65532;
/** Tekton-only params, added to the registry's. */
export const IMAGE_PARAM = 'k2h-image';
export const KUBECONFIG_FILE_PARAM = 'kubeconfig-file';
export const CREDENTIALS_PARAM = 'credentials-secret';
export const STATE_WORKSPACE = 'state';
export const KUBECONFIG_WORKSPACE = 'kubeconfig';

export const taskName = (phase: PhaseName) => `k2h-${phase}`;

/**
 * Inputs a pipeline never offers: `out-dir` is the terminal's offline mode and writes secret
 * values to disk, which must never land on a shared workspace or in an artifact.
 */
export const PIPELINE_EXCLUDED_INPUTS = new Set(['out-dir']);

/** The inputs a pipeline offers for a phase. */
export function pipelineInputs(phase: PhaseName): InputSpec[] {
  return inputsOf(PHASES[phase]).filter((i) => !PIPELINE_EXCLUDED_INPUTS.has(i.name));
}

/** Inputs that are Task params: all but the kubeconfig (a workspace) and the credentials (a Secret). */
export function paramInputs(phase: PhaseName): InputSpec[] {
  return pipelineInputs(phase).filter((i) => i.name !== 'kubeconfig' && !i.secret);
}

/** Secret inputs: read from keys of the credentials Secret, never params (TaskRuns are readable). */
export function secretInputs(phase: PhaseName): InputSpec[] {
  return pipelineInputs(phase).filter((i) => i.name !== 'kubeconfig' && i.secret);
}

export interface TektonParam {
  name: string;
  type: 'string';
  description: string;
  default?: string;
}

/** The Tekton param of an input: required inputs have no default, others default to '' at least. */
export function paramOf(i: InputSpec): TektonParam {
  const p: TektonParam = {
    name: i.name,
    type: 'string',
    description: `${i.description}${i.choices ? ` One of: ${i.choices.join(', ')}.` : ''}`,
  };
  if (!i.required) p.default = i.default ?? '';
  return p;
}

/** Every param of a phase's Task, the Tekton-only ones last. */
export function taskParams(phase: PhaseName): TektonParam[] {
  const params = paramInputs(phase).map(paramOf);
  params.push({
    name: KUBECONFIG_FILE_PARAM,
    type: 'string',
    description: `File of the kubeconfig in the '${KUBECONFIG_WORKSPACE}' workspace (when that workspace is bound).`,
    default: 'kubeconfig',
  });
  if (secretInputs(phase).length)
    params.push({
      name: CREDENTIALS_PARAM,
      type: 'string',
      description: `Secret holding the credentials under the keys ${secretInputs(phase)
        .map((i) => `'${i.name}'`)
        .join(', ')} (each optional).`,
      default: 'k2h-credentials',
    });
  params.push({
    name: IMAGE_PARAM,
    type: 'string',
    description: 'The k2h image (tekton/Dockerfile): Node 24, helm and the k2h CLI.',
    default: DEFAULT_IMAGE,
  });
  return params;
}

/** The step script: no Tekton variable but the result paths, which Tekton substitutes. */
export function stepScript(phase: PhaseName): string {
  const results = outputsOf(phase).map((o) => o.name);
  return [
    '#!/usr/bin/env sh',
    'set -eu',
    'if [ "${WORKSPACE_KUBECONFIG_BOUND}" = "true" ] ; then',
    '  export PARAM_KUBECONFIG="${WORKSPACE_KUBECONFIG_PATH}/${PARAM_KUBECONFIG_FILE}"',
    'fi',
    'outputs="$(mktemp -d)"',
    'code=0',
    `K2H_RESULTS_DIR="\${outputs}" k2h tekton ${phase} || code=$?`,
    '# Every declared result is written (empty when the phase did not set it), so a Pipeline',
    '# that reads one never fails on a missing file.',
    ...results.map(
      (r) => `printf "%s" "$(cat "\${outputs}/${r}" 2>/dev/null || true)" > "$(results.${r}.path)"`,
    ),
    'exit "${code}"',
    '',
  ].join('\n');
}

/** The Task document of a phase. */
export function taskDocument(phase: PhaseName): Record<string, unknown> {
  const def = PHASES[phase];
  const env: Array<Record<string, unknown>> = paramInputs(phase).map((i) => ({
    name: paramEnvName(i.name),
    value: `$(params.${i.name})`,
  }));
  for (const i of secretInputs(phase))
    env.push({
      name: paramEnvName(i.name),
      valueFrom: { secretKeyRef: { name: `$(params.${CREDENTIALS_PARAM})`, key: i.name, optional: true } },
    });
  env.push(
    { name: paramEnvName(KUBECONFIG_FILE_PARAM), value: `$(params.${KUBECONFIG_FILE_PARAM})` },
    { name: 'WORKSPACE_KUBECONFIG_BOUND', value: `$(workspaces.${KUBECONFIG_WORKSPACE}.bound)` },
    { name: 'WORKSPACE_KUBECONFIG_PATH', value: `$(workspaces.${KUBECONFIG_WORKSPACE}.path)` },
    // helm keeps its cache and registry config under HOME; the image's HOME is the user's.
    { name: 'HOME', value: '/home/k2h' },
  );
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'Task',
    metadata: {
      name: taskName(phase),
      labels: { 'app.kubernetes.io/version': CATALOG_VERSION },
      annotations: {
        'tekton.dev/pipelines.minVersion': '0.50.0',
        'tekton.dev/categories': 'Deployment',
        'tekton.dev/tags': 'cognigy, helm, kubernetes, migration',
        'tekton.dev/displayName': `k2h ${phase}`,
        // The helm of the image comes from a linux/x64-only package (tekton/Dockerfile).
        'tekton.dev/platforms': 'linux/amd64',
      },
    },
    spec: {
      description: `Cognigy.AI Kustomize-to-Helm migration, phase ${phase}: ${def.description}`,
      workspaces: [
        {
          name: STATE_WORKSPACE,
          description:
            'Holds the migration record and PVC backups (state-dir is relative to it); share it between the phases. Never holds secrets.',
        },
        {
          name: KUBECONFIG_WORKSPACE,
          optional: true,
          readOnly: true,
          description:
            'A Secret with a kubeconfig (file kubeconfig-file). Unbound: the service account of the TaskRun.',
        },
      ],
      params: taskParams(phase),
      results: outputsOf(phase).map((o) => ({ name: o.name, type: 'string', description: o.description })),
      steps: [
        {
          name: phase,
          image: `$(params.${IMAGE_PARAM})`,
          workingDir: `$(workspaces.${STATE_WORKSPACE}.path)`,
          env,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: RUN_AS_USER,
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
          },
          script: stepScript(phase),
        },
      ],
    },
  };
}
