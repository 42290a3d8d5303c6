/**
 * The secret migration of the kustomize-to-Helm runbook, as pure functions: what Cognigy's
 * secret-migration.py produces for every secret it handles, with its quirks fixed (see
 * `migrateSecrets`). File I/O lives only in `readSecretsDir` / `writeSecretsDir`.
 *
 * Nothing here ever puts a secret value into a message, a description or an error: problems name
 * the secret, the file or the data key, never the content.
 */
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import yaml from 'js-yaml';
import { ConfigurationError } from '../core/errors';
import { checkServiceConnectionString, parseMongoUrl } from './connection-string';
import { LAST_APPLIED, SERVER_METADATA_FIELDS } from '../kube/manifest';
import { profileFor, secretGroupMetadata, secretsToMigrate, type SecretSpec } from './profile';

/** Metadata of a Secret; server-populated fields may be present on input and are stripped on output. */
export interface KubeSecretMetadata {
  name: string;
  namespace?: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  [field: string]: unknown;
}

/** A Secret manifest as a plain object (the shape of `kubectl get secret -o yaml`). */
export interface KubeSecret {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: KubeSecretMetadata;
  type?: string;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  immutable?: boolean;
}

/** A secret the profile expects but the input lacks, with the backup file the runbook names. */
export interface MissingSecret {
  name: string;
  file: string;
}

/** A secret present but unusable; `problem` never contains a value. */
export interface InvalidSecret {
  name: string;
  problem: string;
}

/** Input of `migrateSecrets`. */
export interface MigrateSecretsInput {
  /** The kustomize installation's secrets by `metadata.name` (live or read from backups). */
  secrets: ReadonlyMap<string, KubeSecret>;
  /** Product (= chart) version; picks the official script's lists. */
  version: string;
  /** Helm release that will own the secrets (the official script hard-codes `cognigy-ai`). */
  release: string;
  /** Target namespace. */
  namespace: string;
  /** Cognigy Apps enabled: also migrate cognigy-service-app-session-manager. */
  cognigyApps?: boolean;
  /**
   * Exactly the official script's lists (offline review). Without it, the secrets the script leaves
   * behind but the chart would re-create with new random values (SecretSpec.beyondScript) are
   * migrated too when they exist.
   */
  officialParity?: boolean;
}

