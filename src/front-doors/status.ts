/**
 * `k2h status`: where a migration stands, read-only, from the record and the cluster: each phase
 * done / pending / partly done, the next step, the lock holder if any, and what a rollback would do
 * now (the rollback phase's own dry-run). It changes nothing, not even the state dir: the record is
 * read through a scratch copy, and the in-cluster copy through a mirror that refuses writes.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMMON_INPUTS, parseInputs, type InputSpec, type InputValues } from '../core/inputs';
import { formatDuration } from '../core/duration';
import { ConfigurationError, EXIT, UsageError, errorMessage } from '../core/errors';
import { ConsoleLogger, type Logger } from '../core/logger';
import { latestRevision, releaseSelector, type ReleaseRevision } from '../helm/release';
import { Helm } from '../helm/helm';
import { Kube } from '../kube/client';
import { clusterIdentity } from '../kube/cluster-identity';
import { isHeld, readLease, type LeaseState } from '../kube/lease';
import { inputsOf, PHASE_NAMES, PHASES } from '../phases';
import { LOCK_NAME } from '../phases/run-lock';
import type { PhaseContext, PhaseName } from '../phases/types';
import { ConfigMapMirror } from '../record/mirror';
import { PVC_BACKUP_DIR, RECORD_FILE, type MigrationRecord, type PhaseEntry } from '../record/schema';
import { RecordStore, type MirroredCopy, type RecordMirror } from '../record/store';
import { downtimeWindowMs, outageMs } from '../record/timings';
import type { CliIo } from './cli';
import { PIPELINES } from './tekton-catalog/pipeline';

/** The status command's inputs: the common ones but dry-run (it never changes anything). */
export const STATUS_INPUTS: InputSpec[] = COMMON_INPUTS.filter((i) => i.name !== 'dry-run');

export type PhaseState = 'done' | 'partly done' | 'failed' | 'pending' | 'planned only' | 'skipped';

export interface PhaseStatus {
  phase: PhaseName;
  state: PhaseState;
  detail?: string;
}

export interface MigrationStatus {
  record?: MigrationRecord;
  phases: PhaseStatus[];
  next: string;
  lock?: { holder: string; expiresAt?: string };
  release?: ReleaseRevision;
  /** Deployments of the kustomize installation now at 0 replicas, of those recorded. */
  scaledDown?: { down: number; recorded: number };
  rollback: string[];
}

/** The forward chain of phases, in order (the Tekton migration Pipeline's). */
const FORWARD: PhaseName[] = PIPELINES[0].phases;

/** The state of one phase from its record entry. */
export function phaseState(entry: PhaseEntry | undefined): { state: PhaseState; detail?: string } {
  if (!entry) return { state: 'pending' };
  const steps = entry.steps ?? [];
  const applied = steps.filter(
    (s) => s.status !== 'pending' && s.status !== 'planned' && s.status !== 'failed',
  );
  const progress = steps.length ? `${applied.length}/${steps.length} steps` : undefined;
  const when = entry.finishedAt ?? entry.startedAt;
  switch (entry.status) {
    case 'succeeded':
      return { state: 'done', detail: when };
    case 'planned':
      return { state: 'planned only', detail: `dry-run ${when}` };
    case 'running':
      return {
        state: 'partly done',
        detail: [progress, `interrupted (started ${entry.startedAt})`].filter(Boolean).join(', '),
      };
    default:
      return applied.length
        ? { state: 'partly done', detail: [progress, entry.error].filter(Boolean).join(': ') }
        : { state: 'failed', detail: entry.error };
  }
}

/** What to do next, from the phases' states. */
export function nextStep(record: MigrationRecord | undefined, phases: PhaseStatus[]): string {
  const of = (p: PhaseName) => phases.find((s) => s.phase === p)!;
  if (!record) return 'k2h preflight (no migration record yet, neither in the state dir nor in the cluster)';
  const rollback = of('rollback');
  if (rollback.state === 'done')
    return 'rolled back: the kustomize installation runs again; a new migration starts with k2h preflight';
  if (rollback.state !== 'pending') return 're-run k2h rollback: it finishes what is left';
  if (of('cleanup').state === 'done')
    return 'nothing: the migration is complete and the kustomize leftovers are removed';
  for (const p of FORWARD) {
    const s = of(p);
    if (s.state === 'done') continue;
    // The gate is skipped where the platform (a GitHub Environment) approves; the downtime decides.
    if (p === 'gate' && of('downtime').state !== 'pending') continue;
    if (s.state === 'partly done' || s.state === 'failed')
      return `re-run k2h ${p}: it decides from the cluster what is left`;
    if (p === 'gate')
      return "k2h gate --for downtime, then k2h approve by an approver (or the GitHub Environment's reviewers), then k2h downtime";
    return `k2h ${p}`;
  }
  return 'when the Helm release is healthy: k2h gate --for cleanup, then k2h cleanup';
}

