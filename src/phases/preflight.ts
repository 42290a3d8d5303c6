/**
 * preflight: read-only checks of everything the migration needs. Reports every blocker at once,
 * then fails; on success writes the migration record that the later phases build on.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareVersions,
  isInstallationDeployment,
  profileFor,
  secretsToMigrate,
  type CognigyProfile,
} from '../cognigy/profile';
import { migrateSecrets } from '../cognigy/secret-migration';
import type { Helm } from '../helm/helm';
import type { Kube, KubeObject } from '../kube/client';
import {
  RECORD_KIND,
  RECORD_SCHEMA_VERSION,
  type MigrationRecord,
  type Provider,
  type SnapshotFact,
} from '../record/schema';
import { writeFileAtomic } from '../record/store';
import { ClusterUnreachableError, ConfigurationError, errorMessage } from '../core/errors';
import { HeldLogger } from '../core/logger';
import { settle, unsettle } from '../core/settle';
import type { Step, StepReport } from '../steps/step';
import { runStages } from '../steps/engine';
import { K2H_VERSION } from '../version';
import { table } from '../core/markdown';
import { createdByK2h } from '../kube/adopt';
import { compareImages, imagesOfDeployments, renderedImages } from './image-check';
import { renderChart, type RenderedChart } from '../helm/render';
import { chartStorageFacts } from '../helm/chart-storage';
import { clusterCapabilities, type ClusterCapabilities } from '../kube/capabilities';
import { checkRenderedChart, readForChartChecks } from './preflight-chart';
import { describePermission, neededPermissions } from './permissions';
import { readSecretSource } from './secret-source';
import { checkMongoDatabases } from './preflight-mongo';
import {
  snapshotName,
  snapshotReady,
  snapshotState,
  snapshotSteps,
  snapshotTimeoutMs,
  waitForSnapshots,
} from './snapshots';
import { findStorage } from './storage-facts';
import { chartVersionProblems } from './chart-version-check';
import type { PhaseContext, PhaseDefinition, PhaseResult } from './types';
import { approvalApiServed } from './gate/requests';
import { preflightSpec } from './specs';

type Level = 'ok' | 'warn' | 'blocker';
interface Finding {
  check: string;
  level: Level;
  detail: string;
}

/** Collects findings; each check adds one or more. */
class Findings {
  readonly items: Finding[] = [];
  ok(check: string, detail: string) {
    this.items.push({ check, level: 'ok', detail });
  }
  warn(check: string, detail: string) {
    this.items.push({ check, level: 'warn', detail });
  }
  block(check: string, detail: string) {
    this.items.push({ check, level: 'blocker', detail });
  }
  get blockers() {
    return this.items.filter((f) => f.level === 'blocker');
  }
}

const SNAPSHOT_API = 'snapshot.storage.k8s.io/v1';

