export const id = 143;
export const ids = [143];
export const modules = {

/***/ 92143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ projectRoot),
  w: () => (/* binding */ startSeededSandbox)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/sandbox/index.ts + 40 modules
var src_sandbox = __webpack_require__(17770);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/sandbox/seeds/from-file.ts
/**
 * Seed from a capture of a real cluster, so users can rehearse against their own installation:
 * `kubectl get <kinds> -A -o yaml > capture.yaml` (a `kind: List`), several such outputs joined
 * as multi-document YAML, or the same as JSON (`-o json`). Objects are returned as captured,
 * server fields and status included: the sandbox reconciles them when loading.
 */


/** A capture that cannot be used; `problems` lists every offending document or item. */
class SeedFileError extends Error {
    path;
    problems;
    constructor(path, problems) {
        super(`${path}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
        this.path = path;
        this.problems = problems;
        this.name = 'SeedFileError';
    }
}
/** Splits YAML text into documents at `---` lines, remembering where each starts (1-based line). */
function splitDocuments(text) {
    const lines = text.split(/\r?\n/);
    const docs = [];
    let start = 0;
    let current = [];
    lines.forEach((line, i) => {
        if (/^---(\s|$)/.test(line)) {
            docs.push({ text: current.join('\n'), line: start + 1 });
            // Content after the marker on the same line (`--- {}`) belongs to the next document.
            current = [line.slice(3)];
            start = i;
        }
        else if (/^\.\.\.\s*$/.test(line)) {
            current.push('');
        }
        else {
            current.push(line);
        }
    });
    docs.push({ text: current.join('\n'), line: start + 1 });
    // Documents of nothing but blank lines and comments (a leading `---`, a trailing one) are no documents.
    return docs.filter((d) => d.text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#')));
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Why `item` is not a usable object, or undefined when it is. */
function objectProblem(item) {
    if (!isRecord(item))
        return `is not an object (${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item})`;
    const missing = [];
    if (typeof item.apiVersion !== 'string' || !item.apiVersion)
        missing.push('apiVersion');
    if (typeof item.kind !== 'string' || !item.kind)
        missing.push('kind');
    if (!isRecord(item.metadata) || typeof item.metadata.name !== 'string' || !item.metadata.name) {
        missing.push('metadata.name');
    }
    if (!missing.length)
        return undefined;
    const what = typeof item.kind === 'string' ? ` (kind ${item.kind})` : '';
    return `lacks ${missing.join(', ')}${what}`;
}
function isList(doc) {
    return typeof doc.kind === 'string' && doc.kind.endsWith('List') && Array.isArray(doc.items);
}
/**
 * Parses capture text; `source` names it in errors. Lists are flattened into their items.
 * Throws SeedFileError listing every malformed document and every item lacking apiVersion, kind
 * or metadata.name, by document index (1-based) and item index.
 */
function parseSeed(text, source) {
    const problems = [];
    const parsed = [];
    if (/^\s*[[{]/.test(text)) {
        try {
            parsed.push({ doc: JSON.parse(text), where: 'JSON document' });
        }
        catch (e) {
            throw new SeedFileError(source, [`malformed JSON: ${e.message}`]);
        }
    }
    else {
        splitDocuments(text).forEach((d, i) => {
            const where = `document ${i + 1} (line ${d.line})`;
            try {
                const doc = js_yaml/* default.load */.Ay.load(d.text, { filename: source });
                if (doc !== null && doc !== undefined)
                    parsed.push({ doc, where });
            }
            catch (e) {
                const reason = e instanceof js_yaml/* default.YAMLException */.Ay.YAMLException ? e.reason : e.message;
                const mark = e instanceof js_yaml/* default.YAMLException */.Ay.YAMLException && e.mark ? ` at line ${d.line + e.mark.line}` : '';
                problems.push(`${where}: malformed YAML${mark}: ${reason}`);
            }
        });
    }
    const objects = [];
    for (const { doc, where } of parsed) {
        if (isRecord(doc) && isList(doc)) {
            doc.items.forEach((item, j) => {
                const problem = objectProblem(item);
                if (problem)
                    problems.push(`${where}, item ${j}: ${problem}`);
                else
                    objects.push(item);
            });
        }
        else {
            const problem = objectProblem(doc);
            if (problem)
                problems.push(`${where}: ${problem}`);
            else
                objects.push(doc);
        }
    }
    if (problems.length)
        throw new SeedFileError(source, problems);
    if (!objects.length)
        throw new SeedFileError(source, ['holds no Kubernetes objects']);
    return objects;
}
/** Reads a `kubectl get ... -o yaml|json` capture; see parseSeed for the accepted shapes. */
function loadSeedFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new SeedFileError(path, [
            `cannot be read: ${e.code ?? e.message}`,
        ]);
    }
    return parseSeed(text, path);
}

;// CONCATENATED MODULE: ./src/sandbox/seeds/index.ts
/** Seeds from files: a `kubectl get ... -o yaml` capture of a cluster, loaded into the sandbox. */


// EXTERNAL MODULE: ./src/cognigy/profile.ts
var profile = __webpack_require__(71615);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/rehearsal/seeds/deterministic.ts
/**
 * Stable stand-ins for the random values a real cluster holds (passwords, uids, volume ids,
 * commit hashes). Everything is derived from a hash of a label, so a seed is identical on every
 * call and tests can assert exact values, yet nothing looks like a placeholder such as "password".
 */

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function digest(label, algorithm = 'sha256') {
    return (0,external_node_crypto_.createHash)(algorithm).update(`k2h-sandbox-seed:${label}`).digest();
}
/** Lower-case hex of the given length (up to 64) derived from `label`. */
function hexOf(label, length) {
    return digest(label).toString('hex').slice(0, length);
}
/** A 40-character git-commit-like hash derived from `label`. */
function commitOf(label) {
    return digest(label, 'sha1').toString('hex');
}
/** An alphanumeric secret of `length` characters derived from `label`. */
function secretOf(label, length = 24) {
    const bytes = Buffer.concat([digest(label), digest(`${label}#2`)]);
    let out = '';
    for (let i = 0; i < length; i++)
        out += ALPHANUMERIC[bytes[i] % ALPHANUMERIC.length];
    return out;
}
/** A version-4-shaped UUID derived from `label` (as metadata.uid and dynamic PV names use). */
function uuidOf(label) {
    const h = hexOf(label, 32).split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16], 16) % 4];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
/** An integer in [min, max] derived from `label`. */
function intOf(label, min, max) {
    return min + (digest(label).readUInt32BE(0) % (max - min + 1));
}
/** Base64 of a UTF-8 string, as Secret `data` holds it. */
function b64(value) {
    return Buffer.from(value, 'utf8').toString('base64');
}

;// CONCATENATED MODULE: ./src/rehearsal/seeds/images-4.41.2.ts
/**
 * The images of Cognigy.AI 4.41.2, as the chart's values at that tag name them (the kustomize
 * release of the same tag runs the same ones for every Deployment the seed has, except
 * management-ui, whose kustomize tag differs): the seeds run them, so an image check against the
 * real chart passes on the seeds. Facts gathered from the v4.41.2 tags; no chart code.
 */
const R = 'cognigy.azurecr.io';
const C = 'ccebb3e0f736f4654657720cec4272828c73fc2b';
const D = 'd9b430fff96bbb8b3249a5c588526f811e99c957';
const NLP = '617232c7ab66d2bbe05469bfc8d8fbde242aa2fb';
/** Deployment name -> image at 4.41.2 (the seeded Deployments, service-app-session-manager included). */
const IMAGES_4_41_2 = {
    clamd: `${R}/clamav:0.105`,
    'management-ui': `${R}/management-ui:${C}`,
    rabbitmq: `${R}/rabbitmq:3.9.24_cognigy-4.X`,
    redis: `${R}/redis:5.0.14_cognigy_4.X`,
    'redis-persistent': `${R}/redis:5.0.14_cognigy_4.X`,
    'service-ai': `${R}/service-ai:${C}`,
    'service-alexa-management': `${R}/service-alexa-management:${C}`,
    'service-analytics-collector': `${R}/service-analytics-collector:release-31187f9-1670235173`,
    'service-analytics-conversations': `${R}/service-analytics-conversations:release-d50df17-1670235174`,
    'service-analytics-odata': `${R}/service-analytics-odata:release-aec2194-1670235165`,
    'service-analytics-reporter': `${R}/service-analytics-reporter:release-f35437a-1670235181`,
    'service-api': `${R}/service-api:${D}`,
    'service-app-session-manager': `${R}/service-app-session-manager:${C}`,
    'service-collector': `${R}/service-collector:release-974e727-1670235190`,
    'service-custom-modules': `${R}/service-custom-modules:${C}`,
    'service-endpoint': `${R}/service-endpoint:${D}`,
    'service-execution': `${R}/service-execution:${C}`,
    'service-function-execution': `${R}/service-function-execution:${C}`,
    'service-function-scheduler': `${R}/service-function-scheduler:${C}`,
    'service-handover': `${R}/service-handover:${D}`,
    'service-http': `${R}/service-http:${C}`,
    'service-insights-api': `${R}/service-insights-api:release-bef0524-1670235162`,
    'service-insights-ui': `${R}/service-insights-ui:release-73d9d1c-1670235167`,
    'service-journeys': `${R}/service-journeys:${C}`,
    'service-logs': `${R}/service-logs:${C}`,
    'service-nlp-matcher': `${R}/service-nlp-matcher:f984f883efac025867a1203b868cf6c32e8e92b0`,
    'service-nlp-ner': `${R}/service-nlp-ner:${C}`,
    'service-nlp-score-de': `${R}/service-nlp:${NLP}`,
    'service-nlp-score-en': `${R}/service-nlp-en:${NLP}`,
    'service-nlp-train-de': `${R}/service-nlp:${NLP}`,
    'service-nlp-train-en': `${R}/service-nlp-en:${NLP}`,
    'service-parser': `${R}/service-parser:64216f21879de761fff49fdcd61721a4e2d7e773`,
    'service-playbook-execution': `${R}/service-playbook-execution:${C}`,
    'service-profiles': `${R}/service-profiles:${C}`,
    'service-resources': `${R}/service-resources:${C}`,
    'service-runtime-file-manager': `${R}/service-runtime-file-manager:${C}`,
    'service-security': `${R}/service-security:${C}`,
    'service-session-state-manager': `${R}/service-session-state-manager:${C}`,
    'service-static-files': `${R}/service-static-files:4cd04edee313f8f7a27c9d735f01700122f304a6`,
    'service-task-manager': `${R}/service-task-manager:${C}`,
    'service-trainer': `${R}/service-trainer:${C}`,
    'service-ui': `${R}/service-ui:${D}`,
    'service-webchat': `${R}/service-webchat:${C}`,
    traefik: `${R}/traefik:2.6.3`,
};

;// CONCATENATED MODULE: ./src/rehearsal/seeds/cognigy-images.ts
/**
 * The Deployments of a Cognigy.AI installation and the image each runs for a product version.
 * The seed and the test Helm chart (src/rehearsal/chart/cognigy-ai) share this one source, so
 * "is the running version the chart's version" can be decided by comparing images, as on a real
 * cluster where tags are commit hashes rather than version numbers.
 */



/** The product version whose profile lists the seeded Deployments. */
const SEED_PROFILE_VERSION = '4.41.2';
/** The registry Cognigy's product images come from. */
const COGNIGY_REGISTRY = 'cognigy.azurecr.io';
/** NLP languages the seeded installation runs (one score and one train Deployment each). */
const NLP_LANGUAGES = ['en', 'de'];
/** Bundled dependencies every installation runs (traefik only with the bundled reverse proxy). */
const DEPENDENCY_DEPLOYMENTS = ['rabbitmq', 'redis', 'redis-persistent', 'traefik'];
/** The installation's Deployments as k2h's Cognigy profile knows them (one source, not a copy). */
const workloads = (0,profile/* profileFor */.P5)(SEED_PROFILE_VERSION).workloads;
/**
 * Product Deployments: the profile's, without the bundled dependencies, plus the NLP pair per
 * seeded language (the profile knows NLP Deployments by pattern only).
 */
const PRODUCT_DEPLOYMENTS = [
    ...workloads.deployments.filter((d) => !DEPENDENCY_DEPLOYMENTS.includes(d)),
    ...NLP_LANGUAGES.flatMap((l) => [`service-nlp-score-${l}`, `service-nlp-train-${l}`]),
].sort();
/** Product Deployment that exists only when Cognigy apps are enabled (the profile's optional one). */
const APP_SESSION_MANAGER = workloads.optionalDeployments.find((d) => d.startsWith('service-'));
/** Third-party images of the dependencies; they do not change with the product version here. */
const DEPENDENCY_IMAGES = {
    rabbitmq: 'rabbitmq:3.9.13-management',
    redis: 'redis:6.2.6-alpine',
    'redis-persistent': 'redis:6.2.6-alpine',
    traefik: 'traefik:2.4.8',
};
/** The EFS provisioner the AWS variant runs for flow-modules and functions. */
const EFS_PROVISIONER_IMAGE = 'quay.io/external_storage/efs-provisioner:latest';
/** The single-replica MongoDB of old installations (Deployment `mongo-server`). */
const MONGO_SERVER_IMAGE = 'mongo:4.2.21';
/** UI images were built by a release pipeline (`release-<commit>-<epoch>`), the rest are commit hashes. */
const RELEASE_TAGGED = new Set(['service-ui', 'service-webchat', 'service-static-files', 'management-ui']);
function tagOf(name, version) {
    const label = `${name}@${version}`;
    if (RELEASE_TAGGED.has(name))
        return `release-${hexOf(label, 7)}-${intOf(label, 1660000000, 1690000000)}`;
    return commitOf(label);
}
/**
 * Deployment name → image for a Cognigy.AI version: every product Deployment (the optional
 * service-app-session-manager included) and the bundled dependencies rabbitmq, redis,
 * redis-persistent and traefik. Tags are commit-like and differ between versions.
 */
function cognigyImages(version) {
    // 4.41.2 runs the real images (ONE table, the chart's values equal it); other versions get
    // commit-like synthetic tags, different for every version.
    const real = version === '4.41.2';
    const images = {};
    for (const name of [...PRODUCT_DEPLOYMENTS, APP_SESSION_MANAGER].sort()) {
        images[name] = real ? IMAGES_4_41_2[name] : `${COGNIGY_REGISTRY}/${name}:${tagOf(name, version)}`;
    }
    for (const name of DEPENDENCY_DEPLOYMENTS)
        images[name] = real ? IMAGES_4_41_2[name] : DEPENDENCY_IMAGES[name];
    return images;
}

;// CONCATENATED MODULE: ./src/rehearsal/seeds/objects.ts
/** Small builders for the plain objects the seeds return. */

/** Timestamps of a long-running installation (well before any migration). */
const CREATED = {
    cluster: '2022-03-14T08:02:11Z',
    install: '2022-06-01T09:31:27Z',
    storage: '2022-06-01T09:31:29Z',
    mongodb: '2023-02-20T14:05:52Z',
    unrelated: '2023-09-12T16:44:03Z',
};
/** JSON with object keys sorted, as Go's encoder writes the last-applied annotation. */
function sortedJson(value) {
    if (Array.isArray(value))
        return `[${value.map(sortedJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/**
 * Adds the annotation `kubectl apply` leaves: the manifest as applied (with its namespace and an
 * `annotations` map, never status or server fields). Call it on the manifest before any
 * server-side or user additions are made.
 */
function withLastApplied(manifest) {
    const applied = structuredClone(manifest);
    delete applied.status;
    const meta = { ...applied.metadata, annotations: { ...(applied.metadata.annotations ?? {}) } };
    delete meta.uid;
    delete meta.creationTimestamp;
    delete meta.finalizers;
    applied.metadata = meta;
    const out = structuredClone(manifest);
    out.metadata.annotations = {
        ...(out.metadata.annotations ?? {}),
        [LAST_APPLIED]: `${sortedJson(applied)}\n`,
    };
    return out;
}
/** Merges annotations into an object (user additions made after `kubectl apply`). */
function annotate(obj, annotations) {
    obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), ...annotations };
    return obj;
}
/** Merges labels into an object. */
function label(obj, labels) {
    obj.metadata.labels = { ...(obj.metadata.labels ?? {}), ...labels };
    return obj;
}
/** A stable ClusterIP in the service range for `label`. */
function clusterIp(label) {
    return `10.96.${intOf(`ip/${label}`, 1, 254)}.${intOf(`ip2/${label}`, 2, 254)}`;
}
/** Fields the API server adds to every Deployment (they show in a capture). */
function deploymentDefaults(d) {
    const spec = d.spec;
    spec.progressDeadlineSeconds = 600;
    spec.revisionHistoryLimit = 10;
    spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } };
    const pod = spec.template.spec;
    pod.restartPolicy = 'Always';
    pod.dnsPolicy = 'ClusterFirst';
    pod.schedulerName = 'default-scheduler';
    pod.terminationGracePeriodSeconds = 30;
    pod.securityContext ??= {};
    for (const c of pod.containers) {
        c.imagePullPolicy ??= 'IfNotPresent';
        c.terminationMessagePath = '/dev/termination-log';
        c.terminationMessagePolicy = 'File';
    }
    d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': '1' };
    return d;
}
/** A Namespace as a cluster shows it. */
function namespace(name, created) {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, creationTimestamp: created, labels: { 'kubernetes.io/metadata.name': name } },
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
    };
}

// EXTERNAL MODULE: ./src/cognigy/version.ts
var cognigy_version = __webpack_require__(69334);
;// CONCATENATED MODULE: ./src/rehearsal/seeds/cognigy-secrets.ts
/**
 * The Secrets of a Cognigy.AI kustomize installation in `default`, with realistic values:
 * MongoDB connection strings per service (user = database = the secret name without `cognigy-`),
 * RabbitMQ and Redis credentials, a TLS secret for Traefik, and the small API keys and tokens.
 * Values are derived from hashes of the names, so they are stable across calls.
 */



const atLeast = (version, minimum) => (0,cognigy_version/* compareVersions */.Zy)(version, minimum) >= 0;
/** The MongoDB replica set members after the single- to multi-replica migration. */
const MONGODB_HOSTS = [0, 1, 2].map((i) => `mongodb-${i}.mongodb-headless.mongodb.svc.cluster.local:27017`);
/** The host of the legacy single-replica MongoDB (Deployment `mongo-server`). */
const LEGACY_MONGODB_HOSTS = ['mongo-server:27017'];
/**
 * Services with a `cognigy-<service>` connection-string Secret (facts table); the names are the
 * MongoDB user and database. `service-app-session-manager` only exists with Cognigy apps.
 */
const CONNECTION_STRING_SERVICES = [
    'service-ai',
    'service-alexa-management',
    'service-analytics-collector-provider',
    'service-analytics-conversation-collector-provider',
    'service-api',
    'service-custom-modules',
    'service-function-scheduler',
    'service-handover',
    'service-journeys',
    'service-logs',
    'service-nlp',
    'service-profiles',
    'service-resources',
    'service-runtime-file-manager',
    'service-security',
    'service-task-manager',
    'service-trainer',
];
/** A password for `name`, stable across calls and never a placeholder. */
function seedPassword(name) {
    return secretOf(`password/${name}`);
}
/** The connection string a `cognigy-<service>` Secret holds. */
function connectionString(service, hosts = MONGODB_HOSTS) {
    return `mongodb://${service}:${seedPassword(service)}@${hosts.join(',')}/${service}`;
}
function pem(kind, label, lines) {
    let body = '';
    for (let i = 0; i < lines; i++) {
        body +=
            Buffer.from(hexOf(`${label}/${i}`, 64) + hexOf(`${label}/${i}b`, 32), 'hex').toString('base64') + '\n';
    }
    return `-----BEGIN ${kind}-----\n${body}-----END ${kind}-----\n`;
}
function secret(name, data, type = 'Opaque') {
    const encoded = {};
    for (const [k, v] of Object.entries(data))
        encoded[k] = b64(v);
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace: 'default' },
        type,
        data: encoded,
    };
}
function created(obj) {
    obj.metadata.creationTimestamp = CREATED.install;
    return obj;
}
/** Every Secret of the installation, sorted by name. */
function cognigySecrets(opts) {
    const hosts = opts.legacyMongoOnly ? LEGACY_MONGODB_HOSTS : MONGODB_HOSTS;
    const rabbitPassword = seedPassword('rabbitmq');
    const registryPassword = secretOf('registry-token', 32);
    const registryUser = 'cognigy-customer-acme';
    // Applied from the kustomize `secrets/` folder with `kubectl apply`: they carry last-applied.
    const applied = [
        secret('cognigy-amazon-credentials', {
            'amazon-client-id': `amzn1.application-oa2-client.${hexOf('amazon-client-id', 32)}`,
            'amazon-client-secret': hexOf('amazon-client-secret', 64),
        }),
        secret('cognigy-facebook', { 'fb-verify-token': secretOf('fb-verify-token', 32) }),
        secret('cognigy-insights-jwt', { secret: secretOf('insights-jwt', 64) }),
        secret('cognigy-jwt', { secret: secretOf('jwt', 64) }),
        secret('cognigy-live-agent-credentials', {
            'cognigy-live-agent-platform-token': secretOf('live-agent-platform-token', 40),
        }),
        secret('cognigy-management-ui-creds', {
            'management-ui-creds.json': `${JSON.stringify({ users: [{ username: 'admin', password: seedPassword('management-ui') }] }, null, 2)}\n`,
        }),
        secret('cognigy-mongo-server', { 'mongo-initdb-root-password': seedPassword('mongo-server-root') }),
        secret('cognigy-mongodb-exporter', {
            'connection-string': `mongodb://mongodb-exporter:${seedPassword('mongodb-exporter')}@${hosts.join(',')}/admin`,
        }),
        secret('cognigy-odata', { 'odata-super-api-key': secretOf('odata-super-api-key', 32) }),
        secret('cognigy-rabbitmq', {
            'connection-string': `amqp://cognigy:${rabbitPassword}@rabbitmq:5672`,
            'rabbitmq-password': rabbitPassword,
            'connection-string-api': `http://cognigy:${rabbitPassword}@rabbitmq:15672/api`,
        }),
        secret('cognigy-rce-credentials', { 'rce-verify-token': secretOf('rce-verify-token', 32) }),
        secret('cognigy-redis-password', { 'redis-password.conf': `requirepass ${seedPassword('redis')}\n` }),
        secret('cognigy-redis-persistent-password', {
            'redis-persistent-password.conf': `requirepass ${seedPassword('redis-persistent')}\n`,
        }),
        secret('cognigy-smtp', { 'system-smtp-password': seedPassword('smtp') }),
    ];
    const services = [...CONNECTION_STRING_SERVICES];
    if (opts.appSessionManager)
        services.push('service-app-session-manager');
    for (const service of services) {
        applied.push(secret(`cognigy-${service}`, { 'connection-string': connectionString(service, hosts) }));
    }
    if (atLeast(opts.version, '4.40.0')) {
        applied.push(secret('cognigy-insights-collector-api-key', { secret: secretOf('insights-collector-api-key', 48) }));
    }
    if (atLeast(opts.version, '4.41.0')) {
        applied.push(secret('cognigy-service-endpoint-api-access-token', {
            'api-access-token': secretOf('endpoint-api-access-token', 48),
        }));
    }
    const out = applied.map((s) => created(withLastApplied(s)));
    // Created imperatively (`kubectl create secret tls|docker-registry`): no last-applied.
    out.push(created(secret('cognigy-traefik', {
        'tls.crt': pem('CERTIFICATE', 'traefik-crt', 18),
        'tls.key': pem('PRIVATE KEY', 'traefik-key', 14),
    }, 'kubernetes.io/tls')), created(secret('cognigy-registry-token', {
        '.dockerconfigjson': JSON.stringify({
            auths: {
                'cognigy.azurecr.io': {
                    username: registryUser,
                    password: registryPassword,
                    auth: b64(`${registryUser}:${registryPassword}`),
                },
            },
        }),
    }, 'kubernetes.io/dockerconfigjson')));
    // Later additions by the platform team; a migration must merge into these, not replace them.
    const byName = new Map(out.map((s) => [s.metadata.name, s]));
    annotate(byName.get('cognigy-smtp'), { team: 'platform' });
    label(annotate(byName.get('cognigy-jwt'), { team: 'platform' }), { 'backup.example.com/include': 'true' });
    annotate(byName.get('cognigy-service-api'), { team: 'platform', 'example.com/rotated-at': '2024-01-08' });
    label(byName.get('cognigy-traefik'), { 'cert-owner': 'platform' });
    return out.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/rehearsal/seeds/helm-release.ts
/**
 * The Secret in which Helm 3 (and 4) stores a release (`sh.helm.release.v1.<name>.v<revision>`),
 * so that `helm list`, `helm status` and `helm get` see a seeded release as installed. The
 * payload is Helm's encoding: JSON of the release, gzipped, base64 — and base64 again as Secret data.
 */


function manifestOf(objects, chartName) {
    return objects
        .map((o) => {
        const rest = { ...o };
        delete rest.status;
        const metadata = { ...o.metadata };
        for (const k of ['uid', 'creationTimestamp', 'resourceVersion', 'managedFields'])
            delete metadata[k];
        const kindFile = o.kind.toLowerCase();
        return `---\n# Source: ${chartName}/templates/${kindFile}.yaml\n${js_yaml/* default.dump */.Ay.dump({ ...rest, metadata }, { lineWidth: -1, noRefs: true })}`;
    })
        .join('');
}
/** Helm's storage Secret for `release`. */
function helmReleaseSecret(release) {
    const body = {
        name: release.name,
        info: {
            first_deployed: release.deployedAt,
            last_deployed: release.deployedAt,
            deleted: '',
            description: 'Install complete',
            status: 'deployed',
        },
        chart: {
            metadata: {
                name: release.chart.name,
                version: release.chart.version,
                appVersion: release.chart.appVersion,
                description: release.chart.description ?? '',
                apiVersion: 'v2',
                type: 'application',
            },
            lock: null,
            templates: [],
            values: {},
            schema: null,
            files: [],
        },
        config: release.values,
        manifest: manifestOf(release.objects, release.chart.name),
        version: release.revision,
        namespace: release.namespace,
    };
    const encoded = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(body), 'utf8')).toString('base64');
    const modifiedAt = String(Math.floor(Date.parse(release.deployedAt) / 1000));
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
            name: `sh.helm.release.v1.${release.name}.v${release.revision}`,
            namespace: release.namespace,
            creationTimestamp: release.deployedAt,
            labels: {
                name: release.name,
                owner: 'helm',
                status: 'deployed',
                version: String(release.revision),
                modifiedAt,
            },
        },
        type: 'helm.sh/release.v1',
        data: { release: Buffer.from(encoded, 'utf8').toString('base64') },
    };
}

;// CONCATENATED MODULE: ./src/rehearsal/seeds/cognigy-neighbours.ts
/**
 * What else lives in the cluster of a Cognigy.AI installation: the `kubernetes` Service, the
 * `mongodb` Helm release, and other teams' workloads in `default` that a migration must not touch.
 */




/** Things in `default` that are not Cognigy's: a migration must leave them exactly as they are. */
function unrelatedWorkloads() {
    const labels = {
        app: 'billing-exporter',
        'app.kubernetes.io/part-of': 'finance-reporting',
        team: 'finance',
    };
    const stamp = (o) => {
        o.metadata.creationTimestamp = CREATED.unrelated;
        return o;
    };
    const deployment = deploymentDefaults(stamp({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'billing-exporter', namespace: 'default', labels },
        spec: {
            replicas: 1,
            selector: { matchLabels: { app: 'billing-exporter' } },
            template: {
                metadata: { labels },
                spec: {
                    containers: [
                        {
                            name: 'exporter',
                            image: 'ghcr.io/example-finance/billing-exporter:1.8.3',
                            ports: [{ name: 'metrics', containerPort: 9102, protocol: 'TCP' }],
                            envFrom: [{ configMapRef: { name: 'billing-exporter-config' } }],
                            env: [
                                {
                                    name: 'DATABASE_URL',
                                    valueFrom: { secretKeyRef: { name: 'billing-db', key: 'database-url' } },
                                },
                            ],
                            resources: { requests: { cpu: '20m', memory: '64Mi' } },
                        },
                    ],
                },
            },
        },
    }));
    const ip = clusterIp('default/billing-exporter');
    const svc = stamp({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'billing-exporter', namespace: 'default', labels },
        spec: {
            type: 'ClusterIP',
            clusterIP: ip,
            clusterIPs: [ip],
            selector: { app: 'billing-exporter' },
            ports: [{ name: 'metrics', port: 9102, targetPort: 9102, protocol: 'TCP' }],
            sessionAffinity: 'None',
        },
    });
    const cm = stamp({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'billing-exporter-config', namespace: 'default', labels },
        data: { SCRAPE_INTERVAL: '60s', CURRENCY: 'EUR' },
    });
    const secret = stamp({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'billing-db', namespace: 'default', labels },
        type: 'Opaque',
        data: {
            'database-url': b64(`postgres://billing:${secretOf('billing-db', 20)}@billing-db.finance.internal:5432/billing`),
        },
    });
    return [cm, secret, svc, deployment];
}
/** Objects that look like Cognigy's by name or class but are not (see CognigySeedOptions.lookalikes). */
function lookalikeWorkloads(ingressClass) {
    const labels = { app: 'service-desk-bridge', team: 'support', 'app.kubernetes.io/part-of': 'helpdesk' };
    const stamp = (o) => {
        o.metadata.creationTimestamp = CREATED.unrelated;
        return o;
    };
    const deployment = deploymentDefaults(stamp({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'service-desk-bridge', namespace: 'default', labels },
        spec: {
            replicas: 1,
            selector: { matchLabels: { app: 'service-desk-bridge' } },
            template: {
                metadata: { labels },
                spec: {
                    containers: [
                        {
                            name: 'bridge',
                            image: 'ghcr.io/example-support/service-desk-bridge:2.4.0',
                            ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
                            resources: { requests: { cpu: '20m', memory: '64Mi' } },
                        },
                    ],
                },
            },
        },
    }));
    const ip = clusterIp('default/service-desk-bridge');
    const svc = stamp({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'service-desk-bridge', namespace: 'default', labels },
        spec: {
            type: 'ClusterIP',
            clusterIP: ip,
            clusterIPs: [ip],
            selector: { app: 'service-desk-bridge' },
            ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
            sessionAffinity: 'None',
        },
    });
    const ing = stamp({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'status-page', namespace: 'default', labels: { team: 'support' } },
        spec: {
            ingressClassName: ingressClass,
            rules: [
                {
                    host: 'status.example.com',
                    http: {
                        paths: [
                            {
                                path: '/',
                                pathType: 'Prefix',
                                backend: { service: { name: 'service-desk-bridge', port: { number: 80 } } },
                            },
                        ],
                    },
                },
            ],
        },
    });
    return [svc, deployment, ing];
}
/**
 * The `mongodb` Helm release: cognigy-mongodb-helm-chart installs the bitnami MongoDB chart as a
 * replica set, with its release Secret so `helm list -n mongodb` shows it.
 */
