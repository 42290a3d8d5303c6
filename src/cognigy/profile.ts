/**
 * Everything k2h knows about Cognigy.AI, as data. The mechanisms (adopt into Helm, rebind a PV,
 * copy a database) stay generic; they get these facts as arguments.
 *
 * Sources (facts, not code): Cognigy/kubernetes (the kustomize installation, last release 4.41.2,
 * commit afa5d2db), Cognigy/cognigy-ai-helm-chart (chart version = product version, tags vX.Y.Z
 * and later calendar versions like v2025.10.0) and its
 * scripts/kustomize-to-helm-migration-scripts/secret-migration.py, whose three versions decide the
 * secret groups below.
 */
import { ConfigurationError } from '../core/errors';
import { HELM_META } from '../helm/ownership';
import { compareVersions, inRange, parseVersion, type ProductVersion } from './version';

export { compareVersions, inRange, parseVersion, type ProductVersion } from './version';

/** Cloud provider flavours of a kustomize installation; they differ in storage only. */
export type Provider = 'aws' | 'azure' | 'generic';

/**
 * How the official script treats a secret, and therefore which metadata it gets:
 * - `adopt`: Helm ownership annotations + managed-by label (the chart renders it, Helm adopts it);
 * - `adopt-keep`: the same plus `helm.sh/resource-policy: keep` (survives `helm uninstall`);
 * - `pre-install-hook`: connection-string secrets the chart's pre-install hook would create only
 *   when absent; marked as a kept hook resource, no ownership label.
 */
export type SecretGroup = 'adopt' | 'adopt-keep' | 'pre-install-hook';

/** One secret of the kustomize installation that the migration carries into the Helm release. */
export interface SecretSpec {
  /** `metadata.name` in the kustomize installation. */
  readonly name: string;
  /**
   * File name in the runbook's `secrets/` folder, as the official script opens it. Equal to
   * `<name>.yaml` except for the two Redis secrets, whose kustomize template files are named
   * `redis-password.yaml` and `redis-persistent.password.yaml`.
   */
  readonly file: string;
  /** Data keys the installation's deployments mount; all must be present. */
  readonly keys: readonly string[];
  readonly group: SecretGroup;
  /** Secret type when it is not `Opaque`. */
  readonly type?: string;
  /** Name in the Helm release when it differs (the analytics renames). */
  readonly renameTo?: string;
  /** For `mongodb://` connection-string secrets: the user and database the URL must name. */
  readonly connectionString?: { readonly key: string; readonly user: string; readonly database: string };
  /** Only migrated with Cognigy Apps (`-cognigyApps` / `--cognigy-apps`). */
  readonly cognigyAppsOnly?: boolean;
  /**
   * Not migrated by the official script at this version, but the chart creates it with a new
   * random value when absent (lookup-gated, keep): k2h migrates it when it exists, so clients
   * holding the old key keep working. Absent is not an error. Left out with official-script parity.
   */
  readonly beyondScript?: boolean;
}

/** A secret that exists in a kustomize installation but is deliberately not migrated. */
export interface NotMigratedSecret {
  readonly name: string;
  /** Why, in words fit for a report. */
  readonly reason: string;
}

/** A secret (and its MongoDB user and database) renamed by the Helm chart. */
export interface SecretRename {
  readonly from: string;
  readonly to: string;
  /** The database and user name before and after: the secret names without `cognigy-`. */
  readonly fromDatabase: string;
  readonly toDatabase: string;
}

/** A PersistentVolumeClaim of the kustomize installation. */
export interface PvcSpec {
  readonly name: string;
  readonly accessMode: 'ReadWriteMany' | 'ReadWriteOnce';
  /** Moved to the Helm release (rebound to the same PV). */
  readonly migrate: boolean;
  /** May be absent without being an error. */
  readonly optional: boolean;
}