async function runPreflight(ctx: PhaseContext): Promise<PhaseResult> {
  const i = ctx.inputs;
  const source = String(i['source-namespace']);
  const target = String(i['target-namespace']);
  const release = String(i.release);
  const version = String(i['chart-version']);
  const f = new Findings();
  const log = ctx.logger;

  // The server's version is asked alongside every check's first reads; without an answer
  // nothing is reported (an unreachable cluster fails with that, below).
  const kube = await ctx.kube();
  const serverRead = kube.serverVersion();
  serverRead.catch(() => undefined);
  let profile: CognigyProfile | undefined;
  let profileProblem = '';
  try {
    profile = profileFor(version);
  } catch (err) {
    profileProblem = errorMessage(err);
  }
  const imageCheck = i['image-check'] === true;
  // What the chart renders with (.Capabilities), read from the start: the render waits for it.
  const capabilities = profile && imageCheck ? clusterCapabilities(kube) : undefined;
  capabilities?.catch(() => undefined);

  const helm = ctx.helm();
  // The record of an earlier run (and the cluster's identity), read alongside the checks; looked
  // at only when no check blocks.
  const previousRead = settle(
    ctx.store().then(async (store) => ({
      store,
      previous: await store.tryLoad(),
      identity: await store.clusterIdentity(),
    })),
  );

  // Every check at once (reads only); each keeps its findings and log lines apart, and they are
  // reported in this fixed order, each as soon as it and those before it are done. A check that
  // cannot run (403, API error) is a blocker in the report, not the end of preflight.
  const checks: Array<{ findings: Findings; log: HeldLogger; done: Promise<unknown> }> = [];
  const check = <T>(
    name: string,
    fallback: T,
    fn: (f: Findings, c: PhaseContext) => Promise<T>,
  ): Promise<T> => {
    const findings = new Findings();
    const held = new HeldLogger(log);
    const c: PhaseContext = { ...ctx, logger: held };
    const done = held.group(name, async () => {
      try {
        return await fn(findings, c);
      } catch (err) {
        if (err instanceof ClusterUnreachableError) throw err;
        findings.block(name, `could not check: ${errorMessage(err)}`);
        return fallback;
      }
    });
    // An unreachable cluster fails every check: the first one in order is thrown, the rest seen here.
    done.catch(() => undefined);
    checks.push({ findings, log: held, done });
    return done;
  };

  const helmOk = check('helm', false, (hf) =>
    checkHelm(hf, helm, profile?.helm.minVersion ?? '3.8.0', imageCheck),
  );
  const permissions = check('permissions', undefined, (pf) =>
    checkPermissions(
      pf,
      kube,
      source,
      target,
      profile?.mongodb.namespace ?? 'mongodb',
      // Least privilege: the profile's source secrets by name.
      profile && secretsToMigrate(profile, i['cognigy-apps'] === true).map((x) => x.name),
    ),
  );
  const permissionFindings = checks[checks.length - 1].findings;

  // The chart rendered once (with the cluster's capabilities) for the image and chart checks.
  const rendered: { chart?: RenderedChart } = {};
  const p = profile;
  const deploymentsRead = p
    ? check('installation', [] as Array<{ name: string; replicas: number }>, async (xf, c) =>
        checkInstallation(
          xf,
          c,
          kube,
          helm,
          helmOk,
          p,
          { source, target, release, version },
          rendered,
          capabilities,
        ),
      )
    : Promise.resolve([]);
  if (p) {
    const mongoFindings = new Findings();
    const mongo = check('mongodb', undefined, async (mf) => {
      await checkMongo(mf, kube, p, source, (v) => log.mask(v));
      for (const x of mf.items) mongoFindings.items.push(x);
    });
    // The databases themselves (reads only), reached alongside the StatefulSet check and while the
    // chart renders, whose db-init hook credentials are checked once it has. Reported when MongoDB
    // was found or mongodb-uri points at it; otherwise the StatefulSet check's blocker says it all.
    void check('mongodb', undefined, async (df, c) => {
      const chart = deploymentsRead.then(() => rendered.chart);
      const databases = checkMongoDatabases(c, kube, p, { chart, target });
      await mongo;
      const found = ctx.inputs['mongodb-uri'] || !mongoFindings.blockers.some((b) => b.check === 'mongodb');
      const findings = await databases;
      if (found)
        for (const m of findings)
          (m.level === 'ok' ? df.ok : m.level === 'warn' ? df.warn : df.block).call(df, 'mongodb', m.detail);
    });
  }
  const migratedRead = p
    ? check('secrets', [] as KubeObject[], (sf, c) =>
        checkSecrets(sf, c, kube, p, { source, target, release, version }),
      )
    : Promise.resolve([] as KubeObject[]);

  const noStorage = { pvcs: [], problems: [], detectedProvider: 'generic' as Provider, evidence: [] };
  let provider = (i.provider === 'auto' ? 'generic' : i.provider) as Provider;
  const storageChecked = check('storage', noStorage, async (sf) => {
    const storage = p ? await findStorage(kube, source, p) : noStorage;
    for (const x of storage.problems) sf.block('storage', x);
    for (const x of storage.pvcs)
      sf.ok(
        'storage',
        `${x.name} Bound to PV ${x.pv} (${x.originalReclaimPolicy}, ${x.capacity ?? '?'}, class ${x.storageClass ?? '-'})`,
      );
    provider = (i.provider === 'auto' ? storage.detectedProvider : i.provider) as Provider;
    // A given provider decides which objects are adopted: one the cluster contradicts is refused.
    if (i.provider !== 'auto' && provider !== storage.detectedProvider && storage.evidence.length)
      sf.block(
        'provider',
        `--provider ${provider} contradicts the cluster, which is ${storage.detectedProvider}: ${storage.evidence.slice(0, 3).join('; ')}. Pass --provider ${storage.detectedProvider} or auto`,
      );
    else sf.ok('provider', `${provider}${i.provider === 'auto' ? ' (detected)' : ' (given)'}`);
    if (provider === 'aws')
      for (const x of storage.pvcs.filter((y) => y.name !== 'redis-persistent' && !y.efsId))
        sf.block('storage', `AWS: no EFS file system id found in the NFS source of PV ${x.pv} (${x.name})`);
    return storage;
  });

  // What the chart checks read, read while the chart renders.
  const chartReads = capabilities
    ? settle(storageChecked.then((storage) => readForChartChecks(kube, storage.pvcs, target)))
    : undefined;
  void check('chart', undefined, async (cf) => {
    const [, , migrated, storage] = await Promise.all([
      permissions,
      deploymentsRead,
      migratedRead,
      storageChecked,
    ]);
    // Without the permissions the chart checks need, the permission findings say it all.
    if (rendered.chart && !permissionFindings.blockers.some((b) => b.check === 'permissions'))
      await checkRenderedChart(
        cf,
        kube,
        rendered.chart,
        {
          pvcs: storage.pvcs,
          migrated,
          target,
          provider,
          providerClasses: profile
            ? [
                ...profile.storage.storageClasses[provider],
                ...(provider === 'aws' ? [profile.storage.awsRedisPersistentStorageClass] : []),
              ]
            : [],
        },
        chartReads && unsettle(chartReads),
      );
    else if (profile)
      cf.warn('chart', 'the chart was not rendered: its StorageClasses, claims and Secrets were NOT checked');
  });

  const traefikRead = check('traefik', false, async (tf) => {
    const found = await detectTraefik(kube, source, String(i.traefik), profile);
    tf.ok(
      'traefik',
      found ? 'bundled Traefik in use: its cluster objects will be adopted' : 'bundled Traefik not in use',
    );
    return found;
  });

  const noSnapshots: SnapshotPlan = { steps: [], waitFor: [], existing: [] };
  const snapshotRead = check('snapshots', noSnapshots, async (nf, c) =>
    checkSnapshots(
      nf,
      c,
      kube,
      source,
      (await storageChecked).pvcs.map((x) => x.name),
    ),
  );

  void check('target namespace', undefined, (tf) => checkTarget(tf, kube, target, release));
  void check('approval API', undefined, async (af) => {
    if (await approvalApiServed(kube))
      af.ok('approval API', 'approvalrequests.k2h.cognigy.ai is installed: `k2h gate` can ask for approval');
    else
      af.warn(
        'approval API',
        'approvalrequests.k2h.cognigy.ai is not installed: apply deploy/crd/approvalrequests.yaml and bind deploy/rbac/approval-roles.yaml for `k2h gate`, or gate downtime/rollback/cleanup on the platform (GitHub Environment) and pass --approved-by-platform',
      );
  });

  // Cluster first: the server's version decides whether anything else can be reported. Without
  // it, the checks already under way (reads, and a render that never starts without discovery)
  // are let finish before the error, so nothing of them is left behind.
  const server = await serverRead.catch(async (err: unknown) => {
    await Promise.allSettled(checks.map((c) => c.done));
    throw err;
  });
  // The bounds are the profile's (one source); without a profile they cannot be checked.
  checkKubernetesVersion(f, server.gitVersion, server.minor, profile?.kubernetes);
  // Strict X.Y.Z, and a local chart must be the version it is said to be.
  const versionProblems = chartVersionProblems(String(i.chart ?? ''), version);
  for (const p of versionProblems) f.block('chart version', p);
  if (profile && !versionProblems.length) f.ok('chart version', `${version} (>= ${profile.minVersion})`);
  else if (!profile) f.block('chart version', profileProblem);

  // Reported in order, each once it and those before it are done; an unreachable cluster ends all.
  for (const c of checks) {
    await c.done;
    f.items.push(...c.findings.items);
    await c.log.replay();
  }
  const [deployments, storage, traefik, snapshotPlan] = await Promise.all([
    deploymentsRead,
    storageChecked,
    traefikRead,
    snapshotRead,
  ]);

  const report = [
    ...table(
      ['check', 'result', 'detail'],
      f.items.map((x) => [
        x.check,
        x.level === 'ok' ? 'ok' : x.level === 'warn' ? 'warning' : 'BLOCKER',
        x.detail,
      ]),
    ),
  ];
  const steps: StepReport[] = f.items.map((x, n) => ({
    id: `check/${n}/${x.check}`,
    title: `${x.check}: ${x.detail}`,
    status: x.level === 'blocker' ? 'failed' : 'done',
    durationMs: 0,
    changes: x.level === 'warn' ? [`warning: ${x.detail}`] : [],
    error: x.level === 'blocker' ? x.detail : undefined,
  }));
  // Each finding once, marked: warnings and blockers go to the error stream and stand out.
  for (const x of f.items)
    if (x.level === 'blocker') log.error(`✗ ${x.check}: ${x.detail}`);
    else if (x.level === 'warn') log.warn(`${x.check}: ${x.detail}`);
    else log.info(`✓ ${x.check}: ${x.detail}`);

  const stateDir = String(i['state-dir']);
  // Dry-run leaves no file behind; the report is in the log and the job summary.
  if (!ctx.dryRun)
    writeReport(
      stateDir,
      report.map((l) => log.redact(l)),
    );
  const blockers = f.blockers;
  const outputs: Record<string, string> = {
    'product-version': version,
    provider,
    blockers: String(blockers.length),
  };
  const result = (error?: string): PhaseResult => ({
    phase: 'preflight',
    ok: !error,
    dryRun: ctx.dryRun,
    steps,
    outputs,
    report,
    error,
  });
  if (blockers.length)
    return result(
      `preflight found ${blockers.length} blocker(s):\n${blockers.map((b) => `  - ${b.check}: ${b.detail}`).join('\n')}`,
    );

  // A re-run must keep what earlier phases recorded (original reclaim policies, adoptions...):
  // read the newest record, the cluster copy included; a broken record fails rather than being replaced.
  // A record of another cluster or migration is refused there, naming both.
  const { store, previous, identity } = await unsettle(previousRead);
  const record: MigrationRecord = {
    schemaVersion: RECORD_SCHEMA_VERSION,
    kind: RECORD_KIND,
    id: previous?.id ?? randomUUID(),
    generation: previous?.generation ?? 0,
    createdAt: previous?.createdAt ?? new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    k2hVersion: K2H_VERSION,
    sourceNamespace: source,
    targetNamespace: target,
    release,
    cluster: { uid: identity.uid, server: identity.server, version: server.gitVersion },
    product: { version, chart: String(i.chart), chartVersion: version },
    provider,
    traefik,
    cognigyApps: i['cognigy-apps'] === true,
    // A re-run after the downtime began must not forget the replicas the installation had.
    deployments: mergeDeployments(previous?.deployments, deployments),
    pvcs: storage.pvcs.map((p) => {
      // Keep the reclaim policy seen before k2h changed it, when re-run after prepare-storage.
      const before = previous?.pvcs.find((x) => x.name === p.name && x.pv === p.pv);
      return before ? { ...p, originalReclaimPolicy: before.originalReclaimPolicy } : p;
    }),
    migratedSecrets: previous?.migratedSecrets ?? [],
    // What the chart renders for storage: the claims and classes prepare-storage and downtime create.
    ...(rendered.chart ? { chart: chartStorageFacts(rendered.chart) } : {}),
    adoptions: previous?.adoptions ?? [],
    phases: { ...(previous?.phases ?? {}) },
  };
  record.phases.preflight = {
    status: ctx.dryRun ? 'planned' : 'succeeded',
    startedAt: record.updatedAt,
    finishedAt: new Date().toISOString(),
  };
  const creates = snapshotPlan.steps.some((st) => !st.isDone(undefined));
  // Without snapshots to create preflight changes nothing in the cluster: the record is written
  // locally only and the first mutating phase mirrors it. Snapshots are created only after the
  // record exists, mirrored too, so what k2h creates is on record before it is created.
  if (!ctx.dryRun) {
    record.snapshots = snapshotPlan.existing;
    await store.save(record, { mirror: creates });
    log.info(`migration record written to ${store.file}`);
  } else log.info(`dry-run: the migration record would be written to ${store.file}`);

  if (snapshotPlan.steps.length || snapshotPlan.waitFor.length) {
    // Independent creates: one stage, in parallel, decided from the snapshots already listed.
    const snap = await runStages([{ name: 'snapshots', steps: snapshotPlan.steps }], {
      dryRun: ctx.dryRun,
      logger: log,
      signal: ctx.signal,
    });
    steps.push(...snap.reports);
    if (snap.error) return result(snap.error.message);
    if (!ctx.dryRun) {
      // Created snapshots are backups only once ready: waited for, with a deadline and progress.
      const ready = await log
        .group('snapshots: ready to use', () =>
          waitForSnapshots(kube, source, snapshotPlan.waitFor, {
            timeoutMs: snapshotTimeoutMs(ctx.env),
            onProgress: (t) => log.info(`VolumeSnapshots: ${t}`),
            signal: ctx.signal,
          }),
        )
        .catch((err: Error) => err);
      if (ready instanceof Error) return result(ready.message);
      record.snapshots = [
        ...snapshotPlan.existing,
        ...ready.map((s) => ({
          name: s.metadata.name,
          pvc: String(s.spec?.source?.persistentVolumeClaimName),
          uid: s.metadata.uid,
          createdByK2h: createdByK2h(s),
        })),
      ];
      // Mirrored: what k2h created (with its uid) is in the cluster's copy too, for a rollback or
      // clean-up without the state dir; the next phase then finds the two copies in step.
      await store.save(record, { mirror: creates });
      log.info(`VolumeSnapshots ready: ${ready.map((s) => s.metadata.name).join(', ')}`);
    }
  }
  return result();
}

