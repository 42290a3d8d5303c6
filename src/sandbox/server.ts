/**
 * The HTTP front: parses a request, applies faults, authorisation and logging, dispatches to the
 * API verbs and writes the answer (JSON, Table, watch stream or Status).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import yaml from 'js-yaml';
import { patchTypeOf, type Api } from './api';
import {
  isAllowed,
  reviewAccess,
  reviewRules,
  reviewSelf,
  type AuthzContext,
  type DeniedPermission,
} from './authz';
import type { Identities, SandboxIdentity } from './identities';
import { coreVersions, group, groupList, resourceList } from './discovery';
import type { Faults } from './faults';
import { openapiGroupVersion, openapiRoot } from './openapi';
import { OPENAPI_V2_PROTOBUF, openapiV2Json, openapiV2Protobuf } from './openapi-v2';
import { decodeProtobuf } from './protobuf';
import type { RequestEntry, RequestLog, Verb } from './request-log';
import { verbsOf, type ResourceRegistry } from './resources';
import { parseResourcePath, type ResourceRoute } from './routes';
import { ApiError, badRequest, forbidden, methodNotAllowed } from './status';
import { toJson } from './json';
import type { Store } from './store';
import { toTable } from './table';
import { serveWatch } from './watch';

/** What the HTTP layer needs from the sandbox. */
export interface ServerState {
  registry: ResourceRegistry;
  store: Store;
  api: Api;
  faults: Faults;
  requests: RequestLog;
  denied: () => DeniedPermission[];
  /** Bearer tokens → users and groups. */
  identities: Identities;
  serverVersion: { major: string; minor: string; gitVersion: string };
  /** Open watch streams and held (timed-out) requests, closed on stop. */
  open: Set<() => void>;
  /**
   * The controllers, as a controller-manager beside the API server: a write is answered as
   * stored, and the controllers react to the writes of one event-loop turn together, right after
   * them (defer); every read first lets them finish (settle), so what a client reads after an
   * answer includes their effects, as before.
   */
  controllers?: { defer<T>(fn: () => T): T; settle(): void };
}

