/**
 * Seed from a capture of a real cluster, so users can rehearse against their own installation:
 * `kubectl get <kinds> -A -o yaml > capture.yaml` (a `kind: List`), several such outputs joined
 * as multi-document YAML, or the same as JSON (`-o json`). Objects are returned as captured,
 * server fields and status included: the sandbox reconciles them when loading.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { KubeObject } from './types';

/** A capture that cannot be used; `problems` lists every offending document or item. */
export class SeedFileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
    this.name = 'SeedFileError';
  }
}

/** Splits YAML text into documents at `---` lines, remembering where each starts (1-based line). */
function splitDocuments(text: string): Array<{ text: string; line: number }> {
  const lines = text.split(/\r?\n/);
  const docs: Array<{ text: string; line: number }> = [];
  let start = 0;
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (/^---(\s|$)/.test(line)) {
      docs.push({ text: current.join('\n'), line: start + 1 });
      // Content after the marker on the same line (`--- {}`) belongs to the next document.
      current = [line.slice(3)];
      start = i;
    } else if (/^\.\.\.\s*$/.test(line)) {
      current.push('');
    } else {
      current.push(line);
    }
  });
  docs.push({ text: current.join('\n'), line: start + 1 });
  // Documents of nothing but blank lines and comments (a leading `---`, a trailing one) are no documents.
  return docs.filter((d) => d.text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#')));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why `item` is not a usable object, or undefined when it is. */
function objectProblem(item: unknown): string | undefined {
  if (!isRecord(item))
    return `is not an object (${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item})`;
  const missing: string[] = [];
  if (typeof item.apiVersion !== 'string' || !item.apiVersion) missing.push('apiVersion');
  if (typeof item.kind !== 'string' || !item.kind) missing.push('kind');
  if (!isRecord(item.metadata) || typeof item.metadata.name !== 'string' || !item.metadata.name) {
    missing.push('metadata.name');
  }
  if (!missing.length) return undefined;
  const what = typeof item.kind === 'string' ? ` (kind ${item.kind})` : '';
  return `lacks ${missing.join(', ')}${what}`;
}

function isList(doc: Record<string, unknown>): boolean {
  return typeof doc.kind === 'string' && doc.kind.endsWith('List') && Array.isArray(doc.items);
}

/**
 * Parses capture text; `source` names it in errors. Lists are flattened into their items.
 * Throws SeedFileError listing every malformed document and every item lacking apiVersion, kind
 * or metadata.name, by document index (1-based) and item index.
 */
export function parseSeed(text: string, source: string): KubeObject[] {
  const problems: string[] = [];
  const parsed: Array<{ doc: unknown; where: string }> = [];
  if (/^\s*[[{]/.test(text)) {
    try {
      parsed.push({ doc: JSON.parse(text), where: 'JSON document' });
    } catch (e) {
      throw new SeedFileError(source, [`malformed JSON: ${(e as Error).message}`]);
    }
  } else {
    splitDocuments(text).forEach((d, i) => {
      const where = `document ${i + 1} (line ${d.line})`;
      try {
        const doc = yaml.load(d.text, { filename: source });
        if (doc !== null && doc !== undefined) parsed.push({ doc, where });
      } catch (e) {
        const reason = e instanceof yaml.YAMLException ? e.reason : (e as Error).message;
        const mark = e instanceof yaml.YAMLException && e.mark ? ` at line ${d.line + e.mark.line}` : '';
        problems.push(`${where}: malformed YAML${mark}: ${reason}`);
      }
    });
  }
  const objects: KubeObject[] = [];
  for (const { doc, where } of parsed) {
    if (isRecord(doc) && isList(doc)) {
      (doc.items as unknown[]).forEach((item, j) => {
        const problem = objectProblem(item);
        if (problem) problems.push(`${where}, item ${j}: ${problem}`);
        else objects.push(item as KubeObject);
      });
    } else {
      const problem = objectProblem(doc);
      if (problem) problems.push(`${where}: ${problem}`);
      else objects.push(doc as KubeObject);
    }
  }
  if (problems.length) throw new SeedFileError(source, problems);
  if (!objects.length) throw new SeedFileError(source, ['holds no Kubernetes objects']);
  return objects;
}

/** Reads a `kubectl get ... -o yaml|json` capture; see parseSeed for the accepted shapes. */
export function loadSeedFile(path: string): KubeObject[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SeedFileError(path, [
      `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    ]);
  }
  return parseSeed(text, path);
}
