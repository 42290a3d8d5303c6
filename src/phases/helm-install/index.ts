/**
 * helm-install: `helm upgrade --install` of the Cognigy.AI chart over the adopted objects and
 * the rebound claims, then verification (workloads Ready, claims on the recorded PVs, the
 * release deployed) and the Traefik address.
 *
 * Never `--atomic` / `--rollback-on-failure`: on a first install a rollback deletes what the
 * release adopted (migrated secrets, StorageClasses, the rebound claims). Helm 4 applies
 * server-side, so fields kubectl wrote (Traefik's ClusterRole rules, bindings' subjects) conflict
 * until the release owns them: `--force-conflicts` until the first install has succeeded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatDuration } from '../../core/duration';
import { ConfigurationError, errorMessage } from '../../core/errors';
import { profileFor } from '../../cognigy/profile';
import type { Helm } from '../../helm/helm';
import { latestRevision, releaseSelector } from '../../helm/release';
import type { KubeObject } from '../../kube/client';
import { Observation } from '../../kube/observation';
import { notReadyReason, readinessProgress } from '../../kube/readiness';
import { waitUntil } from '../../kube/wait';
import type { MigrationRecord } from '../../record/schema';
import { outageMs } from '../../record/timings';
import type { Step } from '../../steps/step';
import { loadRecord } from '../load-record';
import { runPhaseSteps } from '../run-steps';
import type { PhaseContext, PhaseDefinition, PhaseResult } from '../types';
import { preInstallChecks } from './pre-checks';
import { installDigest, readValuesFiles, recordedValues } from './values';
import { helmInstallSpec, OUTAGE_OUTPUT } from '../specs';

const TRAEFIK_SERVICE = 'traefik';
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet'] as const;

/** "10m", "90s", "1h30m" -> milliseconds (helm's --timeout spelling). */
export function parseHelmDuration(text: string): number {
  const re = /(\d+(?:\.\d+)?)(h|m|s|ms)/g;
  let total = 0;
  let consumed = '';
  for (const m of text.matchAll(re)) {
    total += Number(m[1]) * { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }[m[2] as 'h' | 'm' | 's' | 'ms'];
    consumed += m[0];
  }
  if (!text || consumed !== text || total <= 0)
    throw new ConfigurationError(`helm-timeout must be a duration like 10m, 90s or 1h30m; got '${text}'`);
  return total;
}

/** The recorded values helm needs besides the user's (AWS: the EFS ids of the rebound volumes). */
function recordedChartValues(record: MigrationRecord): Record<string, string> {
  if (record.provider !== 'aws') return {};
  const keys = profileFor(record.product.version).storage.efsValuesKeys;
  const id = (n: string) => record.pvcs.find((p) => p.name === n)?.efsId;
  const out: Record<string, string> = {};
  const fm = id('flow-modules');
  const fn = id('functions');
  if (fm) out[keys.flowModules] = fm;
  if (fn) out[keys.functions] = fn;
  return out;
}

/** The Service's external address: an IP or a hostname, or undefined while it has none. */
function lbAddress(svc: KubeObject | undefined): string | undefined {
  const ing = (svc?.status as { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } })
    ?.loadBalancer?.ingress?.[0];
  return ing?.ip ?? ing?.hostname;
}

/** Everything wrong before helm may run, found together. Nothing is changed while checking. */
function preconditions(record: MigrationRecord, obs: Observation, chartVersion: string): string[] {
  const problems: string[] = [];
  const downtime = record.phases.downtime?.status;
  if (downtime !== 'succeeded')
    problems.push(
      `the downtime phase has not succeeded (${downtime ?? 'not run'}): the claims must be rebound before the release is installed`,
    );
  if (chartVersion !== record.product.chartVersion)
    problems.push(
      `chart-version is ${chartVersion} but preflight checked the installation against ${record.product.chartVersion}; the chart must be the version the kustomize installation runs`,
    );
  for (const p of record.pvcs) {
    const pvc = obs.get('v1', 'PersistentVolumeClaim', p.name, record.targetNamespace);
    if (!pvc) problems.push(`PVC ${record.targetNamespace}/${p.name} does not exist; re-run downtime`);
    else if (pvc.spec?.volumeName !== p.pv || pvc.status?.phase !== 'Bound')
      problems.push(
        `PVC ${record.targetNamespace}/${p.name} is ${pvc.status?.phase ?? 'unknown'} on '${pvc.spec?.volumeName ?? ''}', the record says Bound on ${p.pv}`,
      );
  }
  return problems;
}