function mongodbRelease(replicas) {
    const selector = {
        'app.kubernetes.io/name': 'mongodb',
        'app.kubernetes.io/instance': 'mongodb',
        'app.kubernetes.io/component': 'mongodb',
    };
    const labels = { ...selector, 'app.kubernetes.io/managed-by': 'Helm', 'helm.sh/chart': 'mongodb-12.1.31' };
    const meta = (name) => ({
        name,
        namespace: 'mongodb',
        uid: uuidOf(`mongodb/${name}`),
        creationTimestamp: CREATED.mongodb,
        labels: { ...labels },
        annotations: { 'meta.helm.sh/release-name': 'mongodb', 'meta.helm.sh/release-namespace': 'mongodb' },
    });
    const account = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('mongodb') };
    const secret = {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: meta('mongodb'),
        type: 'Opaque',
        data: {
            'mongodb-root-password': b64(seedPassword('mongodb-root')),
            'mongodb-replica-set-key': b64(secretOf('mongodb-replica-set-key', 32)),
        },
    };
    const headless = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: meta('mongodb-headless'),
        spec: {
            type: 'ClusterIP',
            clusterIP: 'None',
            clusterIPs: ['None'],
            publishNotReadyAddresses: true,
            selector,
            ports: [{ name: 'mongodb', port: 27017, targetPort: 'mongodb', protocol: 'TCP' }],
            sessionAffinity: 'None',
        },
    };
    const statefulSet = {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: meta('mongodb'),
        spec: {
            serviceName: 'mongodb-headless',
            replicas,
            podManagementPolicy: 'OrderedReady',
            updateStrategy: { type: 'RollingUpdate' },
            selector: { matchLabels: selector },
            template: {
                metadata: { labels },
                spec: {
                    serviceAccountName: 'mongodb',
                    securityContext: { fsGroup: 1001 },
                    containers: [
                        {
                            name: 'mongodb',
                            image: 'docker.io/bitnami/mongodb:5.0.10-debian-11-r3',
                            imagePullPolicy: 'IfNotPresent',
                            securityContext: { runAsNonRoot: true, runAsUser: 1001 },
                            env: [
                                { name: 'MONGODB_REPLICA_SET_MODE', value: 'secondary' },
                                {
                                    name: 'MONGODB_ADVERTISED_HOSTNAME',
                                    value: '$(MY_POD_NAME).mongodb-headless.mongodb.svc.cluster.local',
                                },
                                { name: 'MONGODB_REPLICA_SET_NAME', value: 'rs0' },
                                { name: 'MONGODB_ROOT_USER', value: 'root' },
                                {
                                    name: 'MONGODB_ROOT_PASSWORD',
                                    valueFrom: { secretKeyRef: { name: 'mongodb', key: 'mongodb-root-password' } },
                                },
                                {
                                    name: 'MONGODB_REPLICA_SET_KEY',
                                    valueFrom: { secretKeyRef: { name: 'mongodb', key: 'mongodb-replica-set-key' } },
                                },
                            ],
                            ports: [{ name: 'mongodb', containerPort: 27017, protocol: 'TCP' }],
                            resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } },
                            volumeMounts: [{ name: 'datadir', mountPath: '/bitnami/mongodb' }],
                        },
                    ],
                },
            },
            volumeClaimTemplates: [
                {
                    apiVersion: 'v1',
                    kind: 'PersistentVolumeClaim',
                    metadata: { name: 'datadir' },
                    spec: {
                        accessModes: ['ReadWriteOnce'],
                        resources: { requests: { storage: '50Gi' } },
                        volumeMode: 'Filesystem',
                    },
                },
            ],
        },
    };
    const release = helmReleaseSecret({
        name: 'mongodb',
        namespace: 'mongodb',
        revision: 1,
        chart: {
            name: 'mongodb',
            version: '12.1.31',
            appVersion: '5.0.10',
            description: 'MongoDB(R) replica set (bitnami chart)',
        },
        values: { mongodb: { auth: { rootUser: 'root' }, replicaCount: replicas, architecture: 'replicaset' } },
        objects: [account, secret, headless, statefulSet],
        deployedAt: CREATED.mongodb,
    });
    return [account, secret, release, headless, statefulSet];
}
function kubernetesService() {
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
            name: 'kubernetes',
            namespace: 'default',
            creationTimestamp: CREATED.cluster,
            labels: { component: 'apiserver', provider: 'kubernetes' },
        },
        spec: {
            type: 'ClusterIP',
            clusterIP: '10.96.0.1',
            clusterIPs: ['10.96.0.1'],
            ports: [{ name: 'https', port: 443, targetPort: 6443, protocol: 'TCP' }],
            sessionAffinity: 'None',
        },
    };
}

;// CONCATENATED MODULE: ./src/rehearsal/seeds/cognigy-storage.ts
/**
 * Storage of a Cognigy.AI kustomize installation per cloud variant: the PVCs in `default`, the
 * PersistentVolumes behind them (as the variant's provisioner would have created them), the
 * StorageClasses and, on AWS, the EFS provisioners and their ClusterRoleBindings.
 *
 * Dynamically provisioned PVs are named `pvc-<claim uid>` and have reclaim policy Delete; that
 * is why the migration must switch them to Retain before deleting the PVCs.
 */



const AWS_REGION = 'eu-central-1';
const AWS_ZONE = 'eu-central-1a';
const AZURE_SUBSCRIPTION = uuidOf('azure-subscription');
const AZURE_RESOURCE_GROUP = 'MC_cognigy-prod_cognigy-aks_westeurope';
const AZURE_STORAGE_ACCOUNT = `f${hexOf('azure-storage-account', 23)}`;
/** Node that holds the local volumes of the generic variant. */
const GENERIC_NODE = 'cognigy-worker-1';
/** The EFS file systems behind flow-modules and functions in the AWS variant. */
const AWS_EFS_IDS = {
    flowModules: `fs-0${hexOf('efs/flow-modules', 16)}`,
    functions: `fs-0${hexOf('efs/functions', 16)}`,
};
/** Deterministic uid of a seeded PVC (dynamic PVs are named after it). */
function claimUid(variant, namespace, name) {
    return uuidOf(`pvc/${variant}/${namespace}/${name}`);
}
/** The PVCs of the Cognigy installation per variant, with their StorageClass. */
function cognigyClaims(variant, legacyMongoOnly) {
    const rwx = (name, size, sc) => ({
        name,
        accessMode: 'ReadWriteMany',
        size,
        storageClass: sc,
    });
    const rwo = (name, size, sc) => ({
        name,
        accessMode: 'ReadWriteOnce',
        size,
        storageClass: sc,
    });
    const mongoSize = legacyMongoOnly ? '50Gi' : '20Gi';
    switch (variant) {
        case 'aws':
            return [
                rwx('flow-modules', '1Mi', 'aws-efs-flow-modules'),
                rwx('functions', '1Mi', 'aws-efs-functions'),
                rwo('redis-persistent', '10Gi', 'redis-persistent'),
                rwo('mongodb', mongoSize, 'gp2'),
            ];
        case 'azure':
            return [
                rwx('flow-modules', '100Gi', 'flow-modules'),
                rwx('functions', '100Gi', 'functions'),
                rwo('redis-persistent', '10Gi', 'managed-premium'),
                rwo('mongodb', mongoSize, 'managed-premium'),
            ];
        case 'generic':
            return [
                rwx('flow-modules', '10Gi', 'local-storage'),
                rwx('functions', '10Gi', 'local-storage'),
                rwo('redis-persistent', '10Gi', 'local-storage'),
                rwo('mongodb', mongoSize, 'local-storage'),
            ];
    }
}
function storageClass(name, provisioner, extra = {}, annotations = {}) {
    const manifest = {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name, ...(Object.keys(annotations).length ? { annotations } : {}) },
        provisioner,
        ...extra,
    };
    const sc = withLastApplied(manifest);
    sc.metadata.creationTimestamp = CREATED.storage;
    // Server defaults a capture shows.
    sc.reclaimPolicy ??= 'Delete';
    sc.volumeBindingMode ??= 'Immediate';
    return sc;
}
function claimAndVolume(variant, namespace, spec, vol) {
    const uid = claimUid(variant, namespace, spec.name);
    const claimAnnotations = {};
    if (spec.storageClass.startsWith('aws-efs-')) {
        // The kustomize EFS manifests still set the beta annotation besides storageClassName.
        claimAnnotations['volume.beta.kubernetes.io/storage-class'] = spec.storageClass;
    }
    const manifest = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: {
            name: spec.name,
            namespace,
            ...(Object.keys(claimAnnotations).length ? { annotations: claimAnnotations } : {}),
        },
        spec: {
            accessModes: [spec.accessMode],
            storageClassName: spec.storageClass,
            resources: { requests: { storage: spec.size } },
            ...(vol.provisioner ? {} : { volumeName: vol.name }),
        },
    };
    const fromKustomize = namespace === 'default';
    const claim = fromKustomize ? withLastApplied(manifest) : structuredClone(manifest);
    claim.metadata.uid = uid;
    claim.metadata.creationTimestamp = namespace === 'default' ? CREATED.storage : CREATED.mongodb;
    claim.metadata.finalizers = ['kubernetes.io/pvc-protection'];
    const ann = (claim.metadata.annotations ??= {});
    ann['pv.kubernetes.io/bind-completed'] = 'yes';
    if (vol.provisioner) {
        ann['pv.kubernetes.io/bound-by-controller'] = 'yes';
        ann['volume.beta.kubernetes.io/storage-provisioner'] = vol.provisioner;
        ann['volume.kubernetes.io/storage-provisioner'] = vol.provisioner;
    }
    const claimSpec = claim.spec;
    claimSpec.volumeName = vol.name;
    claimSpec.volumeMode = 'Filesystem';
    claim.status = { phase: 'Bound', accessModes: [spec.accessMode], capacity: { storage: spec.size } };
    const volume = {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: {
            name: vol.name,
            uid: uuidOf(`pv/${variant}/${vol.name}`),
            creationTimestamp: claim.metadata.creationTimestamp,
            ...(vol.provisioner ? { annotations: { 'pv.kubernetes.io/provisioned-by': vol.provisioner } } : {}),
            ...(vol.labels ? { labels: vol.labels } : {}),
            finalizers: ['kubernetes.io/pv-protection'],
        },
        spec: {
            accessModes: [spec.accessMode],
            capacity: { storage: spec.size },
            claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace, name: spec.name, uid },
            persistentVolumeReclaimPolicy: vol.reclaimPolicy,
            storageClassName: spec.storageClass,
            volumeMode: 'Filesystem',
            ...vol.source,
            ...(vol.extra ?? {}),
        },
        status: { phase: 'Bound' },
    };
    return [claim, volume];
}
function awsVolume(variant, namespace, spec) {
    const name = `pvc-${claimUid(variant, namespace, spec.name)}`;
    if (spec.storageClass.startsWith('aws-efs-')) {
        const id = spec.name === 'flow-modules' ? AWS_EFS_IDS.flowModules : AWS_EFS_IDS.functions;
        return {
            name,
            provisioner: `efs-provisioner-${spec.name}`,
            reclaimPolicy: 'Delete',
            source: {
                nfs: {
                    server: `${id}.efs.${AWS_REGION}.amazonaws.com`,
                    path: `/persistentvolumes/${spec.name}-${name}`,
                },
            },
        };
    }
    return {
        name,
        provisioner: 'kubernetes.io/aws-ebs',
        reclaimPolicy: 'Delete',
        labels: { 'topology.kubernetes.io/region': AWS_REGION, 'topology.kubernetes.io/zone': AWS_ZONE },
        source: {
            awsElasticBlockStore: {
                volumeID: `aws://${AWS_ZONE}/vol-0${hexOf(`ebs/${name}`, 16)}`,
                fsType: 'ext4',
            },
            nodeAffinity: {
                required: {
                    nodeSelectorTerms: [
                        {
                            matchExpressions: [
                                { key: 'topology.kubernetes.io/zone', operator: 'In', values: [AWS_ZONE] },
                                { key: 'topology.kubernetes.io/region', operator: 'In', values: [AWS_REGION] },
                            ],
                        },
                    ],
                },
            },
        },
    };
}
function azureVolume(variant, namespace, spec, fileMountOptions) {
    const name = `pvc-${claimUid(variant, namespace, spec.name)}`;
    if (spec.accessMode === 'ReadWriteMany') {
        return {
            name,
            provisioner: 'kubernetes.io/azure-file',
            reclaimPolicy: 'Delete',
            source: {
                azureFile: {
                    secretName: `azure-storage-account-${AZURE_STORAGE_ACCOUNT}-secret`,
                    secretNamespace: namespace,
                    shareName: `kubernetes-dynamic-${name}`,
                },
                mountOptions: fileMountOptions,
            },
        };
    }
    const disk = `kubernetes-dynamic-${name}`;
    return {
        name,
        provisioner: 'kubernetes.io/azure-disk',
        reclaimPolicy: 'Delete',
        labels: { 'topology.kubernetes.io/region': 'westeurope', 'topology.kubernetes.io/zone': 'westeurope-1' },
        source: {
            azureDisk: {
                diskName: disk,
                diskURI: `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/${AZURE_RESOURCE_GROUP}/providers/Microsoft.Compute/disks/${disk}`,
                kind: 'Managed',
                cachingMode: 'ReadOnly',
                fsType: '',
                readOnly: false,
            },
        },
    };
}
function genericVolume(spec, namePrefix = '') {
    const name = `${namePrefix}${spec.name}`;
    if (spec.accessMode === 'ReadWriteMany') {
        return {
            name,
            reclaimPolicy: 'Retain',
            source: { hostPath: { path: `/srv/cognigy/${spec.name}`, type: 'DirectoryOrCreate' } },
        };
    }
    return {
        name,
        reclaimPolicy: 'Retain',
        source: {
            local: { path: `/mnt/disks/${name}` },
            nodeAffinity: {
                required: {
                    nodeSelectorTerms: [
                        { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [GENERIC_NODE] }] },
                    ],
                },
            },
        },
    };
}
const AZURE_FILE_MOUNT_OPTIONS = [
    'dir_mode=0777',
    'file_mode=0777',
    'uid=1000',
    'gid=1000',
    'mfsymlinks',
    'cache=strict',
];
function efsProvisioner(pvc) {
    const name = `efs-provisioner-${pvc}`;
    const id = pvc === 'flow-modules' ? AWS_EFS_IDS.flowModules : AWS_EFS_IDS.functions;
    const deployment = withLastApplied({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: 'default' },
        spec: {
            selector: { matchLabels: { app: name } },
            replicas: 1,
            strategy: { type: 'Recreate' },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    containers: [
                        {
                            name,
                            image: EFS_PROVISIONER_IMAGE,
                            resources: { limits: { memory: '200Mi', cpu: '100m' } },
                            env: [
                                { name: 'FILE_SYSTEM_ID', value: id },
                                { name: 'AWS_REGION', value: AWS_REGION },
                                { name: 'PROVISIONER_NAME', value: name },
                            ],
                            volumeMounts: [{ name: 'pv-volume', mountPath: '/persistentvolumes' }],
                        },
                    ],
                    volumes: [
                        { name: 'pv-volume', nfs: { server: `${id}.efs.${AWS_REGION}.amazonaws.com`, path: '/' } },
                    ],
                },
            },
        },
    });
    deployment.metadata.creationTimestamp = CREATED.storage;
    const binding = withLastApplied({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name },
        subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'default' }],
        roleRef: { kind: 'ClusterRole', name: 'cluster-admin', apiGroup: 'rbac.authorization.k8s.io' },
    });
    binding.metadata.creationTimestamp = CREATED.storage;
    return [deployment, binding];
}
/** Storage objects of the Cognigy installation and of the `mongodb` release (unless legacy). */
function cognigyStorage(variant, opts) {
    const out = {
        storageClasses: [],
        persistentVolumes: [],
        clusterRoleBindings: [],
        claims: [],
        deployments: [],
        secrets: [],
    };
    const add = (namespace, spec, vol) => {
        const [claim, volume] = claimAndVolume(variant, namespace, spec, vol);
        out.claims.push(claim);
        out.persistentVolumes.push(volume);
    };
    const claims = cognigyClaims(variant, opts.legacyMongoOnly);
    // The bitnami StatefulSet's volumeClaimTemplate `datadir`, one claim per member.
    const mongoClaims = opts.legacyMongoOnly
        ? []
        : Array.from({ length: opts.mongodbReplicas }, (_, i) => ({
            name: `datadir-mongodb-${i}`,
            accessMode: 'ReadWriteOnce',
            size: '50Gi',
            storageClass: claims.find((c) => c.name === 'mongodb').storageClass,
        }));
    switch (variant) {
        case 'aws': {
            out.storageClasses.push(storageClass('aws-efs-flow-modules', 'efs-provisioner-flow-modules'), storageClass('aws-efs-functions', 'efs-provisioner-functions'), storageClass('redis-persistent', 'kubernetes.io/aws-ebs', {
                parameters: { type: 'gp2', fsType: 'ext4', encrypted: 'true' },
            }), storageClass('gp2', 'kubernetes.io/aws-ebs', { parameters: { type: 'gp2', fsType: 'ext4' }, volumeBindingMode: 'WaitForFirstConsumer' }, { 'storageclass.kubernetes.io/is-default-class': 'true' }));
            for (const spec of claims)
                add('default', spec, awsVolume(variant, 'default', spec));
            for (const spec of mongoClaims)
                add('mongodb', spec, awsVolume(variant, 'mongodb', spec));
            for (const pvc of ['flow-modules', 'functions']) {
                const [deployment, binding] = efsProvisioner(pvc);
                out.deployments.push(deployment);
                out.clusterRoleBindings.push(binding);
            }
            break;
        }
        case 'azure': {
            const file = {
                allowVolumeExpansion: true,
                mountOptions: AZURE_FILE_MOUNT_OPTIONS,
                parameters: { skuName: 'Premium_LRS' },
            };
            out.storageClasses.push(storageClass('flow-modules', 'kubernetes.io/azure-file', file), storageClass('functions', 'kubernetes.io/azure-file', file), 
            // AKS built-in class (addon-managed, so no last-applied in reality; harmless here).
            storageClass('managed-premium', 'kubernetes.io/azure-disk', {
                allowVolumeExpansion: true,
                parameters: { cachingmode: 'ReadOnly', kind: 'Managed', storageaccounttype: 'Premium_LRS' },
            }));
            for (const spec of claims)
                add('default', spec, azureVolume(variant, 'default', spec, AZURE_FILE_MOUNT_OPTIONS));
            for (const spec of mongoClaims)
                add('mongodb', spec, azureVolume(variant, 'mongodb', spec, AZURE_FILE_MOUNT_OPTIONS));
            // The in-tree azure-file provisioner stores the storage account key next to the claims.
            const accountSecret = {
                apiVersion: 'v1',
                kind: 'Secret',
                metadata: {
                    name: `azure-storage-account-${AZURE_STORAGE_ACCOUNT}-secret`,
                    namespace: 'default',
                    creationTimestamp: CREATED.storage,
                },
                type: 'Opaque',
                data: {
                    azurestorageaccountname: b64(AZURE_STORAGE_ACCOUNT),
                    azurestorageaccountkey: b64(`${secretOf('azure-storage-key', 86)}==`),
                },
            };
            out.secrets.push(accountSecret);
            break;
        }
        case 'generic': {
            out.storageClasses.push(storageClass('local-storage', 'kubernetes.io/no-provisioner', {
                reclaimPolicy: 'Retain',
                volumeBindingMode: 'WaitForFirstConsumer',
            }));
            for (const spec of claims)
                add('default', spec, genericVolume(spec));
            for (const spec of mongoClaims)
                add('mongodb', spec, genericVolume(spec, 'mongodb-'));
            break;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rehearsal/seeds/cognigy-workloads.ts
/**
 * The Cognigy.AI workloads of a kustomize installation in `default`: Deployments (with their
 * secret and PVC mounts), Services, Ingresses, the `cognigy-env` ConfigMap and Traefik's objects.
 */




/** Replica counts that differ from 1 (a few services are scaled out in production). */
const SEED_REPLICAS = {
    'service-ai': 2,
    'service-api': 2,
    'service-endpoint': 3,
    'service-execution': 2,
    'service-http': 2,
    'service-nlp-score-en': 2,
    'service-ui': 2,
    'service-webchat': 2,
};
/** PVC mounts: deployment → [claim, mount path]. The chart fixture mounts the same. */
const SEED_PVC_MOUNTS = {
    'service-custom-modules': [['flow-modules', '/app/flowModules']],
    'service-execution': [['flow-modules', '/app/flowModules']],
    'service-function-execution': [['functions', '/app/functions']],
    'service-function-scheduler': [['functions', '/app/functions']],
    'redis-persistent': [['redis-persistent', '/data']],
};
/** Deployments that have a Service of the same name (port 8000 unless listed otherwise). */
const SERVICES = {
    'management-ui': [{ name: 'http', port: 8000 }],
    'service-ai': [{ name: 'http', port: 8000 }],
    'service-alexa-management': [{ name: 'http', port: 8000 }],
    'service-analytics-odata': [{ name: 'http', port: 8000 }],
    'service-api': [{ name: 'http', port: 8000 }],
    'service-endpoint': [{ name: 'http', port: 8000 }],
    'service-handover': [{ name: 'http', port: 8000 }],
    'service-insights-api': [{ name: 'http', port: 8000 }],
    'service-insights-ui': [{ name: 'http', port: 8000 }],
    'service-nlp-matcher': [{ name: 'http', port: 8000 }],
    'service-nlp-ner': [{ name: 'http', port: 8000 }],
    'service-resources': [{ name: 'http', port: 8000 }],
    'service-runtime-file-manager': [{ name: 'http', port: 8000 }],
    'service-security': [{ name: 'http', port: 8000 }],
    'service-static-files': [{ name: 'http', port: 8000 }],
    'service-ui': [{ name: 'http', port: 8000 }],
    'service-webchat': [{ name: 'http', port: 8000 }],
    [APP_SESSION_MANAGER]: [{ name: 'http', port: 8000 }],
    rabbitmq: [
        { name: 'amqp', port: 5672 },
        { name: 'management', port: 15672 },
    ],
    redis: [{ name: 'redis', port: 6379 }],
    'redis-persistent': [{ name: 'redis', port: 6379 }],
};
/** Public hosts, one Ingress each. */
const INGRESSES = {
    'management-ui': 'management-ui.cognigy.example.com',
    'service-analytics-odata': 'odata.cognigy.example.com',
    'service-api': 'api.cognigy.example.com',
    'service-endpoint': 'endpoint.cognigy.example.com',
    'service-insights-ui': 'insights.cognigy.example.com',
    'service-static-files': 'static.cognigy.example.com',
    'service-ui': 'ui.cognigy.example.com',
    'service-webchat': 'webchat.cognigy.example.com',
};
/** The connection-string secret (service part) a deployment reads, if any. */
function mongoServiceOf(deployment) {
    if (CONNECTION_STRING_SERVICES.includes(deployment) || deployment === APP_SESSION_MANAGER)
        return deployment;
    if (deployment === 'service-analytics-collector')
        return 'service-analytics-collector-provider';
    if (deployment === 'service-analytics-conversations')
        return 'service-analytics-conversation-collector-provider';
    if (deployment.startsWith('service-nlp-train-'))
        return 'service-nlp';
    return undefined;
}
function cognigyDeployment(name, image, replicas) {
    const mounts = [];
    const volumes = [];
    for (const [claim, mountPath] of SEED_PVC_MOUNTS[name] ?? []) {
        mounts.push({ name: claim, mountPath });
        volumes.push({ name: claim, persistentVolumeClaim: { claimName: claim } });
    }
    // The dependencies come from Cognigy's registry too (rabbitmq, redis, traefik at 4.41.2).
    const product = image.startsWith(`${COGNIGY_REGISTRY}/`) && !DEPENDENCY_DEPLOYMENTS.includes(name);
    const mongo = mongoServiceOf(name);
    if (product && name.startsWith('service-')) {
        mounts.push({
            name: 'rabbitmq-connection-string',
            mountPath: '/var/run/secrets/rabbitmqConnectionString',
            subPath: 'rabbitmqConnectionString',
        });
        volumes.push({
            name: 'rabbitmq-connection-string',
            secret: {
                secretName: 'cognigy-rabbitmq',
                items: [{ key: 'connection-string', path: 'rabbitmqConnectionString' }],
            },
        });
        mounts.push({
            name: 'redis-password',
            mountPath: '/var/run/secrets/redis-password.conf',
            subPath: 'redis-password.conf',
        });
        volumes.push({ name: 'redis-password', secret: { secretName: 'cognigy-redis-password' } });
    }
    if (mongo) {
        mounts.push({
            name: 'mongodb-connection-string',
            mountPath: '/var/run/secrets/mongodbConnectionString',
            subPath: 'mongodbConnectionString',
        });
        volumes.push({
            name: 'mongodb-connection-string',
            secret: {
                secretName: `cognigy-${mongo}`,
                items: [{ key: 'connection-string', path: 'mongodbConnectionString' }],
            },
        });
    }
    const ports = (SERVICES[name] ?? (product ? [{ name: 'http', port: 8000 }] : [])).map((p) => ({
        name: p.name,
        containerPort: p.port,
        protocol: 'TCP',
    }));
    if (name === 'redis-persistent') {
        mounts.push({
            name: 'redis-persistent-password',
            mountPath: '/usr/local/etc/redis/redis.conf',
            subPath: 'redis-persistent-password.conf',
        });
        volumes.push({
            name: 'redis-persistent-password',
            secret: { secretName: 'cognigy-redis-persistent-password' },
        });
    }
    const container = {
        name,
        image,
        resources: product
            ? { requests: { cpu: '100m', memory: '256M' }, limits: { cpu: '500m', memory: '512M' } }
            : { requests: { cpu: '50m', memory: '128Mi' }, limits: { memory: '512Mi' } },
        ...(ports.length ? { ports } : {}),
        ...(product ? { envFrom: [{ configMapRef: { name: 'cognigy-env' } }] } : {}),
        ...(mounts.length ? { volumeMounts: mounts } : {}),
    };
    const manifest = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: 'default', labels: { app: name } },
        spec: {
            replicas,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    containers: [container],
                    ...(volumes.length ? { volumes } : {}),
                    ...(product ? { imagePullSecrets: [{ name: 'cognigy-registry-token' }] } : {}),
                    ...(name === 'traefik' ? { serviceAccountName: 'traefik' } : {}),
                },
            },
        },
    };
    if (name === 'traefik') {
        container.args = [
            '--entrypoints.web.address=:80',
            '--entrypoints.websecure.address=:443',
            '--providers.kubernetesingress',
            '--providers.kubernetesingress.ingressclass=traefik',
        ];
        container.ports = [
            { name: 'web', containerPort: 80, protocol: 'TCP' },
            { name: 'websecure', containerPort: 443, protocol: 'TCP' },
        ];
    }
    const d = withLastApplied(manifest);
    d.metadata.creationTimestamp = CREATED.install;
    return deploymentDefaults(d);
}
function service(name, ports, selector) {
    const manifest = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, namespace: 'default', labels: { app: name } },
        spec: {
            selector,
            ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: 'TCP' })),
        },
    };
    const svc = withLastApplied(manifest);
    svc.metadata.creationTimestamp = CREATED.install;
    const ip = clusterIp(`default/${name}`);
    Object.assign(svc.spec, {
        type: 'ClusterIP',
        clusterIP: ip,
        clusterIPs: [ip],
        internalTrafficPolicy: 'Cluster',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        sessionAffinity: 'None',
    });
    return svc;
}
function traefikObjects(variant) {
    const stamp = (o) => {
        o.metadata.creationTimestamp = CREATED.install;
        return o;
    };
    const clusterRole = stamp(withLastApplied({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'traefik' },
        rules: [
            { apiGroups: [''], resources: ['services', 'endpoints', 'secrets'], verbs: ['get', 'list', 'watch'] },
            {
                apiGroups: ['extensions', 'networking.k8s.io'],
                resources: ['ingresses', 'ingressclasses'],
                verbs: ['get', 'list', 'watch'],
            },
            {
                apiGroups: ['extensions', 'networking.k8s.io'],
                resources: ['ingresses/status'],
                verbs: ['update'],
            },
        ],
    }));
    const binding = stamp(withLastApplied({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'traefik' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'traefik' },
        subjects: [{ kind: 'ServiceAccount', name: 'traefik', namespace: 'default' }],
    }));
    const ingressClass = stamp(withLastApplied({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'traefik' },
        spec: { controller: 'traefik.io/ingress-controller' },
    }));
    const account = stamp(withLastApplied({
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: 'traefik', namespace: 'default' },
    }));
    const svc = service('traefik', [
        { name: 'web', port: 80 },
        { name: 'websecure', port: 443 },
    ], { app: 'traefik' });
    const spec = svc.spec;
    spec.type = 'LoadBalancer';
    spec.externalTrafficPolicy = 'Cluster';
    spec.allocateLoadBalancerNodePorts = true;
    spec.ports = spec.ports.map((p, i) => ({
        ...p,
        nodePort: 30000 + intOf(`nodeport/traefik/${i}`, 0, 2767),
    }));
    const ingress = variant === 'aws'
        ? {
            hostname: `a${hexOf('elb', 31)}-${intOf('elb-id', 1000000000, 1999999999)}.${'eu-central-1'}.elb.amazonaws.com`,
        }
        : variant === 'azure'
            ? {
                ip: `20.${intOf('lb/1', 16, 250)}.${intOf('lb/2', 1, 250)}.${intOf('lb/3', 1, 250)}`,
                ipMode: 'VIP',
            }
            : { ip: '192.168.49.240', ipMode: 'VIP' };
    svc.status = { loadBalancer: { ingress: [ingress] } };
    return { cluster: [clusterRole, binding, ingressClass], namespaced: [account, svc] };
}
function ingress(name, host, className) {
    const manifest = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: {
            name,
            namespace: 'default',
            annotations: { 'traefik.ingress.kubernetes.io/router.tls': 'true' },
        },
        spec: {
            ingressClassName: className,
            tls: [{ hosts: [host], secretName: 'cognigy-traefik' }],
            rules: [
                {
                    host,
                    http: {
                        paths: [
                            { path: '/', pathType: 'Prefix', backend: { service: { name, port: { number: 8000 } } } },
                        ],
                    },
                },
            ],
        },
    };
    const ing = withLastApplied(manifest);
    ing.metadata.creationTimestamp = CREATED.install;
    return ing;
}
function cognigyEnv(traefik) {
    const cm = withLastApplied({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'cognigy-env', namespace: 'default' },
        data: {
            NODE_ENV: 'production',
            FRONTEND_BASE_URL_WITH_PROTOCOL: 'https://ui.cognigy.example.com',
            API_BASE_URL_WITH_PROTOCOL: 'https://api.cognigy.example.com',
            ENDPOINT_BASE_URL_WITH_PROTOCOL: 'https://endpoint.cognigy.example.com',
            WEBCHAT_URL: 'https://webchat.cognigy.example.com/webchat.js',
            REDIS_HOST: 'redis',
            REDIS_PERSISTENT_HOST: 'redis-persistent',
            RABBITMQ_HOST: 'rabbitmq',
            NLP_LANGUAGES: 'en-US,de-DE',
            REVERSE_PROXY: traefik ? 'traefik' : 'external',
        },
    });
    cm.metadata.creationTimestamp = CREATED.install;
    return cm;
}
/** The legacy single-replica MongoDB (`mongo-server`) with its data on PVC `mongodb`. */
function mongoServer() {
    const mongo = cognigyDeployment('mongo-server', MONGO_SERVER_IMAGE, 1);
    const spec = mongo.spec;
    const pod = spec.template.spec;
    pod.containers[0].ports = [{ name: 'mongodb', containerPort: 27017, protocol: 'TCP' }];
    pod.containers[0].env = [
        { name: 'MONGO_INITDB_ROOT_USERNAME', value: 'admin' },
        {
            name: 'MONGO_INITDB_ROOT_PASSWORD',
            valueFrom: { secretKeyRef: { name: 'cognigy-mongo-server', key: 'mongo-initdb-root-password' } },
        },
    ];
    pod.containers[0].volumeMounts = [{ name: 'mongodb', mountPath: '/data/db' }];
    pod.volumes = [{ name: 'mongodb', persistentVolumeClaim: { claimName: 'mongodb' } }];
    spec.strategy = { type: 'Recreate' };
    return [mongo, service('mongo-server', [{ name: 'mongodb', port: 27017 }], { app: 'mongo-server' })];
}