/** The official secret-migration.py version that applies to a product version range. */
export interface OfficialScriptVersion {
  /** Inclusive lower bound. */
  readonly min: string;
  /** Exclusive upper bound; absent = open-ended. */
  readonly maxExclusive?: string;
  /** The chart tags carrying this exact script (git blob below). */
  readonly tags: string;
  /** Git blob id of secret-migration.py in Cognigy/cognigy-ai-helm-chart. */
  readonly blob: string;
}

/** Every Cognigy.AI fact k2h needs, for one product version. */
export interface CognigyProfile {
  /** The product (= chart) version this profile was made for. */
  readonly version: ProductVersion;
  readonly minVersion: string;
  /** Kubernetes versions the runbook supports: warn outside, fail below `min`. */
  readonly kubernetes: { readonly min: string; readonly maxTested: string };
  readonly helm: {
    readonly minVersion: string;
    readonly chart: string;
  };
  /** Namespace of the kustomize installation. */
  readonly sourceNamespace: string;
  readonly secrets: {
    /** Migrated secrets for this version, without the Cognigy-Apps-only ones. */
    readonly migrated: readonly SecretSpec[];
    /** Added when Cognigy Apps is enabled. */
    readonly cognigyApps: readonly SecretSpec[];
    readonly notMigrated: readonly NotMigratedSecret[];
    /** Migrated when present although the official script leaves them (see SecretSpec.beyondScript). */
    readonly beyondScript: readonly SecretSpec[];
    readonly renames: readonly SecretRename[];
    readonly officialScript: OfficialScriptVersion;
  };
  readonly storage: {
    readonly pvcs: readonly PvcSpec[];
    /** StorageClasses of flow-modules/functions that the chart will own, per provider. */
    readonly storageClasses: Readonly<Record<Provider, readonly string[]>>;
    /** StorageClass the chart creates for redis-persistent on AWS (immutable fields: may conflict). */
    readonly awsRedisPersistentStorageClass: string;
    readonly clusterRoleBindings: Readonly<Record<Provider, readonly string[]>>;
    /** Helm values keys for the EFS file system ids (AWS). */
    readonly efsValuesKeys: { readonly flowModules: string; readonly functions: string };
  };
  /** Cluster-scoped objects of the bundled Traefik, adopted by the chart. */
  readonly traefik: {
    readonly clusterRoles: readonly string[];
    readonly clusterRoleBindings: readonly string[];
    readonly ingressClasses: readonly string[];
    /** LoadBalancer Service whose address may change: DNS must follow. */
    readonly service: string;
  };
  readonly workloads: {
    /** Deployments of every installation of this shape. */
    readonly deployments: readonly string[];
    /** Deployments present only in some installations (Cognigy Apps, the legacy MongoDB). */
    readonly optionalDeployments: readonly string[];
    /** NLP deployments, one per language and model. */
    readonly deploymentPatterns: readonly RegExp[];
    /** AWS EFS provisioners. */
    readonly awsDeployments: readonly string[];
    /** Objects in the source namespace never touched, whatever else happens. */
    readonly protectedServices: readonly string[];
  };
  readonly mongodb: {
    readonly namespace: string;
    readonly release: string;
    readonly statefulSet: string;
    readonly headlessService: string;
    readonly rootSecret: string;
    readonly rootSecretKey: string;
    /** `root`, or `admin` in older setups. */
    readonly rootUsers: readonly string[];
    /** MongoDB's port on each pod. */
    readonly port: number;
    /** The role each renamed database's user gets on its own database. */
    readonly userRole: string;
    /** Key of the connection string in the migrated (renamed) secrets: its password is the user's. */
    readonly connectionStringKey: string;
    /** The legacy single-replica MongoDB of the kustomize installation (unsupported by the chart). */
    readonly legacyDeployment: string;
    readonly legacyPvc: string;
  };
}

/** The release name the official script hard-codes; k2h takes it as an input instead. */
export const OFFICIAL_SCRIPT_RELEASE = 'cognigy-ai';