async function runHelmInstall(ctx: PhaseContext): Promise<PhaseResult> {
  const { record, store } = await loadRecord(ctx);
  const kube = await ctx.kube();
  const ns = record.targetNamespace;
  const release = record.release;
  const chart = String(ctx.inputs.chart);
  const chartVersion = String(ctx.inputs['chart-version'] ?? record.product.chartVersion);
  const timeoutText = String(ctx.inputs['helm-timeout'] ?? '10m');
  const timeoutMs = parseHelmDuration(timeoutText);
  const valuesFiles = String(ctx.inputs.values ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => resolve(f));
  const user = ctx.inputs['registry-username'] as string | undefined;
  const pass = ctx.inputs['registry-password'] as string | undefined;
  if (!!user !== !!pass)
    throw new ConfigurationError('registry-username and registry-password go together: set both, or neither');

  // Inputs that cannot work are refused before anything connects to helm or changes the cluster.
  const docs = readValuesFiles(valuesFiles);
  const recorded = recordedValues(
    recordedChartValues(record),
    docs.map((d) => d.doc),
  );
  const obs = await Observation.of(kube, [
    { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: ns },
    { apiVersion: 'v1', kind: 'Secret', namespace: ns, labelSelector: releaseSelector(release) },
    { apiVersion: 'v1', kind: 'Service', namespace: ns, names: [TRAEFIK_SERVICE] },
    { apiVersion: 'v1', kind: 'Service', namespace: record.sourceNamespace, names: [TRAEFIK_SERVICE] },
    ...WORKLOAD_KINDS.map((kind) => ({ apiVersion: 'apps/v1', kind, namespace: ns })),
  ]);
  const problems = [...preconditions(record, obs, chartVersion), ...recorded.contradictions];
  const digest = installDigest({
    chart,
    version: chartVersion,
    texts: docs.map((d) => d.text),
    set: recorded.set,
  });
  const latest = () => latestRevision(obs.list('v1', 'Secret', ns), release);
  const installed = () => {
    const r = latest();
    return (
      !!r &&
      r.status === 'deployed' &&
      r.chartVersion === chartVersion &&
      record.helmInstall?.digest === digest
    );
  };
  const firstInstall = !obs.list('v1', 'Secret', ns).some((s) => s.metadata.labels?.status === 'deployed');

  // helm gets a throw-away kubeconfig and registry config for this phase, removed at its end.
  const dir = mkdtempSync(join(tmpdir(), 'k2h-helm-'));
  try {
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, kube.config.exportConfig(), { mode: 0o600 });
    const helm = ctx.helm().withEnv({ HELM_REGISTRY_CONFIG: join(dir, 'registry.json') });
    if (!installed()) {
      // Read-only, before the first write: helm answers, the registry accepts us, the chart fits.
      const v = await helm.version().catch((err: unknown) => {
        problems.push(errorMessage(err));
        return undefined;
      });
      if (v && user && pass && chart.startsWith('oci://')) {
        ctx.logger.mask(pass);
        await helm
          .registryLogin(chart.slice('oci://'.length).split('/')[0], user, pass)
          .catch((err: unknown) => {
            problems.push(
              `helm registry login to ${chart.slice('oci://'.length).split('/')[0]} was refused: ${errorMessage(err)}`,
            );
          });
      }
      if (v && !problems.length) {
        const checks = await preInstallChecks({
          kube,
          helm,
          release,
          namespace: ns,
          chart,
          chartVersion,
          valuesFiles,
          set: recorded.set,
          firstInstall,
          acceptValuesOverrides: ctx.inputs['accept-values-overrides'] === true,
        });
        problems.push(...checks.problems);
        for (const n of checks.notes) ctx.logger.info(n);
      }
    }
    if (problems.length)
      throw new ConfigurationError(
        `helm-install cannot start; nothing was changed:\n  - ${problems.join('\n  - ')}`,
      );
    return await installAndVerify(helm, kubeconfig);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  async function installAndVerify(helm: Helm, kubeconfig: string): Promise<PhaseResult> {
    const install: Step<Observation> = {
      id: `helm-upgrade-install/${release}`,
      title: `helm upgrade --install ${release} ${chart} ${chartVersion}`,
      isDone: () => installed(),
      describe: () => [
        `helm upgrade --install ${release} ${chart} --namespace ${ns} --version ${chartVersion}` +
          valuesFiles.map((f) => ` --values ${f}`).join('') +
          Object.entries(recorded.set)
            .map(([k, v]) => ` --set ${k}=${v}`)
            .join('') +
          ` --timeout ${timeoutText}` +
          (firstInstall ? ' (Helm 4: --force-conflicts, first install over adopted objects)' : ''),
      ],
      writeAhead: () => {
        // When the release was first Ready is kept: a later re-install does not end the outage again.
        const readyAt = record.helmInstall?.readyAt;
        record.helmInstall = {
          chart,
          chartVersion,
          digest,
          startedAt: new Date().toISOString(),
          ...(readyAt ? { readyAt } : {}),
        };
        return true;
      },
      apply: async () => {
        const changes: string[] = [];
        // A helm that died mid-install leaves its revision pending-install/-upgrade, and every
        // later helm refuses ("another operation is in progress"). k2h holds the migration lock,
        // so no k2h run is behind it: the pending revision's record is removed (only that one;
        // a deployed revision stays, so helm upgrades from it) and the install runs again.
        const pending = latest();
        if (pending && pending.status.startsWith('pending-')) {
          const secret = obs
            .list('v1', 'Secret', ns)
            .find(
              (x) =>
                x.metadata.labels?.version === String(pending.revision) &&
                x.metadata.labels?.name === release,
            );
          if (secret) {
            await ctx.lock?.();
            await kube.delete('v1', 'Secret', secret.metadata.name, ns, false, secret.metadata.uid);
            obs.remove('v1', 'Secret', secret.metadata.name, ns);
            const text = `revision ${pending.revision} of ${release} was left ${pending.status} by a helm that stopped; removed its release record (k2h holds the migration lock) and install again`;
            ctx.logger.warn(text);
            changes.push(text);
          }
        }
        changes.push(
          ...(await helmUpgrade(ctx, helm, kubeconfig, {
            release,
            chart,
            chartVersion,
            ns,
            valuesFiles,
            set: recorded.set,
            timeoutText,
            firstInstall: firstInstall,
          })),
        );
        const after = await kube.list('v1', 'Secret', ns, releaseSelector(release));
        for (const s of after) obs.put(s);
        const r = latest();
        if (r?.status === 'deployed' && r.chartVersion === chartVersion)
          record.helmInstall!.revision = r.revision;
        return changes;
      },
    };

    const outputs: Record<string, string> = {};
    const report: string[] = [];
    // A finished phase re-run verifies from the one observation and writes nothing.
    const finished = () => record.phases['helm-install']?.status === 'succeeded' && installed();
    // What this run's own waits and checks proved (the engine re-checks isDone after apply).
    const proved = { ready: false, verified: false };
    const ofRelease = (objs: KubeObject[]) =>
      objs.filter((o) => o.metadata.annotations?.['meta.helm.sh/release-name'] === release);
    const allReady = (o: Observation) =>
      WORKLOAD_KINDS.every((kind) => ofRelease(o.list('apps/v1', kind, ns)).every((w) => !notReadyReason(w)));
    const ready: Step<Observation> = {
      id: `verify/workloads`,
      title: `the release's Deployments and StatefulSets Ready`,
      isDone: (o) => proved.ready || (finished() && allReady(o)),
      describe: () => [
        `wait up to ${timeoutText} until every Deployment and StatefulSet of ${release} is Ready`,
      ],
      apply: async (_o, run) => {
        const done: string[] = [];
        await Promise.all(
          WORKLOAD_KINDS.map(async (kind) => {
            let total = 0;
            try {
              const objs = await waitUntil(kube, {
                apiVersion: 'apps/v1',
                kind,
                namespace: ns,
                description: `the ${kind}s of ${release} to become Ready`,
                until: (all) => {
                  const mine = ofRelease(all);
                  total = mine.length;
                  return mine.every((o) => !notReadyReason(o));
                },
                progress: (all) => `${kind}s: ${readinessProgress(ofRelease(all), ofRelease(all).length)}`,
                onProgress: (t) => ctx.logger.info(t),
                timeoutMs,
                signal: run.signal,
              });
              total = ofRelease(objs).length;
            } catch (err) {
              throw new ConfigurationError(
                `${errorMessage(err)}\nThe release is installed but not healthy. Look at the pods (kubectl -n ${ns} get pods; describe the waiting ones), fix the values and re-run helm-install, or go back to the kustomize installation: k2h gate --for rollback, then k2h rollback.`,
              );
            }
            done.push(`${total} ${kind}s Ready`);
          }),
        );
        proved.ready = true;
        if (record.helmInstall) record.helmInstall.readyAt ??= new Date().toISOString();
        return done;
      },
    };
    const verify: Step<Observation> = {
      id: `verify/claims-and-release`,
      title: `claims on the recorded PVs, release deployed`,
      isDone: (o) =>
        proved.verified ||
        (finished() &&
          record.pvcs.every((p) => {
            const pvc = o.get('v1', 'PersistentVolumeClaim', p.name, ns);
            return pvc?.spec?.volumeName === p.pv && pvc.status?.phase === 'Bound';
          })),
      describe: () => [
        `check ${record.pvcs.map((p) => p.name).join(', ')} still Bound to ${record.pvcs.map((p) => p.pv).join(', ')}`,
        `check release ${release} is deployed at ${chartVersion}; report the Traefik address`,
      ],
      apply: async () => {
        const fresh = await Observation.of(kube, [
          { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: ns },
          { apiVersion: 'v1', kind: 'Secret', namespace: ns, labelSelector: releaseSelector(release) },
          { apiVersion: 'v1', kind: 'Service', namespace: ns, names: [TRAEFIK_SERVICE] },
        ]);
        const wrong = record.pvcs.flatMap((p) => {
          const pvc = fresh.get('v1', 'PersistentVolumeClaim', p.name, ns);
          return pvc?.spec?.volumeName === p.pv && pvc.status?.phase === 'Bound'
            ? []
            : [`PVC ${ns}/${p.name} is no longer Bound to ${p.pv}`];
        });
        const r = latestRevision(fresh.list('v1', 'Secret', ns), release);
        if (r?.status !== 'deployed')
          wrong.push(`release ${release} is ${r?.status ?? 'missing'}, not deployed`);
        if (wrong.length) throw new ConfigurationError(wrong.join('; '));
        const now = lbAddress(fresh.get('v1', 'Service', TRAEFIK_SERVICE, ns));
        const before =
          record.traefikAddress ??
          lbAddress(obs.get('v1', 'Service', TRAEFIK_SERVICE, record.sourceNamespace));
        const lines = [`release ${release} revision ${r?.revision} deployed; claims on their recorded PVs`];
        if (now) {
          outputs['traefik-address'] = now;
          const change = before ? (before === now ? 'no' : 'yes') : 'unknown';
          outputs['dns-change'] = change;
          const text =
            change === 'yes'
              ? `Traefik's address changed from ${before} to ${now}: point the DNS records at ${now}`
              : change === 'no'
                ? `Traefik's address is still ${now}: DNS needs no change`
                : `Traefik's address is ${now} (the old address is not known): check the DNS records`;
          lines.push(text);
          report.push(text);
        }
        proved.verified = true;
        return lines;
      },
    };

    const result = await runPhaseSteps(
      ctx,
      'helm-install',
      [
        { name: 'install the release', steps: [install] },
        { name: 'verify', steps: [ready, verify], concurrency: 1 },
      ],
      { record, store, observation: obs, outputs, report },
    );
    const offline = result.ok && !ctx.dryRun ? outageMs(record) : undefined;
    if (offline === undefined) return result;
    return {
      ...result,
      outputs: { ...result.outputs, [OUTAGE_OUTPUT]: (offline / 1000).toFixed(1) },
      report: [
        ...result.report,
        `Cognigy.AI was offline for ${formatDuration(offline)}: from the downtime stage's first scale-down to every workload of the release Ready`,
      ],
    };
  }
}