const MUTATING = new Set<Verb>(['create', 'update', 'patch', 'delete', 'deletecollection']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Writes a JSON answer. `toJson` reuses the cached text of stored objects (answers, List items);
 * documents with none in them (discovery, OpenAPI) go straight to JSON.stringify.
 */
function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
  headers: Record<string, string> = {},
  serialize: (v: unknown) => string = JSON.stringify,
): void {
  const text = serialize(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function verbOf(method: string, route: ResourceRoute, query: URLSearchParams): Verb | undefined {
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
function decodeBody(contentType: string, body: Buffer): any {
  if (body.length === 0) return undefined;
  const type = contentType.split(';')[0].trim();
  if (type === 'application/vnd.kubernetes.protobuf') return decodeProtobuf(body);
  const text = body.toString('utf8');
  try {
    if (type.endsWith('yaml')) return yaml.load(text);
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`the request body could not be decoded: ${(e as Error).message}`);
  }
}

function wantsTable(req: IncomingMessage): boolean {
  return /as=Table/.test(req.headers.accept ?? '');
}

/** Handles non-resource paths; returns false when the path is not one of them. */
function serveNonResource(state: ServerState, pathname: string, res: ServerResponse, accept = ''): boolean {
  const { registry } = state;
  if (pathname === '/openapi/v2') {
    // client-go asks for protobuf (helm's validation of a `kind: List`); JSON otherwise.
    if (accept.includes('protobuf')) {
      const body = openapiV2Protobuf(registry, state.serverVersion.gitVersion);
      res.writeHead(200, { 'Content-Type': OPENAPI_V2_PROTOBUF, 'Content-Length': body.length });
      res.end(body);
    } else sendJson(res, 200, openapiV2Json(registry, state.serverVersion.gitVersion));
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
    if (!doc) return false;
    sendJson(res, 200, doc);
    return true;
  }
  const segs = pathname.split('/').filter(Boolean);
  if (segs[0] === 'api' && segs.length === 2) {
    const list = resourceList(registry, '', segs[1]);
    if (!list) return false;
    sendJson(res, 200, list);
    return true;
  }
  if (segs[0] === 'apis' && segs.length === 2) {
    const g = group(registry, segs[1]);
    if (!g) return false;
    sendJson(res, 200, g);
    return true;
  }
  if (segs[0] === 'apis' && segs.length === 3) {
    const list = resourceList(registry, segs[1], segs[2]);
    if (!list) return false;
    sendJson(res, 200, list);
    return true;
  }
  return false;
}

/** Connections that have carried a request (the first one on a connection pays its set-up). */
const seenSockets = new WeakSet<object>();

/** The request handler for `http.createServer`. */
export function createHandler(state: ServerState, listenerIdentity?: SandboxIdentity) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const query = url.searchParams;
    const method = (req.method ?? 'GET').toUpperCase();
    const route = parseResourcePath(state.registry, url.pathname);
    const verb = route ? verbOf(method, route, query) : undefined;
    const dryRun = query.getAll('dryRun').includes('All');
    const entry: RequestEntry = {
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
      ...(seenSockets.has(req.socket) ? {} : { newConnection: true }),
    };
    seenSockets.add(req.socket);
    state.requests.add(entry);
    const reply = (code: number, body: unknown, headers: Record<string, string> = {}): void => {
      entry.status = code;
      entry.doneAt = Date.now();
      sendJson(res, code, body, headers, toJson);
    };
    try {
      if (state.faults.dead) {
        entry.status = 0;
        req.socket.destroy();
        return;
      }
      const body = await readBody(req);
      const wait = state.faults.latencyMs + (entry.newConnection ? state.faults.connectLatencyMs : 0);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (route) {
        const rule = state.faults.pick(verb, entry.resource);
        if (rule) {
          if (rule.status === 'timeout') {
            entry.status = -1;
            // Held until the client gives up or the sandbox stops.
            const release = (): void => void req.socket.destroy();
            state.open.add(release);
            const timer = rule.holdMs !== undefined ? setTimeout(release, rule.holdMs) : undefined;
            res.on('close', () => {
              state.open.delete(release);
              if (timer) clearTimeout(timer);
            });
            return;
          }
          const reason =
            rule.status === 429
              ? 'TooManyRequests'
              : rule.status === 503
                ? 'ServiceUnavailable'
                : 'InternalError';
          const headers: Record<string, string> =
            rule.retryAfterSeconds !== undefined ? { 'Retry-After': String(rule.retryAfterSeconds) } : {};
          const err = new ApiError(
            rule.status,
            reason,
            `sandbox: injected ${rule.status}`,
            rule.retryAfterSeconds !== undefined ? { retryAfterSeconds: rule.retryAfterSeconds } : undefined,
            headers,
          );
          throw err;
        }
      }
      const identity = state.identities.authenticate(req.headers.authorization, listenerIdentity);
      if (!identity) throw new ApiError(401, 'Unauthorized', 'Unauthorized');
      entry.user = identity.username;
      if (!route) {
        if (method === 'GET' && serveNonResource(state, url.pathname, res, req.headers.accept)) {
          entry.status = 200;
          entry.doneAt = Date.now();
          return;
        }
        throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
      }
      if (!verb) throw methodNotAllowed();
      const { def } = route;
      const authVerb = verb;
      const authz = authzContext(state, identity);
      if (
        !isAllowed(authz, {
          verb: authVerb,
          resource: def.plural,
          group: def.group,
          namespace: route.namespace,
          subresource: route.subresource,
          name: route.name,
        })
      ) {
        throw forbidden(def, route.name, authVerb, route.namespace, route.subresource, identity.username);
      }
      const result = await dispatch(state, route, verb, req, res, query, body, dryRun, entry, authz);
      if (result === undefined) return; // streamed
      reply(result.code, result.body);
      if (entry.mutating && !entry.dryRun && result.code < 400) state.faults.countMutation();
    } catch (e) {
      const err =
        e instanceof ApiError
          ? e
          : new ApiError(500, 'InternalError', `sandbox: ${(e as Error).stack ?? String(e)}`);
      if (res.headersSent) {
        res.end();
        return;
      }
      reply(err.code, err.toStatus(), err.headers);
    }
  };
}

