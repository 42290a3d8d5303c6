/**
 * The bad-input corpus: one row per way a user can get k2h's inputs or their cluster wrong.
 * Each row runs through a front door against the sandbox (state `level`: the migration as far
 * as it got) and must end in a clear error naming the problem, with ZERO mutating requests
 * (Kubernetes and MongoDB). The README's troubleshooting section is generated from this table
 * (`npx tsx scripts/gen-troubleshooting.ts`) and a test checks it is current.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** The rehearsal chart (resolved when a case runs: this table is also read by an ES module script). */
const chartDir = () => join(__dirname, '..', '..', '..', 'src', 'rehearsal', 'chart', 'cognigy-ai');

/** How far the migration got before the bad input arrives. */
export type Level = 'fresh' | 'preflighted' | 'ready' | 'downtimed';

export interface Ctx {
  /** The case's own scratch dir (files the case writes). */
  dir: string;
  stateDir: string;
  kubeconfig: string;
  mongoUri: string;
  /** The Secrets of the source namespace as the cluster holds them. */
  sourceSecrets: any[];
}

export interface BadInput {
  /** Stable id (kebab-case). */
  id: string;
  /** The symptom, as the README lists it. */
  problem: string;
  /** What to do about it (README). */
  fix: string;
  door: 'cli' | 'github' | 'tekton' | 'phase';
  /** The command or phase run (`bogus` for an unknown one). */
  phase: string;
  level: Level;
  /** Inputs over the phase's working ones (undefined removes one). */
  inputs?: (c: Ctx) => Record<string, string | undefined>;
  /** Extra argv for the CLI (after the phase). */
  argv?: string[];
  /** Changes the cluster's objects before it starts (no request is made). */
  objects?: (objects: any[]) => any[];
  /** Changes the state dir before the run. */
  state?: (c: Ctx) => void;
  /** Permissions the identity lacks (sandbox deniedPermissions). */
  denied?: Array<{ verb: string; resource: string; group?: string; namespace?: string }>;
  /** Data the MongoDB holds besides the installation's. */
  mongo?: Record<string, { collections: Record<string, { documents: object[] }> }>;
  /**
   * A known bug (reported in the team's status board): the case runs as `test.failing` and turns
   * red once the bug is fixed, so the mark is removed then.
   */
  knownBug?: string;
  /** The message must match (stdout + stderr, or the phase's error). */
  expect: RegExp;
  /** Exit code for the process front doors (default 1). */
  code?: number;
}

const rec = (c: Ctx) => join(c.stateDir, 'migration-record.json');
const editRecord = (c: Ctx, f: (r: any) => void) => {
  const r = JSON.parse(readFileSync(rec(c), 'utf8'));
  f(r);
  writeFileSync(rec(c), JSON.stringify(r, null, 2));
};
const file = (c: Ctx, name: string, text: string) => {
  const p = join(c.dir, name);
  writeFileSync(p, text);
  return p;
};
/** The installation's Secrets as manifests in `<dir>/secrets`, one file each (as kubectl get -o yaml). */
const writeSecretsDir = (c: Ctx) => {
  mkdirSync(join(c.dir, 'secrets'), { recursive: true });
  for (const s of c.sourceSecrets)
    file(
      c,
      `secrets/${s.metadata.name}.yaml`,
      yaml.dump({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: s.metadata.name, namespace: 'default' },
        type: s.type,
        data: s.data,
      }),
    );
};
const secret = (name: string, ns: string, data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace: ns },
  type: 'Opaque',
  data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
});
const withoutSecret = (name: string) => (o: any[]) =>
  o.filter((x) => !(x.kind === 'Secret' && x.metadata.name === name && x.metadata.namespace === 'default'));
const mapKind = (kind: string, f: (x: any) => any) => (o: any[]) =>
  o.map((x) => (x.kind === kind ? f(x) : x));