/** The annotations and labels the official script gives each group, with our release/namespace. */
export function secretGroupMetadata(
  group: SecretGroup,
  release: string,
  namespace: string,
): { annotations: Record<string, string>; labels: Record<string, string> } {
  switch (group) {
    case 'adopt':
      return {
        annotations: { [HELM_META.releaseName]: release, [HELM_META.releaseNamespace]: namespace },
        labels: { [HELM_META.managedBy]: HELM_META.managedByHelm },
      };
    case 'adopt-keep':
      return {
        annotations: {
          [HELM_META.resourcePolicy]: 'keep',
          [HELM_META.releaseName]: release,
          [HELM_META.releaseNamespace]: namespace,
        },
        labels: { [HELM_META.managedBy]: HELM_META.managedByHelm },
      };
    case 'pre-install-hook':
      return {
        annotations: {
          [HELM_META.resourcePolicy]: 'keep',
          [HELM_META.hook]: 'pre-install',
          [HELM_META.hookWeight]: '-4',
        },
        labels: {},
      };
  }
}

// ---- secrets --------------------------------------------------------------------------------

const CONNECTION_STRING = 'connection-string';

function plain(
  name: string,
  group: SecretGroup,
  keys: string[],
  extra: Partial<SecretSpec> = {},
): SecretSpec {
  return { name, file: `${name}.yaml`, keys, group, ...extra };
}

/** A `cognigy-service-*` secret holding `mongodb://<svc>:<pw>@<hosts>/<svc>`. */
function connectionSecret(service: string, extra: Partial<SecretSpec> = {}): SecretSpec {
  const name = `cognigy-${service}`;
  return plain(name, 'pre-install-hook', [CONNECTION_STRING], {
    connectionString: { key: CONNECTION_STRING, user: service, database: service },
    ...extra,
  });
}

/** The analytics renames of the Helm chart (secret, MongoDB user and database). */
export const SECRET_RENAMES: readonly SecretRename[] = [
  {
    from: 'cognigy-service-analytics-collector-provider',
    to: 'cognigy-service-analytics-collector',
    fromDatabase: 'service-analytics-collector-provider',
    toDatabase: 'service-analytics-collector',
  },
  {
    from: 'cognigy-service-analytics-conversation-collector-provider',
    to: 'cognigy-service-analytics-conversation',
    fromDatabase: 'service-analytics-conversation-collector-provider',
    toDatabase: 'service-analytics-conversation',
  },
];

const renameOf = (name: string) => SECRET_RENAMES.find((r) => r.from === name)?.to;

/** Script group `secrets_list_helm_regular` (unchanged in every version). */
const ADOPT: readonly SecretSpec[] = [
  plain('cognigy-amazon-credentials', 'adopt', ['amazon-client-id', 'amazon-client-secret']),
  plain('cognigy-live-agent-credentials', 'adopt', ['cognigy-live-agent-platform-token']),
  plain('cognigy-management-ui-creds', 'adopt', ['management-ui-creds.json']),
  plain('cognigy-smtp', 'adopt', ['system-smtp-password']),
  plain('cognigy-traefik', 'adopt', ['tls.crt', 'tls.key'], { type: 'kubernetes.io/tls' }),
];

/** Script group `secrets_list_helm_resource_keep`; `withCollectorApiKey` from 4.43. */
function adoptKeep(withCollectorApiKey: boolean): SecretSpec[] {
  return [
    plain('cognigy-facebook', 'adopt-keep', ['fb-verify-token']),
    plain('cognigy-jwt', 'adopt-keep', ['secret']),
    plain('cognigy-insights-jwt', 'adopt-keep', ['secret']),
    ...(withCollectorApiKey ? [plain('cognigy-insights-collector-api-key', 'adopt-keep', ['secret'])] : []),
    plain('cognigy-odata', 'adopt-keep', ['odata-super-api-key']),
    plain('cognigy-rabbitmq', 'adopt-keep', [
      'connection-string',
      'rabbitmq-password',
      'connection-string-api',
    ]),
    plain('cognigy-rce-credentials', 'adopt-keep', ['rce-verify-token']),
    // The script lists these by their *file* names ("redis-password", "redis-persistent.password").
    {
      ...plain('cognigy-redis-password', 'adopt-keep', ['redis-password.conf']),
      file: 'redis-password.yaml',
    },
    {
      ...plain('cognigy-redis-persistent-password', 'adopt-keep', ['redis-persistent-password.conf']),
      file: 'redis-persistent.password.yaml',
    },
  ];
}