;// CONCATENATED MODULE: ./src/rehearsal/seeds/cognigy.ts
/**
 * Seed: a Cognigy.AI kustomize installation (last kustomize release 4.41) as a cluster would
 * hold it after years of service — the product in `default`, the multi-replica MongoDB Helm
 * release in `mongodb`, storage per cloud provider, Traefik's cluster objects, and workloads in
 * `default` that belong to somebody else. Plain objects, ready for `sandbox.load()`.
 *
 * Facts follow the public Cognigy repositories (see src/cognigy/profile.ts); values
 * are deterministic so tests can assert on them.
 */








/** The default product version of the seeds. */
const DEFAULT_SEED_VERSION = '4.41.2';
/** Seed names `k2h sandbox --seed` accepts (besides a file). */
const SEED_NAMES = ['cognigy', 'cognigy-aws', 'cognigy-azure'];
const SEED_VARIANTS = {
    cognigy: 'generic',
    'cognigy-aws': 'aws',
    'cognigy-azure': 'azure',
};
/** The objects of a named seed; throws for an unknown name, listing the known ones. */
function seedByName(name, opts = {}) {
    if (!SEED_NAMES.includes(name)) {
        throw new Error(`unknown seed "${name}": use one of ${SEED_NAMES.join(', ')} or a path to a kubectl get -o yaml file`);
    }
    return cognigySeed({ ...opts, variant: SEED_VARIANTS[name] });
}
/** Kind order of the result: namespaces, cluster-scoped kinds, then namespaced kinds. */
const KIND_ORDER = [
    'Namespace',
    'StorageClass',
    'PersistentVolume',
    'ClusterRole',
    'ClusterRoleBinding',
    'IngressClass',
    'ServiceAccount',
    'Secret',
    'ConfigMap',
    'PersistentVolumeClaim',
    'Service',
    'Deployment',
    'StatefulSet',
    'Ingress',
];
/**
 * A Cognigy.AI kustomize installation as plain Kubernetes objects, namespaces and cluster-scoped
 * objects first. Deterministic: the same options give deep-equal output.
 */
function cognigySeed(opts = {}) {
    const variant = opts.variant ?? 'generic';
    const version = opts.version ?? DEFAULT_SEED_VERSION;
    const traefik = opts.traefik ?? true;
    const appSessionManager = opts.appSessionManager ?? false;
    const legacyMongoOnly = opts.legacyMongoOnly ?? false;
    const mongodbReplicas = 3;
    const objects = [
        namespace('default', CREATED.cluster),
        namespace('kube-system', CREATED.cluster),
    ];
    if (!legacyMongoOnly)
        objects.push(namespace('mongodb', CREATED.mongodb));
    const storage = cognigyStorage(variant, { legacyMongoOnly, mongodbReplicas });
    objects.push(...storage.storageClasses, ...storage.persistentVolumes, ...storage.clusterRoleBindings);
    const traefikParts = traefik ? traefikObjects(variant) : { cluster: [], namespaced: [] };
    objects.push(...traefikParts.cluster);
    objects.push(kubernetesService());
    objects.push(...cognigySecrets({ version, appSessionManager, legacyMongoOnly }), ...storage.secrets);
    objects.push(cognigyEnv(traefik));
    objects.push(...storage.claims);
    const images = cognigyImages(version);
    const names = [...PRODUCT_DEPLOYMENTS, ...(appSessionManager ? [APP_SESSION_MANAGER] : [])];
    names.push('rabbitmq', 'redis', 'redis-persistent');
    if (traefik)
        names.push('traefik');
    for (const name of names.sort()) {
        objects.push(cognigyDeployment(name, images[name], SEED_REPLICAS[name] ?? 1));
        const ports = SERVICES[name];
        if (ports)
            objects.push(service(name, ports, { app: name }));
    }
    objects.push(...storage.deployments, ...traefikParts.namespaced);
    if (legacyMongoOnly)
        objects.push(...mongoServer());
    const ingressClass = traefik ? 'traefik' : 'nginx';
    for (const [name, host] of Object.entries(INGRESSES))
        objects.push(ingress(name, host, ingressClass));
    objects.push(...unrelatedWorkloads());
    if (opts.lookalikes)
        objects.push(...lookalikeWorkloads(ingressClass));
    if (!legacyMongoOnly)
        objects.push(...mongodbRelease(mongodbReplicas));
    const rank = (o) => {
        const i = KIND_ORDER.indexOf(o.kind);
        return i < 0 ? KIND_ORDER.length : i;
    };
    const nsRank = (o) => (o.metadata.namespace === 'mongodb' ? 1 : 0);
    // Stable sort: kind, then namespace (default before mongodb); insertion order otherwise.
    return objects
        .map((o, i) => ({ o, i }))
        .sort((a, b) => rank(a.o) - rank(b.o) || nsRank(a.o) - nsRank(b.o) || a.i - b.i)
        .map(({ o }) => o);
}

;// CONCATENATED MODULE: ./src/rehearsal/seeds/index.ts
/** The built-in Cognigy.AI kustomize installations the rehearsal and the tests seed the sandbox with. */






// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/rehearsal/sandbox-seed.ts
/**
 * Shared by `k2h sandbox` and `k2h rehearse`: starting the sandbox with a named seed or a capture
 * file, and finding the project's own files (test chart, cached binaries) from the CLI.
 */






/** Starts a sandbox loaded with `seed` (a seed name or a `kubectl get -o yaml` file). */
async function startSeededSandbox(seed, opts) {
    let objects;
    if (SEED_NAMES.includes(seed))
        objects = seedByName(seed);
    else if ((0,external_node_fs_.existsSync)(seed))
        objects = loadSeedFile(seed);
    else
        throw new errors/* UsageError */.eb(`--seed must be one of ${SEED_NAMES.join(', ')} or an existing file; got '${seed}'`);
    const sandbox = await src_sandbox/* Sandbox */.ak.start(opts);
    sandbox.load(objects);
    return sandbox;
}
/** The k2h checkout the CLI runs from (for the rehearsal chart and the cached binaries), if any. */
function projectRoot() {
    const starts = [process.cwd()];
    try {
        if (process.argv[1])
            starts.push((0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(process.argv[1])));
    }
    catch {
        /* argv[1] may not be a file */
    }
    for (const start of starts) {
        for (let dir = (0,external_node_path_.resolve)(start);; dir = (0,external_node_path_.dirname)(dir)) {
            const pkg = (0,external_node_path_.join)(dir, 'package.json');
            if ((0,external_node_fs_.existsSync)(pkg)) {
                try {
                    if (JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).name === 'cognigy-k2h')
                        return dir;
                }
                catch {
                    /* not ours */
                }
            }
            if ((0,external_node_path_.dirname)(dir) === dir)
                break;
        }
    }
    return undefined;
}


/***/ }),

/***/ 17770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k4: () => (/* reexport */ SANDBOX_USER),
  ak: () => (/* reexport */ Sandbox)
});

// UNUSED EXPORTS: Faults, RequestLog

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sandbox/defaults.ts
/** Fills defaults into `obj` (mutated) on create and update. */
function applyDefaults(def, obj) {
    const spec = (obj.spec ??= {});
    switch (def.kind) {
        case 'Namespace':
            spec.finalizers ??= ['kubernetes'];
            // The apiserver labels every namespace with its name (NamespaceDefaultLabelName).
            if (obj.metadata?.name)
                obj.metadata.labels = {
                    ...(obj.metadata.labels ?? {}),
                    'kubernetes.io/metadata.name': obj.metadata.name,
                };
            break;
        case 'Secret':
            delete obj.spec;
            if (!obj.type)
                obj.type = 'Opaque';
            // stringData is write-only: the apiserver folds it into data.
            if (obj.stringData) {
                obj.data = { ...(obj.data ?? {}) };
                for (const [k, v] of Object.entries(obj.stringData))
                    obj.data[k] = Buffer.from(String(v)).toString('base64');
                delete obj.stringData;
            }
            break;
        case 'Deployment':
            spec.replicas ??= 1;
            spec.revisionHistoryLimit ??= 10;
            spec.progressDeadlineSeconds ??= 600;
            spec.strategy ??= {};
            spec.strategy.type ||= 'RollingUpdate';
            if (spec.strategy.type === 'RollingUpdate') {
                spec.strategy.rollingUpdate = {
                    maxSurge: '25%',
                    maxUnavailable: '25%',
                    ...(spec.strategy.rollingUpdate ?? {}),
                };
            }
            break;
        case 'StatefulSet':
            spec.replicas ??= 1;
            spec.podManagementPolicy ??= 'OrderedReady';
            spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
            break;
        case 'ReplicaSet':
            spec.replicas ??= 1;
            break;
        case 'Service':
            spec.type ??= 'ClusterIP';
            spec.sessionAffinity ??= 'None';
            for (const p of spec.ports ?? []) {
                p.protocol ??= 'TCP';
                if (p.targetPort === undefined)
                    p.targetPort = p.port;
            }
            break;
        case 'PersistentVolumeClaim':
            spec.volumeMode ??= 'Filesystem';
            break;
        case 'PersistentVolume':
            spec.persistentVolumeReclaimPolicy ??= 'Retain';
            spec.volumeMode ??= 'Filesystem';
            break;
        case 'StorageClass':
            delete obj.spec;
            obj.reclaimPolicy ??= 'Delete';
            obj.volumeBindingMode ??= 'Immediate';
            break;
        case 'Pod':
            for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
                for (const p of c.ports ?? [])
                    p.protocol ??= 'TCP';
                c.terminationMessagePath ??= '/dev/termination-log';
                c.imagePullPolicy ??=
                    c.image?.endsWith(':latest') || !c.image?.includes(':') ? 'Always' : 'IfNotPresent';
            }
            spec.restartPolicy ??= 'Always';
            break;
        default:
            if (Object.keys(spec).length === 0)
                delete obj.spec;
    }
    if (obj.spec &&
        Object.keys(obj.spec).length === 0 &&
        ![
            'Namespace',
            'Service',
            'PersistentVolumeClaim',
            'PersistentVolume',
            'Pod',
            'Deployment',
            'StatefulSet',
            'ReplicaSet',
        ].includes(def.kind)) {
        delete obj.spec;
    }
    if (def.kind === 'Deployment' || def.kind === 'StatefulSet' || def.kind === 'ReplicaSet') {
        for (const c of spec.template?.spec?.containers ?? [])
            for (const p of c.ports ?? [])
                p.protocol ??= 'TCP';
    }
}
/**
 * On update the apiserver carries allocated values over when the new object leaves them empty
 * (a replaced Service keeps its clusterIP and nodePorts), so `kubectl replace` and full PUTs of a
 * manifest work.
 */
function carryOverAllocated(def, old, obj) {
    if (def.kind !== 'Service' || !obj.spec || !old.spec)
        return;
    if (!obj.spec.clusterIP && old.spec.clusterIP) {
        obj.spec.clusterIP = old.spec.clusterIP;
        obj.spec.clusterIPs ??= old.spec.clusterIPs;
    }
    for (const port of obj.spec.ports ?? []) {
        if (port.nodePort)
            continue;
        const before = (old.spec.ports ?? []).find((p) => p.port === port.port && (p.protocol ?? 'TCP') === (port.protocol ?? 'TCP'));
        if (before?.nodePort)
            port.nodePort = before.nodePort;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/json.ts
/** Small helpers over plain JSON values, shared by the store and the patch engines. */
/** True for a plain (non-array, non-null) object. */
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Deep copy through JSON: stored objects never share structure with callers. */
function clone(v) {
    return v === undefined ? v : JSON.parse(JSON.stringify(v));
}
/** Structural equality of JSON values; key order does not matter. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    }
    if (isObj(a) && isObj(b)) {
        const ka = Object.keys(a).filter((k) => a[k] !== undefined);
        const kb = Object.keys(b).filter((k) => b[k] !== undefined);
        return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
    }
    return false;
}
/** A shallow copy of `obj` without `keys`. */
function omit(obj, keys) {
    const out = { ...obj };
    for (const k of keys)
        delete out[k];
    return out;
}

;// CONCATENATED MODULE: ./src/sandbox/patch/json-patch.ts
/** JSON patch (RFC 6902), `application/json-patch+json`: what `kubectl patch --type=json` sends. */

/** A malformed or inapplicable JSON patch (the server answers 422/400). */
class JsonPatchError extends Error {
}
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new JsonPatchError(`invalid JSON pointer "${pointer}"`);
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function parentOf(doc, path) {
    let cur = doc;
    for (const seg of path.slice(0, -1)) {
        cur = Array.isArray(cur) ? cur[Number(seg)] : isObj(cur) ? cur[seg] : undefined;
        if (cur === undefined)
            throw new JsonPatchError(`doc is missing path: "/${path.join('/')}"`);
    }
    return { parent: cur, last: path[path.length - 1] };
}
function read(doc, path) {
    let cur = doc;
    for (const seg of path) {
        cur = Array.isArray(cur) ? cur[Number(seg)] : isObj(cur) ? cur[seg] : undefined;
        if (cur === undefined)
            throw new JsonPatchError(`doc is missing path: "/${path.join('/')}"`);
    }
    return cur;
}
function add(doc, path, value) {
    if (path.length === 0)
        return clone(value);
    const { parent, last } = parentOf(doc, path);
    if (Array.isArray(parent)) {
        const i = last === '-' ? parent.length : Number(last);
        if (!Number.isInteger(i) || i < 0 || i > parent.length)
            throw new JsonPatchError(`index out of bounds: ${last}`);
        parent.splice(i, 0, clone(value));
    }
    else if (isObj(parent))
        parent[last] = clone(value);
    else
        throw new JsonPatchError(`doc is missing path: "/${path.join('/')}"`);
    return doc;
}
function remove(doc, path) {
    const { parent, last } = parentOf(doc, path);
    if (Array.isArray(parent)) {
        const i = Number(last);
        if (!(i >= 0 && i < parent.length))
            throw new JsonPatchError(`index out of bounds: ${last}`);
        parent.splice(i, 1);
    }
    else if (isObj(parent) && last in parent)
        delete parent[last];
    else
        throw new JsonPatchError(`Unable to remove nonexistent key: ${last}: missing value`);
    return doc;
}
/** Applies the operations in order to a copy of `target`. */
function jsonPatch(target, ops) {
    if (!Array.isArray(ops))
        throw new JsonPatchError('json patch must be a list of operations');
    let doc = clone(target);
    for (const op of ops) {
        if (!isObj(op) || typeof op.path !== 'string')
            throw new JsonPatchError('operation has no path');
        const path = parsePointer(op.path);
        switch (op.op) {
            case 'add':
                doc = add(doc, path, op.value);
                break;
            case 'remove':
                doc = remove(doc, path);
                break;
            case 'replace':
                read(doc, path);
                doc = path.length === 0 ? clone(op.value) : add(remove(doc, path), path, op.value);
                break;
            case 'move': {
                const from = parsePointer(String(op.from));
                const v = read(doc, from);
                doc = add(remove(doc, from), path, v);
                break;
            }
            case 'copy':
                doc = add(doc, path, read(doc, parsePointer(String(op.from))));
                break;
            case 'test':
                if (!deepEqual(read(doc, path), op.value))
                    throw new JsonPatchError(`testing value /${path.join('/')} failed`);
                break;
            default:
                throw new JsonPatchError(`Unexpected kind: ${String(op.op)}`);
        }
    }
    return doc;
}

;// CONCATENATED MODULE: ./src/sandbox/patch/merge.ts
/** JSON merge patch (RFC 7386), `application/merge-patch+json`: what kubectl label/annotate/scale send. */

/** Applies a merge patch: objects merge recursively, null deletes, everything else replaces. */
function mergePatch(target, patch) {
    if (!isObj(patch))
        return clone(patch);
    const out = isObj(target) ? { ...target } : {};
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete out[k];
        else
            out[k] = mergePatch(out[k], v);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sandbox/resources.ts
/**
 * The resource table: every kind the sandbox serves, one line each. Discovery, OpenAPI, routing,
 * tables and the store are all driven from this list, so adding a kind is adding a line.
 */
const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
/** The kinds the sandbox serves. */
// prettier-ignore
const RESOURCES = [
    { group: '', version: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false, shortNames: ['ns'], subresources: ['status'] },
    { group: '', version: 'v1', plural: 'secrets', kind: 'Secret', namespaced: true },
    { group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap', namespaced: true, shortNames: ['cm'] },
    { group: '', version: 'v1', plural: 'services', kind: 'Service', namespaced: true, shortNames: ['svc'], categories: ['all'], subresources: ['status'] },
    { group: '', version: 'v1', plural: 'endpoints', kind: 'Endpoints', namespaced: true, shortNames: ['ep'] },
    { group: '', version: 'v1', plural: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true, shortNames: ['sa'] },
    { group: '', version: 'v1', plural: 'pods', kind: 'Pod', namespaced: true, shortNames: ['po'], categories: ['all'], subresources: ['status'] },
    { group: '', version: 'v1', plural: 'persistentvolumes', kind: 'PersistentVolume', namespaced: false, shortNames: ['pv'], subresources: ['status'] },
    { group: '', version: 'v1', plural: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true, shortNames: ['pvc'], subresources: ['status'] },
    { group: '', version: 'v1', plural: 'nodes', kind: 'Node', namespaced: false, shortNames: ['no'], subresources: ['status'] },
    { group: '', version: 'v1', plural: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] },
    { group: '', version: 'v1', plural: 'resourcequotas', kind: 'ResourceQuota', namespaced: true, shortNames: ['quota'], subresources: ['status'] },
    { group: '', version: 'v1', plural: 'limitranges', kind: 'LimitRange', namespaced: true, shortNames: ['limits'] },
    { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment', namespaced: true, shortNames: ['deploy'], categories: ['all'], subresources: ['status', 'scale'] },
    { group: 'apps', version: 'v1', plural: 'replicasets', kind: 'ReplicaSet', namespaced: true, shortNames: ['rs'], categories: ['all'], subresources: ['status', 'scale'] },
    { group: 'apps', version: 'v1', plural: 'statefulsets', kind: 'StatefulSet', namespaced: true, shortNames: ['sts'], categories: ['all'], subresources: ['status', 'scale'] },
    { group: 'apps', version: 'v1', plural: 'daemonsets', kind: 'DaemonSet', namespaced: true, shortNames: ['ds'], categories: ['all'], subresources: ['status'] },
    { group: 'apps', version: 'v1', plural: 'controllerrevisions', kind: 'ControllerRevision', namespaced: true },
    { group: 'batch', version: 'v1', plural: 'jobs', kind: 'Job', namespaced: true, categories: ['all'], subresources: ['status'] },
    { group: 'batch', version: 'v1', plural: 'cronjobs', kind: 'CronJob', namespaced: true, shortNames: ['cj'], categories: ['all'], subresources: ['status'] },
    { group: 'autoscaling', version: 'v2', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], categories: ['all'], subresources: ['status'] },
    { group: 'policy', version: 'v1', plural: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true, shortNames: ['pdb'], subresources: ['status'] },
    { group: 'storage.k8s.io', version: 'v1', plural: 'storageclasses', kind: 'StorageClass', namespaced: false, shortNames: ['sc'] },
    { group: 'storage.k8s.io', version: 'v1', plural: 'csidrivers', kind: 'CSIDriver', namespaced: false },
    { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterroles', kind: 'ClusterRole', namespaced: false },
    { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
    { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'roles', kind: 'Role', namespaced: true },
    { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'rolebindings', kind: 'RoleBinding', namespaced: true },
    { group: 'networking.k8s.io', version: 'v1', plural: 'ingressclasses', kind: 'IngressClass', namespaced: false },
    { group: 'networking.k8s.io', version: 'v1', plural: 'ingresses', kind: 'Ingress', namespaced: true, shortNames: ['ing'], subresources: ['status'] },
    { group: 'networking.k8s.io', version: 'v1', plural: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true, shortNames: ['netpol'] },
    { group: 'coordination.k8s.io', version: 'v1', plural: 'leases', kind: 'Lease', namespaced: true },
    { group: 'apiextensions.k8s.io', version: 'v1', plural: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false, shortNames: ['crd', 'crds'], subresources: ['status'] },
    { group: 'snapshot.storage.k8s.io', version: 'v1', plural: 'volumesnapshots', kind: 'VolumeSnapshot', namespaced: true, shortNames: ['vs'], subresources: ['status'], option: 'volumeSnapshots' },
    { group: 'snapshot.storage.k8s.io', version: 'v1', plural: 'volumesnapshotclasses', kind: 'VolumeSnapshotClass', namespaced: false, shortNames: ['vsclass', 'vsclasses'], option: 'volumeSnapshots' },
    { group: 'authorization.k8s.io', version: 'v1', plural: 'selfsubjectaccessreviews', kind: 'SelfSubjectAccessReview', namespaced: false, verbs: ['create'] },
    { group: 'authentication.k8s.io', version: 'v1', plural: 'selfsubjectreviews', kind: 'SelfSubjectReview', namespaced: false, verbs: ['create'] },
    // Older versions a 1.23 API server still serves (charts test .Capabilities for them). Each is
    // its own store here: an object written through one version is not visible through another.
    { group: 'autoscaling', version: 'v1', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], subresources: ['status'] },
    { group: 'autoscaling', version: 'v2beta1', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], subresources: ['status'] },
    { group: 'autoscaling', version: 'v2beta2', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], subresources: ['status'] },
    { group: 'batch', version: 'v1beta1', plural: 'cronjobs', kind: 'CronJob', namespaced: true, shortNames: ['cj'], subresources: ['status'] },
    { group: 'policy', version: 'v1beta1', plural: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true, shortNames: ['pdb'], subresources: ['status'] },
    { group: 'policy', version: 'v1beta1', plural: 'podsecuritypolicies', kind: 'PodSecurityPolicy', namespaced: false, shortNames: ['psp'] },
    { group: 'scheduling.k8s.io', version: 'v1', plural: 'priorityclasses', kind: 'PriorityClass', namespaced: false, shortNames: ['pc'] },
    { group: 'discovery.k8s.io', version: 'v1', plural: 'endpointslices', kind: 'EndpointSlice', namespaced: true },
    { group: 'events.k8s.io', version: 'v1', plural: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] },
];
/** Verbs a resource serves. */
function verbsOf(def) {
    return def.verbs ?? CRUD;
}
/** `apiVersion` string of a resource: `v1` for the core group, `group/version` otherwise. */
function apiVersionOf(def) {
    return def.group ? `${def.group}/${def.version}` : def.version;
}
/** Lower-case singular name, as discovery reports it. */
function singularOf(def) {
    return def.kind.toLowerCase();
}
/** `plural.group` (or `plural` in the core group): the name Status messages use. */
function qualifiedName(def) {
    return def.group ? `${def.plural}.${def.group}` : def.plural;
}
/** Lookup helpers over the enabled subset of the table. */
class ResourceRegistry {
    defs;
    constructor(options) {
        this.defs = RESOURCES.filter((d) => !d.option || options[d.option]);
    }
    /**
     * Serves a custom resource. The same group/version/plural always maps to the same definition
     * object, because the store indexes objects by it.
     */
    addCustom(def) {
        const existing = this.byPath(def.group, def.version, def.plural);
        if (existing) {
            if (existing.custom)
                Object.assign(existing, def, { custom: true });
            return existing;
        }
        const added = { ...def, custom: true };
        this.defs.push(added);
        return added;
    }
    /** Stops serving a custom resource. */
    removeCustom(def) {
        const i = this.defs.indexOf(def);
        if (i >= 0 && def.custom)
            this.defs.splice(i, 1);
    }
    byPath(group, version, plural) {
        return this.defs.find((d) => d.group === group && d.version === version && d.plural === plural);
    }
    byKind(apiVersion, kind) {
        return this.defs.find((d) => apiVersionOf(d) === apiVersion && d.kind === kind);
    }
    /** The group/versions served, core first. */
    groupVersions() {
        const seen = new Map();
        for (const d of this.defs)
            seen.set(apiVersionOf(d), { group: d.group, version: d.version });
        return [...seen.values()];
    }
}

;// CONCATENATED MODULE: ./src/sandbox/status.ts
/**
 * Kubernetes `Status` failures with the apiserver's own reasons and wording, so kubectl and helm
 * print and branch on them exactly as they do against a real cluster.
 */

/** A failure to answer with a `Status` body. Thrown anywhere below the HTTP layer. */
class ApiError extends Error {
    code;
    reason;
    details;
    headers;
    constructor(code, reason, message, details, 
    /** Extra response headers (Retry-After). */
    headers = {}) {
        super(message);
        this.code = code;
        this.reason = reason;
        this.details = details;
        this.headers = headers;
    }
    /** The `Status` object the apiserver would send. */
    toStatus() {
        const status = {
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Failure',
            message: this.message,
            reason: this.reason,
            code: this.code,
        };
        if (this.details)
            status.details = this.details;
        return status;
    }
}
function details(def, name, extra = {}) {
    const d = { name, kind: def.plural, ...extra };
    if (def.group)
        d.group = def.group;
    return d;
}
/** `persistentvolumeclaims "x" not found`. */
function notFound(def, name) {
    return new ApiError(404, 'NotFound', `${qualifiedName(def)} "${name}" not found`, details(def, name));
}
/** `namespaces "x" already exists`. */
function alreadyExists(def, name) {
    return new ApiError(409, 'AlreadyExists', `${qualifiedName(def)} "${name}" already exists`, details(def, name));
}
/** The optimistic-concurrency failure kubectl replace / helm show on a stale resourceVersion. */
function conflict(def, name, why = 'the object has been modified; please apply your changes to the latest version and try again') {
    return new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedName(def)} "${name}": ${why}`, details(def, name));
}
/** 422 with the `Kind.group "name" is invalid: field: ...` wording. */
function invalid(def, name, causes) {
    const qualifiedKind = def.group ? `${def.kind}.${def.group}` : def.kind;
    const text = causes.map((c) => `${c.field}: ${c.message}`).join(', ');
    const list = causes.length > 1 ? `[${text}]` : text;
    return new ApiError(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${list}`, {
        name,
        kind: def.kind,
        ...(def.group ? { group: def.group } : {}),
        causes: causes.map((c) => ({
            reason: c.type ?? 'FieldValueInvalid',
            message: c.message,
            field: c.field,
        })),
    });
}
/** RBAC denial, worded like the authorizer's. */
function forbidden(def, name, verb, namespace, subresource, user = 'system:serviceaccount:sandbox:k2h') {
    const resource = subresource ? `${def.plural}/${subresource}` : def.plural;
    const subject = name ? `${qualifiedName(def)} "${name}"` : qualifiedName(def);
    const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
    return new ApiError(403, 'Forbidden', `${subject} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${def.group}" ${scope}`, details(def, name ?? ''));
}
/** 400 BadRequest. */
function badRequest(message) {
    return new ApiError(400, 'BadRequest', message);
}
/** 405 for verbs a resource does not serve. */
function methodNotAllowed() {
    return new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}