/** Result of `migrateSecrets`. Apply `secrets` only when `missing` and `invalid` are both empty. */
export interface MigrateSecretsResult {
  /** Ready-to-apply manifests for every expected secret that was present and valid, in profile order. */
  secrets: KubeSecret[];
  /** Every expected secret absent from the input (all of them, not just the first). */
  missing: MissingSecret[];
  /** Every present secret that cannot be migrated as it is (one entry per problem). */
  invalid: InvalidSecret[];
  /** Names in `secrets` that the official script at this version does not migrate (say so). */
  beyondScript: string[];
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Migrates the kustomize installation's secrets for the Helm release, like Cognigy's
 * secret-migration.py (`-ns <namespace> [-cognigyApps]`) for the given product version, but:
 * - ownership annotations/labels are merged into the existing ones (the script replaces the maps);
 * - server fields (uid, resourceVersion, creationTimestamp, managedFields, selfLink, generation,
 *   ownerReferences, deletion*, status) and the last-applied annotation are stripped;
 * - `release` replaces the hard-coded `cognigy-ai`;
 * - every missing secret is reported, instead of a crash on the first;
 * - data keys, base64 and the service connection strings are validated; `stringData` is folded
 *   into `data` (so the analytics rename also works on it); null values become "".
 *
 * @throws ConfigurationError for a bad version, release or namespace (inputs, never secret).
 */
export function migrateSecrets(input: MigrateSecretsInput): MigrateSecretsResult {
  const profile = profileFor(input.version);
  if (!DNS_LABEL.test(input.namespace) || input.namespace.length > 63) {
    throw new ConfigurationError(
      `namespace ${JSON.stringify(input.namespace)} is not a valid Kubernetes namespace name`,
    );
  }
  if (!DNS_LABEL.test(input.release) || input.release.length > 53) {
    throw new ConfigurationError(
      `release ${JSON.stringify(input.release)} is not a valid Helm release name (lowercase letters, digits, '-', at most 53)`,
    );
  }
  const result: MigrateSecretsResult = { secrets: [], missing: [], invalid: [], beyondScript: [] };
  for (const spec of secretsToMigrate(profile, input.cognigyApps ?? false, input.officialParity ?? false)) {
    const source = input.secrets.get(spec.name);
    if (!source) {
      // Beyond the script: migrated when it exists, absent is fine (the chart creates one).
      if (!spec.beyondScript) result.missing.push({ name: spec.name, file: spec.file });
      continue;
    }
    if (spec.beyondScript) result.beyondScript.push(spec.name);
    const { secret, problems } = migrateOne(spec, source, input.release, input.namespace);
    if (problems.length > 0)
      result.invalid.push(...problems.map((problem) => ({ name: spec.name, problem })));
    else result.secrets.push(secret);
  }
  return result;
}

function migrateOne(
  spec: SecretSpec,
  source: KubeSecret,
  release: string,
  namespace: string,
): { secret: KubeSecret; problems: string[] } {
  const problems: string[] = [];
  // Live objects from a list call carry no apiVersion/kind; only a wrong one is a problem.
  if (
    (source.kind !== undefined && source.kind !== 'Secret') ||
    (source.apiVersion !== undefined && source.apiVersion !== 'v1')
  ) {
    problems.push('is not a v1 Secret manifest');
  }
  if (!isRecord(source.metadata) || source.metadata.name !== spec.name) {
    problems.push(`the manifest's metadata.name is not "${spec.name}"`);
  }

  const data = normaliseData(source, problems);
  for (const key of spec.keys) if (!(key in data)) problems.push(`has no data key "${key}"`);

  const to = spec.renameTo ?? spec.name;
  if (spec.connectionString && spec.connectionString.key in data) {
    const key = spec.connectionString.key;
    const url = decode(data[key]);
    for (const p of checkServiceConnectionString(url, spec.connectionString))
      problems.push(`data key "${key}" ${p}`);
    if (spec.renameTo) {
      // As the script: every occurrence of the old database name (user, database, authSource)
      // becomes the new one; the Helm chart's users and databases carry the new names.
      const oldDb = spec.name.replace(/^cognigy-/, '');
      const newDb = spec.renameTo.replace(/^cognigy-/, '');
      data[key] = Buffer.from(url.split(oldDb).join(newDb), 'utf8').toString('base64');
    }
  }

  const meta = isRecord(source.metadata) ? source.metadata : ({ name: spec.name } as KubeSecretMetadata);
  const own = secretGroupMetadata(spec.group, release, namespace);
  const metadata: KubeSecretMetadata = { name: to, namespace };
  for (const [k, v] of Object.entries(meta)) {
    if (k === 'name' || k === 'namespace' || k === 'annotations' || k === 'labels') continue;
    if ((SERVER_METADATA_FIELDS as readonly string[]).includes(k)) continue;
    metadata[k] = v;
  }
  const annotations = { ...stringMap(meta.annotations), ...own.annotations };
  delete annotations[LAST_APPLIED];
  const labels = { ...stringMap(meta.labels), ...own.labels };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  if (Object.keys(labels).length > 0) metadata.labels = labels;

  const secret: KubeSecret = { apiVersion: 'v1', kind: 'Secret', metadata };
  if (source.type !== undefined) secret.type = source.type;
  secret.data = data;
  if (source.immutable !== undefined)
    secret.immutable = source.immutable === true || String(source.immutable) === 'true';
  return { secret, problems };
}

/** `data` + `stringData` (which wins, as in the API server) as base64, null as "". */
function normaliseData(source: KubeSecret, problems: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (source.data !== undefined && source.data !== null && !isRecord(source.data))
    problems.push('has a data field that is not a map');
  for (const [k, v] of Object.entries(isRecord(source.data) ? source.data : {})) {
    const value = v === null || v === undefined ? '' : String(v);
    // Go's decoder (API server) skips line breaks inside base64; so do we when checking.
    if (!BASE64.test(value.replace(/[\r\n]/g, ''))) problems.push(`data key "${k}" is not valid base64`);
    out[k] = value;
  }
  if (source.stringData !== undefined && source.stringData !== null && !isRecord(source.stringData)) {
    problems.push('has a stringData field that is not a map');
  }
  for (const [k, v] of Object.entries(isRecord(source.stringData) ? source.stringData : {})) {
    out[k] = Buffer.from(v === null || v === undefined ? '' : String(v), 'utf8').toString('base64');
  }
  return out;
}

// ---- offline mode: backup directory in, manifests out ----------------------------------------

/** A file that could not be used; `problem` never contains file content. */
export interface SecretFileError {
  file: string;
  problem: string;
}

/** Result of `readSecretsDir`. */
export interface ReadSecretsDirResult {
  /** Parsed secrets by expected secret name. */
  secrets: Map<string, KubeSecret>;
  /** Expected secrets without a backup file. */
  missing: MissingSecret[];
  /** Files present but unusable (malformed YAML, not a Secret, wrong name, unreadable). */
  errors: SecretFileError[];
}

/**
 * Reads the runbook's backup folder: one Secret manifest per file, named as the official script
 * expects (`<name>.yaml`, except `redis-password.yaml` and `redis-persistent.password.yaml`).
 * `kubectl get secret X -o yaml` output (with server fields) works. As a convenience a file named
 * `<secret-name>.yaml` is accepted when the runbook's file name is absent (the two Redis secrets).
 * A `kubectl get secrets -o yaml` List works too: `dir` may name that file, or the folder may
 * hold it; a secret without its own file is taken from a List in the folder.
 *
 * YAML is parsed with the failsafe schema so every scalar stays a string, exactly as Kubernetes
 * means it (a base64 value like `1234` must not become a number).
 *
 * @param names the secrets to read, usually `secretsToMigrate(profile, cognigyApps)`.
 */
export async function readSecretsDir(
  dir: string,
  names: ReadonlyArray<Pick<SecretSpec, 'name' | 'file'>>,
): Promise<ReadSecretsDirResult> {
  const result: ReadSecretsDirResult = { secrets: new Map(), missing: [], errors: [] };
  const st = await stat(dir).catch(() => undefined);
  if (!st)
    throw new ConfigurationError(
      `the secrets backup ${dir} does not exist: pass --secrets-dir with the folder of the backups (one \`kubectl get secret NAME -o yaml\` file per secret) or one \`kubectl get secrets -o yaml\` List file`,
    );
  const listed = await readSecretLists(dir, st.isDirectory(), result.errors);
  for (const spec of names) {
    const fromList = listed.get(spec.name);
    if (!st.isDirectory()) {
      if (fromList) result.secrets.set(spec.name, fromList);
      else result.missing.push({ name: spec.name, file: `${path.basename(dir)} (item ${spec.name})` });
      continue;
    }
    const candidates = [...new Set([spec.file, `${spec.name}.yaml`])];
    let text: string | undefined;
    let file = spec.file;
    let readError: string | undefined;
    for (const candidate of candidates) {
      try {
        text = await readFile(path.join(dir, candidate), 'utf8');
        file = candidate;
        break;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') continue;
        file = candidate;
        readError = `cannot be read (${code ?? 'error'})`;
        break;
      }
    }
    if (readError) {
      result.errors.push({ file, problem: readError });
      continue;
    }
    if (text === undefined) {
      if (fromList) result.secrets.set(spec.name, fromList);
      else result.missing.push({ name: spec.name, file: spec.file });
      continue;
    }
    const parsed = parseSecretManifest(text);
    if ('problem' in parsed && fromList) {
      // e.g. the file is itself a List holding this secret.
      result.secrets.set(spec.name, fromList);
      continue;
    }
    if ('problem' in parsed) {
      result.errors.push({ file, problem: parsed.problem });
      continue;
    }
    if (parsed.secret.metadata.name !== spec.name) {
      result.errors.push({ file, problem: `holds a Secret not named "${spec.name}"` });
      continue;
    }
    result.secrets.set(spec.name, parsed.secret);
  }
  return result;
}

/**
 * The Secrets of every `kind: List` / `SecretList` file: `dir` itself when it is a file, else the
 * folder's `*.yaml` / `*.yml` files (single-Secret files are left to the per-secret lookup).
 */
async function readSecretLists(
  dir: string,
  isDir: boolean,
  errors: SecretFileError[],
): Promise<Map<string, KubeSecret>> {
  const out = new Map<string, KubeSecret>();
  const files = isDir
    ? (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f))
    : [dir];
  for (const file of files) {
    let doc: unknown;
    try {
      doc = yaml.load(await readFile(file, 'utf8'), { schema: yaml.FAILSAFE_SCHEMA });
    } catch {
      // A broken single-Secret file is reported by the per-secret lookup; a broken List file here.
      if (!isDir) errors.push({ file: path.basename(file), problem: 'is not valid YAML' });
      continue;
    }
    if (!isRecord(doc) || (doc.kind !== 'List' && doc.kind !== 'SecretList')) {
      if (!isDir && !(isRecord(doc) && doc.kind === 'Secret'))
        errors.push({
          file: path.basename(file),
          problem: 'is not a Secret List (`kubectl get secrets -o yaml`)',
        });
      else if (!isDir && isRecord(doc)) {
        const one = parseSecretManifest(yaml.dump(doc));
        if ('secret' in one) out.set(one.secret.metadata.name, one.secret);
      }
      continue;
    }
    const items = Array.isArray(doc.items) ? doc.items : [];
    items.forEach((item, n) => {
      if (!isRecord(item) || (item.kind !== undefined && item.kind !== 'Secret')) return;
      // Items of `kubectl get secrets -o yaml` carry kind and apiVersion; be lenient when absent.
      const parsed = parseSecretManifest(yaml.dump({ apiVersion: 'v1', kind: 'Secret', ...item }));
      // In a folder, an unusable item is reported as its secret's missing or broken file.
      if ('problem' in parsed) {
        if (!isDir) errors.push({ file: `${path.basename(file)} item ${n + 1}`, problem: parsed.problem });
      } else if (!out.has(parsed.secret.metadata.name)) out.set(parsed.secret.metadata.name, parsed.secret);
    });
  }
  return out;
}

