/**
 * Generic Kubernetes access on top of @kubernetes/client-node: kubeconfig loading (content, path,
 * $KUBECONFIG or in-cluster), context selection, reachability, and plain-JSON CRUD for any kind.
 * Knows nothing of Cognigy or the phases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { homedir } from 'node:os';
import { join } from 'node:path';
// client-node's own modules, not its index: the index loads every part of it (exec, attach, cp
// with tar, websockets, metrics) at start; these are the parts k2h uses.
import type { KubernetesObject, RequestContext, ResponseContext } from '@kubernetes/client-node';
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import { ApiException } from '@kubernetes/client-node/dist/gen/apis/exception.js';
import { HttpMethod } from '@kubernetes/client-node/dist/gen/http/http.js';
import { KubernetesObjectApi } from '@kubernetes/client-node/dist/object.js';
import { PatchStrategy } from '@kubernetes/client-node/dist/patch.js';
import { ClusterUnreachableError, ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { KubeApiError, isRetryable, toKubeError } from './errors';
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from './retry';
import { BUILT_IN_RESOURCES } from './resources';
import { ruleGrants, type ResourceRule } from './access';

/** A Kubernetes object as plain JSON. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
    [k: string]: unknown;
  };
  [k: string]: any;
}

export type PatchType = 'merge' | 'strategic' | 'apply';

const PATCH_CONTENT_TYPE: Record<PatchType, PatchStrategy> = {
  merge: PatchStrategy.MergePatch,
  strategic: PatchStrategy.StrategicMergePatch,
  apply: PatchStrategy.ServerSideApply,
};

/** Field manager k2h writes as, visible in managedFields. */
export const FIELD_MANAGER = 'k2h';

export interface KubeTarget {
  /** Kubeconfig content or a path to one. */
  kubeconfig?: string;
  context?: string;
  env?: NodeJS.ProcessEnv;
}