/** Script group `secrets_list_helm_pre_installation`; `withJourneys` up to 4.80. */
function preInstallHooks(withJourneys: boolean): SecretSpec[] {
  const services = [
    'service-ai',
    'service-alexa-management',
    'service-analytics-collector-provider',
    'service-analytics-conversation-collector-provider',
    'service-api',
    'service-custom-modules',
    'service-function-scheduler',
    'service-handover',
    ...(withJourneys ? ['service-journeys'] : []),
    'service-logs',
    'service-nlp',
    'service-profiles',
    'service-resources',
    'service-runtime-file-manager',
    'service-security',
    'service-task-manager',
    'service-trainer',
  ];
  return services.map((s) => {
    const renameTo = renameOf(`cognigy-${s}`);
    return connectionSecret(s, renameTo ? { renameTo } : {});
  });
}

/** Appended to the hook group by `-cognigyApps`. */
const COGNIGY_APPS: readonly SecretSpec[] = [
  connectionSecret('service-app-session-manager', { cognigyAppsOnly: true }),
];

/** The secret lists of one official script version. */
export interface SecretRangeData {
  script: OfficialScriptVersion;
  migrated: readonly SecretSpec[];
  notMigrated: readonly NotMigratedSecret[];
  beyondScript: readonly SecretSpec[];
}

/**
 * The chart renders these only when absent (lookup) and keeps them (resource-policy keep); the
 * script leaves them behind, so a Helm install replaces the kustomize keys with new random ones.
 */
const beyond = (name: string, keys: string[]): SecretSpec =>
  plain(name, 'adopt-keep', keys, { beyondScript: true });
const COLLECTOR_API_KEY = beyond('cognigy-insights-collector-api-key', ['secret']);
const ENDPOINT_API_TOKEN = beyond('cognigy-service-endpoint-api-access-token', ['api-access-token']);

const ALWAYS_NOT_MIGRATED: readonly NotMigratedSecret[] = [
  { name: 'cognigy-mongo-server', reason: 'belongs to the legacy single-replica MongoDB' },
  { name: 'cognigy-mongodb-exporter', reason: 'the chart does not deploy the MongoDB exporter' },
  { name: 'cognigy-service-endpoint-api-access-token', reason: 'the chart generates its own' },
  { name: 'cognigy-registry-token', reason: 'image pull secret; configured through the chart values' },
];

const SCRIPT_PATH = 'scripts/kustomize-to-helm-migration-scripts/secret-migration.py';

/** The official script's three versions, with the lists each one migrates. Ordered, half-open. */
export const SECRET_RANGES: readonly SecretRangeData[] = [
  {
    script: {
      min: '4.38.0',
      maxExclusive: '4.43.0',
      tags: 'v4.38.0..v4.42.1',
      blob: 'f62b4b6bbb36431619f4cf90852920097c37cba5',
    },
    migrated: [...ADOPT, ...adoptKeep(false), ...preInstallHooks(true)],
    notMigrated: [
      ...ALWAYS_NOT_MIGRATED,
      {
        name: 'cognigy-insights-collector-api-key',
        reason: 'the official script up to 4.42 does not migrate it; the chart creates a new one',
      },
    ],
    beyondScript: [COLLECTOR_API_KEY, ENDPOINT_API_TOKEN],
  },
  {
    script: {
      min: '4.43.0',
      maxExclusive: '4.81.0',
      tags: 'v4.43.0..v4.80.1',
      blob: '715ae3315fda52e4cbd4bdc9deab091ca90209ce',
    },
    migrated: [...ADOPT, ...adoptKeep(true), ...preInstallHooks(true)],
    notMigrated: ALWAYS_NOT_MIGRATED,
    beyondScript: [ENDPOINT_API_TOKEN],
  },
  {
    script: { min: '4.81.0', tags: 'v4.81.0..v2026.16.0', blob: '118ba52570748f9c4e557910632828f9b5fdefe4' },
    migrated: [...ADOPT, ...adoptKeep(true), ...preInstallHooks(false)],
    notMigrated: [
      ...ALWAYS_NOT_MIGRATED,
      { name: 'cognigy-service-journeys', reason: 'Journeys was removed from the product in 4.81' },
    ],
    beyondScript: [ENDPOINT_API_TOKEN],
  },
];