/**
 * Parses one Secret manifest. Errors carry a line/column at most: js-yaml's own messages quote the
 * offending lines, which would print secrets.
 */
export function parseSecretManifest(text: string): { secret: KubeSecret } | { problem: string } {
  let doc: unknown;
  try {
    doc = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
  } catch (err) {
    const mark = (err as { mark?: { line?: number; column?: number } }).mark;
    const where =
      mark && typeof mark.line === 'number'
        ? ` at line ${mark.line + 1}, column ${(mark.column ?? 0) + 1}`
        : '';
    const multi = /expected a single document/.test((err as { reason?: string }).reason ?? '');
    return {
      problem: multi
        ? 'holds more than one YAML document; expected a single Secret manifest'
        : `is not valid YAML${where}`,
    };
  }
  if (!isRecord(doc)) return { problem: 'is not a Kubernetes manifest (expected a mapping)' };
  if (doc.kind !== 'Secret') {
    return {
      problem:
        doc.kind === 'List' || doc.kind === 'SecretList'
          ? 'holds a list; expected a single Secret manifest (`kubectl get secret NAME -o yaml`)'
          : 'is not a Secret manifest (kind is not Secret)',
    };
  }
  if (doc.apiVersion !== 'v1') return { problem: 'is not a v1 Secret manifest (apiVersion is not v1)' };
  if (!isRecord(doc.metadata) || typeof doc.metadata.name !== 'string' || doc.metadata.name === '') {
    return { problem: 'has no metadata.name' };
  }
  for (const field of ['annotations', 'labels'] as const) {
    const m = doc.metadata[field];
    if (
      m !== undefined &&
      m !== null &&
      (!isRecord(m) || Object.values(m).some((v) => typeof v !== 'string' && v !== null))
    ) {
      return { problem: `has metadata.${field} that is not a map of strings` };
    }
  }
  for (const field of ['data', 'stringData'] as const) {
    const m = doc[field];
    if (
      m !== undefined &&
      m !== null &&
      (!isRecord(m) || Object.values(m).some((v) => typeof v !== 'string' && v !== null))
    ) {
      return { problem: `has ${field} that is not a map of strings` };
    }
  }
  const secret = { ...doc } as unknown as KubeSecret;
  // Failsafe schema: the only non-string field of a Secret is `immutable`.
  if (doc.immutable !== undefined) secret.immutable = doc.immutable === 'true';
  if (doc.data === null) delete secret.data;
  if (doc.stringData === null) delete secret.stringData;
  return { secret };
}