/** 415 for patch types the resource does not take. */
function unsupportedMediaType(type) {
    return new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${type})`);
}

;// CONCATENATED MODULE: ./src/sandbox/patch/merge-keys.ts
/**
 * Which lists merge by key under strategic merge patch and server-side apply. The real apiserver
 * reads this from the Go struct tags (`patchMergeKey`); the sandbox keys it by field name, with the
 * parent field deciding where one name means two things (`ports` in a container vs. a Service).
 */
const KEYED = {
    containers: ['name'],
    initContainers: ['name'],
    ephemeralContainers: ['name'],
    env: ['name'],
    volumes: ['name'],
    imagePullSecrets: ['name'],
    volumeMounts: ['mountPath'],
    volumeDevices: ['devicePath'],
    hostAliases: ['ip'],
    topologySpreadConstraints: ['topologyKey', 'whenUnsatisfiable'],
    ownerReferences: ['uid'],
    conditions: ['type'],
    resourceClaims: ['name'],
    schedulingGates: ['name'],
    resizePolicy: ['resourceName'],
    volumeClaimTemplates: ['metadata'],
};
/** Lists of strings that merge as sets (`patchStrategy: merge` without a key). */
const SETS = new Set(['finalizers']);
/**
 * Strategy for list `field`, whose parent field is `parent` (undefined at the top level).
 * Container ports merge by containerPort (and protocol, as server-side apply does); Service ports
 * by port.
 */
function listStrategy(field, parent) {
    if (field === 'ports') {
        const inContainer = parent === 'containers' || parent === 'initContainers' || parent === 'ephemeralContainers';
        return { kind: 'keyed', keys: inContainer ? ['containerPort', 'protocol'] : ['port', 'protocol'] };
    }
    if (field === 'volumeClaimTemplates')
        return { kind: 'atomic' };
    if (KEYED[field])
        return { kind: 'keyed', keys: KEYED[field] };
    if (SETS.has(field))
        return { kind: 'set' };
    return { kind: 'atomic' };
}
/** Defaults the apiserver applies to key fields, so `{containerPort: 80}` matches `{containerPort: 80, protocol: TCP}`. */
function keyValue(item, key) {
    const v = item[key];
    if (v === undefined && key === 'protocol')
        return 'TCP';
    return v;
}
/** True when two list items have the same merge key. */
function sameKey(a, b, keys) {
    // Strategic merge patch keys on the first key only; extra keys only disambiguate when present.
    return keys.every((k, i) => i === 0 || k === 'protocol' || (a[k] !== undefined && b[k] !== undefined)
        ? keyValue(a, k) === keyValue(b, k)
        : true);
}

;// CONCATENATED MODULE: ./src/sandbox/patch/strategic.ts
/**
 * Strategic merge patch, `application/strategic-merge-patch+json`: what `kubectl patch`,
 * client-side `kubectl apply` and every helm 3 upgrade send. Lists of named things merge by key
 * (treating them as plain merge patch corrupts Deployments on upgrade), and the patch directives
 * (`$patch`, `$retainKeys`, `$setElementOrder/…`, `$deleteFromPrimitiveList/…`) are honoured and
 * never stored.
 */


const SET_ORDER = '$setElementOrder/';
const DELETE_FROM = '$deleteFromPrimitiveList/';
/** Applies a strategic merge patch to a copy of `original`. */
function strategicMergePatch(original, patch) {
    const out = mergeMap(clone(original) ?? {}, patch, undefined);
    return out ?? {};
}
/** Removes every directive from a value that is about to be stored whole (new map/list items). */
function stripDirectives(v) {
    if (Array.isArray(v))
        return v.filter((x) => !(isObj(x) && x.$patch)).map(stripDirectives);
    if (!isObj(v))
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (k.startsWith('$'))
            continue;
        if (x === null)
            continue;
        out[k] = stripDirectives(x);
    }
    return out;
}
/** Merges map `patch` into `original` (mutated); returns undefined when the map is deleted. */
function mergeMap(original, patch, parentField) {
    const directive = patch.$patch;
    if (directive === 'delete')
        return undefined;
    if (directive === 'replace')
        return stripDirectives(patch);
    const out = original;
    for (const [k, v] of Object.entries(patch)) {
        if (k === '$patch' || k === '$retainKeys' || k.startsWith(SET_ORDER))
            continue;
        if (k.startsWith(DELETE_FROM)) {
            const field = k.slice(DELETE_FROM.length);
            if (Array.isArray(out[field]) && Array.isArray(v)) {
                out[field] = out[field].filter((x) => !v.some((d) => deepEqual(d, x)));
            }
            continue;
        }
        if (v === null) {
            delete out[k];
            continue;
        }
        if (isObj(v)) {
            const merged = mergeMap(isObj(out[k]) ? out[k] : {}, v, k);
            if (merged === undefined)
                delete out[k];
            else
                out[k] = merged;
        }
        else if (Array.isArray(v)) {
            out[k] = mergeList(Array.isArray(out[k]) ? out[k] : [], v, k, parentField);
        }
        else {
            out[k] = v;
        }
    }
    for (const [k, order] of Object.entries(patch)) {
        if (k.startsWith(SET_ORDER) && Array.isArray(order) && Array.isArray(out[k.slice(SET_ORDER.length)])) {
            const field = k.slice(SET_ORDER.length);
            out[field] = applyOrder(out[field], order, field, parentField);
        }
    }
    if (Array.isArray(patch.$retainKeys)) {
        const keep = new Set(patch.$retainKeys);
        for (const k of Object.keys(out))
            if (!keep.has(k))
                delete out[k];
    }
    return out;
}
function mergeList(original, patch, field, parentField) {
    const strategy = listStrategy(field, parentField);
    if (patch.some((x) => isObj(x) && x.$patch === 'replace')) {
        return stripDirectives(patch.filter((x) => !(isObj(x) && x.$patch === 'replace')));
    }
    if (strategy.kind === 'set') {
        const out = [...original];
        for (const x of patch)
            if (!out.some((o) => deepEqual(o, x)))
                out.push(x);
        return out;
    }
    if (strategy.kind === 'atomic')
        return stripDirectives(patch);
    const out = [...original];
    for (const item of patch) {
        if (!isObj(item))
            continue;
        const i = out.findIndex((o) => isObj(o) && sameKey(o, item, strategy.keys));
        if (item.$patch === 'delete') {
            if (i >= 0)
                out.splice(i, 1);
            continue;
        }
        if (i >= 0) {
            const merged = mergeMap(out[i], item, field);
            if (merged === undefined)
                out.splice(i, 1);
            else
                out[i] = merged;
        }
        else {
            out.push(stripDirectives(item));
        }
    }
    return out;
}
/**
 * `$setElementOrder/<list>`: the order the client wants. Items it names come in that order;
 * items it does not name (server-added) keep their relative place after them.
 */
function applyOrder(list, order, field, parentField) {
    const strategy = listStrategy(field, parentField);
    const match = (item, o) => strategy.kind === 'keyed'
        ? isObj(item) && isObj(o) && sameKey(item, o, strategy.keys)
        : deepEqual(item, o);
    const ordered = [];
    for (const o of order) {
        const found = list.find((item) => match(item, o));
        if (found !== undefined && !ordered.includes(found))
            ordered.push(found);
    }
    return [...ordered, ...list.filter((x) => !ordered.includes(x))];
}

;// CONCATENATED MODULE: ./src/sandbox/patch/apply.ts
/**
 * Server-side apply (`application/apply-patch+yaml`) and the managedFields bookkeeping it needs.
 * helm 4 applies everything this way: a field a manager applied before and no longer sends must be
 * removed, or a dropped env var survives the upgrade. The model, simpler than the apiserver's:
 * - every write records which fields it set, per (manager, operation), in `metadata.managedFields`
 *   (FieldsV1 format: `f:` fields, `k:` keyed list items, `v:` set members);
 * - an Update takes over the fields it changed from every other manager;
 * - an Apply owns exactly the fields it sent; fields it owned before, no longer sends and no
 *   other manager owns are removed from the object;
 * - without force, an Apply that changes a field another manager owns fails with a Conflict.
 */




const SEP = '\u0001';
/** metadata fields that belong to the server, never to a manager. */
const SERVER_META = new Set([
    'name',
    'namespace',
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'managedFields',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'selfLink',
    'generateName',
]);
function collect(v, prefix, field, parentField, out) {
    if (Array.isArray(v)) {
        const strategy = listStrategy(field ?? '', parentField);
        if (strategy.kind === 'atomic')
            return;
        for (const item of v) {
            if (strategy.kind === 'set') {
                out.add(prefix + SEP + 'v:' + JSON.stringify(item));
                continue;
            }
            if (!isObj(item))
                continue;
            const keyObj = {};
            for (const k of strategy.keys)
                if (keyValue(item, k) !== undefined)
                    keyObj[k] = keyValue(item, k);
            const p = prefix + SEP + 'k:' + JSON.stringify(keyObj);
            out.add(p);
            collectMap(item, p, field, out);
        }
        return;
    }
    if (isObj(v))
        collectMap(v, prefix, field, out);
}
function collectMap(v, prefix, field, out) {
    for (const [k, x] of Object.entries(v)) {
        if (x === null || x === undefined || k.startsWith('$'))
            continue;
        const p = prefix === '' ? 'f:' + k : prefix + SEP + 'f:' + k;
        out.add(p);
        collect(x, p, k, field, out);
    }
}
/** The set of field paths an object (or applied configuration) sets. */
function fieldSet(obj, options = {}) {
    const out = new Set();
    const top = {};
    for (const [k, v] of Object.entries(obj)) {
        if (k === 'apiVersion' || k === 'kind')
            continue;
        if (k === 'status' && !options.includeStatus)
            continue;
        if (k === 'metadata' && isObj(v)) {
            const meta = {};
            for (const [mk, mv] of Object.entries(v))
                if (!SERVER_META.has(mk))
                    meta[mk] = mv;
            if (Object.keys(meta).length)
                top.metadata = meta;
            continue;
        }
        top[k] = v;
    }
    collectMap(top, '', undefined, out);
    return out;
}
/** FieldsV1 tree of a path set. */
function toFieldsV1(paths) {
    const root = {};
    for (const p of [...paths].sort()) {
        let node = root;
        for (const seg of p.split(SEP))
            node = node[seg] ??= {};
    }
    // Mark owned nodes that also have owned children, as the apiserver does with ".".
    const mark = (node, path) => {
        for (const [k, child] of Object.entries(node)) {
            if (k === '.')
                continue;
            const childPath = path === '' ? k : path + SEP + k;
            if (Object.keys(child).length && (k.startsWith('k:') || k.startsWith('v:')))
                child['.'] = {};
            mark(child, childPath);
        }
    };
    mark(root, '');
    return root;
}
/** Path set of a FieldsV1 tree. */
function fromFieldsV1(tree) {
    const out = new Set();
    const walk = (node, prefix) => {
        for (const [k, child] of Object.entries(node ?? {})) {
            if (k === '.')
                continue;
            const p = prefix === '' ? k : prefix + SEP + k;
            out.add(p);
            if (isObj(child))
                walk(child, p);
        }
    };
    walk(tree ?? {}, '');
    return out;
}
/** Value at a path, or undefined. */
function valueAt(obj, path) {
    let cur = obj;
    for (const seg of path.split(SEP)) {
        if (cur === undefined)
            return undefined;
        if (seg.startsWith('f:'))
            cur = isObj(cur) ? cur[seg.slice(2)] : undefined;
        else if (seg.startsWith('k:')) {
            const keyObj = JSON.parse(seg.slice(2));
            cur = Array.isArray(cur)
                ? cur.find((x) => isObj(x) && Object.entries(keyObj).every(([k, v]) => keyValue(x, k) === v))
                : undefined;
        }
        else if (seg.startsWith('v:')) {
            const v = JSON.parse(seg.slice(2));
            cur = Array.isArray(cur) && cur.some((x) => deepEqual(x, v)) ? v : undefined;
        }
    }
    return cur;
}
/** Removes the value at a path from `obj` (mutated); absent paths are ignored. */
function removeAt(obj, path) {
    const segs = path.split(SEP);
    const parent = valueAt(obj, segs.slice(0, -1).join(SEP));
    const last = segs[segs.length - 1];
    if (segs.length === 1) {
        delete obj[last.slice(2)];
        return;
    }
    if (last.startsWith('f:') && isObj(parent))
        delete parent[last.slice(2)];
    else if (Array.isArray(parent)) {
        const target = valueAt(obj, path);
        const i = parent.findIndex((x) => (last.startsWith('v:') ? deepEqual(x, target) : x === target));
        if (i >= 0)
            parent.splice(i, 1);
    }
}
function isLeaf(paths, p) {
    const prefix = p + SEP;
    for (const q of paths)
        if (q.startsWith(prefix))
            return false;
    return true;
}
function entries(obj) {
    return clone((obj?.metadata?.managedFields ?? []));
}
function time() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function setEntry(list, manager, operation, apiVersion, paths, subresource) {
    const i = list.findIndex((e) => e.manager === manager && e.operation === operation && e.subresource === subresource);
    const previous = i >= 0 ? list[i] : undefined;
    const fieldsV1 = toFieldsV1(paths);
    const entry = {
        manager,
        operation,
        apiVersion,
        time: previous && deepEqual(previous.fieldsV1, fieldsV1) ? previous.time : time(),
        fieldsType: 'FieldsV1',
        fieldsV1,
        ...(subresource ? { subresource } : {}),
    };
    if (i >= 0)
        list[i] = entry;
    else
        list.push(entry);
    return list.filter((e) => Object.keys(e.fieldsV1).length > 0);
}
/**
 * Records a non-apply write (create, update, patch) by `manager`: it takes over the fields it
 * changed. Returns the new managedFields for `after`.
 */
function recordUpdate(before, after, manager, subresource) {
    const opts = { includeStatus: subresource === 'status' };
    const oldPaths = before ? fieldSet(before, opts) : new Set();
    const newPaths = fieldSet(after, opts);
    const changed = new Set([...newPaths].filter((p) => !oldPaths.has(p) || (isLeaf(newPaths, p) && !deepEqual(valueAt(before, p), valueAt(after, p)))));
    let list = entries(before);
    if (changed.size === 0 && before)
        return list;
    for (const e of list) {
        if (e.manager === manager && e.operation === 'Update' && e.subresource === subresource)
            continue;
        const owned = fromFieldsV1(e.fieldsV1);
        for (const p of changed)
            owned.delete(p);
        for (const p of owned)
            if (!newPaths.has(p))
                owned.delete(p);
        e.fieldsV1 = toFieldsV1(owned);
    }
    const mine = list.find((e) => e.manager === manager && e.operation === 'Update' && e.subresource === subresource);
    const owned = mine ? fromFieldsV1(mine.fieldsV1) : new Set();
    for (const p of changed)
        owned.add(p);
    for (const p of owned)
        if (!newPaths.has(p))
            owned.delete(p);
    list = setEntry(list, manager, 'Update', after.apiVersion, owned, subresource);
    return list;
}
/**
 * Server-side apply of `applied` over `live` (undefined when creating). Returns the new object
 * with its managedFields; throws a 409 Conflict without `force` when `applied` changes a field
 * another manager owns.
 */
function serverSideApply(live, applied, manager, force) {
    const appliedPaths = fieldSet(applied);
    let list = entries(live);
    if (live && list.length === 0) {
        // The apiserver's first apply to an object nobody tracked (created before managedFields, or
        // seeded) gives every existing field to "before-first-apply": changing them conflicts.
        list = setEntry([], 'before-first-apply', 'Update', live.apiVersion, fieldSet(live));
    }
    // Everyone else, subresource managers included (`kubectl scale` owns .spec.replicas via /scale).
    const others = list.filter((e) => !(e.manager === manager && e.operation === 'Apply' && !e.subresource));
    if (live && !force) {
        const conflicts = [];
        for (const e of others) {
            const owned = fromFieldsV1(e.fieldsV1);
            for (const p of appliedPaths) {
                if (owned.has(p) && isLeaf(appliedPaths, p) && !deepEqual(valueAt(live, p), valueAt(applied, p))) {
                    conflicts.push({
                        manager: e.manager,
                        path: p,
                        apiVersion: e.apiVersion,
                        subresource: e.subresource,
                    });
                }
            }
        }
        if (conflicts.length) {
            // The apiserver's wording: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas
            const who = (c) => `conflict with "${c.manager}"${c.subresource ? ` with subresource "${c.subresource}"` : ''} using ${c.apiVersion}`;
            const lines = conflicts.map((c) => `${who(c)}: ${pretty(c.path)}`);
            const msg = conflicts.length === 1
                ? `Apply failed with 1 conflict: ${lines[0]}`
                : `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
            throw new ApiError(409, 'Conflict', msg, {
                causes: conflicts.map((c) => ({
                    reason: 'FieldManagerConflict',
                    message: who(c),
                    field: pretty(c.path),
                })),
            });
        }
    }
    const merged = strategicMergePatch(live ?? {}, omit(applied, ['status']));
    // Remove what this manager applied before and dropped now, unless someone else owns it.
    const mine = list.find((e) => e.manager === manager && e.operation === 'Apply' && !e.subresource);
    const previous = mine ? fromFieldsV1(mine.fieldsV1) : new Set();
    const ownedByOthers = new Set();
    for (const e of others)
        for (const p of fromFieldsV1(e.fieldsV1))
            ownedByOthers.add(p);
    const dropped = [...previous].filter((p) => !appliedPaths.has(p) && !ownedByOthers.has(p));
    const keptByOthers = (p) => [...ownedByOthers].some((q) => q.startsWith(p + SEP));
    for (const p of dropped.sort((a, b) => a.length - b.length))
        if (!keptByOthers(p))
            removeAt(merged, p);
    // Force takes the applied fields away from everyone else.
    if (force) {
        for (const e of others) {
            const owned = fromFieldsV1(e.fieldsV1);
            for (const p of appliedPaths)
                if (isLeaf(appliedPaths, p))
                    owned.delete(p);
            e.fieldsV1 = toFieldsV1(owned);
        }
    }
    list = setEntry(list, manager, 'Apply', applied.apiVersion, appliedPaths);
    merged.metadata ??= {};
    merged.metadata.managedFields = list;
    return merged;
}
/** `.spec.replicas` style rendering of a path, as conflict messages show it. */
function pretty(path) {
    return path
        .split(SEP)
        .map((s) => (s.startsWith('f:') ? '.' + s.slice(2) : `[${s.slice(2)}]`))
        .join('');
}

;// CONCATENATED MODULE: ./src/sandbox/selectors.ts
/**
 * Label and field selectors in the query-string syntax kubectl and client-go send
 * (`a=b,c!=d,e in (f,g),h notin (i),j,!k`).
 */

/** Splits on commas that are not inside parentheses. */
function splitTop(text) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')')
            depth--;
        else if (text[i] === ',' && depth === 0) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}
/** Parses a label selector string; throws a 400 on syntax it does not understand. */
function parseLabelSelector(text) {
    if (!text)
        return [];
    return splitTop(text).map((part) => {
        let m = /^([^\s!=()]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
        if (m) {
            return {
                key: m[1],
                op: m[2],
                values: m[3]
                    .split(',')
                    .map((v) => v.trim())
                    .filter((v) => v !== ''),
            };
        }
        m = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(part);
        if (m)
            return { key: m[1], op: m[2] === '!=' ? '!=' : '=', values: [m[3]] };
        m = /^!\s*([^\s!=()]+)$/.exec(part);
        if (m)
            return { key: m[1], op: '!', values: [] };
        m = /^([^\s!=()]+)$/.exec(part);
        if (m)
            return { key: m[1], op: 'exists', values: [] };
        throw badRequest(`unable to parse requirement: found '${part}', expected: a valid label selector`);
    });
}
/** True when `labels` satisfy every requirement. */
function matchesLabels(reqs, labels) {
    const l = labels ?? {};
    return reqs.every((r) => {
        const has = Object.prototype.hasOwnProperty.call(l, r.key);
        switch (r.op) {
            case '=':
                return has && l[r.key] === r.values[0];
            case '!=':
                return !has || l[r.key] !== r.values[0];
            case 'in':
                return has && r.values.includes(l[r.key]);
            case 'notin':
                return !has || !r.values.includes(l[r.key]);
            case 'exists':
                return has;
            case '!':
                return !has;
        }
    });
}
/** A structured `LabelSelector` (matchLabels/matchExpressions) as requirements. */
function fromLabelSelector(sel) {
    if (!sel)
        return [];
    const reqs = Object.entries(sel.matchLabels ?? {}).map(([key, v]) => ({
        key,
        op: '=',
        values: [String(v)],
    }));
    for (const e of sel.matchExpressions ?? []) {
        const op = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' }[e.operator];
        if (op)
            reqs.push({ key: e.key, op: op, values: e.values ?? [] });
    }
    return reqs;
}
/** Field selector: `metadata.name=x,metadata.namespace!=y` and a few well-known fields. */
function parseFieldSelector(text) {
    if (!text)
        return [];
    return splitTop(text).map((part) => {
        const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(part);
        if (!m)
            throw badRequest(`invalid selector: '${part}'; can't understand '${part}'`);
        return { field: m[1].trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3].trim() };
    });
}
function fieldValue(obj, field) {
    let v = obj;
    for (const p of field.split('.'))
        v = v?.[p];
    return v === undefined || v === null ? '' : String(v);
}
/** True when `obj` satisfies the parsed field selector. */
function matchesFields(reqs, obj) {
    return reqs.every((r) => (fieldValue(obj, r.field) === r.value) === (r.op === '='));
}

;// CONCATENATED MODULE: ./src/sandbox/store.ts
/**
 * The object store: every object by resource/namespace/name, one global resourceVersion counter,
 * and a bounded event history so watches can resume from a resourceVersion. It enforces no API
 * rules (the handlers and controllers do); it only keeps metadata bookkeeping consistent.
 */



/** Groups whose objects carry no metadata.generation; everything else bumps it on spec changes. */
const NO_GENERATION_GROUPS = new Set([
    '',
    'rbac.authorization.k8s.io',
    'storage.k8s.io',
    'authorization.k8s.io',
    'authentication.k8s.io',
    'coordination.k8s.io',
]);
const GENERATION_GROUPS = { has: (group) => !NO_GENERATION_GROUPS.has(group) };
const HISTORY_LIMIT = 10000;
function key(def, namespace, name) {
    return `${def.group}/${def.plural}/${def.namespaced ? (namespace ?? '') : ''}/${name}`;
}
/** Everything but metadata and status: what a generation counts. */
function specPart(obj) {
    return omit(obj, ['metadata', 'status']);
}
/** In-memory object store with resourceVersions and change events. */
class Store {
    objects = new Map();
    /** The same objects by resource, so a controller's scan of one kind does not walk them all. */
    byDef = new Map();
    history = [];
    listeners = new Set();
    counter = 1000;
    /** The newest resourceVersion handed out. */
    get resourceVersion() {
        return this.counter;
    }
    /** Oldest resourceVersion a watch can resume from. */
    get oldestResumable() {
        return this.history.length ? this.history[0].rv - 1 : this.counter;
    }
    /** The stored object (not a copy: callers must not mutate it). */
    peek(def, namespace, name) {
        return this.objects.get(key(def, namespace, name))?.obj;
    }
    /** Stored objects of a resource, optionally in one namespace, sorted by namespace/name. */
    peekAll(def, namespace) {
        const out = [];
        for (const obj of this.byDef.get(def)?.values() ?? []) {
            if (namespace && def.namespaced && obj.metadata.namespace !== namespace)
                continue;
            out.push(obj);
        }
        return out.sort((a, b) => `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`));
    }
    /** Every stored object with its resource. */
    entries() {
        return [...this.objects.values()];
    }
    /** Stores a new object, filling uid, resourceVersion, creationTimestamp and generation. */
    create(def, input) {
        const obj = clone(input);
        obj.apiVersion = apiVersionOf(def);
        obj.kind = def.kind;
        const meta = (obj.metadata ??= {});
        if (!def.namespaced)
            delete meta.namespace;
        meta.uid ??= (0,external_node_crypto_.randomUUID)();
        meta.creationTimestamp ??= now();
        // API creates arrive without one; seeds captured from a cluster keep theirs.
        if (GENERATION_GROUPS.has(def.group))
            meta.generation ??= 1;
        else
            delete meta.generation;
        meta.resourceVersion = String(++this.counter);
        this.put(def, key(def, meta.namespace, meta.name), obj);
        this.emit('ADDED', def, obj);
        return obj;
    }
    /**
     * Replaces a stored object. Returns the stored object unchanged (same resourceVersion) when
     * nothing but bookkeeping differs, so no-op writes are invisible as on a real apiserver. An
     * object that is being deleted and has no finalizers left is removed instead.
     */
    update(def, input) {
        const meta = input.metadata;
        const k = key(def, meta.namespace, meta.name);
        const current = this.objects.get(k)?.obj;
        if (!current)
            throw new Error(`store: update of missing ${k}`);
        const obj = clone(input);
        obj.apiVersion = apiVersionOf(def);
        obj.kind = def.kind;
        const m = obj.metadata;
        // Identity fields are the store's, whatever the caller sent.
        m.uid = current.metadata.uid;
        m.creationTimestamp = current.metadata.creationTimestamp;
        m.resourceVersion = current.metadata.resourceVersion;
        if (current.metadata.deletionTimestamp)
            m.deletionTimestamp = current.metadata.deletionTimestamp;
        if (GENERATION_GROUPS.has(def.group))
            m.generation = current.metadata.generation;
        if (Array.isArray(m.finalizers) && m.finalizers.length === 0)
            delete m.finalizers;
        const held = m.finalizers?.length || (def.kind === 'Namespace' && obj.spec?.finalizers?.length);
        if (m.deletionTimestamp && !held) {
            this.remove(def, current);
            return obj;
        }
        if (deepEqual(obj, current))
            return current;
        if (GENERATION_GROUPS.has(def.group) && !deepEqual(specPart(obj), specPart(current))) {
            m.generation = (current.metadata.generation ?? 0) + 1;
        }
        m.resourceVersion = String(++this.counter);
        this.put(def, k, obj);
        this.emit('MODIFIED', def, obj);
        return obj;
    }
    /** Removes an object for good (finalizers are the caller's business). */
    remove(def, obj) {
        const k = key(def, obj.metadata.namespace, obj.metadata.name);
        const current = this.objects.get(k)?.obj;
        if (!current)
            return undefined;
        this.objects.delete(k);
        this.byDef.get(def)?.delete(k);
        const gone = clone(current);
        gone.metadata.resourceVersion = String(++this.counter);
        this.emit('DELETED', def, gone);
        return gone;
    }
    /** Events after `rv`, oldest first; undefined when `rv` is older than the history kept. */
    eventsSince(rv) {
        if (rv < this.oldestResumable)
            return undefined;
        return this.history.filter((e) => e.rv > rv);
    }
    /** Calls `listener` for every later change; returns the unsubscribe function. */
    subscribe(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    put(def, k, obj) {
        this.objects.set(k, { def, obj });
        let m = this.byDef.get(def);
        if (!m)
            this.byDef.set(def, (m = new Map()));
        m.set(k, obj);
    }
    emit(type, def, obj) {
        const event = { type, def, object: clone(obj), rv: Number(obj.metadata.resourceVersion) };
        this.history.push(event);
        if (this.history.length > HISTORY_LIMIT)
            this.history.splice(0, this.history.length - HISTORY_LIMIT);
        for (const l of this.listeners)
            l(event);
    }
}
/** RFC 3339 timestamp at second precision, as metav1.Time serialises. */
function now() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/sandbox/validation.ts
/**
 * Validation the sandbox enforces: names, and the immutable fields a migration can trip over
 * (a PVC's spec, a Deployment's selector, a StorageClass's parameters).
 */


const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_KINDS = new Set(['Namespace', 'Service']);
/** Throws 422 Invalid when `obj` may not be stored (as new, or as a replacement of `old`). */
function validate(def, obj, old) {
    const name = obj.metadata?.name ?? '';
    const causes = [];
    if (!name) {
        causes.push({
            field: 'metadata.name',
            message: 'Required value: name or generateName is required',
            type: 'FieldValueRequired',
        });
    }
    else if (def.kind !== 'ClusterRole' &&
        def.kind !== 'ClusterRoleBinding' &&
        def.kind !== 'Role' &&
        def.kind !== 'RoleBinding') {
        const label = LABEL_KINDS.has(def.kind);
        if (!(label ? DNS_LABEL : DNS_SUBDOMAIN).test(name) || name.length > (label ? 63 : 253)) {
            const what = label ? 'a lowercase RFC 1123 label' : 'a lowercase RFC 1123 subdomain';
            causes.push({
                field: 'metadata.name',
                message: `Invalid value: "${name}": ${what} must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
            });
        }
    }
    for (const [k, v] of Object.entries(obj.metadata?.labels ?? {})) {
        if (typeof v !== 'string' || v.length > 63 || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v)) {
            causes.push({
                field: `metadata.labels`,
                message: `Invalid value: "${String(v)}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (label ${k})`,
            });
        }
    }
    if (def.kind === 'Lease')
        lease(obj, causes);
    if (old)
        immutables(def, obj, old, causes);
    if (causes.length)
        throw invalid(def, name, causes);
}
/** metav1.MicroTime: RFC 3339 with exactly six fractional digits, as the apiserver decodes it. */
const MICRO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}(Z|[+-]\d{2}:\d{2})$/;
/** A Lease's times must decode as MicroTime (400 otherwise); its counters as ValidateLeaseSpec says. */
function lease(obj, causes) {
    const spec = obj.spec ?? {};
    for (const f of ['acquireTime', 'renewTime'])
        if (spec[f] !== undefined && spec[f] !== null && !MICRO_TIME.test(String(spec[f])))
            throw new ApiError(400, 'BadRequest', `Lease in version "v1" cannot be handled as a Lease: parsing time "${String(spec[f])}" as "2006-01-02T15:04:05.000000Z07:00": cannot parse as RFC3339Micro`);
    if (spec.leaseDurationSeconds !== undefined && !(spec.leaseDurationSeconds > 0))
        causes.push({
            field: 'spec.leaseDurationSeconds',
            message: `Invalid value: ${spec.leaseDurationSeconds}: must be greater than 0`,
        });
    if (spec.leaseTransitions !== undefined && !(spec.leaseTransitions >= 0))
        causes.push({
            field: 'spec.leaseTransitions',
            message: `Invalid value: ${spec.leaseTransitions}: must be greater than or equal to 0`,
        });
}
function immutables(def, obj, old, causes) {
    switch (def.kind) {
        case 'PersistentVolumeClaim': {
            const strip = (s = {}) => {
                const rest = omit(s, ['resources', 'volumeAttributesClassName', 'volumeName']);
                // volumeName may be set once (binding); it may not move afterwards.
                return { ...rest, volumeName: old.spec?.volumeName ? s.volumeName : undefined };
            };
            const o = strip(old.spec);
            const n = strip(obj.spec);
            if (!old.spec?.volumeName)
                delete n.volumeName;
            if (!deepEqual(o, n)) {
                causes.push({
                    field: 'spec',
                    message: 'Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
                });
            }
            break;
        }
        case 'StatefulSet': {
            // The classic failed upgrade: anything but these may not change (volumeClaimTemplates!).
            const mutable = [
                'replicas',
                'ordinals',
                'template',
                'updateStrategy',
                'persistentVolumeClaimRetentionPolicy',
                'minReadySeconds',
            ];
            if (!deepEqual(omit(old.spec ?? {}, mutable), omit(obj.spec ?? {}, mutable))) {
                causes.push({
                    field: 'spec',
                    message: "Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
                });
            }
            break;
        }
        case 'Service':
            if (old.spec?.clusterIP && obj.spec?.clusterIP !== old.spec.clusterIP) {
                causes.push({
                    field: 'spec.clusterIP',
                    message: `Invalid value: "${obj.spec?.clusterIP ?? ''}": field is immutable`,
                });
            }
            break;
        case 'Job':
            if (!deepEqual(old.spec?.template, obj.spec?.template)) {
                causes.push({
                    field: 'spec.template',
                    message: `Invalid value: ${JSON.stringify(obj.spec?.template ?? null)}: field is immutable`,
                });
            }
            break;
        case 'Deployment':
        case 'ReplicaSet':
            if (!deepEqual(old.spec?.selector, obj.spec?.selector)) {
                causes.push({
                    field: 'spec.selector',
                    message: `Invalid value: ${JSON.stringify(obj.spec?.selector ?? null)}: field is immutable`,
                });
            }
            break;
        case 'StorageClass':
            if (!deepEqual(old.parameters, obj.parameters))
                causes.push({ field: 'parameters', message: 'Forbidden: updates to parameters are forbidden.' });
            if (old.provisioner !== obj.provisioner)
                causes.push({ field: 'provisioner', message: 'Forbidden: updates to provisioner are forbidden.' });
            if (old.reclaimPolicy !== obj.reclaimPolicy)
                causes.push({
                    field: 'reclaimPolicy',
                    message: 'Forbidden: updates to reclaimPolicy are forbidden.',
                });
            // ValidateImmutableField, after defaulting (an omitted mode is Immediate on both sides).
            if ((old.volumeBindingMode ?? 'Immediate') !== (obj.volumeBindingMode ?? 'Immediate'))
                causes.push({
                    field: 'volumeBindingMode',
                    message: `Invalid value: "${String(obj.volumeBindingMode ?? 'Immediate')}": field is immutable`,
                });
            break;
        case 'PersistentVolume': {
            const src = (s = {}) => {
                // Everything but these is the volume source, which may not change.
                return omit(s, [
                    'persistentVolumeReclaimPolicy',
                    'claimRef',
                    'capacity',
                    'storageClassName',
                    'accessModes',
                    'mountOptions',
                    'nodeAffinity',
                    'volumeMode',
                    'volumeAttributesClassName',
                ]);
            };
            if (!deepEqual(src(old.spec), src(obj.spec)))
                causes.push({
                    field: 'spec.persistentvolumesource',
                    message: 'Forbidden: spec.persistentvolumesource is immutable after creation',
                });
            break;
        }
        case 'Secret':
        case 'ConfigMap':
            if (def.kind === 'Secret' && (old.type ?? 'Opaque') !== (obj.type ?? 'Opaque')) {
                causes.push({ field: 'type', message: `Invalid value: "${obj.type}": field is immutable` });
            }
            if (old.immutable && (!deepEqual(old.data, obj.data) || !deepEqual(old.binaryData, obj.binaryData))) {
                causes.push({ field: 'data', message: 'Forbidden: field is immutable when `immutable` is set' });
            }
            break;
        case 'RoleBinding':
        case 'ClusterRoleBinding':
            if (!deepEqual(old.roleRef, obj.roleRef))
                causes.push({
                    field: 'roleRef',
                    message: `Invalid value: ${JSON.stringify(obj.roleRef)}: cannot change roleRef`,
                });
            break;
        default:
    }
}

;// CONCATENATED MODULE: ./src/sandbox/api.ts
/**
 * The API verbs over the store: what a request does once the server has parsed it. Every write
 * goes through defaulting, validation, optimistic concurrency and managedFields here, then the
 * controllers reconcile. `dryRun` answers as the write would and stores nothing.
 */












const PATCH_TYPES = {
    'application/merge-patch+json': 'merge',
    'application/json-patch+json': 'json',
    'application/strategic-merge-patch+json': 'strategic',
    'application/apply-patch+yaml': 'apply',
    'application/apply-patch+json': 'apply',
};
/** Maps a Content-Type to a patch type; 415 otherwise. */
function patchTypeOf(contentType) {
    const t = PATCH_TYPES[contentType.split(';')[0].trim()];
    if (!t)
        throw unsupportedMediaType(contentType);
    return t;
}
/** Kinds whose status is owned by the status subresource: main-resource writes leave it alone. */
function hasStatus(def) {
    return (def.subresources ?? []).includes('status');
}
function randomSuffix(n) {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    const bytes = (0,external_node_crypto_.randomBytes)(n);
    return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}
