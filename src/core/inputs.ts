import yaml from 'js-yaml';
/**
 * Input declarations. Every phase declares its inputs once (see phases/index.ts); the GitHub
 * action.yml, the CLI flags and the Tekton params are all derived from or checked against them.
 */
import { InputError } from './errors';
import { nameProblem, type NameFormat } from './names';

export type InputType = 'string' | 'boolean' | 'number';

export interface InputSpec {
  /** kebab-case; the action input, the CLI flag `--<name>` and the Tekton param share it. */
  name: string;
  description: string;
  type?: InputType;
  /** Default as text, exactly as it appears in action.yml. */
  default?: string;
  required?: boolean;
  /**
   * Value is a credential: masked as soon as it is read. A function picks the credentials out of
   * a larger value (a kubeconfig: its tokens and keys, not every line of it).
   */
  secret?: boolean | ((value: string) => string[]);
  /** Allowed values, when the input is an enumeration. */
  choices?: string[];
  /** Extra CLI spellings (e.g. `from-dir` for `secrets-dir`). */
  aliases?: string[];
  /** A Kubernetes/Helm name: checked against its rule when parsed. */
  format?: NameFormat;
}

/** Inputs every phase shares, named the same everywhere. */
export const COMMON_INPUTS: InputSpec[] = [
  {
    name: 'kubeconfig',
    description:
      'Kubeconfig content or path to a kubeconfig file. Empty: $KUBECONFIG, ~/.kube/config, or the in-cluster service account.',
    secret: kubeconfigCredentials,
  },
  { name: 'context', description: 'Kubeconfig context to use. Empty: the current context.' },
  {
    name: 'source-namespace',
    description: 'Namespace of the Cognigy.AI kustomize installation.',
    default: 'default',
    format: 'namespace',
  },
  {
    name: 'target-namespace',
    description: 'Namespace of the Cognigy.AI Helm release.',
    default: 'cognigy-ai',
    format: 'namespace',
  },
  {
    name: 'release',
    description: 'Name of the Cognigy.AI Helm release.',
    default: 'cognigy-ai',
    format: 'release',
  },
  {
    name: 'state-dir',
    description:
      'Directory holding the migration record and PVC backups (carried between phases as an artifact).',
    default: 'k2h-state',
  },
  {
    name: 'dry-run',
    description: 'Print the plan and change nothing.',
    type: 'boolean',
    default: 'false',
  },
];

/** Parsed values, keyed by input name. */
export type InputValues = Record<string, string | boolean | number | undefined>;

/** Where raw values come from: a function from input name to raw text ('' or undefined = unset). */
export type RawInputSource = (name: string) => string | undefined;

const TRUE = new Set(['true', 'yes', '1', 'on']);
const FALSE = new Set(['false', 'no', '0', 'off', '']);

/**
 * Reads and validates inputs. Reports every invalid input at once (an InputError naming each
 * input as `--name`: the front door respells it).
 * `mask` is called with each secret value as soon as it is read.
 */
export function parseInputs(specs: InputSpec[], raw: RawInputSource, mask: (v: string) => void): InputValues {
  const out: InputValues = {};
  const problems: string[] = [];
  for (const spec of specs) {
    let text = raw(spec.name);
    if (text === undefined || text === '') text = spec.default;
    if (text === undefined || text === '') {
      if (spec.required) problems.push(`--${spec.name} is required: ${spec.description}`);
      out[spec.name] = spec.type === 'boolean' ? false : undefined;
      continue;
    }
    if (typeof spec.secret === 'function') for (const v of spec.secret(text)) mask(v);
    else if (spec.secret) mask(text);
    switch (spec.type ?? 'string') {
      case 'boolean': {
        const t = text.trim().toLowerCase();
        if (TRUE.has(t)) out[spec.name] = true;
        else if (FALSE.has(t)) out[spec.name] = false;
        else problems.push(`--${spec.name} must be true or false, got '${spec.secret ? '***' : text}'`);
        break;
      }
      case 'number': {
        const n = Number(text);
        if (!Number.isFinite(n)) problems.push(`--${spec.name} must be a number, got '${text}'`);
        else out[spec.name] = n;
        break;
      }
      default:
        if (spec.choices && !spec.choices.includes(text))
          problems.push(`--${spec.name} must be one of ${spec.choices.join(', ')}; got '${text}'`);
        else if (spec.format && nameProblem(spec.format, text))
          problems.push(`--${spec.name} ${nameProblem(spec.format, text)}; got '${text}'`);
        else out[spec.name] = text;
    }
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

/** kebab-case name -> PARAM_UPPER_SNAKE (Tekton) / INPUT_UPPER (GitHub) suffix. */
export function upperSnake(name: string): string {
  return name.replace(/-/g, '_').toUpperCase();
}

/**
 * The credentials in a kubeconfig given as content: tokens, passwords, client keys and
 * certificates, auth-provider settings, exec environment values. A path gives none (the file is
 * read later); content that does not parse is masked whole, to be safe. Masking every line of a
 * kubeconfig would blank out words like `cluster:` in every message.
 */
export function kubeconfigCredentials(text: string): string[] {
  if (!text.includes('\n') && !text.includes(':')) return [];
  let doc: any;
  try {
    doc = yaml.load(text);
  } catch {
    return [text];
  }
  if (!doc || typeof doc !== 'object') return text.includes('\n') ? [text] : [];
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) out.push(v);
  };
  for (const u of Array.isArray(doc.users) ? doc.users : []) {
    const user = u?.user ?? {};
    for (const k of ['token', 'password', 'client-key-data', 'client-certificate-data']) add(user[k]);
    for (const v of Object.values(user['auth-provider']?.config ?? {})) add(v);
    for (const e of Array.isArray(user.exec?.env) ? user.exec.env : []) add(e?.value);
  }
  return out;
}