/**
 * Writes one `<secret-name>.yaml` per secret into `outDir` (created with mode 0700), each file
 * mode 0600, permissions set before any content is written. Returns the written paths.
 *
 * @throws ConfigurationError when a name is not a valid Secret name (no path tricks).
 */
export async function writeSecretsDir(outDir: string, secrets: readonly KubeSecret[]): Promise<string[]> {
  for (const s of secrets) {
    if (!DNS_SUBDOMAIN.test(s.metadata.name) || s.metadata.name.length > 253) {
      throw new ConfigurationError(
        `cannot write a Secret named ${JSON.stringify(s.metadata.name)}: not a valid name`,
      );
    }
  }
  await mkdir(outDir, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  for (const s of secrets) {
    const file = path.join(outDir, `${s.metadata.name}.yaml`);
    const handle = await open(file, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC, 0o600);
    try {
      await handle.chmod(0o600); // the file may have existed with wider permissions
      await handle.writeFile(formatSecretManifest(s), 'utf8');
    } finally {
      await handle.close();
    }
    written.push(file);
  }
  return written;
}

/** YAML for one Secret: fields in the usual order, keys of maps sorted, nothing folded. */
export function formatSecretManifest(s: KubeSecret): string {
  const ordered: Record<string, unknown> = {
    apiVersion: s.apiVersion,
    kind: s.kind,
    metadata: sortMetadata(s.metadata),
  };
  if (s.type !== undefined) ordered.type = s.type;
  if (s.immutable !== undefined) ordered.immutable = s.immutable;
  if (s.data !== undefined) ordered.data = sortKeys(s.data);
  if (s.stringData !== undefined) ordered.stringData = sortKeys(s.stringData);
  return yaml.dump(ordered, { lineWidth: -1, noRefs: true });
}

function sortMetadata(m: KubeSecretMetadata): Record<string, unknown> {
  const out: Record<string, unknown> = { name: m.name };
  if (m.namespace !== undefined) out.namespace = m.namespace;
  for (const k of Object.keys(m).sort()) {
    if (k === 'name' || k === 'namespace') continue;
    const v = m[k];
    out[k] = k === 'annotations' || k === 'labels' ? sortKeys(v as Record<string, string>) : v;
  }
  return out;
}

function sortKeys<T>(m: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(m)
      .sort()
      .map((k) => [k, m[k]]),
  );
}