/** The verbs, bound to one store. */
class Api {
    store;
    registry;
    reconcile;
    constructor(store, registry, 
    /** Runs the controllers after a write. */
    reconcile) {
        this.store = store;
        this.registry = registry;
        this.reconcile = reconcile;
    }
    /** Finds the resource for an object's apiVersion/kind, or 404s. */
    defFor(obj) {
        const def = this.registry.byKind(String(obj.apiVersion), String(obj.kind));
        if (!def)
            throw new ApiError(404, 'NotFound', `the server could not find the requested resource (kind ${obj.kind} in ${obj.apiVersion})`);
        return def;
    }
    /** GET of one object (a copy). */
    get(def, namespace, name, subresource) {
        const obj = this.store.peek(def, namespace, name);
        if (!obj)
            throw notFound(def, name);
        if (subresource === 'scale')
            return toScale(def, obj);
        return clone(obj);
    }
    /** Objects matching the list query (copies). */
    select(def, namespace, labelSelector, fieldSelector) {
        const labels = parseLabelSelector(labelSelector);
        const fields = parseFieldSelector(fieldSelector);
        return this.store
            .peekAll(def, namespace)
            .filter((o) => matchesLabels(labels, o.metadata.labels) && matchesFields(fields, o))
            .map(clone);
    }
    /** LIST: a `<Kind>List`. */
    list(def, namespace, labelSelector, fieldSelector) {
        return {
            apiVersion: apiVersionOf(def),
            kind: `${def.kind}List`,
            metadata: { resourceVersion: String(this.store.resourceVersion) },
            items: this.select(def, namespace, labelSelector, fieldSelector),
        };
    }
    /** POST. */
    create(def, namespace, body, opts = {}) {
        if (!isObj(body))
            throw badRequest('the request body is not an object');
        const obj = clone(body);
        this.checkKind(def, obj);
        const meta = (obj.metadata ??= {});
        if (def.namespaced) {
            if (meta.namespace && namespace && meta.namespace !== namespace) {
                throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
            }
            meta.namespace = namespace ?? meta.namespace;
            this.requireNamespace(meta.namespace);
        }
        else
            delete meta.namespace;
        if (!meta.name && meta.generateName)
            meta.name = meta.generateName + randomSuffix(5);
        // Like etcd3's store: a resourceVersion on a new object means it was copied from somewhere.
        // kubectl clears it before creating; other clients must too.
        if (meta.resourceVersion !== undefined && meta.resourceVersion !== '' && meta.resourceVersion !== '0') {
            throw new ApiError(500, 'InternalError', 'resourceVersion should not be set on objects to be created');
        }
        for (const k of [
            'uid',
            'resourceVersion',
            'creationTimestamp',
            'deletionTimestamp',
            'generation',
            'selfLink',
        ])
            delete meta[k];
        if (hasStatus(def) && def.kind !== 'Namespace')
            delete obj.status;
        applyDefaults(def, obj);
        validate(def, obj);
        if (this.store.peek(def, meta.namespace, meta.name))
            throw alreadyExists(def, meta.name);
        if (def.kind === 'Namespace')
            obj.status = { phase: 'Active' };
        obj.apiVersion = apiVersionOf(def);
        obj.kind = def.kind;
        if (opts.fieldManager !== undefined || !meta.managedFields) {
            meta.managedFields = recordUpdate(undefined, obj, opts.fieldManager ?? 'unknown');
        }
        if (opts.dryRun)
            return preview(obj);
        const stored = this.store.create(def, obj);
        this.reconcile();
        return clone(this.store.peek(def, meta.namespace, meta.name) ?? stored);
    }
    /** PUT (main resource, status or scale). */
    update(def, namespace, name, body, opts = {}) {
        if (!isObj(body))
            throw badRequest('the request body is not an object');
        const current = this.store.peek(def, namespace, name);
        if (!current)
            throw notFound(def, name);
        if (opts.subresource === 'scale')
            return this.writeScale(def, current, body, opts);
        const obj = clone(body);
        if (opts.subresource !== 'scale')
            this.checkKind(def, obj);
        const meta = (obj.metadata ??= {});
        if (meta.name !== undefined && meta.name !== name) {
            throw badRequest(`the name of the object (${meta.name}) does not match the name on the URL (${name})`);
        }
        const rv = meta.resourceVersion;
        if (rv !== undefined && rv !== '' && rv !== current.metadata.resourceVersion)
            throw conflict(def, name);
        return this.write(def, current, obj, opts);
    }
    /** PATCH of any type (main resource, status or scale). */
    patch(def, namespace, name, type, body, opts = {}) {
        const current = this.store.peek(def, namespace, name);
        if (type === 'apply')
            return this.apply(def, namespace, name, current, body, opts);
        if (!current)
            throw notFound(def, name);
        const base = opts.subresource === 'scale' ? toScale(def, current) : clone(current);
        let patched;
        try {
            if (type === 'merge')
                patched = mergePatch(base, body);
            else if (type === 'json')
                patched = jsonPatch(base, body);
            else {
                if (!isObj(body))
                    throw badRequest('strategic merge patch must be an object');
                patched = strategicMergePatch(base, body);
            }
        }
        catch (e) {
            if (e instanceof JsonPatchError)
                throw new ApiError(422, 'Invalid', e.message);
            throw e;
        }
        if (!isObj(patched))
            throw badRequest('the patch does not produce an object');
        const rv = isObj(body) && isObj(body.metadata) ? body.metadata.resourceVersion : undefined;
        if (typeof rv === 'string' && rv !== current.metadata.resourceVersion)
            throw conflict(def, name);
        if (opts.subresource === 'scale')
            return this.writeScale(def, current, patched, opts);
        patched.metadata = { ...(patched.metadata ?? {}), name, namespace: current.metadata.namespace };
        return this.write(def, current, patched, opts);
    }
    apply(def, namespace, name, current, body, opts) {
        if (!isObj(body))
            throw badRequest('apply configuration must be an object');
        if (!opts.fieldManager)
            throw badRequest('PATCH, fieldManager: Required value: is required for apply patch');
        if (opts.subresource === 'scale')
            throw new ApiError(415, 'UnsupportedMediaType', 'apply is not supported on the scale subresource by the sandbox');
        this.checkKind(def, body);
        if (body.metadata?.name && body.metadata.name !== name) {
            throw badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`);
        }
        const applied = clone(body);
        applied.metadata = { ...(applied.metadata ?? {}), name };
        if (def.namespaced)
            applied.metadata.namespace = namespace;
        if (!current) {
            delete applied.metadata.resourceVersion;
            const created = serverSideApply(undefined, applied, opts.fieldManager, true);
            return this.create(def, namespace, created, { ...opts, fieldManager: undefined });
        }
        // An apply configuration may pin a resourceVersion; a stale one conflicts like an update.
        const pinned = applied.metadata.resourceVersion;
        if (pinned && pinned !== current.metadata.resourceVersion)
            throw conflict(def, name);
        const merged = serverSideApply(current, applied, opts.fieldManager, opts.force ?? false);
        return this.write(def, current, merged, { ...opts, managedFieldsDone: true });
    }
    /** The common tail of update and patch: status handling, defaults, validation, store. */
    write(def, current, next, opts) {
        // The status subresource changes status only; main-resource writes leave status alone.
        const obj = opts.subresource === 'status' ? { ...clone(current), status: next.status } : next;
        if (opts.subresource === 'status' && next.metadata?.managedFields)
            obj.metadata.managedFields = next.metadata.managedFields;
        if (opts.subresource !== 'status' && hasStatus(def)) {
            if (current.status === undefined)
                delete obj.status;
            else
                obj.status = clone(current.status);
        }
        obj.apiVersion = apiVersionOf(def);
        obj.kind = def.kind;
        const meta = (obj.metadata ??= {});
        meta.name = current.metadata.name;
        if (def.namespaced)
            meta.namespace = current.metadata.namespace;
        for (const k of ['uid', 'creationTimestamp', 'generation', 'deletionTimestamp']) {
            if (current.metadata[k] !== undefined)
                meta[k] = current.metadata[k];
            else
                delete meta[k];
        }
        applyDefaults(def, obj);
        carryOverAllocated(def, current, obj);
        validate(def, obj, current);
        if (opts.managedFieldsDone) {
            // server-side apply computed them
        }
        else if (!current.metadata.managedFields?.length) {
            // Like the apiserver: updates to an object nobody tracks stay untracked (its first
            // server-side apply then finds every field owned by "before-first-apply").
            delete meta.managedFields;
        }
        else {
            meta.managedFields = recordUpdate(current, obj, opts.fieldManager ?? 'unknown', opts.subresource === 'status' ? 'status' : opts.recordSubresource);
        }
        // A write that changes only bookkeeping is a no-op: same object, same resourceVersion.
        if (deepEqual(withoutManaged(obj), withoutManaged(current)))
            return clone(current);
        if (opts.dryRun)
            return preview({ ...obj, metadata: { ...meta, resourceVersion: current.metadata.resourceVersion } });
        const stored = this.store.update(def, obj);
        this.reconcile();
        return clone(this.store.peek(def, meta.namespace, meta.name) ?? stored);
    }
    writeScale(def, current, scale, opts) {
        const replicas = scale.spec?.replicas;
        if (typeof replicas !== 'number' || replicas < 0 || !Number.isInteger(replicas)) {
            throw invalid({ group: 'autoscaling', plural: 'scale', kind: 'Scale' }, current.metadata.name, [
                {
                    field: 'spec.replicas',
                    message: `Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
                },
            ]);
        }
        const rv = scale.metadata?.resourceVersion;
        if (rv && rv !== current.metadata.resourceVersion)
            throw conflict(def, current.metadata.name);
        const next = clone(current);
        next.spec.replicas = replicas;
        const written = this.write(def, current, next, {
            ...opts,
            subresource: undefined,
            recordSubresource: 'scale',
        });
        return toScale(def, written);
    }
    /** DELETE of one object, honouring finalizers, preconditions and propagation. */
    delete(def, namespace, name, options = {}, dryRun = false) {
        const current = this.store.peek(def, namespace, name);
        if (!current)
            throw notFound(def, name);
        const pre = options.preconditions ?? {};
        if (pre.uid && pre.uid !== current.metadata.uid) {
            throw conflict(def, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`);
        }
        if (pre.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
            throw conflict(def, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`);
        }
        if (dryRun)
            return clone(current);
        const orphan = options.propagationPolicy === 'Orphan' || options.orphanDependents === true;
        if (orphan)
            this.orphanDependents(current.metadata.uid);
        const result = this.deleteObject(def, current);
        this.reconcile();
        return result;
    }
    /** DELETE of a collection: every object the selectors match. */
    deleteCollection(def, namespace, labelSelector, fieldSelector, options = {}, dryRun = false) {
        const items = this.select(def, namespace, labelSelector, fieldSelector);
        if (!dryRun)
            for (const o of items)
                this.delete(def, o.metadata.namespace, o.metadata.name, options);
        return {
            apiVersion: apiVersionOf(def),
            kind: `${def.kind}List`,
            metadata: { resourceVersion: String(this.store.resourceVersion) },
            items,
        };
    }
    /**
     * Starts deleting a stored object: marks it when finalizers hold it (a namespace's own
     * `spec.finalizers` make it wait for its contents), removes it otherwise. Controllers use it too;
     * it does not reconcile.
     */
    deleteObject(def, current) {
        const waits = (current.metadata.finalizers?.length ?? 0) > 0 ||
            (def.kind === 'Namespace' && (current.spec?.finalizers?.length ?? 0) > 0);
        if (waits) {
            if (current.metadata.deletionTimestamp)
                return clone(current);
            const next = clone(current);
            next.metadata.deletionTimestamp = now();
            next.metadata.deletionGracePeriodSeconds = 0;
            if (def.kind === 'Namespace')
                next.status = { ...(next.status ?? {}), phase: 'Terminating' };
            return clone(this.store.update(def, next));
        }
        this.store.remove(def, current);
        return clone(current);
    }
    orphanDependents(uid) {
        for (const { def, obj } of this.store.entries()) {
            const refs = obj.metadata.ownerReferences ?? [];
            if (!refs.some((r) => r.uid === uid))
                continue;
            const next = clone(obj);
            next.metadata.ownerReferences = refs.filter((r) => r.uid !== uid);
            if (!next.metadata.ownerReferences.length)
                delete next.metadata.ownerReferences;
            this.store.update(def, next);
        }
    }
    checkKind(def, obj) {
        if (obj.kind !== undefined && obj.kind !== def.kind) {
            throw badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${apiVersionOf(def)})`);
        }
    }
    requireNamespace(ns) {
        if (!ns)
            throw badRequest('the server could not find the requested resource (namespace required)');
        const nsDef = this.registry.byKind('v1', 'Namespace');
        const found = this.store.peek(nsDef, undefined, ns);
        if (!found)
            throw notFound(nsDef, ns);
        if (found.metadata.deletionTimestamp) {
            throw new ApiError(403, 'Forbidden', `unable to create new content in namespace ${ns} because it is being terminated`, {
                name: ns,
                kind: 'namespaces',
                causes: [
                    {
                        reason: 'NamespaceTerminating',
                        message: `namespace ${ns} is being terminated`,
                        field: 'metadata.namespace',
                    },
                ],
            });
        }
    }
}
function withoutManaged(obj) {
    return { ...obj, metadata: omit(obj.metadata ?? {}, ['managedFields', 'resourceVersion']) };
}
/** What a dry-run create would have stored. */
function preview(obj) {
    const out = clone(obj);
    out.metadata.uid ??= (0,external_node_crypto_.randomUUID)();
    out.metadata.creationTimestamp ??= now();
    return out;
}
/** The autoscaling/v1 Scale view of a scalable object. */
function toScale(_def, obj) {
    const sel = fromLabelSelector(obj.spec?.selector)
        .map((r) => (r.op === '=' ? `${r.key}=${r.values[0]}` : r.key))
        .join(',');
    return {
        kind: 'Scale',
        apiVersion: 'autoscaling/v1',
        metadata: {
            name: obj.metadata.name,
            namespace: obj.metadata.namespace,
            uid: obj.metadata.uid,
            resourceVersion: obj.metadata.resourceVersion,
            creationTimestamp: obj.metadata.creationTimestamp,
        },
        spec: { replicas: obj.spec?.replicas ?? 0 },
        status: { replicas: obj.status?.replicas ?? 0, selector: sel },
    };
}

;// CONCATENATED MODULE: ./src/sandbox/identities.ts
/**
 * Who a client is: bearer tokens mapped to users and groups, as a token authenticator does. Each
 * identity is authorised either as the sandbox's superuser-like default (everything except the
 * denied permissions) or by RBAC over the Roles, ClusterRoles and bindings stored in the sandbox
 * (see rbac.ts), so a test can prove what a shipped Role really allows.
 */

/** The user the sandbox authenticates its default clients as. */
const SANDBOX_USER = 'system:serviceaccount:sandbox:k2h';
/** Token of the default identity, written into `kubeconfig()`. */
// Distinctive: clients mask it as a credential wherever it shows up in their output.
const DEFAULT_TOKEN = 'k2h-sandbox-token';
/** The default identity: the pipeline's service account, allowed everything not denied. */
const DEFAULT_IDENTITY = {
    token: DEFAULT_TOKEN,
    username: SANDBOX_USER,
    groups: ['system:serviceaccounts', 'system:serviceaccounts:sandbox', 'system:authenticated'],
    authorization: 'all',
};
/** A fresh random token (for identities added without one). */
function newToken() {
    return (0,external_node_crypto_.randomBytes)(24).toString('base64url');
}
/** The groups every authenticated user has, as the apiserver adds them. */
function groupsOf(identity) {
    const groups = [...(identity.groups ?? [])];
    if (!groups.includes('system:authenticated'))
        groups.push('system:authenticated');
    return groups;
}
/** Token → identity. */
class Identities {
    byToken = new Map();
    constructor(initial = []) {
        this.add(DEFAULT_IDENTITY);
        for (const i of initial)
            this.add(i);
    }
    add(identity) {
        this.byToken.set(identity.token, identity);
        return identity;
    }
    /**
     * The identity of a request's Authorization header. No header (kubectl sends none over plain
     * http): the identity of the listener the request came to, else the default identity. An
     * unknown token: undefined (401).
     */
    authenticate(authorization, listener) {
        if (!authorization)
            return listener ?? DEFAULT_IDENTITY;
        const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
        if (!m)
            return undefined;
        return this.byToken.get(m[1]);
    }
}

;// CONCATENATED MODULE: ./src/sandbox/rbac.ts
function subjectMatches(subject, username, groups, bindingNs) {
    switch (subject.kind) {
        case 'User':
            return subject.name === username;
        case 'Group':
            return groups.includes(subject.name);
        case 'ServiceAccount': {
            const ns = subject.namespace ?? bindingNs;
            return username === `system:serviceaccount:${ns}:${subject.name}`;
        }
        default:
            return false;
    }
}
function ruleMatches(rule, a) {
    const has = (list, v) => Array.isArray(list) && (list.includes('*') || list.includes(v));
    if (!has(rule.verbs, a.verb))
        return false;
    if (!has(rule.apiGroups, a.group))
        return false;
    const resources = Array.isArray(rule.resources) ? rule.resources : [];
    const full = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
    const resourceOk = resources.includes('*') ||
        resources.includes(full) ||
        (!!a.subresource && resources.includes(`*/${a.subresource}`)) ||
        (!!a.subresource && resources.includes(`${a.resource}/*`));
    if (!resourceOk)
        return false;
    const names = Array.isArray(rule.resourceNames) ? rule.resourceNames : [];
    return names.length === 0 || (!!a.name && names.includes(a.name));
}
function rulesOf(src, ref, bindingNs) {
    const kind = ref?.kind === 'Role' ? 'Role' : 'ClusterRole';
    const def = src.def(kind);
    if (!def)
        return [];
    const role = src.store.peek(def, kind === 'Role' ? bindingNs : undefined, ref?.name);
    return role?.rules ?? [];
}
/** True when the stored RBAC objects grant the request to the user. */
function rbacAllows(src, username, groups, a) {
    // The bootstrap ClusterRole system:basic-user lets every authenticated user ask who it is and
    // what it may do.
    if (a.verb === 'create' &&
        ['selfsubjectreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews'].includes(a.resource) &&
        groups.includes('system:authenticated'))
        return true;
    const bindings = [];
    const crb = src.def('ClusterRoleBinding');
    if (crb)
        for (const b of src.store.peekAll(crb))
            bindings.push({ binding: b });
    const rb = src.def('RoleBinding');
    if (rb && a.namespace)
        for (const b of src.store.peekAll(rb, a.namespace))
            bindings.push({ binding: b, ns: a.namespace });
    for (const { binding, ns } of bindings) {
        if (binding.metadata.deletionTimestamp)
            continue;
        if (!(binding.subjects ?? []).some((s) => subjectMatches(s, username, groups, ns)))
            continue;
        if (rulesOf(src, binding.roleRef, ns).some((r) => ruleMatches(r, a)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/sandbox/authz.ts
/**
 * Authorisation: the default identity is allowed everything except what the test denies; an
 * identity authorised by `rbac` gets what the stored RBAC objects grant it (never what is denied).
 * Both SelfSubjectAccessReview answers and the real requests (403) follow the same decision, so a
 * "missing permission" test exercises the same failure a real cluster gives.
 */



function matches(pattern, value) {
    return pattern === undefined || pattern === '*' || pattern === (value ?? '');
}
/** True when the request attributes fall under a denied permission. */
function isDenied(denied, attrs, username) {
    const full = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource;
    return denied.some((d) => matches(d.verb, attrs.verb) &&
        (d.resource === '*' || d.resource === full || d.resource === `${attrs.resource}/*`) &&
        matches(d.group, attrs.group) &&
        (d.user === undefined || d.user === username) &&
        (d.namespace === undefined || d.namespace === '*' || d.namespace === (attrs.namespace ?? '')));
}
/** True when the identity may make the request. */
function isAllowed(ctx, attrs) {
    if (isDenied(ctx.denied, attrs, ctx.identity.username))
        return false;
    if ((ctx.identity.authorization ?? 'all') === 'all')
        return true;
    return rbacAllows(ctx.rbac, ctx.identity.username, groupsOf(ctx.identity), attrs);
}
/** Answers a SelfSubjectAccessReview body for the identity that sent it. */
function reviewAccess(ctx, review) {
    const ra = review.spec?.resourceAttributes;
    const allowed = ra
        ? isAllowed(ctx, {
            verb: ra.verb ?? '',
            resource: ra.resource ?? '',
            group: ra.group ?? '',
            namespace: ra.namespace || undefined,
            subresource: ra.subresource || undefined,
            name: ra.name || undefined,
        })
        : (ctx.identity.authorization ?? 'all') === 'all';
    return {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        metadata: { creationTimestamp: null },
        spec: review.spec ?? {},
        // RBAC gives no reason for a denial; kubectl auth can-i then prints a bare "no".
        status: allowed
            ? {
                allowed: true,
                reason: ctx.identity.authorization === 'rbac' ? 'RBAC: allowed' : 'sandbox: allowed',
            }
            : { allowed: false },
    };
}
/** Answers a SelfSubjectReview: who the API server takes the caller for. */
function reviewSelf(identity, apiVersion = 'authentication.k8s.io/v1') {
    return {
        apiVersion,
        kind: 'SelfSubjectReview',
        metadata: { creationTimestamp: null },
        status: { userInfo: { username: identity.username, groups: groupsOf(identity) } },
    };
}

;// CONCATENATED MODULE: ./src/sandbox/controllers/context.ts

/** Writes `status` into a stored object unless it already has it (cheap no-op check first). */
function writeStatus(ctx, def, obj, status) {
    if (deepEqual(obj.status, status))
        return obj;
    return ctx.store.update(def, { ...obj, status });
}
/** Indexes objects by the uids of their owners. */
function byOwner(objects) {
    const out = new Map();
    for (const o of objects) {
        for (const r of o.metadata.ownerReferences ?? []) {
            const list = out.get(r.uid) ?? [];
            list.push(o);
            out.set(r.uid, list);
        }
    }
    return out;
}
/** Ready condition check for pods. */
function podReady(pod) {
    return (pod.status?.phase === 'Running' &&
        (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'));
}
/** True when `obj` has an owner reference to `uid`. */
function ownedBy(obj, uid) {
    return (obj.metadata.ownerReferences ?? []).some((r) => r.uid === uid);
}
/** A controller owner reference to `owner`. */
function ownerRef(owner) {
    return {
        apiVersion: owner.apiVersion,
        kind: owner.kind,
        name: owner.metadata.name,
        uid: owner.metadata.uid,
        controller: true,
        blockOwnerDeletion: true,
    };
}
/** Sets condition `type` in `conditions`, keeping timestamps when nothing changed. */
function setCondition(conditions, type, status, reason, message, stamps = ['lastTransitionTime']) {
    const existing = conditions.find((c) => c.type === type);
    const time = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (existing && existing.status === status && existing.reason === reason && existing.message === message)
        return conditions;
    const c = { type, status, reason, message };
    for (const s of stamps)
        c[s] = existing && existing.status === status && s === 'lastTransitionTime' ? existing[s] : time;
    return [...conditions.filter((x) => x.type !== type), c];
}

;// CONCATENATED MODULE: ./src/sandbox/controllers/crds.ts

/** The resources one CRD defines. */
function defsOf(crd) {
    const spec = crd.spec ?? {};
    const names = spec.names ?? {};
    return (spec.versions ?? [])
        .filter((v) => v.served !== false)
        .map((v) => ({
        group: spec.group,
        version: v.name,
        plural: names.plural,
        kind: names.kind,
        namespaced: spec.scope !== 'Cluster',
        ...(names.shortNames ? { shortNames: names.shortNames } : {}),
        ...(names.categories ? { categories: names.categories } : {}),
        subresources: [
            ...(v.subresources?.status ? ['status'] : []),
            ...(v.subresources?.scale ? ['scale'] : []),
        ],
    }));
}
/** Keeps the registry in step with the stored CRDs. */
function crdController(registry) {
    return (ctx) => {
        const def = ctx.def('CustomResourceDefinition');
        const wanted = new Set();
        for (const crd of ctx.store.peekAll(def)) {
            if (crd.metadata.deletionTimestamp)
                continue;
            for (const d of defsOf(crd))
                wanted.add(registry.addCustom(d));
            let conditions = crd.status?.conditions ?? [];
            conditions = setCondition(conditions, 'NamesAccepted', 'True', 'NoConflicts', 'no conflicts found');
            conditions = setCondition(conditions, 'Established', 'True', 'InitialNamesAccepted', 'the initial names have been accepted');
            const storage = (crd.spec?.versions ?? []).find((v) => v.storage)?.name;
            writeStatus(ctx, def, crd, {
                acceptedNames: crd.spec?.names ?? {},
                conditions,
                storedVersions: storage ? [storage] : [],
            });
        }
        for (const d of [...registry.defs]) {
            if (!d.custom || wanted.has(d))
                continue;
            for (const obj of ctx.store.peekAll(d))
                ctx.store.remove(d, obj);
            registry.removeCustom(d);
        }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/controllers/garbage-collector.ts
/** Deletes orphaned dependents. */
const garbageCollector = (ctx) => {
    const uids = new Set(ctx.store.entries().map(({ obj }) => obj.metadata.uid));
    for (const { def, obj } of ctx.store.entries()) {
        const refs = obj.metadata.ownerReferences ?? [];
        if (!refs.length || obj.metadata.deletionTimestamp)
            continue;
        if (refs.some((r) => uids.has(r.uid)))
            continue;
        ctx.api.deleteObject(def, obj);
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/jobs.ts

/** Marks every Job succeeded. */
const jobController = (ctx) => {
    const def = ctx.def('Job');
    for (const job of ctx.store.peekAll(def)) {
        if (job.metadata.deletionTimestamp || job.spec?.suspend)
            continue;
        if (job.status?.conditions?.some((c) => c.type === 'Complete' || c.type === 'Failed'))
            continue;
        const time = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        let conditions = [];
        conditions = setCondition(conditions, 'SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', ['lastProbeTime', 'lastTransitionTime']);
        conditions = setCondition(conditions, 'Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', ['lastProbeTime', 'lastTransitionTime']);
        writeStatus(ctx, def, job, {
            startTime: time,
            completionTime: time,
            succeeded: job.spec?.completions ?? 1,
            ready: 0,
            terminating: 0,
            uncountedTerminatedPods: {},
            conditions,
        });
    }
};
/** DaemonSet status for one node (no pods are created: nothing reads them). */
const daemonSetController = (ctx) => {
    const def = ctx.def('DaemonSet');
    for (const ds of ctx.store.peekAll(def)) {
        if (ds.metadata.deletionTimestamp)
            continue;
        writeStatus(ctx, def, ds, {
            currentNumberScheduled: 1,
            desiredNumberScheduled: 1,
            numberAvailable: 1,
            numberMisscheduled: 0,
            numberReady: 1,
            updatedNumberScheduled: 1,
            observedGeneration: ds.metadata.generation,
        });
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/namespaces.ts
/**
 * Namespace lifecycle: new namespaces are Active and get their `default` ServiceAccount; a
 * namespace being deleted has its contents deleted (finalizers still apply), and goes once empty.
 */

/** Runs namespaces. */
const namespaceController = (ctx) => {
    const nsDef = ctx.def('Namespace');
    const saDef = ctx.def('ServiceAccount');
    for (const ns of ctx.store.peekAll(nsDef)) {
        const name = ns.metadata.name;
        if (!ns.metadata.deletionTimestamp) {
            if (ns.status?.phase !== 'Active') {
                const next = clone(ns);
                next.status = { phase: 'Active' };
                ctx.store.update(nsDef, next);
            }
            if (!ctx.store.peek(saDef, name, 'default')) {
                ctx.store.create(saDef, { metadata: { name: 'default', namespace: name } });
            }
            continue;
        }
        for (const { def, obj } of ctx.store.entries()) {
            if (def.namespaced && obj.metadata.namespace === name)
                ctx.api.deleteObject(def, obj);
        }
        // Whatever finalizers still hold keeps the namespace Terminating; once empty it goes.
        if (!ctx.store.entries().some(({ def, obj }) => def.namespaced && obj.metadata.namespace === name)) {
            const next = clone(ns);
            next.spec = { ...(next.spec ?? {}), finalizers: [] };
            ctx.store.update(nsDef, next);
        }
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/pods.ts
/**
 * The kubelet stand-in: every pod becomes Running and Ready `readyDelayMs` after it is first seen,
 * and pods being deleted go away (no graceful termination to wait for).
 */


const podReadyCondition = (pod) => (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
/** Runs pods. */
const podController = (ctx) => {
    const def = ctx.def('Pod');
    const nowMs = Date.now();
    for (const pod of ctx.store.peekAll(def)) {
        if (pod.metadata.deletionTimestamp) {
            if (!pod.metadata.finalizers?.length)
                ctx.store.remove(def, pod);
            continue;
        }
        const phase = pod.status?.phase;
        if (phase === 'Succeeded' || phase === 'Failed')
            continue;
        // A held pod runs without becoming Ready; a released one becomes Ready on the next pass.
        const held = ctx.heldUnready(pod.metadata.namespace, pod.metadata.name);
        if (phase === 'Running' && podReadyCondition(pod) !== held)
            continue;
        const uid = pod.metadata.uid;
        if (!ctx.readyAt.has(uid))
            ctx.readyAt.set(uid, nowMs + ctx.readyDelayMs);
        const due = ctx.readyAt.get(uid);
        const next = clone(pod);
        if (due > nowMs) {
            if (phase !== 'Pending') {
                next.status = { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'True' }] };
                ctx.store.update(def, next);
            }
            ctx.wakeAt(due - nowMs);
            continue;
        }
        ctx.readyAt.delete(uid);
        const started = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        let conditions = [];
        for (const t of ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready']) {
            conditions = setCondition(conditions, t, held && t !== 'PodScheduled' && t !== 'Initialized' ? 'False' : 'True', '', '');
        }
        next.spec.nodeName ??= 'sandbox-node';
        next.status = {
            phase: 'Running',
            conditions: conditions.map(({ reason: _r, message: _m, ...c }) => c),
            hostIP: '10.0.0.10',
            podIP: `10.244.0.${(Number.parseInt(uid.slice(0, 2), 16) % 250) + 2}`,
            startTime: started,
            containerStatuses: (pod.spec.containers ?? []).map((c) => ({
                name: c.name,
                image: c.image,
                imageID: '',
                ready: !held,
                started: !held,
                restartCount: held ? 3 : 0,
                state: held
                    ? { waiting: { reason: 'CrashLoopBackOff', message: 'back-off restarting failed container' } }
                    : { running: { startedAt: started } },
            })),
        };
        ctx.store.update(def, next);
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/services.ts
/**
 * Services get a cluster IP; LoadBalancer services get an ingress IP from 203.0.113.0/24
 * (TEST-NET-3, documentation only: nothing ever answers there).
 */

/** Runs services. */
const serviceController = (ctx) => {
    const def = ctx.def('Service');
    for (const svc of ctx.store.peekAll(def)) {
        if (svc.metadata.deletionTimestamp)
            continue;
        const lb = svc.spec?.type === 'LoadBalancer';
        const hasIp = svc.spec?.type === 'ExternalName' || !!svc.spec?.clusterIP;
        if (hasIp &&
            (lb
                ? svc.status?.loadBalancer?.ingress?.length
                : svc.status?.loadBalancer && !svc.status.loadBalancer.ingress))
            continue;
        const next = clone(svc);
        next.spec ??= {};
        if (next.spec.type !== 'ExternalName' && !next.spec.clusterIP) {
            next.spec.clusterIP = ctx.nextIp('cluster');
            next.spec.clusterIPs = [next.spec.clusterIP];
        }
        if (next.spec.type === 'LoadBalancer' && !next.status?.loadBalancer?.ingress?.length) {
            next.status = { loadBalancer: { ingress: [{ ip: ctx.nextIp('lb'), ipMode: 'VIP' }] } };
        }
        else if (next.spec.type !== 'LoadBalancer') {
            next.status = { loadBalancer: {} };
        }
        ctx.store.update(def, next);
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/snapshots.ts

/** Readies VolumeSnapshots (only when the sandbox serves them). */
const snapshotController = (ctx) => {
    // Kinds the sandbox does not serve (volumeSnapshots off) come back undefined.
    const def = ctx.def('VolumeSnapshot');
    if (!def)
        return;
    const pvcDef = ctx.def('PersistentVolumeClaim');
    const classDef = ctx.def('VolumeSnapshotClass');
    const nowMs = Date.now();
    for (const snap of ctx.store.peekAll(def)) {
        if (snap.status?.readyToUse === true || snap.metadata.deletionTimestamp)
            continue;
        const ns = snap.metadata.namespace;
        const claimName = snap.spec?.source?.persistentVolumeClaimName;
        const claim = claimName ? ctx.store.peek(pvcDef, ns, claimName) : undefined;
        const className = snap.spec?.volumeSnapshotClassName;
        const error = (message) => ({
            readyToUse: false,
            error: { message, time: new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z') },
        });
        if (className && classDef && !ctx.store.peek(classDef, undefined, className)) {
            if (!snap.status?.error)
                writeStatus(ctx, def, snap, error(`VolumeSnapshotClass.snapshot.storage.k8s.io "${className}" not found`));
            continue;
        }
        if (!claim || claim.status?.phase !== 'Bound') {
            const message = claim
                ? `the volume snapshot source PVC ${ns}/${claimName} is not bound`
                : `failed to get input parameters to create snapshot ${snap.metadata.name}: PersistentVolumeClaim "${claimName}" not found`;
            if (snap.status?.error?.message !== message)
                writeStatus(ctx, def, snap, error(message));
            continue;
        }
        const uid = snap.metadata.uid;
        if (!ctx.readyAt.has(uid))
            ctx.readyAt.set(uid, nowMs + ctx.readyDelayMs);
        const due = ctx.readyAt.get(uid);
        if (due > nowMs) {
            if (snap.status?.readyToUse !== false)
                writeStatus(ctx, def, snap, {
                    readyToUse: false,
                    boundVolumeSnapshotContentName: `snapcontent-${uid}`,
                });
            ctx.wakeAt(due - nowMs);
            continue;
        }
        ctx.readyAt.delete(uid);
        writeStatus(ctx, def, snap, {
            boundVolumeSnapshotContentName: `snapcontent-${uid}`,
            creationTime: new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
            readyToUse: true,
            restoreSize: claim.status?.capacity?.storage ?? claim.spec?.resources?.requests?.storage,
        });
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/volumes.ts
/**
 * PersistentVolume / PersistentVolumeClaim binding, provisioning, release and protection — the
 * behaviour the migration's data safety rests on:
 * - a claim with spec.volumeName binds to that PV when it is Available or its claimRef names the
 *   claim (uid included when set: a Released PV still holding the old claim's uid stays Released
 *   and the new claim stays Pending until someone clears the claimRef);
 * - a claim without volumeName binds to a matching Available PV, else gets a PV provisioned from
 *   its StorageClass (reclaim policy from the class);
 * - a claim that goes away releases its PV: Retain → Released, Delete → the PV is deleted and
 *   counted in lostVolumes;
 * - kubernetes.io/pvc-protection keeps a claim used by a running pod Terminating, and
 *   kubernetes.io/pv-protection keeps a bound PV.
 */

const PVC_PROTECTION = 'kubernetes.io/pvc-protection';
const PV_PROTECTION = 'kubernetes.io/pv-protection';
const BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
/** Kubernetes quantity → bytes (enough for storage sizes). */
function quantityBytes(q) {
    const m = /^([0-9.]+)\s*([A-Za-z]*)$/.exec(String(q ?? '0'));
    if (!m)
        return 0;
    const units = {
        '': 1,
        k: 1e3,
        K: 1e3,
        M: 1e6,
        G: 1e9,
        T: 1e12,
        P: 1e15,
        Ki: 2 ** 10,
        Mi: 2 ** 20,
        Gi: 2 ** 30,
        Ti: 2 ** 40,
        Pi: 2 ** 50,
    };
    return Number(m[1]) * (units[m[2]] ?? 1);
}
function withFinalizer(obj, finalizer) {
    if (obj.metadata.deletionTimestamp || (obj.metadata.finalizers ?? []).includes(finalizer))
        return undefined;
    const next = clone(obj);
    next.metadata.finalizers = [...(next.metadata.finalizers ?? []), finalizer];
    return next;
}
function withoutFinalizer(obj, finalizer) {
    const next = clone(obj);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    return next;
}
/** Pods that keep a claim in use: not finished, referencing it by name. */
function claimInUse(ctx, pvc) {
    return ctx.store
        .peekAll(ctx.def('Pod'), pvc.metadata.namespace)
        .some((p) => p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed' &&
        (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === pvc.metadata.name));
}
function claimRefMatches(pv, pvc) {
    const ref = pv.spec?.claimRef;
    if (!ref)
        return false;
    return (ref.name === pvc.metadata.name &&
        ref.namespace === pvc.metadata.namespace &&
        (!ref.uid || ref.uid === pvc.metadata.uid));
}
function defaultClassName(ctx) {
    return ctx.store
        .peekAll(ctx.def('StorageClass'))
        .find((sc) => sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true')
        ?.metadata.name;
}
function bind(ctx, pv, pvc, boundByController) {
    const pvDef = ctx.def('PersistentVolume');
    const pvcDef = ctx.def('PersistentVolumeClaim');
    const nextPv = clone(pv);
    nextPv.spec.claimRef = {
        kind: 'PersistentVolumeClaim',
        namespace: pvc.metadata.namespace,
        name: pvc.metadata.name,
        uid: pvc.metadata.uid,
        apiVersion: 'v1',
        // Set once, at binding; later claim writes do not move it.
        resourceVersion: pv.spec?.claimRef?.uid ? pv.spec.claimRef.resourceVersion : pvc.metadata.resourceVersion,
    };
    if (nextPv.spec.claimRef.resourceVersion === undefined)
        delete nextPv.spec.claimRef.resourceVersion;
    nextPv.status = { ...(nextPv.status ?? {}), phase: 'Bound' };
    if (!pv.spec?.claimRef)
        nextPv.metadata.annotations = {
            ...(nextPv.metadata.annotations ?? {}),
            'pv.kubernetes.io/bound-by-controller': 'yes',
        };
    ctx.store.update(pvDef, nextPv);
    const nextPvc = clone(ctx.store.peek(pvcDef, pvc.metadata.namespace, pvc.metadata.name));
    nextPvc.spec.volumeName = pv.metadata.name;
    nextPvc.metadata.annotations = {
        ...(nextPvc.metadata.annotations ?? {}),
        'pv.kubernetes.io/bind-completed': 'yes',
    };
    if (boundByController)
        nextPvc.metadata.annotations['pv.kubernetes.io/bound-by-controller'] = 'yes';
    nextPvc.status = {
        phase: 'Bound',
        accessModes: clone(pv.spec?.accessModes ?? nextPvc.spec?.accessModes ?? []),
        capacity: clone(pv.spec?.capacity ?? {}),
    };
    ctx.store.update(pvcDef, nextPvc);
}
function provision(ctx, pvc, className) {
    const sc = ctx.store.peek(ctx.def('StorageClass'), undefined, className);
    if (!sc)
        return undefined;
    if (sc.volumeBindingMode === 'WaitForFirstConsumer' && !claimInUse(ctx, pvc))
        return undefined;
    return ctx.store.create(ctx.def('PersistentVolume'), {
        metadata: {
            name: `pvc-${pvc.metadata.uid}`,
            annotations: { 'pv.kubernetes.io/provisioned-by': sc.provisioner ?? 'sandbox' },
            finalizers: [PV_PROTECTION],
        },
        spec: {
            accessModes: clone(pvc.spec?.accessModes ?? ['ReadWriteOnce']),
            capacity: { storage: pvc.spec?.resources?.requests?.storage ?? '1Gi' },
            claimRef: {
                kind: 'PersistentVolumeClaim',
                namespace: pvc.metadata.namespace,
                name: pvc.metadata.name,
                uid: pvc.metadata.uid,
                apiVersion: 'v1',
            },
            persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
            storageClassName: className,
            volumeMode: pvc.spec?.volumeMode ?? 'Filesystem',
            csi: { driver: sc.provisioner ?? 'sandbox', volumeHandle: `vol-${pvc.metadata.uid}` },
            ...(sc.mountOptions ? { mountOptions: clone(sc.mountOptions) } : {}),
        },
        status: { phase: 'Pending' },
    });
}
/**
 * The PV controller's checkVolumeSatisfyClaim for a claim that names its volume: same class,
 * enough capacity, the claim's access modes and volume mode. A mismatch leaves the claim Pending
 * (the controller reports VolumeMismatch), it is never bound.
 */
function volumeSatisfiesClaim(pv, pvc) {
    const modes = pvc.spec?.accessModes ?? [];
    return ((pv.spec?.storageClassName ?? '') === (pvc.spec?.storageClassName ?? '') &&
        quantityBytes(pv.spec?.capacity?.storage) >= quantityBytes(pvc.spec?.resources?.requests?.storage) &&
        modes.every((m) => (pv.spec?.accessModes ?? []).includes(m)) &&
        (pv.spec?.volumeMode ?? 'Filesystem') === (pvc.spec?.volumeMode ?? 'Filesystem'));
}
function findStatic(ctx, pvc) {
    const want = quantityBytes(pvc.spec?.resources?.requests?.storage);
    const cls = pvc.spec?.storageClassName ?? '';
    const modes = pvc.spec?.accessModes ?? [];
    const candidates = ctx.store
        .peekAll(ctx.def('PersistentVolume'))
        .filter((pv) => !pv.metadata.deletionTimestamp &&
        (pv.status?.phase ?? 'Available') === 'Available' &&
        (!pv.spec?.claimRef || claimRefMatches(pv, pvc)) &&
        (pv.spec?.storageClassName ?? '') === cls &&
        quantityBytes(pv.spec?.capacity?.storage) >= want &&
        modes.every((m) => (pv.spec?.accessModes ?? []).includes(m)));
    const prebound = candidates.find((pv) => claimRefMatches(pv, pvc));
    if (prebound)
        return prebound;
    return candidates
        .filter((pv) => !pv.spec?.claimRef)
        .sort((a, b) => quantityBytes(a.spec?.capacity?.storage) - quantityBytes(b.spec?.capacity?.storage))[0];
}
/** Binds, provisions, releases and protects volumes. */
const volumeController = (ctx) => {
    const pvDef = ctx.def('PersistentVolume');
    const pvcDef = ctx.def('PersistentVolumeClaim');
    // Claims: protection, then binding.
    for (const pvc of ctx.store.peekAll(pvcDef)) {
        if (pvc.metadata.deletionTimestamp) {
            if ((pvc.metadata.finalizers ?? []).includes(PVC_PROTECTION) && !claimInUse(ctx, pvc)) {
                ctx.store.update(pvcDef, withoutFinalizer(pvc, PVC_PROTECTION));
            }
            continue;
        }
        const protectedPvc = withFinalizer(pvc, PVC_PROTECTION);
        const claim = protectedPvc ? ctx.store.update(pvcDef, protectedPvc) : pvc;
        const volumeName = claim.spec?.volumeName;
        if (claim.status?.phase === 'Lost')
            continue;
        // A claim that was bound (Bound, or carrying bind-completed as `kubectl get -o yaml` copies
        // do) is checked like the PV controller's syncBoundClaim: a missing volume or a volume
        // whose claimRef names another uid makes it Lost, for good.
        if (claim.status?.phase === 'Bound' || claim.metadata.annotations?.[BIND_COMPLETED] !== undefined) {
            const pv = volumeName ? ctx.store.peek(pvDef, undefined, volumeName) : undefined;
            if (!pv || (pv.spec?.claimRef && !claimRefMatches(pv, claim))) {
                const lost = clone(claim);
                lost.status = { ...(lost.status ?? {}), phase: 'Lost' };
                ctx.store.update(pvcDef, lost);
            }
            else if (claim.status?.phase !== 'Bound' || pv.status?.phase !== 'Bound' || !pv.spec?.claimRef?.uid) {
                bind(ctx, pv, claim, false);
            }
            continue;
        }
        let pv;
        if (volumeName) {
            const candidate = ctx.store.peek(pvDef, undefined, volumeName);
            if (candidate &&
                !candidate.metadata.deletionTimestamp &&
                (!candidate.spec?.claimRef || claimRefMatches(candidate, claim)) &&
                volumeSatisfiesClaim(candidate, claim)) {
                pv = candidate;
            }
            if (pv)
                bind(ctx, pv, claim, false);
        }
        else {
            pv = findStatic(ctx, claim);
            const className = claim.spec?.storageClassName ?? defaultClassName(ctx);
            if (!pv && className)
                pv = provision(ctx, claim, className);
            if (pv?.metadata.annotations?.['pv.kubernetes.io/provisioned-by']) {
                const provisioner = pv.metadata.annotations['pv.kubernetes.io/provisioned-by'];
                const annotated = clone(ctx.store.peek(pvcDef, claim.metadata.namespace, claim.metadata.name));
                annotated.metadata.annotations = {
                    ...(annotated.metadata.annotations ?? {}),
                    'volume.beta.kubernetes.io/storage-provisioner': provisioner,
                    'volume.kubernetes.io/storage-provisioner': provisioner,
                };
                ctx.store.update(pvcDef, annotated);
            }
            if (pv)
                bind(ctx, pv, ctx.store.peek(pvcDef, claim.metadata.namespace, claim.metadata.name), true);
        }
        if (!pv && claim.status?.phase !== 'Pending') {
            const pending = clone(ctx.store.peek(pvcDef, claim.metadata.namespace, claim.metadata.name));
            pending.status = { phase: 'Pending' };
            ctx.store.update(pvcDef, pending);
        }
    }
    // Volumes: protection, phase, reclaim.
    for (const pv of ctx.store.peekAll(pvDef)) {
        const ref = pv.spec?.claimRef;
        const claim = ref ? ctx.store.peek(pvcDef, ref.namespace, ref.name) : undefined;
        const claimAlive = !!claim && (!ref.uid || claim.metadata.uid === ref.uid);
        let phase;
        if (!ref)
            phase = 'Available';
        else if (claimAlive)
            phase =
                claim.spec?.volumeName === pv.metadata.name && claim.status?.phase === 'Bound'
                    ? 'Bound'
                    : pv.status?.phase === 'Bound'
                        ? 'Bound'
                        : 'Available';
        else if (ref.uid)
            phase = pv.status?.phase === 'Failed' ? 'Failed' : 'Released';
        else
            phase = 'Available';
        if (pv.metadata.deletionTimestamp) {
            if ((pv.metadata.finalizers ?? []).includes(PV_PROTECTION) && phase !== 'Bound') {
                ctx.store.update(pvDef, withoutFinalizer(pv, PV_PROTECTION));
            }
            continue;
        }
        if (phase === 'Released' && pv.spec?.persistentVolumeReclaimPolicy === 'Delete') {
            ctx.lostVolumes.push(pv.metadata.name);
            ctx.store.remove(pvDef, pv);
            continue;
        }
        if (phase === 'Released' && pv.spec?.persistentVolumeReclaimPolicy === 'Recycle') {
            const next = clone(pv);
            delete next.spec.claimRef;
            next.status = { phase: 'Available' };
            ctx.store.update(pvDef, next);
            continue;
        }
        const guarded = withFinalizer(pv, PV_PROTECTION);
        if (!guarded &&
            pv.status?.phase === phase &&
            (phase === 'Released' || phase === 'Failed' || !pv.status?.message))
            continue;
        const next = guarded ?? clone(pv);
        next.status = { ...(next.status ?? {}), phase };
        if (phase !== 'Released' && phase !== 'Failed')
            delete next.status.message;
        ctx.store.update(pvDef, next);
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/hash.ts
/** Stable hashing of pod templates, for pod-template-hash and controller-revision-hash labels. */


function stable(v) {
    if (Array.isArray(v))
        return v.map(stable);
    if (!isObj(v))
        return v;
    return Object.fromEntries(Object.keys(v)
        .sort()
        .map((k) => [k, stable(v[k])]));
}
/** A short, label-safe hash of `value` (same alphabet the apiserver's SafeEncodeString uses). */
function templateHash(value, length = 10) {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify(stable(value)))
        .digest();
    return [...digest.subarray(0, length)].map((b) => alphabet[b % alphabet.length]).join('');
}

;// CONCATENATED MODULE: ./src/sandbox/controllers/workloads.ts
/**
 * Deployment → ReplicaSet → Pod, and StatefulSet → Pod (+ PVCs from volumeClaimTemplates). Status
 * follows the pods: what helm 3 `--wait` (observedGeneration, ready/available replicas, the
 * ReplicaSet owned by the Deployment) and helm 4 `--wait` (Available and Progressing conditions)
 * read. Rollouts are instant: the new ReplicaSet takes all replicas, old ones go to 0.
 */




/** Template hashes by uid/generation: the template only changes with the generation. */
const hashes = new Map();
function cachedHash(obj) {
    const key = `${obj.metadata.uid}/${obj.metadata.generation}`;
    let h = hashes.get(key);
    if (!h) {
        if (hashes.size > 5000)
            hashes.clear();
        h = templateHash(obj.spec?.template ?? {});
        hashes.set(key, h);
    }
    return h;
}
function sameTemplateIgnoringHash(a, b) {
    const strip = (t) => {
        const out = clone(t ?? {});
        if (out.metadata?.labels) {
            delete out.metadata.labels['pod-template-hash'];
            if (Object.keys(out.metadata.labels).length === 0)
                delete out.metadata.labels;
        }
        return out;
    };
    return deepEqual(strip(a), strip(b));
}
function suffix() {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    return [...(0,external_node_crypto_.randomBytes)(5)].map((b) => alphabet[b % alphabet.length]).join('');
}
/** Pods by owner uid, not counting pods being deleted. */
function podIndex(ctx) {
    return byOwner(ctx.store.peekAll(ctx.def('Pod')).filter((p) => !p.metadata.deletionTimestamp));
}
function newPod(owner, name, extraLabels) {
    const template = clone(owner.spec.template ?? {});
    return {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
            ...(template.metadata ?? {}),
            name,
            namespace: owner.metadata.namespace,
            labels: { ...(template.metadata?.labels ?? {}), ...extraLabels },
            ownerReferences: [ownerRef(owner)],
        },
        spec: { ...(template.spec ?? {}), nodeName: 'sandbox-node' },
        status: { phase: 'Pending' },
    };
}
/** Keeps each ReplicaSet's pod count at spec.replicas; status from its pods. */
const replicaSetController = (ctx) => {
    const rsDef = ctx.def('ReplicaSet');
    const podDef = ctx.def('Pod');
    let index = podIndex(ctx);
    for (const rs of ctx.store.peekAll(rsDef)) {
        if (rs.metadata.deletionTimestamp)
            continue;
        const want = rs.spec?.replicas ?? 1;
        let pods = index.get(rs.metadata.uid) ?? [];
        const before = pods.length;
        for (let i = pods.length; i < want; i++) {
            ctx.store.create(podDef, newPod(rs, `${rs.metadata.name}-${suffix()}`, {}));
        }
        if (pods.length > want) {
            const extra = [...pods]
                .sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''))
                .slice(0, pods.length - want);
            for (const p of extra)
                ctx.api.deleteObject(podDef, p);
        }
        if (pods.length !== want || before !== want) {
            index = podIndex(ctx);
            pods = index.get(rs.metadata.uid) ?? [];
        }
        const ready = pods.filter(podReady).length;
        writeStatus(ctx, rsDef, rs, {
            replicas: pods.length,
            fullyLabeledReplicas: pods.length,
            readyReplicas: ready,
            availableReplicas: ready,
            observedGeneration: rs.metadata.generation,
        });
    }
};
/** Rolls each Deployment onto a ReplicaSet for its current template. */
const deploymentController = (ctx) => {
    const depDef = ctx.def('Deployment');
    const rsDef = ctx.def('ReplicaSet');
    const rsIndex = byOwner(ctx.store.peekAll(rsDef));
    for (const dep of ctx.store.peekAll(depDef)) {
        if (dep.metadata.deletionTimestamp)
            continue;
        const ns = dep.metadata.namespace;
        const hash = cachedHash(dep);
        const want = dep.spec?.replicas ?? 1;
        const owned = rsIndex.get(dep.metadata.uid) ?? [];
        // Like FindNewReplicaSet: the ReplicaSet whose template equals the Deployment's, ignoring the
        // hash label (ReplicaSets captured from a real cluster carry the apiserver's own hashes).
        let current = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash) ??
            owned.find((rs) => sameTemplateIgnoringHash(rs.spec?.template, dep.spec?.template));
        const revision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0)));
        if (!current) {
            const template = clone(dep.spec?.template ?? {});
            template.metadata = {
                ...(template.metadata ?? {}),
                labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash },
            };
            const selector = clone(dep.spec?.selector ?? {});
            selector.matchLabels = { ...(selector.matchLabels ?? {}), 'pod-template-hash': hash };
            current = ctx.store.create(rsDef, {
                metadata: {
                    name: `${dep.metadata.name}-${hash}`,
                    namespace: ns,
                    labels: { ...(template.metadata.labels ?? {}) },
                    annotations: {
                        'deployment.kubernetes.io/desired-replicas': String(want),
                        'deployment.kubernetes.io/max-replicas': String(want + 1),
                        'deployment.kubernetes.io/revision': String(revision + 1),
                    },
                    ownerReferences: [ownerRef(dep)],
                },
                spec: { replicas: want, selector, template, minReadySeconds: dep.spec?.minReadySeconds ?? 0 },
            });
        }
        else if (current.spec.replicas !== want) {
            const next = clone(current);
            next.spec.replicas = want;
            next.metadata.annotations = {
                ...(next.metadata.annotations ?? {}),
                'deployment.kubernetes.io/desired-replicas': String(want),
            };
            current = ctx.store.update(rsDef, next);
        }
        for (const old of owned) {
            if (old.metadata.uid === current.metadata.uid || (old.spec?.replicas ?? 0) === 0)
                continue;
            const next = clone(old);
            next.spec.replicas = 0;
            ctx.store.update(rsDef, next);
        }
        // ReplicaSet status catches up on the next pass; this reads what is there now.
        const all = owned.map((rs) => ctx.store.peek(rsDef, ns, rs.metadata.name) ?? rs);
        if (!all.some((rs) => rs.metadata.uid === current.metadata.uid))
            all.push(current);
        const fresh = ctx.store.peek(rsDef, ns, current.metadata.name) ?? current;
        const replicas = all.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
        const ready = all.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
        const updated = fresh.status?.replicas ?? 0;
        const available = ready;
        const complete = updated === want && replicas === want && (fresh.status?.availableReplicas ?? 0) === want;
        let conditions = clone(dep.status?.conditions ?? []);
        const stamps = ['lastUpdateTime', 'lastTransitionTime'];
        conditions =
            available >= want
                ? setCondition(conditions, 'Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', stamps)
                : setCondition(conditions, 'Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', stamps);
        conditions = complete
            ? setCondition(conditions, 'Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${fresh.metadata.name}" has successfully progressed.`, stamps)
            : setCondition(conditions, 'Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${fresh.metadata.name}" is progressing.`, stamps);
        conditions.sort((a, b) => (a.type === 'Available' ? -1 : b.type === 'Available' ? 1 : 0));
        const status = {
            observedGeneration: dep.metadata.generation,
            replicas,
            updatedReplicas: updated,
            readyReplicas: ready,
            availableReplicas: available,
            conditions,
        };
        if (replicas - available > 0)
            status.unavailableReplicas = replicas - available;
        for (const k of ['readyReplicas', 'availableReplicas', 'updatedReplicas', 'replicas'])
            if (status[k] === 0)
                delete status[k];
        writeStatus(ctx, depDef, ctx.store.peek(depDef, ns, dep.metadata.name), status);
    }
};
/** StatefulSets: ordinal pods and their volumeClaimTemplates PVCs. */
const statefulSetController = (ctx) => {
    const stsDef = ctx.def('StatefulSet');
    const podDef = ctx.def('Pod');
    const pvcDef = ctx.def('PersistentVolumeClaim');
    const index = podIndex(ctx);
    for (const sts of ctx.store.peekAll(stsDef)) {
        if (sts.metadata.deletionTimestamp)
            continue;
        const ns = sts.metadata.namespace;
        const name = sts.metadata.name;
        const want = sts.spec?.replicas ?? 1;
        const revision = `${name}-${cachedHash(sts)}`;
        const pods = index.get(sts.metadata.uid) ?? [];
        for (let i = 0; i < want; i++) {
            const podName = `${name}-${i}`;
            for (const tpl of sts.spec?.volumeClaimTemplates ?? []) {
                const claim = `${tpl.metadata?.name}-${name}-${i}`;
                if (ctx.store.peek(pvcDef, ns, claim))
                    continue;
                ctx.api.create(pvcDef, ns, {
                    apiVersion: 'v1',
                    kind: 'PersistentVolumeClaim',
                    metadata: { name: claim, namespace: ns, labels: { ...(sts.spec?.selector?.matchLabels ?? {}) } },
                    spec: clone(tpl.spec ?? {}),
                }, { fieldManager: 'kube-controller-manager' });
            }
            if (pods.some((p) => p.metadata.name === podName) || ctx.store.peek(podDef, ns, podName))
                continue;
            const pod = newPod(sts, podName, {
                'statefulset.kubernetes.io/pod-name': podName,
                'controller-revision-hash': revision,
                'apps.kubernetes.io/pod-index': String(i),
            });
            pod.spec.hostname = podName;
            if (sts.spec?.serviceName)
                pod.spec.subdomain = sts.spec.serviceName;
            pod.spec.volumes = [
                ...(pod.spec.volumes ?? []),
                ...(sts.spec?.volumeClaimTemplates ?? []).map((tpl) => ({
                    name: tpl.metadata?.name,
                    persistentVolumeClaim: { claimName: `${tpl.metadata?.name}-${name}-${i}` },
                })),
            ];
            ctx.store.create(podDef, pod);
        }
        for (const p of pods) {
            const ordinal = Number(p.metadata.name.slice(name.length + 1));
            if (!(ordinal < want))
                ctx.api.deleteObject(podDef, p);
        }
        const live = ctx.store
            .peekAll(podDef, ns)
            .filter((p) => ownedBy(p, sts.metadata.uid) && !p.metadata.deletionTimestamp);
        const ready = live.filter(podReady).length;
        const status = {
            observedGeneration: sts.metadata.generation,
            replicas: live.length,
            readyReplicas: ready,
            currentReplicas: live.length,
            updatedReplicas: live.length,
            availableReplicas: ready,
            currentRevision: revision,
            updateRevision: revision,
            collisionCount: 0,
        };
        for (const k of ['readyReplicas', 'availableReplicas', 'currentReplicas', 'updatedReplicas'])
            if (status[k] === 0)
                delete status[k];
        writeStatus(ctx, stsDef, sts, status);
    }
};

;// CONCATENATED MODULE: ./src/sandbox/controllers/index.ts









const CONTROLLERS = [
    namespaceController,
    garbageCollector,
    deploymentController,
    replicaSetController,
    statefulSetController,
    daemonSetController,
    jobController,
    podController,
    volumeController,
    serviceController,
    snapshotController,
];
/**
 * Runs every controller until a pass changes nothing (bounded, so a controller bug shows up as a
 * thrown error instead of a hang).
 */
function reconcileAll(ctx, registry) {
    const all = [crdController(registry), ...CONTROLLERS];
    for (let pass = 0; pass < 50; pass++) {
        const before = ctx.store.resourceVersion;
        for (const c of all)
            c(ctx);
        if (ctx.store.resourceVersion === before)
            return;
    }
    throw new Error('sandbox: controllers did not settle after 50 passes');
}

;// CONCATENATED MODULE: ./src/sandbox/faults.ts
/**
 * Fault injection: latency, error rates by verb/resource, and "die after N mutations" to simulate
 * the pipeline's runner dying half-way through.
 */
/** The faults a sandbox injects; mutate freely from tests. */
class Faults {
    /** Extra delay before every API request is answered. */
    latencyMs = 0;
    /** Error rules, first match wins. */
    errorRules = [];
    mutationBudget;
    mutationsSeen = 0;
    /** Deterministic generator so error rates give the same run twice. */
    seed = 0x2f6b9a1d;
    /**
     * After `n` more successful mutating requests, every further request (reads included) fails:
     * the sandbox destroys the socket without answering (clients see ECONNRESET), as if the process
     * that talked to the cluster had died. Nothing after the n-th mutation is applied. `clear()` revives.
     */
    dieAfterMutations(n) {
        this.mutationBudget = n;
        this.mutationsSeen = 0;
    }
    /** True once the mutation budget is used up. */
    get dead() {
        return this.mutationBudget !== undefined && this.mutationsSeen >= this.mutationBudget;
    }
    /** @internal counts a successful mutating request. */
    countMutation() {
        if (this.mutationBudget !== undefined)
            this.mutationsSeen++;
    }
    /** Adds an error rule (shorthand for pushing to `errorRules`). */
    errorRate(rule) {
        this.errorRules.push(rule);
    }
    /** @internal the rule that fires for this request, if any. */
    pick(verb, resource) {
        for (const rule of this.errorRules) {
            if (rule.verb && rule.verb !== verb)
                continue;
            if (rule.resource && rule.resource !== resource)
                continue;
            if (rule.times !== undefined && rule.times <= 0)
                continue;
            if (rule.rate < 1 && this.random() >= rule.rate)
                continue;
            if (rule.times !== undefined)
                rule.times--;
            return rule;
        }
        return undefined;
    }
    /** Removes every fault. */
    clear() {
        this.latencyMs = 0;
        this.errorRules = [];
        this.mutationBudget = undefined;
        this.mutationsSeen = 0;
    }
    random() {
        // mulberry32
        this.seed = (this.seed + 0x6d2b79f5) | 0;
        let t = this.seed;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(52977);
;// CONCATENATED MODULE: ./src/sandbox/portforward.ts



const PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/portforward\/?$/;
/** The binary channel protocols, newest first; both frame data the same way. */
const PROTOCOLS = ['v4.channel.k8s.io', 'channel.k8s.io'];
function refuse(socket, err) {
    const body = JSON.stringify(err.toStatus());
    const reason = err.code === 404 ? 'Not Found' : err.code === 403 ? 'Forbidden' : 'Bad Request';
    socket.end(`HTTP/1.1 ${err.code} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
function channelFrame(channel, data) {
    return Buffer.concat([Buffer.from([channel]), data]);
}
function portFrame(channel, port) {
    return Buffer.from([channel, port & 0xff, (port >> 8) & 0xff]);
}
/** The kubelet's wording when nothing listens on the pod port. */
function refusedMessage(port, uid) {
    return (`an error occurred forwarding ${port} -> ${port}: error forwarding port ${port} to pod ${uid}, uid : ` +
        `failed to execute portforward in network namespace "/var/run/netns/cni-sandbox": failed to connect to ` +
        `localhost:${port} inside namespace "sandbox", IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused IPv6 dial tcp6 [::1]:${port}: connect: connection refused `);
}
/** Pipes one WebSocket to one TCP connection per requested port. */
function forward(state, ws, namespace, pod, uid, ports) {
    const conns = [];
    let closed = false;
    const close = () => {
        if (closed)
            return;
        closed = true;
        state.open.delete(close);
        for (const c of conns)
            c?.destroy();
        ws.close();
    };
    state.open.add(close);
    ports.forEach((port, i) => {
        ws.send(portFrame(2 * i, port));
        ws.send(portFrame(2 * i + 1, port));
        const target = state.resolve(namespace, pod, port);
        if (!target) {
            ws.send(channelFrame(2 * i + 1, Buffer.from(refusedMessage(port, uid))));
            return;
        }
        const tcp = (0,external_node_net_.connect)(target.port, target.host);
        conns[i] = tcp;
        tcp.on('data', (data) => ws.send(channelFrame(2 * i, data)));
        tcp.on('error', (e) => {
            if (ws.readyState === ws.OPEN)
                ws.send(channelFrame(2 * i + 1, Buffer.from(`${refusedMessage(port, uid)}(${e.message})`)));
            close();
        });
        tcp.on('close', close);
    });
    ws.on('message', (raw) => {
        const data = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw);
        // Only data channels (even) carry bytes for the pod; clients never write error channels.
        if (data.length === 0 || data[0] % 2 !== 0)
            return;
        conns[data[0] / 2]?.write(data.subarray(1));
    });
    ws.on('close', close);
    ws.on('error', close);
}
/** The `upgrade` handler for the sandbox's HTTP server. */
function createUpgradeHandler(state) {
    const wss = new wrapper/* WebSocketServer */.zu({
        noServer: true,
        handleProtocols: (offered) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
    });
    return (req, socket, head) => {
        const url = new URL(req.url ?? '/', 'http://sandbox');
        const method = (req.method ?? 'GET').toUpperCase();
        const m = PATH.exec(url.pathname);
        const entry = {
            method,
            path: url.pathname,
            query: url.search.replace(/^\?/, ''),
            verb: m ? (method === 'POST' ? 'create' : 'get') : undefined,
            resource: m ? 'pods/portforward' : undefined,
            group: m ? '' : undefined,
            namespace: m ? decodeURIComponent(m[1]) : undefined,
            name: m ? decodeURIComponent(m[2]) : undefined,
            status: 0,
            mutating: false,
            dryRun: false,
            userAgent: req.headers['user-agent'],
        };
        state.requests.add(entry);
        if (state.faults.dead) {
            socket.destroy();
            return;
        }
        const fail = (err) => {
            entry.status = err.code;
            refuse(socket, err);
        };
        if (!m)
            return fail(new ApiError(404, 'NotFound', 'the server could not find the requested resource'));
        const [namespace, name] = [entry.namespace, entry.name];
        const def = state.registry.byKind('v1', 'Pod');
        if (!state.authorize(req, namespace, name)) {
            return fail(forbidden(def, name, 'create', namespace, 'portforward'));
        }
        const pod = state.store.peek(def, namespace, name);
        if (!pod)
            return fail(notFound(def, name));
        if (!pod.spec?.nodeName)
            return fail(badRequest(`pod ${name} does not have a host assigned`));
        if (pod.status?.phase !== 'Running') {
            return fail(badRequest(`unable to upgrade connection: pod ${name} is not running (phase ${pod.status?.phase ?? 'Unknown'})`));
        }
        const offered = String(req.headers['sec-websocket-protocol'] ?? '')
            .split(',')
            .map((s) => s.trim());
        if (req.headers.upgrade?.toLowerCase() !== 'websocket' || !PROTOCOLS.some((p) => offered.includes(p))) {
            // SPDY/3.1 upgrades (kubectl) and SPDY-over-WebSocket tunnels are not served.
            return fail(badRequest(`unable to upgrade connection: the sandbox serves port-forward over WebSockets (${PROTOCOLS.join(', ')}) only`));
        }
        const ports = url.searchParams
            .getAll('ports')
            .flatMap((p) => p.split(','))
            .map((p) => Number(p.trim()));
        if (ports.length === 0 || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
            return fail(badRequest(`invalid port value: "${url.searchParams.get('ports') ?? ''}"`));
        }
        wss.handleUpgrade(req, socket, head, (ws) => {
            entry.status = 101;
            forward(state, ws, namespace, name, String(pod.metadata.uid), ports);
        });
    };
}

;// CONCATENATED MODULE: ./src/sandbox/request-log.ts
/** The record of every API request, for tests to assert on (how many writes, which paths). */
/** Append-only request log. */
class RequestLog {
    entries = [];
    /** @internal */
    add(entry) {
        this.entries.push(entry);
    }
    /** Requests that changed (or would have changed) state: mutating and not dry-run. */
    mutating() {
        return this.entries.filter((e) => e.mutating && !e.dryRun && e.status < 400);
    }
    /** Entries matching every given property. */
    filter(match) {
        return this.entries.filter((e) => Object.entries(match).every(([k, v]) => e[k] === v));
    }
    /** Forgets everything logged so far. */
    clear() {
        this.entries.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/discovery.ts
/**
 * Discovery documents. Plain APIVersions / APIGroupList answers make kubectl and helm fall back
 * from aggregated discovery to one APIResourceList per group/version, which is all they need.
 */

/** `GET /api`. */
function coreVersions() {
    return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
    };
}
/** Each group with its versions, the first listed in the resource table preferred. */
function discovery_groupsOf(registry) {
    const out = new Map();
    for (const gv of registry.groupVersions()) {
        if (gv.group === '')
            continue;
        const versions = out.get(gv.group) ?? [];
        versions.push(gv.version);
        out.set(gv.group, versions);
    }
    return [...out].map(([name, versions]) => ({ name, versions }));
}
function apiGroup(g) {
    const versions = g.versions.map((version) => ({ groupVersion: `${g.name}/${version}`, version }));
    return { name: g.name, versions, preferredVersion: versions[0] };
}
/** `GET /apis`. */
function groupList(registry) {
    return { kind: 'APIGroupList', apiVersion: 'v1', groups: discovery_groupsOf(registry).map(apiGroup) };
}
/** `GET /apis/<group>`. */
function group(registry, name) {
    const g = discovery_groupsOf(registry).find((x) => x.name === name);
    if (!g)
        return undefined;
    return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(g) };
}
function entry(def) {
    const e = {
        name: def.plural,
        singularName: singularOf(def),
        namespaced: def.namespaced,
        kind: def.kind,
        verbs: verbsOf(def),
    };
    if (def.shortNames)
        e.shortNames = def.shortNames;
    if (def.categories)
        e.categories = def.categories;
    return e;
}
function subresourceEntries(def) {
    return (def.subresources ?? []).map((sub) => sub === 'scale'
        ? {
            name: `${def.plural}/scale`,
            singularName: '',
            namespaced: def.namespaced,
            group: 'autoscaling',
            version: 'v1',
            kind: 'Scale',
            verbs: ['get', 'patch', 'update'],
        }
        : {
            name: `${def.plural}/status`,
            singularName: '',
            namespaced: def.namespaced,
            kind: def.kind,
            verbs: ['get', 'patch', 'update'],
        });
}
/** `GET /api/v1` or `/apis/<group>/<version>`; undefined for an unknown group/version. */
function resourceList(registry, group, version) {
    const defs = registry.defs.filter((d) => d.group === group && d.version === version);
    if (!defs.length)
        return undefined;
    return {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: apiVersionOf({ group, version }),
        resources: defs.flatMap((d) => [entry(d), ...subresourceEntries(d)]),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/openapi.ts
/**
 * A stub OpenAPI v3: without `/openapi/v3`, `kubectl apply`, `kubectl create -f` and both helms
 * fail with "failed to download openapi". Listing each resource's `patch` operation with its
 * group/version/kind and a `fieldValidation` parameter makes them leave validation to the server
 * and download no schemas.
 */

function gvPath(group, version) {
    return group ? `apis/${group}/${version}` : `api/${version}`;
}
/** `GET /openapi/v3`. */
function openapiRoot(registry) {
    const paths = {};
    for (const gv of registry.groupVersions()) {
        const p = gvPath(gv.group, gv.version);
        paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=sandbox` };
    }
    return { paths };
}
/** `GET /openapi/v3/<api|apis/group>/<version>`; undefined when not served. */
function openapiGroupVersion(registry, path) {
    const gv = registry.groupVersions().find((g) => gvPath(g.group, g.version) === path);
    if (!gv)
        return undefined;
    const paths = {};
    for (const def of registry.defs.filter((d) => d.group === gv.group && d.version === gv.version)) {
        const base = `/${gvPath(def.group, def.version)}${def.namespaced ? '/namespaces/{namespace}' : ''}/${def.plural}/{name}`;
        const gvk = { group: def.group, version: def.version, kind: def.kind };
        paths[base] = {
            patch: {
                operationId: `patch${def.kind}`,
                parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } }],
                'x-kubernetes-action': 'patch',
                'x-kubernetes-group-version-kind': gvk,
                responses: { '200': { description: 'OK' } },
            },
        };
    }
    return {
        openapi: '3.0.0',
        info: { title: 'Kubernetes', version: apiVersionOf(gv) },
        paths,
        components: { schemas: {} },
    };
}

;// CONCATENATED MODULE: ./src/sandbox/openapi-v2.ts
/**
 * `GET /openapi/v2`, as a 1.23 API server serves it. Clients ask for the protobuf form
 * (gnostic's openapi_v2.Document): helm 3 and 4 fetch it to validate a `kind: List` document
 * client-side (the OpenAPI v3 answer cannot cover `v1/List`), and fail with "the server could not
 * find the requested resource" when it is missing. Every served kind gets a definition carrying
 * its `x-kubernetes-group-version-kind` and no type or properties, so validation treats its content
 * as arbitrary (the sandbox checks fields on the server side, not here), and a path per resource
 * with its `patch` operation (no `fieldValidation` parameter: 1.23 has it behind an alpha gate).
 */

/**
 * The Content-Type kube-openapi answers with: the `@` of the type clients ask for
 * (`…spec.v2@v1.0+protobuf`) would not parse as a media type in Go, so it serves `.v1.0`.
 */
const OPENAPI_V2_PROTOBUF = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';
// --- a minimal protobuf writer (wire types 0 and 2 are all the document needs) ---------------
function varint(n) {
    const out = [];
    let v = n;
    while (v > 0x7f) {
        out.push((v & 0x7f) | 0x80);
        v = Math.floor(v / 128);
    }
    out.push(v);
    return Buffer.from(out);
}
/** A length-delimited field (string, bytes or embedded message). */
function field(no, value) {
    const body = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    return Buffer.concat([varint((no << 3) | 2), varint(body.length), body]);
}
const message = (...fields) => Buffer.concat(fields);
/** NamedAny {1 name, 2 Any {2 yaml}}. */
const namedYaml = (name, yamlText) => message(field(1, name), field(2, field(2, yamlText)));
function gvkYaml(def) {
    return `- group: "${def.group}"\n  kind: ${def.kind}\n  version: ${def.version}\n`;
}
/** `io.k8s.api.core.v1.Service`, `io.k8s.api.apps.v1.Deployment`, … */
function definitionName(def) {
    const group = def.group === '' ? 'core' : def.group.split('.')[0];
    return `${def.custom ? def.group.split('.').reverse().join('.') : `io.k8s.api.${group}`}.${def.version}.${def.kind}`;
}
function openapi_v2_gvPath(def) {
    return def.group ? `/apis/${def.group}/${def.version}` : `/api/${def.version}`;
}
/** The document as protobuf bytes. */
function openapiV2Protobuf(registry, gitVersion) {
    // Schema {4 description, 31 vendor_extension}; NamedSchema {1 name, 2 value}.
    const definitions = registry.defs.map((def) => field(1, message(field(1, definitionName(def)), field(2, message(field(4, `${def.kind} (${apiVersionOf(def)}).`), field(31, namedYaml('x-kubernetes-group-version-kind', gvkYaml(def))))))));
    // Paths {2 NamedPathItem {1 name, 2 PathItem {8 patch Operation {5 operation_id, 13 vendor_extension}}}}.
    const paths = registry.defs
        .filter((d) => (d.verbs ?? ['patch']).includes('patch'))
        .map((def) => field(2, message(field(1, `${openapi_v2_gvPath(def)}${def.namespaced ? '/namespaces/{namespace}' : ''}/${def.plural}/{name}`), field(2, field(8, message(field(5, `patch${def.kind}`), field(13, namedYaml('x-kubernetes-action', 'patch\n')), field(13, namedYaml('x-kubernetes-group-version-kind', gvkYaml(def)
        .replace(/^- /, '')
        .replace(/\n {2}/g, '\n')))))))));
    // Document {1 swagger, 2 Info {1 title, 2 version}, 8 paths, 9 definitions}.
    return message(field(1, '2.0'), field(2, message(field(1, 'Kubernetes'), field(2, gitVersion))), field(8, message(...paths)), field(9, message(...definitions)));
}
/** The same document as JSON (for clients that accept only JSON). */
function openapiV2Json(registry, gitVersion) {
    const gvk = (def) => [{ group: def.group, kind: def.kind, version: def.version }];
    const paths = {};
    for (const def of registry.defs.filter((d) => (d.verbs ?? ['patch']).includes('patch')))
        paths[`${openapi_v2_gvPath(def)}${def.namespaced ? '/namespaces/{namespace}' : ''}/${def.plural}/{name}`] = {
            patch: {
                operationId: `patch${def.kind}`,
                'x-kubernetes-action': 'patch',
                'x-kubernetes-group-version-kind': gvk(def)[0],
            },
        };
    return {
        swagger: '2.0',
        info: { title: 'Kubernetes', version: gitVersion },
        paths,
        definitions: Object.fromEntries(registry.defs.map((def) => [
            definitionName(def),
            { description: `${def.kind} (${apiVersionOf(def)}).`, 'x-kubernetes-group-version-kind': gvk(def) },
        ])),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/protobuf.ts
/**
 * Decoder for Kubernetes protobuf request bodies (`application/vnd.kubernetes.protobuf`). kubectl
 * sends them for `create ns|secret|configmap`, helm 3 and 4 for every release-record Secret and the
 * release DELETE's DeleteOptions. Only decoding: the sandbox always answers JSON, which the clients
 * accept. Layout: magic `k8s\0`, then runtime.Unknown {1: TypeMeta {1 apiVersion, 2 kind},
 * 2: raw object bytes}; each kind below is a schema over the standard wire format.
 */

/** Parses one message into its fields (repeated fields keep their order). */
function parseMessage(buf) {
    const out = new Map();
    let pos = 0;
    const varint = () => {
        let result = 0n;
        let shift = 0n;
        for (;;) {
            if (pos >= buf.length)
                throw badRequest('protobuf: truncated varint');
            const b = buf[pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return result;
            shift += 7n;
        }
    };
    while (pos < buf.length) {
        const tag = Number(varint());
        const field = tag >>> 3;
        const wire = tag & 7;
        let value;
        if (wire === 0)
            value = varint();
        else if (wire === 2) {
            const len = Number(varint());
            if (pos + len > buf.length)
                throw badRequest('protobuf: truncated field');
            value = buf.subarray(pos, pos + len);
            pos += len;
        }
        else if (wire === 1) {
            value = buf.readBigUInt64LE(pos);
            pos += 8;
        }
        else if (wire === 5) {
            value = BigInt(buf.readUInt32LE(pos));
            pos += 4;
        }
        else
            throw badRequest(`protobuf: unsupported wire type ${wire}`);
        const list = out.get(field) ?? [];
        list.push({ wire, value });
        out.set(field, list);
    }
    return out;
}
const TIME = { 1: ['seconds', 'int'], 2: ['nanos', 'int'] };
const OWNER_REF = {
    1: ['kind', 'string'],
    3: ['name', 'string'],
    4: ['uid', 'string'],
    5: ['apiVersion', 'string'],
    6: ['controller', 'bool?'],
    7: ['blockOwnerDeletion', 'bool?'],
};
const OBJECT_META = {
    1: ['name', 'string'],
    2: ['generateName', 'string'],
    3: ['namespace', 'string'],
    4: ['selfLink', 'string'],
    5: ['uid', 'string'],
    6: ['resourceVersion', 'string'],
    7: ['generation', 'int'],
    8: ['creationTimestamp', 'time'],
    9: ['deletionTimestamp', 'time'],
    10: ['deletionGracePeriodSeconds', 'int?'],
    11: ['labels', 'stringMap'],
    12: ['annotations', 'stringMap'],
    13: ['ownerReferences', { repeated: OWNER_REF }],
    14: ['finalizers', 'strings'],
};
const OBJECT_REF = {
    1: ['kind', 'string'],
    2: ['namespace', 'string'],
    3: ['name', 'string'],
    4: ['uid', 'string'],
    5: ['apiVersion', 'string'],
};
const LABEL_SELECTOR = {
    1: ['matchLabels', 'stringMap'],
    2: [
        'matchExpressions',
        { repeated: { 1: ['key', 'string'], 2: ['operator', 'string'], 3: ['values', 'strings'] } },
    ],
};
const POLICY_RULE = {
    1: ['verbs', 'strings'],
    2: ['apiGroups', 'strings'],
    3: ['resources', 'strings'],
    4: ['resourceNames', 'strings'],
    5: ['nonResourceURLs', 'strings'],
};
const BINDING = {
    1: ['metadata', OBJECT_META],
    2: [
        'subjects',
        {
            repeated: {
                1: ['kind', 'string'],
                2: ['apiGroup', 'string'],
                3: ['name', 'string'],
                4: ['namespace', 'string'],
            },
        },
    ],
    3: ['roleRef', { 1: ['apiGroup', 'string'], 2: ['kind', 'string'], 3: ['name', 'string'] }],
};
/** The container fields `kubectl create deployment|job` sends; anything else is refused. */
const CONTAINER = {
    1: ['name', 'string'],
    2: ['image', 'string'],
    3: ['command', 'strings'],
    4: ['args', 'strings'],
    5: ['workingDir', 'string'],
    6: [
        'ports',
        {
            repeated: {
                1: ['name', 'string'],
                2: ['hostPort', 'int'],
                3: ['containerPort', 'int'],
                4: ['protocol', 'string'],
                5: ['hostIP', 'string'],
            },
        },
    ],
    7: ['env', { repeated: { 1: ['name', 'string'], 2: ['value', 'string'] } }],
    8: ['resources', { 1: ['limits', 'ignore'], 2: ['requests', 'ignore'] }],
    13: ['terminationMessagePath', 'string'],
    14: ['imagePullPolicy', 'string'],
    16: ['stdin', 'bool'],
    17: ['stdinOnce', 'bool'],
    18: ['tty', 'bool'],
    20: ['terminationMessagePolicy', 'string'],
};
const POD_TEMPLATE = {
    1: ['metadata', OBJECT_META],
    2: [
        'spec',
        {
            2: ['containers', { repeated: CONTAINER }],
            3: ['restartPolicy', 'string'],
            4: ['terminationGracePeriodSeconds', 'int?'],
            6: ['dnsPolicy', 'string'],
            8: ['serviceAccountName', 'string'],
            9: ['serviceAccount', 'string'],
            10: ['nodeName', 'string'],
            11: ['hostNetwork', 'bool'],
            12: ['hostPID', 'bool'],
            13: ['hostIPC', 'bool'],
            14: ['securityContext', 'ignore'],
            16: ['hostname', 'string'],
            17: ['subdomain', 'string'],
            19: ['schedulerName', 'string'],
            24: ['priorityClassName', 'string'],
        },
    ],
};
/** Per-kind body schemas (field 1 is always ObjectMeta). */
const KINDS = {
    Secret: {
        1: ['metadata', OBJECT_META],
        2: ['data', 'bytesMap'],
        3: ['type', 'string'],
        4: ['stringData', 'stringMap'],
        5: ['immutable', 'bool?'],
    },
    ConfigMap: {
        1: ['metadata', OBJECT_META],
        2: ['data', 'stringMap'],
        3: ['binaryData', 'bytesMap'],
        4: ['immutable', 'bool?'],
    },
    Namespace: {
        1: ['metadata', OBJECT_META],
        2: ['spec', { 1: ['finalizers', 'strings'] }],
        3: ['status', 'ignore'],
    },
    ServiceAccount: {
        1: ['metadata', OBJECT_META],
        2: ['secrets', { repeated: OBJECT_REF }],
        3: ['imagePullSecrets', { repeated: { 1: ['name', 'string'] } }],
        4: ['automountServiceAccountToken', 'bool?'],
    },
    Service: {
        1: ['metadata', OBJECT_META],
        2: [
            'spec',
            {
                1: [
                    'ports',
                    {
                        repeated: {
                            1: ['name', 'string'],
                            2: ['protocol', 'string'],
                            3: ['port', 'int'],
                            4: ['targetPort', 'intOrString'],
                            5: ['nodePort', 'int'],
                            6: ['appProtocol', 'string'],
                        },
                    },
                ],
                2: ['selector', 'stringMap'],
                3: ['clusterIP', 'string'],
                4: ['type', 'string'],
                5: ['externalIPs', 'strings'],
                7: ['sessionAffinity', 'string'],
                8: ['loadBalancerIP', 'string'],
                9: ['loadBalancerSourceRanges', 'strings'],
                10: ['externalName', 'string'],
                11: ['externalTrafficPolicy', 'string'],
                12: ['healthCheckNodePort', 'int'],
                13: ['publishNotReadyAddresses', 'bool'],
            },
        ],
        3: ['status', 'ignore'],
    },
    Role: { 1: ['metadata', OBJECT_META], 2: ['rules', { repeated: POLICY_RULE }] },
    ClusterRole: {
        1: ['metadata', OBJECT_META],
        2: ['rules', { repeated: POLICY_RULE }],
        3: ['aggregationRule', { 1: ['clusterRoleSelectors', { repeated: LABEL_SELECTOR }] }],
    },
    RoleBinding: BINDING,
    ClusterRoleBinding: BINDING,
    Deployment: {
        1: ['metadata', OBJECT_META],
        2: [
            'spec',
            {
                1: ['replicas', 'int?'],
                2: ['selector', LABEL_SELECTOR],
                3: ['template', POD_TEMPLATE],
                4: [
                    'strategy',
                    {
                        1: ['type', 'string'],
                        2: ['rollingUpdate', { 1: ['maxUnavailable', 'intOrString'], 2: ['maxSurge', 'intOrString'] }],
                    },
                ],
                5: ['minReadySeconds', 'int'],
                6: ['revisionHistoryLimit', 'int?'],
                7: ['paused', 'bool'],
                9: ['progressDeadlineSeconds', 'int?'],
            },
        ],
        3: ['status', 'ignore'],
    },
    SelfSubjectAccessReview: {
        1: ['metadata', OBJECT_META],
        2: [
            'spec',
            {
                1: [
                    'resourceAttributes',
                    {
                        1: ['namespace', 'string'],
                        2: ['verb', 'string'],
                        3: ['group', 'string'],
                        4: ['version', 'string'],
                        5: ['resource', 'string'],
                        6: ['subresource', 'string'],
                        7: ['name', 'string'],
                    },
                ],
                2: ['nonResourceAttributes', { 1: ['path', 'string'], 2: ['verb', 'string'] }],
            },
        ],
        3: ['status', 'ignore'],
    },
    SelfSubjectReview: { 1: ['metadata', OBJECT_META], 2: ['status', 'ignore'] },
    DeleteOptions: {
        1: ['gracePeriodSeconds', 'int?'],
        2: ['preconditions', { 1: ['uid', 'string'], 2: ['resourceVersion', 'string'] }],
        3: ['orphanDependents', 'bool?'],
        4: ['propagationPolicy', 'string'],
        5: ['dryRun', 'strings'],
    },
};
function mapEntries(fields, asBytes) {
    const out = {};
    for (const f of fields ?? []) {
        const entry = parseMessage(f.value);
        const k = entry.get(1)?.[0]?.value?.toString('utf8') ?? '';
        const v = entry.get(2)?.[0]?.value ?? Buffer.alloc(0);
        out[k] = asBytes ? v.toString('base64') : v.toString('utf8');
    }
    return out;
}
/** True when a field carries something (Go writes empty non-pointer fields too). */
function nonEmpty(f) {
    return f.wire === 2 ? f.value.length > 0 : f.value !== 0n;
}
function decode(msg, schema, where) {
    const out = {};
    for (const [num, fields] of msg) {
        // Refuse what the schema does not know rather than drop it silently.
        if (!schema[num] && fields.some(nonEmpty)) {
            throw new ApiError(415, 'UnsupportedMediaType', `the sandbox cannot decode protobuf field ${num} of ${where}; send JSON`);
        }
    }
    for (const [num, [name, kind]] of Object.entries(schema)) {
        const fields = msg.get(Number(num));
        if (!fields?.length || kind === 'ignore')
            continue;
        const last = fields[fields.length - 1].value;
        // Go omits zero values in JSON (omitempty); empty proto fields mean "not set".
        if (kind === 'string') {
            const text = last.toString('utf8');
            if (text !== '')
                out[name] = text;
        }
        else if (kind === 'int' || kind === 'int?') {
            const n = Number(BigInt.asIntN(64, last));
            if (n !== 0 || kind === 'int?')
                out[name] = n;
        }
        else if (kind === 'bool' || kind === 'bool?') {
            const b = last !== 0n;
            if (b || kind === 'bool?')
                out[name] = b;
        }
        else if (kind === 'strings')
            out[name] = fields.map((f) => f.value.toString('utf8'));
        else if (kind === 'stringMap')
            out[name] = mapEntries(fields, false);
        else if (kind === 'bytesMap')
            out[name] = mapEntries(fields, true);
        else if (kind === 'time') {
            const t = decode(parseMessage(last), TIME, `${where}.${name}`);
            if (t.seconds)
                out[name] = new Date(t.seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
        }
        else if (kind === 'intOrString') {
            const v = decode(parseMessage(last), { 1: ['type', 'int'], 2: ['intVal', 'int'], 3: ['strVal', 'string'] }, name);
            out[name] = v.type === 1 ? (v.strVal ?? '') : (v.intVal ?? 0);
        }
        else if ('repeated' in kind) {
            out[name] = fields.map((f, i) => decode(parseMessage(f.value), kind.repeated, `${where}.${name}[${i}]`));
        }
        else
            out[name] = decode(parseMessage(last), kind, `${where}.${name}`);
    }
    return out;
}
/** Decodes a `k8s\0`-framed protobuf body into the JSON object it stands for. */
function decodeProtobuf(body) {
    if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\0') {
        throw badRequest('protobuf: missing k8s magic prefix');
    }
    const unknown = parseMessage(body.subarray(4));
    const typeMeta = decode(parseMessage(unknown.get(1)?.[0]?.value ?? Buffer.alloc(0)), { 1: ['apiVersion', 'string'], 2: ['kind', 'string'] }, 'TypeMeta');
    const raw = unknown.get(2)?.[0]?.value ?? Buffer.alloc(0);
    const schema = KINDS[typeMeta.kind];
    if (!schema) {
        throw new ApiError(415, 'UnsupportedMediaType', `the sandbox cannot decode protobuf ${typeMeta.kind || 'bodies of this kind'}; send JSON`);
    }
    return {
        apiVersion: typeMeta.apiVersion,
        kind: typeMeta.kind,
        ...decode(parseMessage(raw), schema, typeMeta.kind),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/routes.ts
/** The resource a path names, or undefined for a path that is not a known resource. */
function parseResourcePath(registry, pathname) {
    const segs = pathname
        .split('/')
        .filter((s) => s !== '')
        .map(decodeURIComponent);
    let group;
    let version;
    let rest;
    if (segs[0] === 'api' && segs.length >= 3) {
        group = '';
        version = segs[1];
        rest = segs.slice(2);
    }
    else if (segs[0] === 'apis' && segs.length >= 4) {
        group = segs[1];
        version = segs[2];
        rest = segs.slice(3);
    }
    else
        return undefined;
    let watchPrefix = false;
    if (rest[0] === 'watch') {
        watchPrefix = true;
        rest = rest.slice(1);
    }
    let namespace;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
        const inner = registry.byPath(group, version, rest[2]);
        if (inner?.namespaced) {
            namespace = rest[1];
            rest = rest.slice(2);
        }
    }
    const def = registry.byPath(group, version, rest[0]);
    if (!def || rest.length > 3)
        return undefined;
    return { def, namespace, name: rest[1], subresource: rest[2], watchPrefix };
}

;// CONCATENATED MODULE: ./src/sandbox/table.ts
function age(created) {
    if (!created)
        return '<unknown>';
    const s = Math.max(0, Math.floor((Date.now() - Date.parse(created)) / 1000));
    if (s < 120)
        return `${s}s`;
    if (s < 7200)
        return `${Math.floor(s / 60)}m`;
    if (s < 172800)
        return `${Math.floor(s / 3600)}h`;
    return `${Math.floor(s / 86400)}d`;
}
const MODES = {
    ReadWriteOnce: 'RWO',
    ReadOnlyMany: 'ROX',
    ReadWriteMany: 'RWX',
    ReadWriteOncePod: 'RWOP',
};
const modes = (list) => (list ?? []).map((m) => MODES[m] ?? m).join(',');
const or = (v, fallback = '<none>') => v === undefined || v === null || v === '' ? fallback : String(v);
const NAME = ['Name', 'string', (o) => o.metadata?.name];
const AGE = ['Age', 'string', (o) => age(o.metadata?.creationTimestamp)];
// prettier-ignore
const COLUMNS = {
    PersistentVolume: [
        NAME,
        ['Capacity', 'string', (o) => or(o.spec?.capacity?.storage, '')],
        ['Access Modes', 'string', (o) => modes(o.spec?.accessModes)],
        ['Reclaim Policy', 'string', (o) => or(o.spec?.persistentVolumeReclaimPolicy, '')],
        ['Status', 'string', (o) => (o.metadata?.deletionTimestamp ? 'Terminating' : or(o.status?.phase, ''))],
        ['Claim', 'string', (o) => (o.spec?.claimRef ? `${o.spec.claimRef.namespace}/${o.spec.claimRef.name}` : '')],
        ['StorageClass', 'string', (o) => or(o.spec?.storageClassName, '')],
        ['VolumeAttributesClass', 'string', (o) => or(o.spec?.volumeAttributesClassName)],
        ['Reason', 'string', (o) => or(o.status?.reason, '')],
        AGE,
    ],
    PersistentVolumeClaim: [
        NAME,
        ['Status', 'string', (o) => (o.metadata?.deletionTimestamp ? 'Terminating' : or(o.status?.phase, ''))],
        ['Volume', 'string', (o) => or(o.spec?.volumeName, '')],
        ['Capacity', 'string', (o) => or(o.status?.capacity?.storage, '')],
        ['Access Modes', 'string', (o) => modes(o.status?.accessModes)],
        ['StorageClass', 'string', (o) => or(o.spec?.storageClassName, '')],
        ['VolumeAttributesClass', 'string', (o) => or(o.spec?.volumeAttributesClassName)],
        AGE,
    ],
    Deployment: [
        NAME,
        ['Ready', 'string', (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`],
        ['Up-to-date', 'integer', (o) => o.status?.updatedReplicas ?? 0],
        ['Available', 'integer', (o) => o.status?.availableReplicas ?? 0],
        AGE,
    ],
    StatefulSet: [NAME, ['Ready', 'string', (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`], AGE],
    Pod: [
        NAME,
        ['Ready', 'string', (o) => `${(o.status?.containerStatuses ?? []).filter((c) => c.ready).length}/${(o.spec?.containers ?? []).length}`],
        ['Status', 'string', (o) => (o.metadata?.deletionTimestamp ? 'Terminating' : or(o.status?.phase, 'Pending'))],
        ['Restarts', 'string', () => '0'],
        AGE,
    ],
    Service: [
        NAME,
        ['Type', 'string', (o) => or(o.spec?.type, 'ClusterIP')],
        ['Cluster-IP', 'string', (o) => or(o.spec?.clusterIP)],
        ['External-IP', 'string', (o) => {
                const ingress = (o.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname).filter(Boolean);
                if (ingress.length)
                    return ingress.join(',');
                return o.spec?.type === 'LoadBalancer' ? '<pending>' : or(o.spec?.externalName);
            }],
        ['Port(s)', 'string', (o) => or((o.spec?.ports ?? []).map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(','))],
        AGE,
    ],
    Namespace: [NAME, ['Status', 'string', (o) => or(o.status?.phase, '')], AGE],
    Node: [
        NAME,
        ['Status', 'string', (o) => ((o.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True') ? 'Ready' : 'NotReady')],
        ['Roles', 'string', () => '<none>'],
        AGE,
        ['Version', 'string', (o) => or(o.status?.nodeInfo?.kubeletVersion, '')],
    ],
    StorageClass: [
        NAME,
        ['Provisioner', 'string', (o) => or(o.provisioner, '')],
        ['ReclaimPolicy', 'string', (o) => or(o.reclaimPolicy, 'Delete')],
        ['VolumeBindingMode', 'string', (o) => or(o.volumeBindingMode, 'Immediate')],
        ['AllowVolumeExpansion', 'string', (o) => String(o.allowVolumeExpansion ?? false)],
        AGE,
    ],
    Ingress: [
        NAME,
        ['Class', 'string', (o) => or(o.spec?.ingressClassName)],
        ['Hosts', 'string', (o) => or((o.spec?.rules ?? []).map((r) => r.host ?? '*').join(','), '*')],
        ['Address', 'string', (o) => (o.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname).join(',')],
        ['Ports', 'string', (o) => (o.spec?.tls?.length ? '80, 443' : '80')],
        AGE,
    ],
};
/** A Table of `objects` of `kind`; with `includeObject=None` rows carry no object. */
function toTable(kind, objects, resourceVersion, includeObject) {
    const columns = COLUMNS[kind] ?? [NAME, AGE];
    return {
        kind: 'Table',
        apiVersion: 'meta.k8s.io/v1',
        metadata: { resourceVersion },
        columnDefinitions: columns.map(([name, type]) => ({
            name,
            type,
            format: name === 'Name' ? 'name' : '',
            description: '',
            priority: name === 'VolumeAttributesClass' || name === 'Reason' ? 1 : 0,
        })),
        rows: objects.map((o) => {
            const row = { cells: columns.map(([, , cell]) => cell(o)) };
            if (includeObject === 'None')
                return row;
            row.object =
                includeObject === 'Object'
                    ? o
                    : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
            return row;
        }),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/watch.ts


/** Streams events for `def` to `res` until the client leaves, the timeout passes or `stop` runs. */
function serveWatch(store, def, res, opts) {
    const labels = parseLabelSelector(opts.labelSelector);
    const fields = parseFieldSelector(opts.fieldSelector);
    const matches = (o) => (!def.namespaced || !opts.namespace || o.metadata.namespace === opts.namespace) &&
        matchesLabels(labels, o.metadata.labels) &&
        matchesFields(fields, o);
    const seen = new Set();
    res.writeHead(200, {
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
        'Cache-Control': 'no-cache',
    });
    // Clients wait for the headers before they consider the watch open.
    res.flushHeaders();
    const send = (type, object) => {
        res.write(JSON.stringify({ type, object }) + '\n');
    };
    const deliver = (e) => {
        if (e.def !== def)
            return;
        const uid = e.object.metadata.uid;
        const now = e.type !== 'DELETED' && matches(e.object);
        const before = seen.has(uid);
        if (e.type === 'DELETED') {
            if (before || matches(e.object))
                send('DELETED', e.object);
            seen.delete(uid);
        }
        else if (now) {
            send(before ? 'MODIFIED' : 'ADDED', e.object);
            seen.add(uid);
        }
        else if (before) {
            send('DELETED', e.object);
            seen.delete(uid);
        }
    };
    const rv = opts.resourceVersion;
    const initial = opts.sendInitialEvents || !rv || rv === '0';
    if (initial) {
        for (const o of store.peekAll(def, def.namespaced ? opts.namespace : undefined)) {
            if (!matches(o))
                continue;
            seen.add(o.metadata.uid);
            send('ADDED', o);
        }
        if (opts.sendInitialEvents && opts.allowWatchBookmarks) {
            send('BOOKMARK', {
                kind: def.kind,
                apiVersion: apiVersionOf(def),
                metadata: {
                    resourceVersion: String(store.resourceVersion),
                    annotations: { 'k8s.io/initial-events-end': 'true' },
                },
            });
        }
    }
    else {
        const events = store.eventsSince(Number(rv));
        if (!events || Number.isNaN(Number(rv))) {
            send('ERROR', {
                kind: 'Status',
                apiVersion: 'v1',
                metadata: {},
                status: 'Failure',
                message: `too old resource version: ${rv} (${store.oldestResumable})`,
                reason: 'Expired',
                code: 410,
            });
            res.end();
            return () => undefined;
        }
        // What the client already knows at `rv`: objects that match now and were not added since.
        const addedSince = new Set(events.filter((e) => e.type === 'ADDED').map((e) => e.object.metadata.uid));
        for (const o of store.peekAll(def, def.namespaced ? opts.namespace : undefined)) {
            if (matches(o) && !addedSince.has(o.metadata.uid))
                seen.add(o.metadata.uid);
        }
        for (const e of events)
            deliver(e);
    }
    const unsubscribe = store.subscribe(deliver);
    let timer;
    const stop = () => {
        unsubscribe();
        if (timer)
            clearTimeout(timer);
        if (!res.writableEnded)
            res.end();
    };
    if (opts.timeoutSeconds && opts.timeoutSeconds > 0)
        timer = setTimeout(stop, opts.timeoutSeconds * 1000);
    res.on('close', stop);
    return stop;
}

;// CONCATENATED MODULE: ./src/sandbox/server.ts












const MUTATING = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function sendJson(res, code, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(code, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text),
        ...headers,
    });
    res.end(text);
}
function verbOf(method, route, query) {
    const watch = route.watchPrefix || query.get('watch') === 'true' || query.get('watch') === '1';
    switch (method) {
        case 'GET':
            return route.name ? (watch ? 'watch' : 'get') : watch ? 'watch' : 'list';
        case 'POST':
            return route.name && !route.subresource ? undefined : 'create';
        case 'PUT':
            return route.name ? 'update' : undefined;
        case 'PATCH':
            return route.name ? 'patch' : undefined;
        case 'DELETE':
            return route.name ? 'delete' : 'deletecollection';
        default:
            return undefined;
    }
}
/** Decodes a request body by content type: JSON, YAML (apply patches) or protobuf. */
function decodeBody(contentType, body) {
    if (body.length === 0)
        return undefined;
    const type = contentType.split(';')[0].trim();
    if (type === 'application/vnd.kubernetes.protobuf')
        return decodeProtobuf(body);
    const text = body.toString('utf8');
    try {
        if (type.endsWith('yaml'))
            return js_yaml/* default.load */.Ay.load(text);
        return JSON.parse(text);
    }
    catch (e) {
        throw badRequest(`the request body could not be decoded: ${e.message}`);
    }
}
function wantsTable(req) {
    return /as=Table/.test(req.headers.accept ?? '');
}
/** Handles non-resource paths; returns false when the path is not one of them. */
function serveNonResource(state, pathname, res, accept = '') {
    const { registry } = state;
    if (pathname === '/openapi/v2') {
        // client-go asks for protobuf (helm's validation of a `kind: List`); JSON otherwise.
        if (accept.includes('protobuf')) {
            const body = openapiV2Protobuf(registry, state.serverVersion.gitVersion);
            res.writeHead(200, { 'Content-Type': OPENAPI_V2_PROTOBUF, 'Content-Length': body.length });
            res.end(body);
        }
        else
            sendJson(res, 200, openapiV2Json(registry, state.serverVersion.gitVersion));
        return true;
    }
    if (pathname === '/version' || pathname === '/version/') {
        sendJson(res, 200, {
            ...state.serverVersion,
            gitCommit: '0000000000000000000000000000000000000000',
            gitTreeState: 'clean',
            buildDate: '2023-01-01T00:00:00Z',
            goVersion: 'go1.20',
            compiler: 'gc',
            platform: 'linux/amd64',
        });
        return true;
    }
    if (['/healthz', '/readyz', '/livez'].includes(pathname)) {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('ok');
        return true;
    }
    if (pathname === '/api') {
        sendJson(res, 200, coreVersions());
        return true;
    }
    if (pathname === '/apis') {
        sendJson(res, 200, groupList(registry));
        return true;
    }
    if (pathname === '/openapi/v3') {
        sendJson(res, 200, openapiRoot(registry));
        return true;
    }
    if (pathname.startsWith('/openapi/v3/')) {
        const doc = openapiGroupVersion(registry, pathname.slice('/openapi/v3/'.length));
        if (!doc)
            return false;
        sendJson(res, 200, doc);
        return true;
    }
    const segs = pathname.split('/').filter(Boolean);
    if (segs[0] === 'api' && segs.length === 2) {
        const list = resourceList(registry, '', segs[1]);
        if (!list)
            return false;
        sendJson(res, 200, list);
        return true;
    }
    if (segs[0] === 'apis' && segs.length === 2) {
        const g = group(registry, segs[1]);
        if (!g)
            return false;
        sendJson(res, 200, g);
        return true;
    }
    if (segs[0] === 'apis' && segs.length === 3) {
        const list = resourceList(registry, segs[1], segs[2]);
        if (!list)
            return false;
        sendJson(res, 200, list);
        return true;
    }
    return false;
}
/** The request handler for `http.createServer`. */
function createHandler(state, listenerIdentity) {
    return async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://sandbox');
        const query = url.searchParams;
        const method = (req.method ?? 'GET').toUpperCase();
        const route = parseResourcePath(state.registry, url.pathname);
        const verb = route ? verbOf(method, route, query) : undefined;
        const dryRun = query.getAll('dryRun').includes('All');
        const entry = {
            at: Date.now(),
            method,
            path: url.pathname,
            query: url.search.replace(/^\?/, ''),
            verb,
            resource: route
                ? route.subresource
                    ? `${route.def.plural}/${route.subresource}`
                    : route.def.plural
                : undefined,
            group: route?.def.group,
            namespace: route?.namespace,
            name: route?.name,
            status: 0,
            // Access reviews are POSTs that change nothing.
            mutating: verb ? MUTATING.has(verb) && !route?.def.kind.startsWith('SelfSubject') : false,
            dryRun,
            userAgent: req.headers['user-agent'],
            user: undefined,
            contentType: req.headers['content-type'],
        };
        state.requests.add(entry);
        const reply = (code, body, headers = {}) => {
            entry.status = code;
            entry.doneAt = Date.now();
            sendJson(res, code, body, headers);
        };
        try {
            if (state.faults.dead) {
                entry.status = 0;
                req.socket.destroy();
                return;
            }
            const body = await readBody(req);
            if (state.faults.latencyMs > 0)
                await new Promise((r) => setTimeout(r, state.faults.latencyMs));
            if (route) {
                const rule = state.faults.pick(verb, entry.resource);
                if (rule) {
                    if (rule.status === 'timeout') {
                        entry.status = -1;
                        // Held until the client gives up or the sandbox stops.
                        const release = () => void req.socket.destroy();
                        state.open.add(release);
                        const timer = rule.holdMs !== undefined ? setTimeout(release, rule.holdMs) : undefined;
                        res.on('close', () => {
                            state.open.delete(release);
                            if (timer)
                                clearTimeout(timer);
                        });
                        return;
                    }
                    const reason = rule.status === 429
                        ? 'TooManyRequests'
                        : rule.status === 503
                            ? 'ServiceUnavailable'
                            : 'InternalError';
                    const headers = rule.retryAfterSeconds !== undefined ? { 'Retry-After': String(rule.retryAfterSeconds) } : {};
                    const err = new ApiError(rule.status, reason, `sandbox: injected ${rule.status}`, rule.retryAfterSeconds !== undefined ? { retryAfterSeconds: rule.retryAfterSeconds } : undefined, headers);
                    throw err;
                }
            }
            const identity = state.identities.authenticate(req.headers.authorization, listenerIdentity);
            if (!identity)
                throw new ApiError(401, 'Unauthorized', 'Unauthorized');
            entry.user = identity.username;
            if (!route) {
                if (method === 'GET' && serveNonResource(state, url.pathname, res, req.headers.accept)) {
                    entry.status = 200;
                    entry.doneAt = Date.now();
                    return;
                }
                throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
            }
            if (!verb)
                throw methodNotAllowed();
            const { def } = route;
            const authVerb = verb;
            const authz = authzContext(state, identity);
            if (!isAllowed(authz, {
                verb: authVerb,
                resource: def.plural,
                group: def.group,
                namespace: route.namespace,
                subresource: route.subresource,
                name: route.name,
            })) {
                throw forbidden(def, route.name, authVerb, route.namespace, route.subresource, identity.username);
            }
            const result = await dispatch(state, route, verb, req, res, query, body, dryRun, entry, authz);
            if (result === undefined)
                return; // streamed
            reply(result.code, result.body);
            if (entry.mutating && !entry.dryRun && result.code < 400)
                state.faults.countMutation();
        }
        catch (e) {
            const err = e instanceof ApiError
                ? e
                : new ApiError(500, 'InternalError', `sandbox: ${e.stack ?? String(e)}`);
            if (res.headersSent) {
                res.end();
                return;
            }
            reply(err.code, err.toStatus(), err.headers);
        }
    };
}
/** The authorisation inputs of one request. */
function authzContext(state, identity) {
    return {
        identity,
        denied: state.denied(),
        rbac: {
            store: state.store,
            def: (kind) => state.registry.byKind('rbac.authorization.k8s.io/v1', kind),
        },
    };
}
async function dispatch(state, route, verb, req, res, query, raw, dryRun, entry, authz) {
    const { api, store } = state;
    const { def, namespace, name, subresource } = route;
    if (!verbsOf(def).includes(verb))
        throw methodNotAllowed();
    if (subresource && !(def.subresources ?? []).includes(subresource)) {
        throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
    }
    const contentType = req.headers['content-type'] ?? 'application/json';
    const fieldManager = query.get('fieldManager') ?? (req.headers['user-agent'] ?? 'unknown').split('/')[0];
    const opts = { dryRun, fieldManager, subresource };
    switch (verb) {
        case 'get': {
            const obj = api.get(def, namespace, name, subresource);
            return {
                code: 200,
                body: wantsTable(req)
                    ? toTable(def.kind, [obj], obj.metadata.resourceVersion, query.get('includeObject'))
                    : obj,
            };
        }
        case 'list': {
            const list = api.list(def, namespace, query.get('labelSelector'), query.get('fieldSelector'));
            return {
                code: 200,
                body: wantsTable(req)
                    ? toTable(def.kind, list.items, list.metadata.resourceVersion, query.get('includeObject'))
                    : list,
            };
        }
        case 'watch': {
            const fieldSelector = name
                ? [query.get('fieldSelector'), `metadata.name=${name}`].filter(Boolean).join(',')
                : query.get('fieldSelector');
            const stop = serveWatch(store, def, res, {
                namespace,
                labelSelector: query.get('labelSelector'),
                fieldSelector,
                resourceVersion: query.get('resourceVersion'),
                sendInitialEvents: query.get('sendInitialEvents') === 'true',
                allowWatchBookmarks: query.get('allowWatchBookmarks') === 'true',
                timeoutSeconds: Number(query.get('timeoutSeconds') ?? 0),
            });
            entry.status = 200;
            state.open.add(stop);
            res.on('close', () => state.open.delete(stop));
            return undefined;
        }
        case 'create': {
            const body = decodeBody(contentType, raw);
            if (def.kind === 'SelfSubjectAccessReview')
                return { code: 201, body: reviewAccess(authz, body ?? {}) };
            if (def.kind === 'SelfSubjectReview')
                return { code: 201, body: reviewSelf(authz.identity, `${def.group}/${def.version}`) };
            return { code: 201, body: api.create(def, namespace, body, opts) };
        }
        case 'update':
            return { code: 200, body: api.update(def, namespace, name, decodeBody(contentType, raw), opts) };
        case 'patch': {
            const type = patchTypeOf(contentType);
            const body = decodeBody(contentType, raw);
            const existed = !!store.peek(def, namespace, name);
            const force = query.get('force') === 'true';
            const out = api.patch(def, namespace, name, type, body, { ...opts, force });
            return { code: existed ? 200 : 201, body: out };
        }
        case 'delete': {
            const options = decodeBody(contentType, raw) ?? {};
            const propagationPolicy = query.get('propagationPolicy') ?? options.propagationPolicy;
            const all = dryRun || (Array.isArray(options.dryRun) && options.dryRun.includes('All'));
            entry.dryRun = all;
            return { code: 200, body: api.delete(def, namespace, name, { ...options, propagationPolicy }, all) };
        }
        case 'deletecollection': {
            const options = decodeBody(contentType, raw) ?? {};
            return {
                code: 200,
                body: api.deleteCollection(def, namespace, query.get('labelSelector'), query.get('fieldSelector'), options, dryRun),
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/sandbox.ts
/**
 * The Sandbox: an in-memory Kubernetes API server on 127.0.0.1 that the real kubectl and helm
 * binaries, and @kubernetes/client-node, work against.
 */

















/** An in-memory Kubernetes API server. */
class Sandbox {
    options;
    /** Every API request served, in order. */
    requests = new RequestLog();
    /** Injected faults; change them at any time. */
    faults = new Faults();
    /** Names of PVs deleted because a Delete-policy PV's claim went away. */
    lostVolumes = [];
    /** Pods held Running but not Ready (a crash-looping container), by `namespace/name-prefix`. */
    heldPods = new Set();
    store = new Store();
    registry;
    api;
    denied;
    identities;
    open = new Set();
    sockets = new Set();
    readyAt = new Map();
    forwards = new Map();
    wakeTimer;
    wakeDue = Infinity;
    ips = { cluster: 10, lb: 10 };
    server;
    /** Listeners of the added identities, by token. */
    extraServers = new Map();
    port = 0;
    stopped = false;
    constructor(options) {
        this.options = options;
        this.registry = new ResourceRegistry({ volumeSnapshots: options.volumeSnapshots });
        this.api = new Api(this.store, this.registry, () => this.reconcile());
        this.denied = [...(options.deniedPermissions ?? [])];
        this.identities = new Identities(options.identities);
        this.faults.latencyMs = options.latencyMs ?? 0;
        for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
            this.store.create(this.def('v1', 'Namespace'), {
                metadata: {
                    name,
                    labels: { 'kubernetes.io/metadata.name': name },
                    ...(name === 'kube-system' && options.clusterUid ? { uid: options.clusterUid } : {}),
                },
                spec: { finalizers: ['kubernetes'] },
                status: { phase: 'Active' },
            });
        }
        // One Ready node, so `kubectl get nodes` and cluster checks see a working cluster.
        const version = options.serverVersion?.gitVersion ?? 'v1.23.17';
        this.store.create(this.def('v1', 'Node'), {
            metadata: {
                name: 'sandbox-node',
                labels: { 'kubernetes.io/hostname': 'sandbox-node', 'kubernetes.io/os': 'linux' },
            },
            spec: {},
            status: {
                conditions: [
                    {
                        type: 'Ready',
                        status: 'True',
                        reason: 'KubeletReady',
                        message: 'kubelet is posting ready status',
                    },
                ],
                capacity: { cpu: '8', memory: '32Gi', pods: '110' },
                allocatable: { cpu: '8', memory: '32Gi', pods: '110' },
                addresses: [{ type: 'InternalIP', address: '10.0.0.10' }],
                nodeInfo: {
                    kubeletVersion: version,
                    kubeProxyVersion: version,
                    operatingSystem: 'linux',
                    architecture: 'amd64',
                    containerRuntimeVersion: 'containerd://1.7.0',
                },
            },
        });
        this.reconcile();
    }
    /** Starts a sandbox and waits until it listens. */
    static async start(opts = {}) {
        const sandbox = new Sandbox(opts);
        await sandbox.listen(opts.port ?? 0);
        for (const identity of opts.identities ?? [])
            await sandbox.listen(0, identity);
        return sandbox;
    }
    /** `http://127.0.0.1:PORT`. */
    get url() {
        return `http://127.0.0.1:${this.port}`;
    }
    /**
     * A kubeconfig for this sandbox (context `sandbox` unless named otherwise). The cluster sets
     * `insecure-skip-tls-verify`, without which @kubernetes/client-node refuses plain http.
     */
    kubeconfig(contextName = 'sandbox', identity = DEFAULT_IDENTITY) {
        return js_yaml/* default.dump */.Ay.dump({
            apiVersion: 'v1',
            kind: 'Config',
            clusters: [
                { name: contextName, cluster: { server: this.urlOf(identity), 'insecure-skip-tls-verify': true } },
            ],
            users: [{ name: contextName, user: { token: identity.token } }],
            contexts: [
                { name: contextName, context: { cluster: contextName, user: contextName, namespace: 'default' } },
            ],
            'current-context': contextName,
            preferences: {},
        });
    }
    /** Writes `kubeconfig()` to a file (mode 0600, as kubectl expects). */
    async writeKubeconfig(file, contextName, identity) {
        await (0,promises_.writeFile)(file, this.kubeconfig(contextName, identity), { mode: 0o600 });
    }
    /**
     * Adds an identity (a random token when none is given) with a listener of its own; its
     * kubeconfig is `kubeconfig(name, identity)`. `authorization: 'rbac'` makes the stored RBAC
     * objects decide what it may do.
     */
    async addIdentity(identity) {
        const added = this.identities.add({ ...identity, token: identity.token ?? newToken() });
        await this.listen(0, added);
        return added;
    }
    /** The URL an identity's clients use (`url` for the default one). */
    urlOf(identity = DEFAULT_IDENTITY) {
        const extra = this.extraServers.get(identity.token);
        return extra ? `http://127.0.0.1:${extra.port}` : this.url;
    }
    /**
     * Seeds plain Kubernetes objects as if they had been there all along: metadata is filled in,
     * status kept when given, namespaces created on demand, and the controllers reconcile them
     * (PV/PVC binding, Deployments → ReplicaSets → Pods, LoadBalancer IPs). `List` objects are
     * unpacked. Existing objects are replaced.
     */
    load(objects) {
        const flat = [];
        const unpack = (o) => {
            if (o && typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items))
                o.items.forEach(unpack);
            else if (o)
                flat.push(o);
        };
        objects.forEach(unpack);
        const nsDef = this.def('v1', 'Namespace');
        const order = (o) => o.kind === 'Namespace' ? 0 : o.kind === 'StorageClass' ? 1 : o.kind === 'PersistentVolume' ? 2 : 3;
        for (const input of [...flat].sort((a, b) => order(a) - order(b))) {
            // A custom resource is served once its CRD (loaded first) has been reconciled.
            if (!this.registry.byKind(String(input.apiVersion), String(input.kind)))
                this.reconcile();
            const def = this.def(String(input.apiVersion), String(input.kind));
            const obj = clone(input);
            obj.metadata ??= {};
            const meta = obj.metadata;
            // managedFields stay: a capture's owners decide server-side apply conflicts as on the cluster.
            for (const k of ['resourceVersion', 'selfLink'])
                delete meta[k];
            if (def.namespaced) {
                meta.namespace ??= 'default';
                if (!this.store.peek(nsDef, undefined, meta.namespace)) {
                    this.store.create(nsDef, {
                        metadata: { name: meta.namespace, labels: { 'kubernetes.io/metadata.name': meta.namespace } },
                        spec: { finalizers: ['kubernetes'] },
                        status: { phase: 'Active' },
                    });
                }
            }
            if (def.kind === 'Namespace') {
                obj.spec ??= { finalizers: ['kubernetes'] };
                meta.labels = { 'kubernetes.io/metadata.name': meta.name, ...(meta.labels ?? {}) };
            }
            // Objects read from a real cluster carry the apiserver's defaults; hand-written seeds get them here.
            applyDefaults(def, obj);
            // An object `kubectl apply` created carries the last-applied annotation; on a cluster its
            // fields belong to kubectl-client-side-apply, which is whom a later server-side apply
            // (helm 4) conflicts with.
            if (!meta.managedFields?.length &&
                meta.annotations?.['kubectl.kubernetes.io/last-applied-configuration']) {
                meta.managedFields = recordUpdate(undefined, obj, 'kubectl-client-side-apply');
            }
            const existing = this.store.peek(def, meta.namespace, meta.name);
            // Re-seeding kube-system keeps the cluster's identity unless the seed pins another uid.
            if (existing && def.kind === 'Namespace' && meta.name === 'kube-system' && !meta.uid)
                meta.uid = existing.metadata.uid;
            if (existing)
                this.store.remove(def, existing);
            this.store.create(def, obj);
        }
        this.reconcile();
    }
    /** One object, deep-copied, or undefined. */
    get(apiVersion, kind, name, namespace) {
        const def = this.def(apiVersion, kind);
        const obj = this.store.peek(def, def.namespaced ? (namespace ?? 'default') : undefined, name);
        return obj ? clone(obj) : undefined;
    }
    /** Objects of a kind, deep-copied; all namespaces unless one is given. */
    list(apiVersion, kind, namespace) {
        return this.store.peekAll(this.def(apiVersion, kind), namespace).map(clone);
    }
    /**
     * Every stored object (deep copies, CRDs first): `load()` it into another sandbox to start from
     * the same state, e.g. once per crash point of a test that reached it the long way.
     */
    snapshot() {
        const defs = [...this.registry.defs].sort((a, b) => Number(b.kind === 'CustomResourceDefinition') - Number(a.kind === 'CustomResourceDefinition'));
        const seen = new Set();
        const out = [];
        for (const def of defs) {
            const key = `${def.group}/${def.plural}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            for (const o of this.store.peekAll(def))
                out.push(clone(o));
        }
        return out;
    }
    /** The denied permissions now in force (a copy). */
    deniedPermissions() {
        return [...this.denied];
    }
    /**
     * Makes `pods/portforward` to `namespace/pod:port` lead to `target` (e.g. an in-memory MongoDB).
     * The pod must exist and run when a client connects; the sandbox does not check who listens.
     */
    forwardPort(namespace, pod, port, target) {
        this.forwards.set(`${namespace}/${pod}:${port}`, { ...target });
    }
    /** Replaces the denied permissions. */
    /**
     * Keeps the pods of `namespace` whose name starts with `namePrefix` (e.g. a Deployment's name
     * and a dash) Running but never Ready, as a crash-looping container does; `release` lets them go.
     */
    holdPodsUnready(namespace, namePrefix) {
        const key = `${namespace}/${namePrefix}`;
        this.heldPods.add(key);
        return {
            release: () => {
                this.heldPods.delete(key);
                this.reconcile();
            },
        };
    }
    setDeniedPermissions(list) {
        this.denied = [...list];
    }
    /** Closes watches and connections and stops listening. */
    async stop() {
        this.stopped = true;
        if (this.wakeTimer)
            clearTimeout(this.wakeTimer);
        for (const close of [...this.open])
            close();
        for (const s of this.sockets)
            s.destroy();
        const servers = [this.server, ...[...this.extraServers.values()].map((x) => x.server)];
        await Promise.all(servers.map((srv) => new Promise((resolve) => (srv ? srv.close(() => resolve()) : resolve()))));
    }
    def(apiVersion, kind) {
        const def = this.registry.byKind(apiVersion, kind);
        if (!def)
            throw new ApiError(404, 'NotFound', `sandbox: no resource for ${apiVersion} ${kind}`);
        return def;
    }
    /**
     * Listens on `port`. `identity`: a listener of its own for that identity — kubectl sends no
     * credentials over plain http (client-go keeps auth info for TLS only), so a second user is told
     * apart by the address its kubeconfig points at; a bearer token, when sent, still decides.
     */
    async listen(port, identity) {
        const server = (0,external_node_http_.createServer)(createHandler({
            registry: this.registry,
            store: this.store,
            api: this.api,
            faults: this.faults,
            requests: this.requests,
            denied: () => this.denied,
            identities: this.identities,
            serverVersion: this.options.serverVersion ?? { major: '1', minor: '23', gitVersion: 'v1.23.17' },
            open: this.open,
        }, identity));
        server.keepAliveTimeout = 30000;
        server.on('upgrade', createUpgradeHandler({
            registry: this.registry,
            store: this.store,
            faults: this.faults,
            requests: this.requests,
            authorize: (_req, namespace) => !isDenied(this.denied, {
                verb: 'create',
                resource: 'pods',
                group: '',
                namespace,
                subresource: 'portforward',
            }),
            resolve: (namespace, pod, port) => this.forwards.get(`${namespace}/${pod}:${port}`) ??
                this.options.portForward?.(namespace, pod, port),
            open: this.open,
        }));
        server.on('connection', (s) => {
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(port, '127.0.0.1', () => resolve());
        });
        const bound = server.address().port;
        if (identity)
            this.extraServers.set(identity.token, { server, port: bound });
        else {
            this.server = server;
            this.port = bound;
        }
        return bound;
    }
    reconcile() {
        // Built-in kinds only: a custom resource may reuse a built-in kind name in its own group.
        const kinds = new Map(this.registry.defs.filter((d) => !d.custom).map((d) => [d.kind, d]));
        const ctx = {
            store: this.store,
            api: this.api,
            def: (kind) => kinds.get(kind),
            readyDelayMs: this.options.deploymentReadyDelayMs ?? 0,
            wakeAt: (ms) => this.wakeAt(ms),
            lostVolumes: this.lostVolumes,
            readyAt: this.readyAt,
            heldUnready: (ns, name) => [...this.heldPods].some((k) => `${ns}/${name}`.startsWith(k)),
            nextIp: (k) => k === 'cluster' ? `10.96.0.${this.ips.cluster++ % 250}` : `203.0.113.${this.ips.lb++ % 250}`,
        };
        reconcileAll(ctx, this.registry);
    }
    wakeAt(ms) {
        const due = Date.now() + ms;
        if (this.stopped || due >= this.wakeDue)
            return;
        if (this.wakeTimer)
            clearTimeout(this.wakeTimer);
        this.wakeDue = due;
        this.wakeTimer = setTimeout(() => {
            this.wakeTimer = undefined;
            this.wakeDue = Infinity;
            try {
                this.reconcile();
            }
            catch (e) {
                // A timer has no caller to throw to; say it rather than take the process down.
                console.error('sandbox: reconcile failed', e);
            }
        }, ms + 1);
        this.wakeTimer.unref();
    }
}

;// CONCATENATED MODULE: ./src/sandbox/index.ts
/** The sandbox's public API: an in-memory Kubernetes for tests and `k2h rehearse`. */






/***/ })

};