/** The authorisation inputs of one request. */
function authzContext(state: ServerState, identity: SandboxIdentity): AuthzContext {
  return {
    identity,
    denied: state.denied(),
    rbac: {
      store: state.store,
      def: (kind) => state.registry.byKind('rbac.authorization.k8s.io/v1', kind),
    },
  };
}

/** The API with each write wrapped in `controllers.defer`. */
function deferred(api: Api, controllers: NonNullable<ServerState['controllers']>): Api {
  return new Proxy(api, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      return typeof v === 'function'
        ? (...args: unknown[]) =>
            controllers.defer(() => (v as (...a: unknown[]) => unknown).apply(target, args))
        : v;
    },
  });
}

async function dispatch(
  state: ServerState,
  route: ResourceRoute,
  verb: Verb,
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
  raw: Buffer,
  dryRun: boolean,
  entry: RequestEntry,
  authz: AuthzContext,
): Promise<{ code: number; body: unknown } | undefined> {
  const { store } = state;
  const { def, namespace, name, subresource } = route;
  if (!verbsOf(def).includes(verb)) throw methodNotAllowed();
  const mutating = MUTATING.has(verb);
  if (!mutating) state.controllers?.settle();
  // A write's controllers run after the writes of this turn (see ServerState.controllers).
  const api: Api = mutating && state.controllers ? deferred(state.api, state.controllers) : state.api;
  if (subresource && !(def.subresources ?? []).includes(subresource as 'status' | 'scale')) {
    throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
  }
  const contentType = req.headers['content-type'] ?? 'application/json';
  const fieldManager = query.get('fieldManager') ?? (req.headers['user-agent'] ?? 'unknown').split('/')[0];
  const opts = { dryRun, fieldManager, subresource };
  switch (verb) {
    case 'get': {
      const obj = api.get(def, namespace, name!, subresource);
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
      if (def.kind === 'SelfSubjectAccessReview') return { code: 201, body: reviewAccess(authz, body ?? {}) };
      if (def.kind === 'SelfSubjectRulesReview') return { code: 201, body: reviewRules(authz, body ?? {}) };
      if (def.kind === 'SelfSubjectReview')
        return { code: 201, body: reviewSelf(authz.identity, `${def.group}/${def.version}`) };
      return { code: 201, body: api.create(def, namespace, body, opts) };
    }
    case 'update':
      return { code: 200, body: api.update(def, namespace, name!, decodeBody(contentType, raw), opts) };
    case 'patch': {
      const type = patchTypeOf(contentType);
      const body = decodeBody(contentType, raw);
      const existed = !!store.peek(def, namespace, name!);
      const force = query.get('force') === 'true';
      const out = api.patch(def, namespace, name!, type, body, { ...opts, force });
      return { code: existed ? 200 : 201, body: out };
    }
    case 'delete': {
      const options = decodeBody(contentType, raw) ?? {};
      const propagationPolicy = query.get('propagationPolicy') ?? options.propagationPolicy;
      const all = dryRun || (Array.isArray(options.dryRun) && options.dryRun.includes('All'));
      entry.dryRun = all;
      return { code: 200, body: api.delete(def, namespace, name!, { ...options, propagationPolicy }, all) };
    }
    case 'deletecollection': {
      const options = decodeBody(contentType, raw) ?? {};
      return {
        code: 200,
        body: api.deleteCollection(
          def,
          namespace,
          query.get('labelSelector'),
          query.get('fieldSelector'),
          options,
          dryRun,
        ),
      };
    }
  }
}
