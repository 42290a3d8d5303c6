/**
 * GitHub's own parser for action metadata and workflows (@actions/workflow-parser, the library
 * behind the Actions language service): the errors GitHub would report, as plain strings.
 */
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { convertWorkflowTemplate } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';

const trace = new NoOperationTraceWriter();

/** Errors GitHub's parser finds in an action.yml; [] when it is valid. */
export function actionErrors(name: string, content: string): string[] {
  const result = parseAction({ name, content }, trace);
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (!errors.length && !result.value) errors.push(`${name}: parsed to nothing`);
  return errors;
}

/**
 * Errors GitHub's parser finds in a workflow; [] when it is valid. The template is also converted
 * to the workflow model, which catches errors the schema alone does not (jobs graph, needs).
 */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, trace);
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (!result.value) return errors.length ? errors : [`${name}: parsed to nothing`];
  const template = await convertWorkflowTemplate(result.context, result.value);
  for (const e of template.errors ?? []) errors.push(e.Message);
  return errors;
}