function mergeDeployments(
  previous: Array<{ name: string; replicas: number }> | undefined,
  now: Array<{ name: string; replicas: number }>,
) {
  if (!previous?.length) return now;
  const prev = new Map(previous.map((d) => [d.name, d.replicas]));
  return now.map((d) =>
    d.replicas === 0 && (prev.get(d.name) ?? 0) > 0 ? { ...d, replicas: prev.get(d.name)! } : d,
  );
}

function checkKubernetesVersion(
  f: Findings,
  gitVersion: string,
  minorText: string,
  bounds: { min: string; maxTested: string } | undefined,
) {
  const minor = parseInt(minorText, 10);
  const minorOf = (v: string) => parseInt(v.split('.')[1] ?? '', 10);
  if (!Number.isFinite(minor)) f.warn('kubernetes', `cannot parse server version ${gitVersion}`);
  else if (!bounds)
    f.warn('kubernetes', `server ${gitVersion}; not compared with a supported range (no chart version)`);
  else if (minor < minorOf(bounds.min))
    f.block('kubernetes', `server ${gitVersion} is older than ${bounds.min}, the runbook's minimum`);
  else if (minor > minorOf(bounds.maxTested))
    f.warn(
      'kubernetes',
      `server ${gitVersion} is newer than the runbook's tested range ${bounds.min}–${bounds.maxTested}`,
    );
  else f.ok('kubernetes', `server ${gitVersion}`);
}