/** A mirror that reads the in-cluster copy and refuses to write it: status changes nothing. */
class ReadOnlyMirror implements RecordMirror {
  constructor(private readonly inner: ConfigMapMirror) {}
  get where(): string {
    return this.inner.where;
  }
  read(): Promise<MirroredCopy> {
    return this.inner.read();
  }
  async write(): Promise<string> {
    throw new Error('k2h status never writes the in-cluster record');
  }
}

/** The Kube for the rollback preview: its changing methods refuse, whatever the phase's dry-run does. */
export function readOnlyKube(kube: Kube): Kube {
  const refused = new Set(['create', 'patch', 'delete']);
  return new Proxy(kube, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && refused.has(prop))
        return async () => {
          throw new Error(`k2h status is read-only: the rollback preview tried to ${prop} an object`);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A logger that keeps a phase's chatter out of the status output but masks alike. */
function quiet(logger: Logger): Logger {
  return {
    info: (m) => logger.debug(m),
    debug: (m) => logger.debug(m),
    warn: (m) => logger.debug(m),
    error: (m) => logger.debug(m),
    group: (_name, fn) => fn(),
    mask: (v) => logger.mask(v),
    redact: (t) => logger.redact(t),
  };
}

/** A rollback that would not start: its own reasons, one per line. */
function refusal(message: string): string[] {
  return ['refuse to start:', ...message.split('\n').filter((l) => l.trim() && !/cannot start/.test(l))];
}

/** The rollback phase's dry-run against a scratch copy of the state: what a rollback would do now. */
async function rollbackPreview(
  kube: Kube,
  inputs: InputValues,
  scratch: string,
  mirror: RecordMirror,
  logger: Logger,
  env: NodeJS.ProcessEnv,
): Promise<string[]> {
  const def = PHASES.rollback;
  kube = readOnlyKube(kube);
  const raw = (n: string) => (inputs[n] === undefined ? undefined : String(inputs[n]));
  const store = new RecordStore(scratch, mirror, () => clusterIdentity(kube));
  const ctx: PhaseContext = {
    logger: quiet(logger),
    inputs: {
      ...parseInputs(inputsOf(def), raw, (v) => logger.mask(v)),
      'dry-run': true,
      'state-dir': scratch,
    },
    dryRun: true,
    env,
    kube: async () => kube,
    helm: () => new Helm(String(inputs.helm ?? 'helm')),
    lock: async () => {
      throw new Error('k2h status takes no lock');
    },
    store: async () => store,
  } as PhaseContext;
  try {
    const result = await def.run(ctx);
    if (!result.ok) return refusal(logger.redact(result.error ?? 'failed'));
    const lines = result.report.filter((l) => l.trim() && !l.startsWith('|'));
    return lines.length ? lines.map((l) => logger.redact(l)) : ['nothing: there is nothing to undo'];
  } catch (err) {
    return refusal(logger.redact(errorMessage(err)));
  }
}

/** Reads where the migration stands. Makes no changing request and writes no file of the state dir. */
export async function migrationStatus(
  kube: Kube,
  inputs: InputValues,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<MigrationStatus> {
  const source = String(inputs['source-namespace']);
  const target = String(inputs['target-namespace']);
  const release = String(inputs.release);
  const stateDir = resolve(String(inputs['state-dir']));
  const scratch = mkdtempSync(join(tmpdir(), 'k2h-status-'));
  try {
    if (existsSync(join(stateDir, RECORD_FILE)))
      copyFileSync(join(stateDir, RECORD_FILE), join(scratch, RECORD_FILE));
    if (existsSync(join(stateDir, PVC_BACKUP_DIR)))
      cpSync(join(stateDir, PVC_BACKUP_DIR), join(scratch, PVC_BACKUP_DIR), { recursive: true });
    const mirror = new ReadOnlyMirror(new ConfigMapMirror(kube, source));
    const store = new RecordStore(scratch, mirror, () => clusterIdentity(kube));
    const record = await store.tryLoad();
    const phases: PhaseStatus[] = PHASE_NAMES.map((phase) => ({
      phase,
      ...phaseState(record?.phases?.[phase]),
    }));
    // How long the installation was down, where the record knows it.
    const said = (phase: PhaseName, ms: number | undefined, what: string) => {
      const p = phases.find((x) => x.phase === phase);
      if (p?.state === 'done' && ms !== undefined)
        p.detail = [p.detail, `${what} ${formatDuration(ms)}`].filter(Boolean).join(', ');
    };
    if (record) {
      said('downtime', downtimeWindowMs(record), 'window');
      said('helm-install', outageMs(record), 'offline for');
    }
    // Where the platform (a GitHub Environment) approved the downtime, the gate never ran.
    const gate = phases.find((p) => p.phase === 'gate');
    if (gate?.state === 'pending' && phases.find((p) => p.phase === 'downtime')?.state !== 'pending')
      Object.assign(gate, { state: 'skipped', detail: 'the downtime was approved on the platform' });
    const lease: LeaseState | undefined = await readLease(kube, source, LOCK_NAME);
    const lock = isHeld(lease, Date.now())
      ? { holder: lease!.holder, expiresAt: lease!.expiresAt?.toISOString() }
      : undefined;
    const releaseSecrets = await kube.list('v1', 'Secret', target, releaseSelector(release));
    let scaledDown: MigrationStatus['scaledDown'];
    if (record?.deployments?.length) {
      const live = await kube.list('apps/v1', 'Deployment', source);
      const zero = new Set(
        live.filter((d: any) => (d.spec?.replicas ?? 1) === 0).map((d) => d.metadata.name),
      );
      scaledDown = {
        down: record.deployments.filter((d) => zero.has(d.name)).length,
        recorded: record.deployments.length,
      };
    }
    const rollback = record
      ? // Messages name the scratch copy; the user knows the state dir.
        (await rollbackPreview(kube, inputs, scratch, mirror, logger, env)).map((l) =>
          l.split(scratch).join(stateDir),
        )
      : ['nothing: no migration record, so k2h has changed nothing here'];
    return {
      record,
      phases,
      next: nextStep(record, phases),
      lock,
      release: latestRevision(releaseSecrets, release),
      scaledDown,
      rollback,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The status as text lines for the terminal. */
export function formatStatus(s: MigrationStatus, inputs: InputValues): string[] {
  const r = s.record;
  const w = Math.max(...s.phases.map((p) => p.phase.length)) + 2;
  return [
    r
      ? `Migration ${r.id} of ${r.sourceNamespace} -> ${r.targetNamespace} (release ${r.release}, Cognigy.AI ${r.product.version}), record generation ${r.generation}`
      : `No migration record for ${String(inputs['source-namespace'])} -> ${String(inputs['target-namespace'])}.`,
    '',
    'Phases:',
    ...s.phases.map((p) => `  ${p.phase.padEnd(w)}${p.state}${p.detail ? ` (${p.detail})` : ''}`),
    '',
    `Lock: ${s.lock ? `held by ${s.lock.holder}${s.lock.expiresAt ? ` until ${s.lock.expiresAt}` : ''}` : 'free'}`,
    `Helm release ${String(inputs.release)}: ${s.release ? `revision ${s.release.revision}, ${s.release.status}` : 'not installed'}`,
    ...(s.scaledDown
      ? [`Kustomize deployments at 0 replicas: ${s.scaledDown.down} of ${s.scaledDown.recorded} recorded`]
      : []),
    '',
    `Next: ${s.next}`,
    '',
    'A rollback now would:',
    ...s.rollback.map((l) => `  ${l}`),
  ];
}

/** `k2h status [--flags]`. */
export async function runStatus(argv: string[], io: CliIo): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
  for (const i of STATUS_INPUTS) options[i.name] = { type: 'string' };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\nRun 'k2h status --help' for the flags.`);
  }
  if (values.help) {
    io.stdout.write(
      [
        'k2h status: where the migration stands (read-only): phases, next step, lock, what a rollback would do now.',
        '',
        'Usage: k2h status [--flags]',
        '',
        'Flags:',
        ...STATUS_INPUTS.map(
          (i) =>
            `  --${i.name} <value>\n      ${i.description}${i.default ? ` (default: ${i.default})` : ''}`,
        ),
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  }
  const logger = new ConsoleLogger(io.stdout, io.stderr);
  const inputs = parseInputs(
    STATUS_INPUTS,
    (n) => values[n] as string | undefined,
    (v) => logger.mask(v),
  );
  try {
    const kube = await Kube.connect(
      {
        kubeconfig: inputs.kubeconfig as string | undefined,
        context: inputs.context as string | undefined,
        env: io.env,
      },
      logger,
    );
    const status = await migrationStatus(kube, inputs, logger, io.env);
    io.stdout.write(logger.redact(formatStatus(status, inputs).join('\n')) + '\n');
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw new ConfigurationError(
      `k2h status could not read the migration: ${logger.redact(errorMessage(err))}`,
    );
  }
}