interface UpgradeCall {
  release: string;
  chart: string;
  chartVersion: string;
  ns: string;
  valuesFiles: string[];
  set: Record<string, string>;
  timeoutText: string;
  firstInstall: boolean;
}

/** Runs `helm upgrade --install` (the caller made the throw-away kubeconfig and registry config). */
async function helmUpgrade(
  ctx: PhaseContext,
  helm: Helm,
  kubeconfig: string,
  c: UpgradeCall,
): Promise<string[]> {
  // helm changes the cluster outside the Kube client: take the run lock first.
  await ctx.lock?.();
  const v = await helm.version();
  const force = c.firstInstall && v.major >= 4;
  if (force)
    ctx.logger.info(
      'Helm 4 applies server-side: --force-conflicts takes over the fields kubectl wrote on the adopted objects (first install only)',
    );
  await helm.upgradeInstall(c.release, c.chart, {
    namespace: c.ns,
    version: c.chartVersion,
    values: c.valuesFiles,
    set: c.set,
    timeout: c.timeoutText,
    kubeconfig,
    forceConflicts: force,
    rollbackOnFailure: false,
  });
  return [`helm ${v.raw}: release ${c.release} installed from ${c.chart} ${c.chartVersion}`];
}

/** helm upgrade --install of the Cognigy.AI chart and verification. */
export const helmInstall: PhaseDefinition = { ...helmInstallSpec, run: runHelmInstall };