/** Loads a kubeconfig the way the user pointed at it; every mistake becomes a ConfigurationError. */
export function loadKubeConfig(target: KubeTarget): KubeConfig {
  const env = target.env ?? process.env;
  const kc = new KubeConfig();
  const given = target.kubeconfig?.trim();
  // Where the kubeconfig came from, for messages a person can act on (never its content).
  let where = 'the --kubeconfig content';
  try {
    if (given) {
      if (
        /^\s*(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(given) ||
        given.startsWith('{')
      ) {
        kc.loadFromString(given);
      } else if (existsSync(given)) {
        where = `the kubeconfig file ${given}`;
        kc.loadFromString(readFileSync(given, 'utf8'));
      } else if (/^[A-Za-z0-9+/=\s]{40,}$/.test(given)) {
        // Never echo it: base64 kubeconfig content carries credentials.
        throw new ConfigurationError(
          'the kubeconfig input looks base64-encoded: decode it first (e.g. `base64 -d`) and pass the YAML content or a file path.',
        );
      } else if (given.includes('\n') || given.length > 256) {
        throw new ConfigurationError(
          'the kubeconfig input is neither kubeconfig YAML nor an existing file path; pass the content of a kubeconfig or its path.',
        );
      } else {
        throw new ConfigurationError(
          `kubeconfig file '${given}' does not exist; pass an existing file path or the kubeconfig content.`,
        );
      }
    } else if (env.KUBECONFIG) {
      // As kubectl does: every listed file, merged, the first one's current context wins.
      const files = env.KUBECONFIG.split(':').filter((f) => f && existsSync(f));
      if (!files.length)
        throw new ConfigurationError(`KUBECONFIG names no existing file (${env.KUBECONFIG}).`);
      where = `the kubeconfig file${files.length > 1 ? 's' : ''} ${files.join(', ')} (from $KUBECONFIG)`;
      kc.loadFromFile(files[0]);
      for (const f of files.slice(1)) {
        const more = new KubeConfig();
        more.loadFromFile(f);
        // First definition of a name wins, as in kubectl.
        for (const c of more.clusters) if (!kc.getCluster(c.name)) kc.addCluster(c);
        for (const u of more.users) if (!kc.getUser(u.name)) kc.addUser(u);
        for (const c of more.contexts) if (!kc.getContextObject(c.name)) kc.addContext(c);
      }
    } else if (existsSync(join(env.HOME ?? homedir(), '.kube', 'config'))) {
      where = `the kubeconfig file ${join(env.HOME ?? homedir(), '.kube', 'config')}`;
      kc.loadFromFile(join(env.HOME ?? homedir(), '.kube', 'config'));
    } else if (env.KUBERNETES_SERVICE_HOST) {
      where = 'the in-cluster service account';
      kc.loadFromCluster();
    } else {
      throw new ConfigurationError(
        'no kubeconfig: pass --kubeconfig, set $KUBECONFIG or ~/.kube/config, or run inside a cluster.',
      );
    }
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw new ConfigurationError(`${where} is not a valid kubeconfig: ${describeParseError(err)}`);
  }
  // YAML that parses but is no kubeconfig (a stray file, `hello`): say that, not "no cluster".
  if (!kc.clusters.length && !kc.contexts.length)
    throw new ConfigurationError(
      `${where} is not a valid kubeconfig: it defines no clusters and no contexts; point --kubeconfig at the file kubectl uses (kubectl config view --raw).`,
    );
  if (target.context) {
    if (!kc.getContextObject(target.context))
      throw new ConfigurationError(
        `context '${target.context}' is not in ${where}; it has: ${kc.contexts.map((c) => c.name).join(', ') || 'none'}.`,
      );
    kc.setCurrentContext(target.context);
  }
  if (!kc.getCurrentCluster())
    throw new ConfigurationError(
      `${where} has no current context with a cluster; pass --context (it has: ${kc.contexts.map((c) => c.name).join(', ') || 'no contexts'}).`,
    );
  return kc;
}

/**
 * A kubeconfig error without its content: YAML parsers quote the lines around the error, and
 * those lines may hold a token or a client key.
 */
function describeParseError(err: unknown): string {
  const mark = (err as { mark?: { line?: number; column?: number } }).mark;
  if (mark && typeof mark.line === 'number')
    return `YAML syntax error at line ${mark.line + 1}, column ${(mark.column ?? 0) + 1}`;
  const msg = (err as Error).message ?? String(err);
  // client-node's own structural errors ("clusters[0].name is missing") carry no content.
  return msg.split('\n')[0].slice(0, 200);
}

export interface KubeOptions {
  /** Further attempts for requests the server answered with 429/5xx or a reset connection. */
  retries?: number;
  /** Ceiling of the first backoff (full jitter); doubled each attempt, Retry-After wins when larger. */
  retryDelayMs?: number;
  /** Largest single backoff. */
  maxRetryDelayMs?: number;
  /** A request and its retries give up after this long. */
  retryDeadlineMs?: number;
  /**
   * One request unanswered this long counts as a dropped connection (retried like one); default
   * 30 s. Watches are not requests in this sense: they wait by design.
   */
  requestTimeoutMs?: number;
}

/**
 * The server's JSON as PlainObjectApi parsed it (a fresh object per answer, nothing to convert),
 * with apiVersion and kind set where the server leaves them out (the items of a LIST).
 */
function withKind(obj: unknown, apiVersion: string, kind: string): KubeObject {
  const out = obj as KubeObject;
  if (!out.apiVersion) out.apiVersion = apiVersion;
  if (!out.kind) out.kind = kind;
  return out;
}

/** A LIST's items and the collection's resourceVersion (where a watch continues from). */
export interface ListResult<T extends KubeObject = KubeObject> {
  items: T[];
  resourceVersion: string;
}

/** Selectors of a LIST. */
export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
}

/** /apis as discovery answers it (the part k2h reads). */
export interface ApiGroupList {
  groups: Array<{ name: string; versions: Array<{ groupVersion: string; version: string }> }>;
}

/** Server version as /version reports it. */
export interface ServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
}

/**
 * One keep-alive agent per distinct set of TLS options (CA, client certificate and key, ...):
 * client-node builds a new agent without keep-alive for every request and every watch, so each
 * opened its own connection, a TCP and TLS handshake (two round trips to a real API server) before
 * its first byte. Shared, a request or a watch takes an idle connection when there is one.
 * Proxy agents are left as client-node built them.
 */
export class KeepAliveAgents {
  private readonly agents = new Map<string, HttpAgent>();

