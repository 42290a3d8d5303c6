/**
 * Structural JSON schemas of Tekton's v1 Task, Pipeline, TaskRun and PipelineRun, built at test
 * time from the field lists of Tekton's Go API types (tektoncd/pipeline pkg/apis/pipeline/v1:
 * TaskSpec, Step, ParamSpec, WorkspaceDeclaration, TaskResult, PipelineSpec, PipelineTask,
 * PipelineResult, TaskRunSpec, PipelineRunSpec, WorkspaceBinding). Every Tekton object is closed
 * (additionalProperties: false), so a misspelt or misplaced field fails as the API server's
 * strict field validation would; the Kubernetes core types inside (securityContext, volumes,
 * podTemplate) are left open.
 */
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const open: Schema = { type: 'object' };
const DNS_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
/** Tekton's param/result name rule: letters, digits, '-', '_', '.'; starting with a letter or '_'. */
const PARAM_NAME = '^[a-zA-Z_][a-zA-Z0-9_.-]*$';
const RESULT_NAME = '^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$';

function closed(properties: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', properties, required, additionalProperties: false };
}
const list = (items: Schema): Schema => ({ type: 'array', items });
const paramValue: Schema = { anyOf: [str, list(str), { type: 'object', additionalProperties: str }] };
const param = closed({ name: { type: 'string', pattern: PARAM_NAME }, value: paramValue }, ['name', 'value']);

const paramSpec = closed(
  {
    name: { type: 'string', pattern: PARAM_NAME },
    description: str,
    type: { enum: ['string', 'array', 'object'] },
    properties: open,
    default: paramValue,
    enum: list(str),
  },
  ['name'],
);
const envVar = closed(
  {
    name: { type: 'string', minLength: 1 },
    value: str,
    valueFrom: closed({
      secretKeyRef: closed({ name: str, key: str, optional: bool }, ['key']),
      configMapKeyRef: closed({ name: str, key: str, optional: bool }, ['key']),
      fieldRef: open,
      resourceFieldRef: open,
    }),
  },
  ['name'],
);
const step = closed(
  {
    name: { type: 'string', pattern: DNS_LABEL },
    displayName: str,
    image: str,
    command: list(str),
    args: list(str),
    workingDir: str,
    env: list(envVar),
    envFrom: list(open),
    computeResources: open,
    volumeMounts: list(open),
    volumeDevices: list(open),
    imagePullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] },
    securityContext: open,
    script: str,
    timeout: str,
    workspaces: list(open),
    onError: { enum: ['continue', 'stopAndFail'] },
    stdoutConfig: closed({ path: str }),
    stderrConfig: closed({ path: str }),
    ref: open,
    params: list(param),
    results: list(open),
    when: list(open),
  },
  [],
);
const workspaceDeclaration = closed(
  {
    name: { type: 'string', pattern: DNS_LABEL },
    description: str,
    mountPath: str,
    readOnly: bool,
    optional: bool,
  },
  ['name'],
);
const taskResult = closed(
  {
    name: { type: 'string', pattern: RESULT_NAME },
    type: { enum: ['string', 'array', 'object'] },
    properties: open,
    description: str,
    value: paramValue,
  },
  ['name'],
);
const taskSpec = closed({
  displayName: str,
  description: str,
  params: list(paramSpec),
  steps: { ...list(step), minItems: 1 },
  volumes: list(open),
  stepTemplate: open,
  sidecars: list(open),
  workspaces: list(workspaceDeclaration),
  results: list(taskResult),
});
const metadata = closed(
  {
    name: { type: 'string', pattern: DNS_LABEL, maxLength: 63 },
    generateName: str,
    namespace: str,
    labels: { type: 'object', additionalProperties: str },
    annotations: { type: 'object', additionalProperties: str },
  },
  [],
);
const ref = closed({ name: str, kind: str, apiVersion: str, resolver: str, params: list(param) });
const pipelineTask = closed(
  {
    name: { type: 'string', pattern: DNS_LABEL },
    displayName: str,
    description: str,
    taskRef: ref,
    taskSpec: open,
    when: list(closed({ input: str, operator: { enum: ['in', 'notin'] }, values: list(str), cel: str })),
    retries: { type: 'integer' },
    runAfter: list(str),
    matrix: open,
    params: list(param),
    workspaces: list(closed({ name: str, workspace: str, subPath: str }, ['name'])),
    timeout: str,
    onError: { enum: ['continue', 'stopAndFail'] },
    pipelineRef: ref,
    pipelineSpec: open,
  },
  ['name'],
);
const pipelineSpec = closed({
  displayName: str,
  description: str,
  tasks: { ...list(pipelineTask), minItems: 1 },
  params: list(paramSpec),
  workspaces: list(closed({ name: str, description: str, optional: bool }, ['name'])),
  results: list(
    closed(
      { name: { type: 'string', pattern: RESULT_NAME }, type: str, description: str, value: paramValue },
      ['name', 'value'],
    ),
  ),
  finally: list(pipelineTask),
});
const workspaceBinding = closed(
  {
    name: str,
    subPath: str,
    volumeClaimTemplate: open,
    persistentVolumeClaim: closed({ claimName: str, readOnly: bool }, ['claimName']),
    emptyDir: open,
    configMap: open,
    secret: open,
    projected: open,
    csi: open,
  },
  ['name'],
);
const taskRunSpec = closed({
  debug: open,
  params: list(param),
  serviceAccountName: str,
  taskRef: ref,
  taskSpec,
  status: str,
  statusMessage: str,
  retries: { type: 'integer' },
  timeout: str,
  podTemplate: open,
  workspaces: list(workspaceBinding),
  stepSpecs: list(open),
  sidecarSpecs: list(open),
  computeResources: open,
});
const pipelineRunSpec = closed({
  pipelineRef: ref,
  pipelineSpec,
  params: list(param),
  status: str,
  timeouts: closed({ pipeline: str, tasks: str, finally: str }),
  taskRunTemplate: closed({ podTemplate: open, serviceAccountName: str }),
  workspaces: list(workspaceBinding),
  taskRunSpecs: list(open),
});

const object = (kind: string, spec: Schema): Schema =>
  closed({ apiVersion: { const: 'tekton.dev/v1' }, kind: { const: kind }, metadata, spec }, [
    'apiVersion',
    'kind',
    'metadata',
    'spec',
  ]);

/** The schema of each Tekton v1 kind. */
export const TEKTON_V1_SCHEMAS: Record<string, Schema> = {
  Task: object('Task', taskSpec),
  Pipeline: object('Pipeline', pipelineSpec),
  TaskRun: object('TaskRun', taskRunSpec),
  PipelineRun: object('PipelineRun', pipelineRunSpec),
};