async function checkHelm(f: Findings, helm: Helm, minVersion: string, needed: boolean): Promise<boolean> {
  try {
    const v = await helm.version();
    if (compareVersions(`${v.major}.${v.minor}.${v.patch}`, minVersion) < 0) {
      f.block('helm', `helm ${v.raw} is older than ${minVersion}`);
      return false;
    }
    f.ok('helm', `helm ${v.raw}${v.major >= 4 ? ' (Helm 4)' : ''}`);
    return true;
  } catch (err) {
    // Without the image check this preflight does not use helm: say so, never show it passed.
    if (!needed)
      f.warn(
        'helm',
        `${errorMessage(err)}; not needed with --image-check false, but helm-install will need helm ${minVersion} or later`,
      );
    else f.block('helm', errorMessage(err));
    return false;
  }
}

async function checkPermissions(
  f: Findings,
  kube: Kube,
  source: string,
  target: string,
  mongo: string,
  sourceSecrets?: string[],
) {
  const needed = neededPermissions(source, target, mongo, sourceSecrets);
  const answers = await kube.canI(needed);
  const missing = needed.filter((_, n) => !answers[n]);
  if (!missing.length) f.ok('permissions', `all ${needed.length} permissions granted`);
  for (const m of missing)
    f.block('permissions', `missing: ${describePermission(m)} (needed by ${m.neededBy})`);
}