  share(agent: HttpAgent): HttpAgent {
    const Kind = agent.constructor;
    if (Kind !== HttpAgent && Kind !== HttpsAgent) return agent;
    const o = (agent as HttpAgent & { options: Record<string, unknown> }).options;
    const key = [Kind === HttpsAgent ? 'https' : 'http']
      .concat(
        ['ca', 'cert', 'key', 'pfx', 'passphrase', 'rejectUnauthorized', 'servername'].map((k) => {
          const v = o[k];
          return v === undefined ? '' : Buffer.isBuffer(v) ? v.toString('base64') : String(v);
        }),
      )
      .join('\0');
    let shared = this.agents.get(key);
    if (!shared) {
      shared = new (Kind as typeof HttpsAgent)({ ...o, keepAlive: true });
      this.agents.set(key, shared);
    }
    agent.destroy();
    return shared;
  }
}

/**
 * client-node's generic object API, answering the server's JSON as it came: k2h works on plain
 * objects, so the typed-model round trip (deserialise into the generated classes, then back to
 * JSON) is skipped — it cost more CPU than the requests on every LIST. Requests, authentication,
 * discovery and errors stay client-node's.
 *
 * `raw` sends one request to a fixed path through the same machinery (request context,
 * authentication, middleware, TLS, error answers as ApiException). k2h uses it for the few
 * non-object endpoints it needs (/version, discovery, access and identity reviews, status
 * subresources) instead of client-node's generated typed APIs, whose code (~0.7 MB, every API
 * group in one file) cost every phase ~50 ms to load.
 */
class PlainObjectApi extends KubernetesObjectApi {
  static of(kc: KubeConfig): PlainObjectApi {
    const api = kc.makeApiClient(PlainObjectApi);
    api.setDefaultNamespace(kc);
    return api;
  }

  protected override async processResponse<T extends KubernetesObject>(
    response: ResponseContext,
  ): Promise<T> {
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      const text = await response.body.text();
      return (text ? JSON.parse(text) : {}) as T;
    }
    throw new ApiException(
      response.httpStatusCode,
      'Unsuccessful HTTP Request',
      await response.getBodyAsAny(),
      response.headers,
    );
  }

  /**
   * The agent client-node builds for the request (from the kubeconfig's CA, client certificate
   * and TLS options) is swapped for this client's keep-alive one for those options; a credential
   * plugin that hands out a new client certificate gets a new agent.
   */
  protected override requestPromise<T extends KubernetesObject>(
    ctx: RequestContext,
    type?: string,
    options?: Parameters<KubernetesObjectApi['requestPromise']>[2],
  ): Promise<T> {
    const setAgent = ctx.setAgent.bind(ctx);
    ctx.setAgent = (agent) => setAgent(this.agents.share(agent));
    return super.requestPromise<T>(ctx, type, options);
  }

  /** The keep-alive agents of this client (its watches use them too). */
  readonly agents = new KeepAliveAgents();

  raw<T>(method: RawMethod, path: string, body?: unknown, query?: Record<string, string>): Promise<T> {
    const ctx = this.configuration.baseServer.makeRequestContext(path, HttpMethod[method]);
    ctx.setHeaderParam('Accept', 'application/json');
    for (const [k, v] of Object.entries(query ?? {})) ctx.setQueryParam(k, v);
    if (body !== undefined) {
      ctx.setHeaderParam('Content-Type', 'application/json');
      ctx.setBody(JSON.stringify(body));
    }
    return this.requestPromise(ctx) as Promise<T>;
  }
}

/** The methods `Kube.request` sends. */
export type RawMethod = 'GET' | 'POST' | 'PUT';

/** Plain-JSON client for any kind. Reads return `undefined` for NotFound. */
export class Kube {
  private readonly objects: PlainObjectApi;
  private readonly policy: RetryPolicy;
  private readonly requestTimeoutMs: number;
  readonly server: string;