// ---- logging helpers --------------------------------------------------------------------------

/** What may be shown of a secret: no values. */
export interface SecretDescription {
  name: string;
  namespace?: string;
  type: string;
  /** Data keys (and stringData keys), sorted. */
  keys: string[];
  annotations: Record<string, string>;
  labels: Record<string, string>;
}

const REDACTED = '(redacted)';

/**
 * Names, type, data keys, annotations and labels of a secret for dry-run and logs. The
 * last-applied annotation (a copy of the data) and any annotation or label value that contains a
 * secret value are shown as `(redacted)`.
 */
export function describeSecret(secret: KubeSecret): SecretDescription {
  // Shorter values would redact ordinary words like "keep" by accident.
  const values = secretValues(secret).filter((v) => v.length >= 4);
  const redact = (m: unknown): Record<string, string> =>
    Object.fromEntries(
      Object.entries(stringMap(m))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, k === LAST_APPLIED || values.some((s) => v.includes(s)) ? REDACTED : v]),
    );
  const meta: Partial<KubeSecretMetadata> = isRecord(secret.metadata) ? secret.metadata : {};
  const d: SecretDescription = {
    name: String(meta.name ?? ''),
    type: secret.type ?? 'Opaque',
    keys: [
      ...new Set([...Object.keys(mapOrEmpty(secret.data)), ...Object.keys(mapOrEmpty(secret.stringData))]),
    ].sort(),
    annotations: redact(meta.annotations),
    labels: redact(meta.labels),
  };
  if (typeof meta.namespace === 'string') d.namespace = meta.namespace;
  return d;
}

