/**
 * Preflight's checks of the rendered chart against the cluster: StorageClasses whose immutable
 * fields differ, the claims the chart expects against the recorded PVs, Secrets the values would
 * overwrite, Secrets the pods need. Read-only; each finding names objects and keys, never values.
 */
import { findRendered, type RenderedChart } from '../helm/render';
import { expectedClaims } from '../helm/chart-storage';
import type { Kube, KubeObject } from '../kube/client';
import type { PvcFact } from '../record/schema';
import {
  claimFitsVolume,
  describeOverride,
  describeReplacement,
  missingSecrets,
  storageClassReplacements,
  valuesOverrides,
} from './chart-checks';

/** Where findings go (preflight's Findings). */
export interface FindingSink {
  ok(check: string, detail: string): void;
  warn(check: string, detail: string): void;
  block(check: string, detail: string): void;
}

/** What the chart checks read from the cluster (they need no rendered chart to be read). */
export interface ChartCheckReads {
  classList: KubeObject[];
  /** The recorded claims' volumes, in their order (undefined: gone). */
  volumes: Array<KubeObject | undefined>;
  targetSecrets: KubeObject[];
}

/** The classes, the recorded volumes and the target's Secrets, in one round trip. */
export async function readForChartChecks(
  kube: Kube,
  pvcs: PvcFact[],
  target: string,
): Promise<ChartCheckReads> {
  const [classList, volumes, targetSecrets] = await Promise.all([
    kube.list('storage.k8s.io/v1', 'StorageClass'),
    Promise.all(pvcs.map((p) => kube.get('v1', 'PersistentVolume', p.pv))),
    kube.list('v1', 'Secret', target),
  ]);
  return { classList, volumes, targetSecrets };
}

/**
 * Checks the rendered chart; `migrated` are the secrets migrate-secrets will create in the target.
 * `reads` are readForChartChecks' answers for the same claims when they were read already
 * (while the chart rendered); without them they are read here.
 */
export async function checkRenderedChart(
  f: FindingSink,
  kube: Kube,
  chart: RenderedChart,
  o: {
    pvcs: PvcFact[];
    migrated: KubeObject[];
    target: string;
    /** The storage provider of the cluster (detected or given) and the classes its chart renders. */
    provider?: string;
    providerClasses?: string[];
  },
  reads?: Promise<ChartCheckReads>,
): Promise<void> {
  const { classList, volumes, targetSecrets } = await (reads ?? readForChartChecks(kube, o.pvcs, o.target));
  // StorageClasses: an existing one with other immutable fields makes the install fail on a real API server.
  const classes = new Map(classList.map((c) => [c.metadata.name, c]));
  const replacements = storageClassReplacements(chart, (n) => classes.get(n));
  for (const r of replacements)
    f.warn(
      'storage classes',
      `${describeReplacement(r)}: the API server refuses to change these fields, so prepare-storage replaces the class (deleted and created as the chart renders it; bound PVs keep their data; rollback restores the old one)`,
    );
  const rendered = chart.objects.filter((x) => x.kind === 'StorageClass').map((x) => x.metadata.name);
  const notRendered = (o.providerClasses ?? []).filter((n) => classes.has(n) && !rendered.includes(n));
  if (notRendered.length)
    f.warn(
      'storage classes',
      `the values render the chart for another provider than the cluster's (${o.provider}): it does not render StorageClass ${notRendered.join(', ')}; set cloud.provider in the values`,
    );
  const adoptable = rendered.filter((n) => classes.has(n) && !replacements.some((r) => r.name === n));
  if (adoptable.length) f.ok('storage classes', `adopted as they are: ${adoptable.join(', ')}`);

  // Claims: the claim k2h writes for the release is the chart's (class, size, access modes).
  const claims = expectedClaims(chart);
  for (const [n, p] of o.pvcs.entries()) {
    const claim = claims.get(p.name);
    if (!claim) {
      f.ok('claims', `the chart renders no claim ${p.name}: the existing claim moves as it is`);
      continue;
    }
    const pv = volumes[n];
    if (!pv) continue; // storage already reported it
    const misfit = claimFitsVolume(claim, pv);
    if (misfit) {
      f.block('claims', `${misfit}: helm could not bind the chart's claim to the recorded volume`);
      continue;
    }
    const pvClass = pv.spec?.storageClassName ?? '';
    const want = claim.storageClassName ?? '';
    f.ok(
      'claims',
      `${p.name}: the chart's claim (class ${want || '-'}, ${claim.size ?? '?'}, ${claim.accessModes.join(',')}) fits PV ${p.pv}` +
        (pvClass !== want ? `; prepare-storage sets the PV's class ${pvClass || '-'} -> ${want || '-'}` : ''),
    );
  }

  // Values the chart renders every time replace what migrate-secrets carries over.
  const byName = new Map(o.migrated.map((s) => [s.metadata.name, s]));
  const overrides = valuesOverrides(chart, (n) => byName.get(n));
  for (const v of overrides)
    f.warn(
      'values',
      `${describeOverride(v)}: the chart renders this Secret from the values and would overwrite the migrated data; put the same content in the values, or point the chart's existingSecret value at it (helm-install blocks unless accept-values-overrides)`,
    );
  if (!overrides.length) f.ok('values', 'no Secret rendered from the values differs from the migrated one');

  // Every Secret a pod or hook needs must exist when it starts.
  const target = new Map(targetSecrets.map((s) => [s.metadata.name, s]));
  const missing = missingSecrets(chart, (n) => byName.get(n) ?? target.get(n));
  for (const m of missing) f.warn('hook prerequisites', `${m}: helm-install will block on it`);
  if (!missing.length)
    f.ok('hook prerequisites', 'every Secret the rendered pods and hooks reference will exist');
}