/** Where the official script lives in Cognigy/cognigy-ai-helm-chart. */
export const OFFICIAL_SCRIPT_PATH = SCRIPT_PATH;

// ---- storage, traefik, workloads, mongodb --------------------------------------------------

const PVCS: readonly PvcSpec[] = [
  { name: 'flow-modules', accessMode: 'ReadWriteMany', migrate: true, optional: false },
  { name: 'functions', accessMode: 'ReadWriteMany', migrate: true, optional: false },
  { name: 'redis-persistent', accessMode: 'ReadWriteOnce', migrate: true, optional: false },
  // The old single-replica MongoDB's volume: deleted in clean-up only, if it is still there.
  { name: 'mongodb', accessMode: 'ReadWriteOnce', migrate: false, optional: true },
];

const DEPLOYMENTS: readonly string[] = [
  'clamd',
  'service-ai',
  'service-alexa-management',
  'service-analytics-collector',
  'service-analytics-conversations',
  'service-analytics-odata',
  'service-analytics-reporter',
  'service-api',
  'service-collector',
  'service-custom-modules',
  'service-endpoint',
  'service-execution',
  'service-function-execution',
  'service-function-scheduler',
  'service-handover',
  'service-http',
  'service-insights-api',
  'service-insights-ui',
  'service-journeys',
  'service-logs',
  'service-nlp-ner',
  'service-nlp-matcher',
  'service-parser',
  'service-playbook-execution',
  'service-profiles',
  'service-resources',
  'service-runtime-file-manager',
  'service-security',
  'service-session-state-manager',
  'service-static-files',
  'service-task-manager',
  'service-trainer',
  'service-ui',
  'service-webchat',
  'management-ui',
  // dependencies
  'rabbitmq',
  'redis',
  'redis-persistent',
  'traefik',
];

/**
 * NLP deployments exist per language (en, de, ge, ja, ko, xx, ...). Besides score/train the
 * kustomize repository has classifier-, v2-, qa- and embedding- variants per language.
 */
const NLP_PATTERNS: readonly RegExp[] = [
  /^service-nlp-(?:score|train)-[a-z]{2,3}$/,
  /^service-nlp-(?:classifier-score|classifier-train|v2-score|v2-train|qa|embedding)-[a-z]{2,3}$/,
];

const MIN_VERSION = '4.38.0';

/**
 * The profile for a product (= chart) version: `4.42.1`, `v4.81.0`, `2025.10.0`.
 *
 * @throws ConfigurationError when the version cannot be parsed or is older than 4.38 (the
 *   runbook's minimum); the message names the input, which is never secret.
 */