/** One line per secret for logs: `ns/name (type) keys: a, b; annotations: k=v; labels: k=v`. */
export function formatSecretDescription(d: SecretDescription): string {
  const pairs = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ') || '-';
  return `${d.namespace ? `${d.namespace}/` : ''}${d.name} (${d.type}) keys: ${d.keys.join(', ') || '-'}; annotations: ${pairs(d.annotations)}; labels: ${pairs(d.labels)}`;
}

/**
 * Every value of a secret a log must never show, for the front door to mask (`core.setSecret`):
 * each decoded data/stringData value, plus the parts that may appear alone in a driver's message:
 * URL passwords (mongodb://, amqp://, http(s)://), the `requirepass` argument of the Redis
 * configs, and the string leaves of JSON values (management-ui credentials). Base64 forms and
 * single lines are added by the Masker.
 */
export function secretValues(secret: KubeSecret): string[] {
  const out = new Set<string>();
  const add = (v: string) => {
    if (v !== '') out.add(v);
  };
  const decoded = [
    ...Object.values(mapOrEmpty(secret.data)).map((v) => decode(String(v ?? ''))),
    ...Object.values(mapOrEmpty(secret.stringData)).map((v) => String(v ?? '')),
  ];
  for (const value of decoded) {
    add(value);
    const trimmed = value.trim();
    if (trimmed !== value) add(trimmed);
    const mongo = parseMongoUrl(trimmed).parts;
    if (mongo) add(mongo.password);
    for (const m of trimmed.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/@\s]*)@/gi)) {
      const userInfo = m[1];
      const colon = userInfo.indexOf(':');
      if (colon >= 0) {
        add(userInfo.slice(colon + 1));
        try {
          add(decodeURIComponent(userInfo.slice(colon + 1)));
        } catch {
          // not percent-encoded: the raw form is already added
        }
      }
    }
    for (const m of trimmed.matchAll(/^\s*(?:requirepass|masterauth)\s+(\S+)/gm))
      add(m[1].replace(/^"(.*)"$/, '$1'));
    if (/^[[{]/.test(trimmed)) {
      try {
        collectStrings(JSON.parse(trimmed), add);
      } catch {
        // not JSON
      }
    }
  }
  return [...out];
}

function collectStrings(v: unknown, add: (s: string) => void): void {
  if (typeof v === 'string') add(v);
  else if (Array.isArray(v)) v.forEach((x) => collectStrings(x, add));
  else if (isRecord(v)) Object.values(v).forEach((x) => collectStrings(x, add));
}

/**
 * Compares the data of a secret already in the target namespace with the one to apply, so the
 * caller can report a conflict instead of overwriting. Returns the differing keys only.
 */
export function diffSecretData(
  existing: KubeSecret,
  desired: KubeSecret,
): { equal: boolean; differingKeys: string[] } {
  const a = mapOrEmpty(existing.data);
  const b = mapOrEmpty(desired.data);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const differingKeys = keys.filter(
    (k) => decode(String(a[k] ?? '')) !== decode(String(b[k] ?? '')) || k in a !== k in b,
  );
  return { equal: differingKeys.length === 0, differingKeys };
}

// ---- small helpers ------------------------------------------------------------------------------

function decode(b64: string): string {
  return Buffer.from(b64, 'base64').toString('utf8');
}

function isRecord(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapOrEmpty(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

function stringMap(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [k, x === null || x === undefined ? '' : String(x)]),
  );
}