export const BAD_INPUTS: BadInput[] = [
  // ---- front doors: commands, phases, flags ---------------------------------------------------
  {
    id: 'cli-unknown-phase',
    problem: '`k2h migrate` (a phase that does not exist)',
    fix: 'Use one of the listed phases: `k2h --help` lists them in order.',
    door: 'cli',
    phase: 'migrate',
    level: 'fresh',
    expect: /unknown phase or command 'migrate'; valid phases: preflight, migrate-secrets/,
    code: 2,
  },
  {
    id: 'github-unknown-phase',
    problem: 'GitHub Action with `phase: bogus`',
    fix: 'Set `phase` to one of the listed phases, or use the per-phase action (`uses: …/preflight@v1`).',
    door: 'github',
    phase: 'bogus',
    level: 'fresh',
    expect: /::error::unknown phase 'bogus'; valid phases: preflight/,
  },
  {
    id: 'tekton-unknown-phase',
    problem: 'Tekton step running `k2h tekton down-time`',
    fix: 'Use the generated Task of the phase (tekton/task/k2h-<phase>); the phase is its first argument.',
    door: 'tekton',
    phase: 'down-time',
    level: 'fresh',
    expect: /k2h tekton needs a phase; valid phases: preflight/,
    code: 2,
  },
  {
    id: 'cli-unknown-flag',
    problem: 'A flag the phase does not take (`--chart-versoin`)',
    fix: '`k2h <phase> --help` lists the flags of the phase.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    argv: ['--chart-versoin', '4.41.2'],
    expect: /chart-versoin/,
    code: 2,
  },
  {
    id: 'cli-invalid-namespace',
    problem: 'Source namespace that is not a DNS-1123 label (`--source-namespace Cognigy_AI`)',
    fix: 'Namespaces are lower-case letters, digits and `-`, at most 63 characters.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'source-namespace': 'Cognigy_AI' }),
    expect: /--source-namespace.*Cognigy_AI|Cognigy_AI.*--source-namespace/,
    code: 2,
  },
  {
    id: 'tekton-invalid-target-namespace',
    problem: 'Tekton param `target-namespace` set to `-cognigy`',
    fix: 'Namespaces are lower-case letters, digits and `-`, starting and ending with a letter or digit.',
    door: 'tekton',
    phase: 'migrate-secrets',
    level: 'preflighted',
    inputs: () => ({ 'target-namespace': '-cognigy' }),
    expect: /param `target-namespace`/,
    code: 2,
  },
  {
    id: 'github-invalid-release',
    problem: 'GitHub input `release: Cognigy.AI`',
    fix: 'A Helm release name is lower-case letters, digits and `-` (DNS-1123), at most 53 characters.',
    door: 'github',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ release: 'Cognigy.AI' }),
    expect: /input `release`/,
  },
  {
    id: 'cli-invalid-release-too-long',
    problem: 'A release name longer than Helm allows',
    fix: 'Helm release names have at most 53 characters.',
    door: 'cli',
    phase: 'helm-install',
    level: 'downtimed',
    inputs: () => ({ release: 'r'.repeat(60) }),
    expect: /--release/,
    code: 2,
  },
  {
    id: 'cli-boolean-wrong-type',
    problem: '`--dry-run maybe` (a boolean given another word)',
    fix: 'Booleans are `true` or `false`.',
    door: 'cli',
    phase: 'prepare-storage',
    level: 'preflighted',
    inputs: () => ({ 'dry-run': 'maybe' }),
    expect: /'--dry-run' does not take an argument/,
    code: 2,
  },
  {
    id: 'tekton-number-wrong-type',
    problem: 'Tekton param `scale-timeout: ten`',
    fix: 'Timeouts are numbers (seconds).',
    door: 'tekton',
    phase: 'downtime',
    level: 'ready',
    inputs: () => ({ 'scale-timeout': 'ten' }),
    expect: /param `scale-timeout`/,
    code: 2,
  },
  {
    id: 'github-boolean-wrong-type',
    problem: 'GitHub input `acknowledge-no-snapshots: yes please`',
    fix: 'Booleans are `true` or `false`.',
    door: 'github',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'acknowledge-no-snapshots': 'yes please' }),
    expect: /input `acknowledge-no-snapshots`/,
  },
  // ---- files: kubeconfig, values, record ------------------------------------------------------
  {
    id: 'kubeconfig-malformed-yaml',
    problem: 'A kubeconfig that is not YAML',
    fix: 'Pass the kubeconfig file (or its content) as `kubectl config view --raw` prints it.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: (c) => ({ kubeconfig: file(c, 'kubeconfig', 'apiVersion: v1\nclusters: [ {name: x\n  : : :\n') }),
    expect: /kubeconfig/i,
  },
  {
    id: 'kubeconfig-missing-file',
    problem: 'A kubeconfig path that does not exist',
    fix: 'Check the path (or pass the content itself).',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: (c) => ({ kubeconfig: join(c.dir, 'no-such-kubeconfig') }),
    // The kubeconfig input may hold the file's content, so it is masked even when it is a path.
    expect: /kubeconfig file .* does not exist/,
  },
  {
    id: 'cluster-unreachable',
    problem: 'The cluster in the kubeconfig is not reachable',
    fix: 'Check the server address, the network path (VPN, firewall) and that the API server runs.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: (c) => ({ kubeconfig: c.kubeconfig.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:9') }),
    expect: /127\.0\.0\.1:9|reach|ECONNREFUSED/i,
  },
  {
    id: 'expired-token',
    problem: 'An expired or revoked token (the API server answers 401)',
    fix: 'Get a fresh token (re-login / refresh the service account token) and run again.',
    door: 'cli',
    phase: 'migrate-secrets',
    level: 'preflighted',
    inputs: (c) => ({ kubeconfig: c.kubeconfig.replace(/token: .*/, 'token: expired-token-0001') }),
    expect: /401|Unauthorized|unauthori[sz]ed|credentials/i,
  },
  {
    id: 'values-malformed-yaml',
    problem: 'A values file that is not valid YAML',
    fix: 'Fix the YAML (the message names the file and line).',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: (c) => ({ values: file(c, 'values.yaml', 'tls:\n  crt: "abc\n  key: [\n') }),
    expect: /values\.yaml/,
  },
  {
    id: 'values-missing-file',
    problem: 'A values file that does not exist',
    fix: 'Check the path of `values`.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: (c) => ({ values: join(c.dir, 'no-such-values.yaml') }),
    expect: /no-such-values\.yaml/,
  },
  {
    id: 'record-malformed-json',
    problem: 'A migration record that is not JSON (truncated artifact)',
    fix: 'Restore the state dir from the pipeline artifact, or delete the file: the in-cluster copy (ConfigMap k2h-migration-record) is used.',
    door: 'cli',
    phase: 'migrate-secrets',
    level: 'preflighted',
    state: (c) => writeFileSync(rec(c), '{"kind": "K2hMigrationRecord", "phases": {'),
    expect: /migration-record\.json/,
  },
  {
    id: 'record-wrong-types',
    problem: 'A migration record with a field of the wrong type',
    fix: 'Restore the record from the pipeline artifact or the in-cluster copy; k2h never guesses undo facts.',
    door: 'phase',
    phase: 'prepare-storage',
    level: 'preflighted',
    state: (c) => editRecord(c, (r) => (r.generation = 'seven')),
    expect: /generation/,
  },
  {
    id: 'record-missing',
    problem: '`migrate-secrets` with no record (preflight never ran, or another state dir)',
    fix: 'Run preflight first, or pass the state dir of the migration (`state-dir`).',
    door: 'cli',
    phase: 'migrate-secrets',
    level: 'fresh',
    expect: /preflight/,
  },
  {
    id: 'record-other-version',
    problem: 'A record written by another schema version of k2h',
    fix: 'Use the k2h version that started the migration (the record names it).',
    door: 'phase',
    phase: 'migrate-secrets',
    level: 'preflighted',
    state: (c) => editRecord(c, (r) => (r.schemaVersion = 99)),
    expect: /version/i,
  },
  {
    id: 'record-other-cluster',
    problem: 'A record of another cluster (kube-system uid differs)',
    fix: "Point the kubeconfig at the cluster the migration started on, or use that cluster's state dir.",
    door: 'phase',
    phase: 'migrate-secrets',
    level: 'preflighted',
    state: (c) => editRecord(c, (r) => (r.cluster.uid = '00000000-0000-4000-8000-000000000000')),
    expect: /00000000-0000-4000-8000-000000000000/,
  },
  {
    id: 'record-chart-version-mismatch',
    problem: 'helm-install with another chart version than preflight checked',
    fix: 'Install the chart version the record was prepared for, or run preflight again for the new one.',
    door: 'phase',
    phase: 'helm-install',
    level: 'downtimed',
    inputs: () => ({ 'chart-version': '4.42.0' }),
    expect: /4\.42\.0/,
  },
  // ---- versions ------------------------------------------------------------------------------
  {
    id: 'chart-version-too-old',
    problem: '`chart-version` older than the migration supports',
    fix: 'Migrate to a supported chart version (the message names the minimum).',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'chart-version': '4.20.0' }),
    expect: /4\.20\.0/,
  },
  {
    id: 'chart-version-malformed',
    problem: '`chart-version` that is not a version (`latest`)',
    fix: 'Give the exact chart version, e.g. 4.41.2.',
    door: 'tekton',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'chart-version': 'latest' }),
    expect: /latest/,
  },
  {
    id: 'installation-other-version',
    problem: 'The installation runs images of another Cognigy.AI version than `chart-version`',
    fix: 'Set `chart-version` to the version installed (the message names it); upgrade after migrating.',
    door: 'phase',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'chart-version': '4.42.0' }),
    expect: /4\.42\.0/,
  },
  // ---- cluster permissions and namespaces ----------------------------------------------------
  {
    id: 'missing-permission',
    problem: 'The identity may not create Secrets in the target namespace',
    fix: "Grant the permissions listed (tekton/rbac or the README's RBAC section list them all).",
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    denied: [{ verb: 'create', resource: 'secrets' }],
    expect: /create.*secrets|secrets.*create/i,
  },
  {
    id: 'missing-permission-downtime',
    problem: 'The identity may not scale Deployments (downtime)',
    fix: 'Grant patch on deployments in the source namespace (the README lists every permission).',
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    denied: [{ verb: 'patch', resource: 'deployments' }],
    expect: /patch.*deployments|deployments.*patch/i,
  },
  {
    id: 'source-namespace-empty',
    problem: 'No Cognigy.AI installation in the source namespace',
    fix: 'Set `source-namespace` to the namespace the kustomize installation runs in.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'source-namespace': 'cognigy-old' }),
    expect: /cognigy-old/,
  },
  {
    id: 'same-source-and-target',
    problem: 'Source and target namespace are the same',
    fix: 'The Helm release goes into its own namespace (default `cognigy-ai`).',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'target-namespace': 'default' }),
    expect: /default/,
  },
  {
    id: 'held-lock',
    problem: 'Another k2h run holds the migration lock',
    fix: 'Wait for it (the message names the holder and expiry), or after a dead run: `k2h unlock --holder <id>`.',
    door: 'cli',
    phase: 'migrate-secrets',
    level: 'preflighted',
    objects: (o) => [
      ...o,
      {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name: 'k2h-migration-lock', namespace: 'default' },
        spec: {
          holderIdentity: 'downtime@runner-7:4242:deadbeef',
          leaseDurationSeconds: 3600,
          acquireTime: new Date().toISOString().replace('Z', '000Z'),
          renewTime: new Date().toISOString().replace('Z', '000Z'),
        },
      },
    ],
    expect: /downtime@runner-7:4242:deadbeef/,
  },
  {
    id: 'foreign-secret-in-target',
    problem: 'The target namespace holds a Secret of the same name owned by another Helm release',
    fix: 'Remove or rename the foreign object, or choose another target namespace.',
    door: 'phase',
    phase: 'migrate-secrets',
    level: 'preflighted',
    objects: (o) => [
      ...o,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cognigy-ai' } },
      {
        ...secret('cognigy-jwt', 'cognigy-ai', { secret: 'someone-elses' }),
        metadata: {
          name: 'cognigy-jwt',
          namespace: 'cognigy-ai',
          labels: { 'app.kubernetes.io/managed-by': 'Helm' },
          annotations: {
            'meta.helm.sh/release-name': 'other-app',
            'meta.helm.sh/release-namespace': 'cognigy-ai',
          },
        },
      },
    ],
    expect: /cognigy-jwt/,
  },
  {
    id: 'foreign-claim-in-target',
    problem: 'The target namespace already holds a claim of the name a volume is rebound to',
    fix: 'Remove the foreign claim (or choose another target namespace); k2h never rebinds over it.',
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    inputs: () => ({ 'rebind-timeout': '10', 'scale-timeout': '10' }),
    objects: (o) => [
      ...o,
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'functions', namespace: 'cognigy-ai' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '1Mi' } },
          storageClassName: 'other',
        },
      },
    ],
    expect: /functions/,
  },
  {
    id: 'foreign-pod-holds-claim',
    problem: 'A pod that is not part of the installation mounts a claim to be rebound',
    fix: 'Stop that pod (the message names it): the volume cannot move while it is mounted.',
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    objects: (o) => [
      ...o,
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'backup-job-7x2k', namespace: 'default' },
        spec: {
          containers: [
            { name: 'backup', image: 'busybox:1.36', volumeMounts: [{ name: 'v', mountPath: '/data' }] },
          ],
          volumes: [{ name: 'v', persistentVolumeClaim: { claimName: 'functions' } }],
        },
        status: { phase: 'Running' },
      },
    ],
    expect: /backup-job-7x2k/,
  },
  // ---- secrets and connection strings --------------------------------------------------------
  {
    id: 'missing-secret',
    problem: 'A Secret the installation needs is missing (cognigy-jwt)',
    fix: 'Restore the Secret in the source namespace (or pass it in `secrets-dir`).',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    objects: withoutSecret('cognigy-jwt'),
    expect: /cognigy-jwt/,
  },
  {
    id: 'missing-secret-at-migrate',
    problem: 'A Secret vanished between preflight and migrate-secrets',
    fix: 'Restore it, then run migrate-secrets again.',
    door: 'tekton',
    phase: 'migrate-secrets',
    level: 'preflighted',
    objects: withoutSecret('cognigy-odata'),
    expect: /cognigy-odata/,
  },
  {
    id: 'secrets-dir-missing',
    problem: '`secrets-dir` that does not exist',
    fix: 'Point `secrets-dir` at the directory of Secret manifests, or leave it empty to read them from the cluster.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: (c) => ({ 'secrets-dir': join(c.dir, 'no-such-secrets') }),
    expect: /no-such-secrets/,
  },
  {
    id: 'extra-secret-in-target',
    problem: 'The target namespace already holds a Secret of a migrated name with other data',
    fix: 'Compare the two (the message names the Secret); delete the one in the target namespace if it is stale.',
    door: 'tekton',
    phase: 'migrate-secrets',
    level: 'preflighted',
    objects: (o) => [
      ...o,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cognigy-ai' } },
      secret('cognigy-rabbitmq', 'cognigy-ai', { 'connection-string': 'amqp://someone:else@rabbit:5672' }),
    ],
    expect: /cognigy-rabbitmq/,
  },
  {
    id: 'secrets-dir-malformed-yaml',
    problem: 'A Secret manifest in `secrets-dir` that is not YAML (cognigy-jwt.yaml)',
    fix: 'Fix the file (the message names it).',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: (c) => {
      writeSecretsDir(c);
      file(c, 'secrets/cognigy-jwt.yaml', 'kind: Secret\nmetadata: {name: cognigy-jwt\ndata: [\n');
      return { 'secrets-dir': join(c.dir, 'secrets') };
    },
    expect: /cognigy-jwt\.yaml/,
  },
  {
    id: 'connection-string-unparsable',
    problem: 'A connection-string Secret whose value does not parse as a MongoDB URI',
    fix: "Fix the Secret's connection string (mongodb://user:password@host:port/db).",
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    objects: mapKind('Secret', (s) =>
      s.metadata.name === 'cognigy-service-ai' && s.metadata.namespace === 'default'
        ? {
            ...s,
            data: Object.fromEntries(
              Object.keys(s.data).map((k) => [k, Buffer.from('mongodb://[not a uri').toString('base64')]),
            ),
          }
        : s,
    ),
    expect: /cognigy-service-ai/,
  },
  {
    id: 'mongodb-uri-unparsable',
    problem: '`mongodb-uri` that is not a connection string',
    fix: 'Give mongodb://user:password@host:port/?authSource=admin (or leave it empty for the in-cluster MongoDB).',
    door: 'cli',
    phase: 'downtime',
    level: 'ready',
    inputs: () => ({ 'mongodb-uri': 'mongo:/127.0.0.1' }),
    expect: /MongoDB URI is not a mongodb:\/\/ or mongodb\+srv:\/\/ URL/,
  },
  {
    id: 'mongodb-unreachable',
    problem: 'MongoDB not reachable at `mongodb-uri`',
    fix: 'Check the address and that MongoDB runs; from outside the cluster use a port-forward.',
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    inputs: (c) => ({ 'mongodb-uri': c.mongoUri.replace(/@127\.0\.0\.1:\d+/, '@127.0.0.1:9') }),
    expect: /not reachable|127\.0\.0\.1:9/,
  },
  {
    id: 'mongodb-wrong-password',
    problem: 'MongoDB refuses the root credentials',
    fix: "Give the root password of the installation's MongoDB (Secret mongodb/mongodb).",
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    inputs: (c) => ({ 'mongodb-uri': c.mongoUri.replace(/root:[^@]*@/, 'root:not-the-password@') }),
    expect: /auth|credential|password/i,
  },
  {
    id: 'mongodb-target-has-data',
    problem: 'The target database of a rename already holds other data',
    fix: 'Inspect and move that data away, or set `force-db-overwrite` if it is a leftover of a test.',
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    mongo: {
      'service-analytics-collector': {
        collections: { unrelated: { documents: [{ _id: 1, note: 'not ours' }] } },
      },
    },
    expect: /service-analytics-collector/,
  },
  // ---- order of phases, approvals, storage ---------------------------------------------------
  {
    id: 'downtime-before-prepare-storage',
    problem: 'downtime before prepare-storage',
    fix: 'Run the phases in order: prepare-storage first.',
    door: 'phase',
    phase: 'downtime',
    level: 'preflighted',
    expect: /prepare-storage/,
  },
  {
    id: 'downtime-without-approval',
    problem: 'downtime without an approval (no gate, no `approved-by-platform`)',
    fix: 'Run the gate and approve its request (`k2h approve`), or set `approved-by-platform` behind a protected environment.',
    door: 'cli',
    phase: 'downtime',
    level: 'ready',
    inputs: () => ({ 'approved-by-platform': undefined }),
    expect: /approv/i,
  },
  {
    id: 'gate-rejected',
    problem: 'The approval request of the downtime was rejected',
    fix: 'Read the reason in the request; run the gate again for a new request once it is addressed.',
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    inputs: () => ({ 'approved-by-platform': undefined }),
    state: (c) =>
      editRecord(
        c,
        (r) =>
          (r.approvals = [
            {
              for: 'downtime',
              request: 'k2h-downtime-1',
              decision: 'Rejected',
              decidedBy: 'ops-lead',
              decidedAt: new Date().toISOString(),
              planSha256: '0'.repeat(64),
            },
          ]),
      ),
    expect: /reject|approv/i,
  },
  {
    id: 'pv-reclaim-delete-at-downtime',
    problem: 'A PV went back to reclaim policy Delete after prepare-storage',
    fix: 'Run prepare-storage again (it sets Retain); never rebind a volume whose deletion deletes the data.',
    door: 'phase',
    phase: 'downtime',
    level: 'ready',
    objects: mapKind('PersistentVolume', (p) =>
      p.spec.claimRef?.name === 'functions'
        ? { ...p, spec: { ...p.spec, persistentVolumeReclaimPolicy: 'Delete' } }
        : p,
    ),
    expect: /Delete|Retain/,
  },
  {
    id: 'helm-install-before-downtime',
    problem: 'helm-install before downtime',
    fix: 'Run downtime first (the release needs the rebound claims).',
    door: 'phase',
    phase: 'helm-install',
    level: 'ready',
    expect: /downtime/,
  },
  {
    id: 'values-contradict-record',
    problem: 'A values file contradicting the record (another EFS file system than prepare-storage recorded)',
    fix: 'Drop the contradicting values: k2h passes the recorded ones.',
    door: 'phase',
    phase: 'helm-install',
    level: 'downtimed',
    state: (c) =>
      editRecord(c, (r) => {
        r.provider = 'aws';
        for (const p of r.pvcs) if (p.name === 'flow-modules') p.efsId = 'fs-0123abcd';
      }),
    inputs: (c) => {
      const values = yaml.load(readFileSync(join(chartDir(), 'ci', 'generic-values.yaml'), 'utf8')) as any;
      // Both spellings of the key (chart versions before and after the EFS values moved).
      values.flowModules = { persistence: { aws: { efs: { id: 'fs-99999999' } } } };
      values.efs = { flowModules: { id: 'fs-99999999' } };
      return { values: file(c, 'contradicting.yaml', yaml.dump(values)) };
    },
    expect: /fs-99999999|fs-0123abcd/,
  },
  {
    id: 'helm-missing',
    problem: '`helm` that does not exist at helm-install',
    fix: 'Leave `helm` empty (k2h fetches its pinned helm) or point it at a helm 3.8+ / 4 binary.',
    door: 'phase',
    phase: 'helm-install',
    level: 'downtimed',
    inputs: (c) => ({ helm: join(c.dir, 'no-helm') }),
    expect: /no-helm/,
  },
  {
    id: 'chart-missing',
    problem: '`chart` path that does not exist',
    fix: 'Point `chart` at the chart directory or archive, or leave it empty for the Cognigy registry.',
    door: 'cli',
    phase: 'helm-install',
    level: 'downtimed',
    inputs: (c) => ({ chart: join(c.dir, 'no-chart') }),
    expect: /no-chart/,
  },
  {
    id: 'rollback-nothing-to-undo',
    problem: 'rollback with no record',
    fix: 'Pass the state dir of the migration; the in-cluster copy is found when it exists.',
    door: 'cli',
    phase: 'rollback',
    level: 'fresh',
    expect: /record|preflight/i,
  },
  {
    id: 'cleanup-before-install',
    problem: 'cleanup before helm-install succeeded',
    fix: 'Clean-up runs only with the release deployed and Ready.',
    door: 'phase',
    phase: 'cleanup',
    level: 'ready',
    expect: /helm-install|release/,
  },
  {
    id: 'preflight-no-snapshot-acknowledgement',
    problem: 'preflight without snapshots and without acknowledging it',
    fix: 'Set `create-snapshots` (with `snapshot-class`) or `acknowledge-no-snapshots: true`.',
    door: 'cli',
    phase: 'preflight',
    level: 'fresh',
    inputs: () => ({ 'acknowledge-no-snapshots': undefined }),
    expect: /acknowledge-no-snapshots/,
  },
];