export function profileFor(version: string): CognigyProfile {
  const v = parseVersion(version);
  if (!v) {
    throw new ConfigurationError(
      `not a Cognigy.AI version: ${JSON.stringify(String(version))}; expected X.Y.Z such as 4.81.0 or 2025.10.0`,
    );
  }
  if (compareVersions(v, MIN_VERSION) < 0) {
    throw new ConfigurationError(
      `Cognigy.AI ${v.raw} is older than ${MIN_VERSION}: the kustomize-to-Helm migration needs ${MIN_VERSION} or later; upgrade the kustomize installation first`,
    );
  }
  const range = SECRET_RANGES.find((r) => inRange(v, r.script.min, r.script.maxExclusive));
  // The last range is open-ended, so any version >= MIN_VERSION finds one.
  if (!range) throw new Error(`no secret range for ${v.raw}`);
  const efsNewKeys = compareVersions(v, '4.44.0') >= 0;
  return {
    version: v,
    minVersion: MIN_VERSION,
    kubernetes: { min: '1.21', maxTested: '1.23' },
    helm: {
      minVersion: '3.8.0',
      chart: 'oci://cognigy.azurecr.io/helm/cognigy.ai',
    },
    sourceNamespace: 'default',
    secrets: {
      migrated: range.migrated,
      cognigyApps: COGNIGY_APPS,
      notMigrated: range.notMigrated,
      beyondScript: range.beyondScript,
      renames: SECRET_RENAMES,
      officialScript: range.script,
    },
    storage: {
      pvcs: PVCS,
      storageClasses: {
        // The runbook says flow-modules/functions; the AWS kustomize overlay really names them so.
        aws: ['aws-efs-flow-modules', 'aws-efs-functions'],
        azure: ['flow-modules', 'functions'],
        generic: ['flow-modules', 'functions'],
      },
      awsRedisPersistentStorageClass: 'redis-persistent',
      clusterRoleBindings: {
        aws: ['efs-provisioner-flow-modules', 'efs-provisioner-functions'],
        azure: [],
        generic: [],
      },
      efsValuesKeys: efsNewKeys
        ? { flowModules: 'flowModules.persistence.aws.efs.id', functions: 'functions.persistence.aws.efs.id' }
        : { flowModules: 'efs.flowModules.id', functions: 'efs.functions.id' },
    },
    traefik: {
      clusterRoles: ['traefik'],
      clusterRoleBindings: ['traefik'],
      ingressClasses: ['traefik'],
      service: 'traefik',
    },
    workloads: {
      deployments: DEPLOYMENTS,
      optionalDeployments: ['service-app-session-manager', 'mongo-server'],
      deploymentPatterns: NLP_PATTERNS,
      awsDeployments: ['efs-provisioner-flow-modules', 'efs-provisioner-functions'],
      protectedServices: ['kubernetes'],
    },
    mongodb: {
      namespace: 'mongodb',
      release: 'mongodb',
      statefulSet: 'mongodb',
      headlessService: 'mongodb-headless',
      rootSecret: 'mongodb',
      rootSecretKey: 'mongodb-root-password',
      rootUsers: ['root', 'admin'],
      port: 27017,
      userRole: 'readWrite',
      connectionStringKey: CONNECTION_STRING,
      legacyDeployment: 'mongo-server',
      legacyPvc: 'mongodb',
    },
  };
}

/** The secrets to migrate for a profile: `migrated`, plus the Cognigy Apps ones when enabled. */
export function secretsToMigrate(
  profile: CognigyProfile,
  cognigyApps = false,
  /** Exactly the official script's lists (offline review): without the beyond-script secrets. */
  officialParity = false,
): readonly SecretSpec[] {
  return [
    ...profile.secrets.migrated,
    ...(cognigyApps ? profile.secrets.cognigyApps : []),
    ...(officialParity ? [] : profile.secrets.beyondScript),
  ];
}

/**
 * Whether a Deployment in the source namespace belongs to the installation (named, optional, NLP
 * pattern, or an AWS EFS provisioner). Unrelated workloads in `default` are left alone.
 */
export function isInstallationDeployment(profile: CognigyProfile, name: string): boolean {
  const w = profile.workloads;
  return (
    w.deployments.includes(name) ||
    w.optionalDeployments.includes(name) ||
    w.awsDeployments.includes(name) ||
    w.deploymentPatterns.some((p) => p.test(name))
  );
}