async function checkInstallation(
  f: Findings,
  ctx: PhaseContext,
  kube: Kube,
  helm: Helm,
  helmOk: Promise<boolean>,
  profile: CognigyProfile,
  o: { source: string; target: string; release: string; version: string },
  rendered: { chart?: RenderedChart },
  capabilities: Promise<ClusterCapabilities> | undefined,
): Promise<Array<{ name: string; replicas: number }>> {
  // The chart renders while the deployments are read and helm's version is checked: it needs only
  // helm and the cluster's capabilities (a render by a helm the check refuses is not looked at).
  // The registry login lands in a throw-away registry config, never in the user's.
  const registryDir = capabilities ? mkdtempSync(join(tmpdir(), 'k2h-registry-')) : undefined;
  const render = registryDir
    ? settle(
        (async () => {
          const caps = await capabilities!;
          const h = helm.withEnv({ HELM_REGISTRY_CONFIG: join(registryDir, 'config.json') });
          await registryLogin(ctx, h, String(ctx.inputs.chart));
          // Rendered as the cluster would: the real chart's kubeVersion and Traefik's IngressClass need it.
          return renderChart(h, {
            release: o.release,
            chart: String(ctx.inputs.chart),
            version: o.version,
            namespace: o.target,
            values: String(ctx.inputs.values ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            capabilities: caps,
          });
        })(),
      )
    : undefined;
  try {
    const all = await kube.list('apps/v1', 'Deployment', o.source);
    const mine = all.filter((d) => isInstallationDeployment(profile, d.metadata.name));
    if (!mine.length) {
      f.block('installation', `no Cognigy.AI deployments in namespace ${o.source}`);
      return [];
    }
    const expected = profile.workloads.deployments.filter((n) => !mine.some((d) => d.metadata.name === n));
    f.ok(
      'installation',
      `${mine.length} Cognigy.AI deployments in ${o.source} (${all.length - mine.length} unrelated left alone)` +
        (expected.length ? `; not present: ${expected.join(', ')}` : ''),
    );
    if (!render) {
      f.warn('version', 'image check disabled: the installation version was NOT verified against the chart');
    } else if (!(await helmOk)) {
      f.block('version', 'cannot compare the running images with the chart: helm is not usable');
    } else {
      try {
        rendered.chart = await unsettle(render);
        const cmp = compareImages(imagesOfDeployments(mine), renderedImages(rendered.chart!));
        if (!cmp.compared)
          f.block(
            'version',
            `the chart ${ctx.inputs.chart} ${o.version} renders none of the installation's deployments`,
          );
        else if (cmp.mismatches.length) {
          f.block(
            'version',
            `the installation is not at chart version ${o.version}: ${cmp.mismatches.length} image mismatch(es); upgrade the kustomize installation or pick the matching chart version`,
          );
          for (const m of cmp.mismatches) f.block('version', m);
        } else
          f.ok('version', `all ${cmp.compared} compared deployments run the images of chart ${o.version}`);
        if (cmp.notInChart.length)
          f.warn('version', `not rendered by the chart: ${cmp.notInChart.join(', ')}`);
      } catch (err) {
        // helm's messages span lines ("Use --debug flag…"): one line keeps the report's table intact.
        const text = errorMessage(err).replace(/\s*\n\s*/g, ' ');
        const kv = /chart requires kubeVersion: (\S+) which is incompatible with Kubernetes (\S+)/.exec(text);
        f.block(
          'version',
          kv
            ? `the chart ${ctx.inputs.chart} ${o.version} requires Kubernetes ${kv[1]} (its kubeVersion) and the cluster runs ${kv[2]}: helm would refuse to install it; migrate on a cluster version the chart supports`
            : `cannot render the chart ${ctx.inputs.chart} ${o.version}: ${text}`,
        );
      }
    }
    return mine.map((d) => ({ name: d.metadata.name, replicas: d.spec?.replicas ?? 1 }));
  } finally {
    // The render is waited for (it never throws here) before its registry config goes.
    await render;
    if (registryDir) rmSync(registryDir, { recursive: true, force: true });
  }
}

async function registryLogin(ctx: PhaseContext, helm: Helm, chart: string) {
  const user = ctx.inputs['registry-username'] as string | undefined;
  const pass = ctx.inputs['registry-password'] as string | undefined;
  if (!!user !== !!pass)
    throw new ConfigurationError('registry-username and registry-password go together: set both, or neither');
  if (!chart.startsWith('oci://') || !user || !pass) return;
  await helm.registryLogin(chart.slice('oci://'.length).split('/')[0], user, pass);
}

async function checkMongo(
  f: Findings,
  kube: Kube,
  profile: CognigyProfile,
  source: string,
  mask: (value: string) => void,
) {
  const m = profile.mongodb;
  // Both at once; the Secret (and a failure to read it) counts only when the StatefulSet is there.
  const secretRead = settle(
    kube.get('v1', 'Secret', m.rootSecret, m.namespace).then((secret) => {
      // Every value read is masked, even one that is only checked for presence.
      for (const v of Object.values<string>(secret?.data ?? {}))
        mask(Buffer.from(v, 'base64').toString('utf8'));
      return secret;
    }),
  );
  const sts = await kube.get('apps/v1', 'StatefulSet', m.statefulSet, m.namespace);
  if (sts) {
    f.ok(
      'mongodb',
      `MongoDB Helm chart: StatefulSet ${m.namespace}/${m.statefulSet} with ${sts.spec?.replicas ?? '?'} replicas`,
    );
    const secret = await unsettle(secretRead);
    if (!secret?.data?.[m.rootSecretKey])
      f.block(
        'mongodb',
        `Secret ${m.namespace}/${m.rootSecret} with key ${m.rootSecretKey} not found (needed for the database copy)`,
      );
    return;
  }
  const legacy = await kube.get('apps/v1', 'Deployment', m.legacyDeployment, source);
  if (legacy)
    f.block(
      'mongodb',
      `only the legacy single-replica MongoDB (${source}/${m.legacyDeployment}) runs: the Helm chart needs the MongoDB Helm chart; follow the single- to multi-replica MongoDB migration guide first`,
    );
  else f.block('mongodb', `MongoDB Helm chart not found (StatefulSet ${m.namespace}/${m.statefulSet})`);
}

async function checkSecrets(
  f: Findings,
  ctx: PhaseContext,
  kube: Kube,
  profile: CognigyProfile,
  o: { source: string; target: string; release: string; version: string },
): Promise<KubeObject[]> {
  const dir = ctx.inputs['secrets-dir'] as string | undefined;
  const src = await readSecretSource(
    { kube, dir, namespace: o.source, profile, cognigyApps: ctx.inputs['cognigy-apps'] === true },
    ctx.logger,
  );
  for (const p of src.problems) f.block('secrets', p);
  const res = migrateSecrets({
    secrets: src.secrets,
    version: o.version,
    release: o.release,
    namespace: o.target,
    cognigyApps: ctx.inputs['cognigy-apps'] === true,
  });
  for (const m of res.missing) f.block('secrets', `missing: ${m.name}${dir ? ` (file ${m.file})` : ''}`);
  for (const x of res.invalid) f.block('secrets', `${x.name}: ${x.problem}`);
  if (!res.missing.length && !res.invalid.length && !src.problems.length)
    f.ok(
      'secrets',
      `${res.secrets.length} secrets to migrate found in ${src.from}; connection strings parse`,
    );
  return res.secrets as unknown as KubeObject[];
}

async function detectTraefik(
  kube: Kube,
  source: string,
  given: string,
  profile?: CognigyProfile,
): Promise<boolean> {
  if (given !== 'auto') return given === 'true';
  const name = profile?.traefik.ingressClasses[0] ?? 'traefik';
  const [ic, dep] = await Promise.all([
    kube.get('networking.k8s.io/v1', 'IngressClass', name),
    kube.get('apps/v1', 'Deployment', profile?.traefik.service ?? 'traefik', source),
  ]);
  return !!ic && !!dep;
}

async function checkSnapshots(
  f: Findings,
  ctx: PhaseContext,
  kube: Kube,
  source: string,
  pvcs: string[],
): Promise<SnapshotPlan> {
  if (!(await kube.hasApi(SNAPSHOT_API))) {
    if (ctx.inputs['acknowledge-no-snapshots'] === true)
      f.warn(
        'snapshots',
        'no VolumeSnapshot API: backups of the PVs outside Kubernetes acknowledged by input',
      );
    else
      f.block(
        'snapshots',
        'the cluster has no VolumeSnapshot API: make backups of the PVs with your cloud provider, then set acknowledge-no-snapshots',
      );
    return { steps: [], waitFor: [], existing: [] };
  }
  const snaps: KubeObject[] = await kube.list(SNAPSHOT_API, 'VolumeSnapshot', source);
  const create = ctx.inputs['create-snapshots'] === true;
  const acknowledged = ctx.inputs['acknowledge-no-snapshots'] === true;
  const plan: SnapshotPlan = { steps: [], waitFor: [], existing: [] };
  const missing: string[] = [];
  for (const p of pvcs) {
    const of = snaps.filter((s) => s.spec?.source?.persistentVolumeClaimName === p);
    // A snapshot counts only when its controller says it is ready to use.
    const ready = of.find(snapshotReady);
    if (ready) {
      f.ok('snapshots', `VolumeSnapshot ${ready.metadata.name} of ${p} is ready to use`);
      plan.existing.push({
        name: ready.metadata.name,
        pvc: p,
        uid: ready.metadata.uid,
        createdByK2h: createdByK2h(ready),
      });
      continue;
    }
    const ours = of.find((s) => s.metadata.name === snapshotName(p));
    if (create) {
      // k2h's own snapshot from an earlier run is waited for, not created again.
      if (!ours) missing.push(p);
      plan.waitFor.push(snapshotName(p));
      continue;
    }
    const detail = of.length
      ? `VolumeSnapshot ${of.map((s) => `${s.metadata.name} ${snapshotState(s)}`).join(', ')} of PVC ${source}/${p} is no backup yet`
      : `no VolumeSnapshot of PVC ${source}/${p}`;
    if (acknowledged) f.warn('snapshots', `${detail} (acknowledged)`);
    else f.block('snapshots', `${detail}: wait until it is ready, create one, or set create-snapshots`);
  }
  if (create)
    plan.steps = snapshotSteps(
      kube,
      source,
      missing,
      ctx.inputs['snapshot-class'] as string | undefined,
      snaps,
    );
  return plan;
}

/** What preflight does about snapshots once the record exists. */
interface SnapshotPlan {
  steps: Step[];
  /** Snapshots (k2h's) that must become ready before preflight succeeds. */
  waitFor: string[];
  /** Ready snapshots found. */
  existing: SnapshotFact[];
}

/** Objects every namespace gets by itself. */
const NAMESPACE_DEFAULTS = new Set(['ConfigMap/kube-root-ca.crt', 'ServiceAccount/default']);

async function checkTarget(f: Findings, kube: Kube, target: string, release: string) {
  const ns = await kube.get('v1', 'Namespace', target);
  if (!ns) {
    f.ok('target namespace', `${target} does not exist yet`);
    return;
  }
  const kinds: Array<[string, string]> = [
    ['v1', 'Secret'],
    ['v1', 'ConfigMap'],
    ['v1', 'PersistentVolumeClaim'],
    ['v1', 'Service'],
    ['v1', 'ServiceAccount'],
    ['v1', 'Pod'],
    ['apps/v1', 'Deployment'],
    ['apps/v1', 'StatefulSet'],
  ];
  const foreign: string[] = [];
  // One LIST per kind, all at once.
  const lists = await Promise.all(kinds.map(([apiVersion, kind]) => kube.list(apiVersion, kind, target)));
  for (const [n, [, kind]] of kinds.entries()) {
    for (const o of lists[n]) {
      const id = `${kind}/${o.metadata.name}`;
      if (NAMESPACE_DEFAULTS.has(id)) continue;
      if (!createdByK2h(o)) foreign.push(id);
    }
  }
  if (foreign.length)
    f.block(
      'target namespace',
      `${target} already holds objects k2h did not create (${foreign.slice(0, 8).join(', ')}${foreign.length > 8 ? `, +${foreign.length - 8} more` : ''}); ` +
        `a release '${release}' or another workload may be there: choose another target-namespace or clean it up`,
    );
  else f.ok('target namespace', `${target} exists and holds only k2h's own objects`);
}

function writeReport(stateDir: string, report: string[]) {
  try {
    mkdirSync(stateDir, { recursive: true });
    writeFileAtomic(join(stateDir, 'preflight-report.md'), ['# k2h preflight', '', ...report, ''].join('\n'));
  } catch {
    /* the report also goes to the log and the job summary */
  }
}

export const preflight: PhaseDefinition = { ...preflightSpec, run: runPreflight };