// ---------------------------------------------------------------------------------------------
// The MongoDB root credentials of the chart's db-init hook

/** The MongoDB credentials a hook Job authenticates with, as the chart renders them. */
export interface HookMongoCredentials {
  /** The hook Job (`cognigy-ai-db-init`). */
  job: string;
  /** Where they come from, for messages: names Secrets and values keys, never a value. */
  from: string;
  username?: string;
  password?: string;
  /** Why there is nothing to authenticate with (no Secret, no key, an empty value). */
  missing?: string;
}

const USER_ENV = 'MONGODB_USERNAME';
const PASSWORD_ENV = 'MONGODB_PASSWORD';

/**
 * The root credentials of every hook Job that reads MONGODB_USERNAME and MONGODB_PASSWORD (the
 * real chart's `cognigy-ai-db-init`: it creates the services' MongoDB users with them). A Secret
 * the chart renders (from `mongodb.auth.rootUser`/`rootPassword`) wins over one in the target
 * namespace, as helm re-creates hook objects; otherwise the Secret is the values'
 * `mongodb.auth.existingSecret`, read from the cluster. Each password is masked as soon as read.
 */
export async function hookMongoCredentials(
  chart: RenderedChart,
  o: {
    /** A Secret of the target namespace, undefined when absent. */
    secret: (name: string) => Promise<KubeObject | undefined>;
    target: string;
    mask: (value: string) => void;
  },
): Promise<HookMongoCredentials[]> {
  const out: HookMongoCredentials[] = [];
  for (const job of chart.hooks.filter((h) => h.kind === 'Job')) {
    const pod = job.spec?.template?.spec ?? {};
    for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
      const env: Array<Record<string, any>> = c.env ?? [];
      const user = env.find((e) => e.name === USER_ENV);
      const pass = env.find((e) => e.name === PASSWORD_ENV);
      if (!user || !pass) continue;
      const read = async (e: Record<string, any>) => {
        if (e.value !== undefined) return { value: String(e.value), from: `the Job's env ${e.name}` };
        const ref = e.valueFrom?.secretKeyRef as { name?: string; key?: string } | undefined;
        if (!ref?.name || !ref.key)
          return { missing: `env ${e.name} of Job ${job.metadata.name} names no Secret key` };
        const rendered = findRendered(chart, 'Secret', ref.name);
        const secret = rendered ?? (await o.secret(ref.name));
        const from = rendered
          ? `Secret ${ref.name} rendered from the values' mongodb.auth.rootUser/rootPassword`
          : `Secret ${o.target}/${ref.name} (the values' mongodb.auth.existingSecret)`;
        if (!secret) return { from, missing: `Secret ${o.target}/${ref.name} does not exist` };
        const value = secretValue(secret, ref.key);
        if (value === undefined) return { from, missing: `Secret ${ref.name} has no key ${ref.key}` };
        return { value, from };
      };
      const u = await read(user);
      const p = await read(pass);
      if (p.value) o.mask(p.value);
      const from = [...new Set([u.from, p.from].filter(Boolean))].join(' and ');
      const missing =
        u.missing ??
        p.missing ??
        (!u.value
          ? `the user name (${USER_ENV}) is empty`
          : !p.value
            ? `the password (${PASSWORD_ENV}) is empty`
            : undefined);
      out.push({
        job: job.metadata.name,
        from,
        ...(missing ? { missing } : { username: u.value, password: p.value }),
      });
    }
  }
  return out;
}

/** A Secret's value of `key`, decoded; stringData wins over data as on the API server. */
function secretValue(s: KubeObject, key: string): string | undefined {
  const str = (s as { stringData?: Record<string, string> }).stringData?.[key];
  if (str !== undefined) return String(str);
  const data = s.data?.[key];
  return data === undefined ? undefined : Buffer.from(String(data ?? ''), 'base64').toString('utf8');
}
