/**
 * The values k2h hands to helm besides the user's: the EFS ids prepare-storage recorded (AWS).
 * The user's values win; a user value that contradicts the record is a blocker, found before
 * helm runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { ConfigurationError } from '../../core/errors';

/** The value at a dotted path of a parsed values document. */
export function valueAt(doc: unknown, path: string): unknown {
  let o: unknown = doc;
  for (const p of path.split('.')) {
    if (!o || typeof o !== 'object') return undefined;
    o = (o as Record<string, unknown>)[p];
  }
  return o;
}

/** Reads and parses the user's values files; a missing or malformed one is a ConfigurationError. */
export function readValuesFiles(
  files: string[],
  inputName = 'values',
): Array<{ file: string; doc: unknown; text: string }> {
  return files.map((file) => {
    if (!existsSync(file))
      throw new ConfigurationError(`the ${inputName} file '${file}' does not exist; nothing was changed.`);
    const text = readFileSync(file, 'utf8');
    let doc: unknown;
    try {
      doc = yaml.load(text);
    } catch (err) {
      // js-yaml quotes the offending lines; values files hold passwords, so only the position is told.
      const mark = (err as { mark?: { line: number; column: number } }).mark;
      const where = mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : '';
      throw new ConfigurationError(
        `the ${inputName} file '${file}' is not valid YAML${where}; fix it and re-run. Nothing was changed.`,
      );
    }
    if (doc !== undefined && doc !== null && (typeof doc !== 'object' || Array.isArray(doc)))
      throw new ConfigurationError(
        `the ${inputName} file '${file}' must hold a YAML mapping of chart values; nothing was changed.`,
      );
    return { file, doc, text };
  });
}

/**
 * `--set` pairs for the recorded values the user did not set, and the contradictions: a recorded
 * value the user's files set differently (the last file wins, as in helm).
 */
export function recordedValues(
  recorded: Record<string, string>,
  userDocs: unknown[],
): { set: Record<string, string>; contradictions: string[]; fromUser: string[] } {
  const set: Record<string, string> = {};
  const contradictions: string[] = [];
  const fromUser: string[] = [];
  for (const [path, value] of Object.entries(recorded)) {
    let user: unknown;
    for (const d of userDocs) {
      const v = valueAt(d, path);
      if (v !== undefined && v !== null && v !== '') user = v;
    }
    if (user === undefined) set[path] = value;
    else if (String(user) !== value)
      contradictions.push(
        `${path} is '${String(user)}' in the values, but the volume k2h rebound is on '${value}'`,
      );
    else fromUser.push(path);
  }
  return { set, contradictions, fromUser };
}

/** A digest of what helm is asked to install (chart, version, values, sets): nothing readable. */
export function installDigest(parts: {
  chart: string;
  version: string;
  texts: string[];
  set: Record<string, string>;
}): string {
  const h = createHash('sha256');
  h.update(parts.chart).update('\0').update(parts.version).update('\0');
  for (const t of parts.texts) h.update(t).update('\0');
  for (const [k, v] of Object.entries(parts.set).sort()) h.update(`${k}=${v}\0`);
  return h.digest('hex').slice(0, 32);
}