  constructor(
    readonly config: KubeConfig,
    private readonly logger: Logger,
    opts: KubeOptions = {},
  ) {
    this.objects = PlainObjectApi.of(config);
    this.server = config.getCurrentCluster()?.server ?? '(unknown server)';
    this.policy = {
      retries: opts.retries ?? DEFAULT_RETRY.retries,
      baseDelayMs: opts.retryDelayMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: opts.maxRetryDelayMs ?? DEFAULT_RETRY.maxDelayMs,
      deadlineMs: opts.retryDeadlineMs ?? DEFAULT_RETRY.deadlineMs,
    };
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 30_000;
    // Built-in kinds need no discovery round trip before their first request (kubectl keeps a
    // discovery cache on disk for the same reason); other kinds are discovered as before.
    const cache = (this.objects as unknown as { apiVersionResourceCache: Record<string, unknown> })
      .apiVersionResourceCache;
    for (const [groupVersion, resources] of Object.entries(BUILT_IN_RESOURCES))
      cache[groupVersion] = { groupVersion, resources };
  }

  private watchKc: KubeConfig | undefined;

  /**
   * The kubeconfig for client-node's Watch: its connection comes from this client's keep-alive
   * agents too, so a watch started after a burst of requests takes one of their idle connections
   * instead of opening (TCP and TLS handshakes) its own.
   */
  get watchConfig(): KubeConfig {
    if (this.watchKc) return this.watchKc;
    const config = this.config;
    const agents = this.objects.agents;
    const kc = Object.create(config) as KubeConfig;
    kc.applyToFetchOptions = async (opts) => {
      const init = await config.applyToFetchOptions(opts);
      if (init.agent instanceof HttpAgent) init.agent = agents.share(init.agent);
      return init;
    };
    return (this.watchKc = kc);
  }

  /** Loads the kubeconfig and proves the API server answers. */
  static async connect(target: KubeTarget, logger: Logger, opts?: KubeOptions): Promise<Kube> {
    const kube = Kube.open(target, logger, opts);
    await kube.probe();
    return kube;
  }

  /** Loads the kubeconfig without a request; probe() proves the API server answers. */
  static open(target: KubeTarget, logger: Logger, opts?: KubeOptions): Kube {
    return new Kube(loadKubeConfig(target), logger, opts);
  }

  /**
   * GET /version with messages a person can act on: unreachable, 401 (credentials) and 403
   * (RBAC) each say so.
   */
  async probe(): Promise<ServerVersion> {
    try {
      return await this.serverVersion();
    } catch (err) {
      const where = `${this.server} (context ${this.config.getCurrentContext()})`;
      if (err instanceof KubeApiError && err.code === 401)
        throw new ConfigurationError(
          `the API server ${where} rejected the credentials (401 Unauthorized): the token or certificate is invalid or expired; refresh the kubeconfig.`,
        );
      if (err instanceof KubeApiError && err.code === 403)
        throw new ConfigurationError(
          `the API server ${where} answered 403 Forbidden to /version: this identity may not even read the server version; check its RBAC.`,
        );
      throw err;
    }
  }

  private call<T>(what: string, fn: () => Promise<T>, onRetriedConflict?: () => Promise<T>): Promise<T> {
    return withRetry(
      this.policy,
      {
        retryable: isRetryable,
        retryAfterSeconds: (err) => (err instanceof KubeApiError ? err.retryAfterSeconds : undefined),
        onRetry: (err, attempt, delay) =>
          this.logger.debug(
            `${what}: ${(err as Error).message}; retry ${attempt}/${this.policy.retries} in ${delay}ms`,
          ),
      },
      async (attempt) => {
        try {
          return await this.answered(what, fn());
        } catch (raw) {
          const err = toKubeError(raw, what, this.server);
          // A create retried after a lost answer may find its own first attempt: that is success.
          if (attempt > 1 && onRetriedConflict && err instanceof KubeApiError && err.code === 409)
            return onRetriedConflict();
          throw err;
        }
      },
    );
  }

  /**
   * `request`, or a retryable ETIMEDOUT when the server keeps it unanswered past the request
   * timeout (a hung API server must not hang the phase; a write answered late is re-read or found
   * done by its retry, as after a lost answer).
   */
  private answered<T>(what: string, request: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ClusterUnreachableError(
              `${what}: no answer from ${this.server} within ${this.requestTimeoutMs / 1000}s (ETIMEDOUT)`,
            ),
          ),
        this.requestTimeoutMs,
      );
      timer.unref();
    });
    request.catch(() => undefined);
    return Promise.race([request, late]).finally(() => clearTimeout(timer));
  }

  /**
   * GET /version, once per client (the answer does not change during a run; a failed attempt is
   * not kept). Throws ClusterUnreachableError when nothing answers.
   */
  serverVersion(): Promise<ServerVersion> {
    if (!this.version) {
      this.version = this.request<ServerVersion>('get /version', 'GET', '/version').then(
        (v) => ({ major: v.major, minor: v.minor, gitVersion: v.gitVersion }),
        (err: unknown) => {
          this.version = undefined;
          throw err;
        },
      );
    }
    return this.version;
  }
  private version: Promise<ServerVersion> | undefined;

  async get<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): Promise<T | undefined> {
    try {
      const obj = await this.call(`get ${kind} ${ref(name, namespace)}`, () =>
        this.objects.read({ apiVersion, kind, metadata: { name, namespace } }),
      );
      return withKind(obj, apiVersion, kind) as T;
    } catch (err) {
      if (err instanceof KubeApiError && err.code === 404) return undefined;
      throw err;
    }
  }

  async list<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    namespace?: string,
    labelSelector?: string,
  ): Promise<T[]> {
    const res = await this.call(`list ${kind}${namespace ? ` in ${namespace}` : ''}`, () =>
      this.objects.list(
        apiVersion,
        kind,
        namespace,
        undefined,
        undefined,
        undefined,
        undefined,
        labelSelector,
      ),
    );
    return (res.items ?? []).map((o) => withKind(o, apiVersion, kind) as T);
  }

  /** LIST with selectors; keeps the collection's resourceVersion for a watch to continue from. */
  async listWithVersion<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    namespace?: string,
    o: ListOptions = {},
  ): Promise<ListResult<T>> {
    const res = await this.call(`list ${kind}${namespace ? ` in ${namespace}` : ''}`, () =>
      this.objects.list(
        apiVersion,
        kind,
        namespace,
        undefined,
        undefined,
        undefined,
        o.fieldSelector,
        o.labelSelector,
      ),
    );
    return {
      items: (res.items ?? []).map((x) => withKind(x, apiVersion, kind) as T),
      resourceVersion: String(res.metadata?.resourceVersion ?? ''),
    };
  }

  /** The URL path of a kind's collection (for watches), e.g. `/api/v1/namespaces/x/pods`. */
  async collectionPath(apiVersion: string, kind: string, namespace?: string): Promise<string> {
    const api = this.objects as unknown as {
      specUriPath(spec: KubernetesObject, action: string): Promise<string>;
    };
    return this.call(`discover ${apiVersion} ${kind}`, () =>
      api.specUriPath({ apiVersion, kind, metadata: { namespace } }, 'list'),
    );
  }

  async create<T extends KubeObject = KubeObject>(obj: KubeObject, dryRun = false): Promise<T> {
    const res = await this.call(
      `create ${obj.kind} ${ref(obj.metadata.name, obj.metadata.namespace)}`,
      () =>
        this.objects.create(obj as KubernetesObject, undefined, dryRun ? 'All' : undefined, FIELD_MANAGER),
      async () =>
        (await this.get(obj.apiVersion, obj.kind, obj.metadata.name, obj.metadata.namespace)) as any,
    );
    return withKind(res, obj.apiVersion, obj.kind) as T;
  }

  /**
   * Patches an object. `body` is the patch document (merge/strategic) or the applied
   * configuration (server-side apply).
   */
  async patch<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    name: string,
    namespace: string | undefined,
    body: Record<string, unknown>,
    type: PatchType = 'merge',
    dryRun = false,
  ): Promise<T> {
    const spec = {
      ...body,
      apiVersion,
      kind,
      metadata: { ...((body.metadata as object) ?? {}), name, namespace },
    };
    const res = await this.call(`patch ${kind} ${ref(name, namespace)}`, () =>
      this.objects.patch(
        spec as KubernetesObject,
        undefined,
        dryRun ? 'All' : undefined,
        FIELD_MANAGER,
        type === 'apply' ? false : undefined,
        PATCH_CONTENT_TYPE[type],
      ),
    );
    return withKind(res, apiVersion, kind) as T;
  }

  /** Deletes an object; false when it was already gone. */
  async delete(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
    dryRun = false,
    /** Delete only the object with this uid (a newer one of the same name is left alone: 409). */
    uid?: string,
  ): Promise<boolean> {
    try {
      await this.call(`delete ${kind} ${ref(name, namespace)}`, () =>
        this.objects.delete(
          { apiVersion, kind, metadata: { name, namespace } },
          undefined,
          dryRun ? 'All' : undefined,
          undefined,
          undefined,
          'Background',
          uid ? { preconditions: { uid } } : undefined,
        ),
      );
      return true;
    } catch (err) {
      if (err instanceof KubeApiError && err.code === 404) return false;
      throw err;
    }
  }

  /**
   * One request to a fixed API path (non-object endpoints: /version, discovery, reviews, status
   * subresources), JSON both ways, with the same retries, timeout and errors as every other call.
   */
  request<T>(
    what: string,
    method: RawMethod,
    path: string,
    body?: unknown,
    query?: Record<string, string>,
  ): Promise<T> {
    return this.call(what, () => this.objects.raw<T>(method, path, body, query));
  }

  /**
   * GET /apis, once per client, as serverVersion: the groups a run's checks look at do not come
   * and go while it runs (a failed attempt is not kept).
   */
  apiGroups(): Promise<ApiGroupList> {
    if (!this.groups) {
      this.groups = this.request<ApiGroupList>('get /apis', 'GET', '/apis');
      this.groups.catch(() => (this.groups = undefined));
    }
    return this.groups;
  }
  private groups: Promise<ApiGroupList> | undefined;

  /** True when the API server serves the group/version (e.g. `snapshot.storage.k8s.io/v1`). */
  async hasApi(groupVersion: string): Promise<boolean> {
    const groups = await this.apiGroups();
    return groups.groups.some((g) => g.versions.some((v) => v.groupVersion === groupVersion));
  }

  /**
   * The answers to the checks, in their order. The namespaced ones are first matched against one
   * SelfSubjectRulesReview per namespace (asked once, all at once, with the cluster-scoped checks);
   * what the listed rules do not grant, what is cluster-scoped, and everything in a namespace whose
   * review is incomplete (a webhook authorizer lists no rules and may deny) or failed is asked with
   * a SelfSubjectAccessReview, the authoritative answer. The rules only ever prove `allowed`.
   */
  async canI(checks: AccessCheck[]): Promise<boolean[]> {
    const reviews = new Map<string, Promise<ResourceRule[] | undefined>>();
    for (const ns of new Set(checks.map((c) => c.namespace).filter((n): n is string => !!n)))
      reviews.set(ns, this.rulesIn(ns));
    return Promise.all(
      checks.map(async (c) => {
        const rules = c.namespace ? await reviews.get(c.namespace) : undefined;
        return rules?.some((r) => ruleGrants(r, c)) || this.accessReview(c);
      }),
    );
  }

  /** The resource rules of a complete SelfSubjectRulesReview of `namespace`; undefined otherwise. */
  private async rulesIn(namespace: string): Promise<ResourceRule[] | undefined> {
    try {
      const res = await this.request<{ status?: { incomplete?: boolean; resourceRules?: ResourceRule[] } }>(
        `create selfsubjectrulesreview in ${namespace}`,
        'POST',
        '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews',
        { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace } },
      );
      return res.status?.incomplete === false ? (res.status.resourceRules ?? []) : undefined;
    } catch (err) {
      if (err instanceof ClusterUnreachableError) throw err;
      // Not served or not allowed: every check of the namespace is asked one by one.
      return undefined;
    }
  }

  /** One SelfSubjectAccessReview: whether the API server allows the request. */
  private async accessReview(c: AccessCheck): Promise<boolean> {
    const res = await this.request<{ status?: { allowed?: boolean } }>(
      `create selfsubjectaccessreview ${c.verb} ${c.resource}`,
      'POST',
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: {
          resourceAttributes: {
            verb: c.verb,
            resource: c.resource,
            group: c.group ?? '',
            namespace: c.namespace,
            subresource: c.subresource,
            name: c.name,
          },
        },
      },
    );
    return res.status?.allowed === true;
  }
}

/** One permission to check with SelfSubjectAccessReview. */
export interface AccessCheck {
  verb: string;
  resource: string;
  group?: string;
  namespace?: string;
  subresource?: string;
  /** One object by name (RBAC resourceNames): least privilege, e.g. `get` on named secrets. */
  name?: string;
}

function ref(name: string, namespace?: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export { plain } from './plain';

export { ClusterUnreachableError };
