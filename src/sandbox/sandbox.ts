/**
 * The Sandbox: an in-memory Kubernetes API server on 127.0.0.1 that the real kubectl and helm
 * binaries, and @kubernetes/client-node, work against.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { writeFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { Api } from './api';
import { isDenied, type DeniedPermission } from './authz';
import { ChangeTracker, type ControllerContext } from './controllers/index';
import { applyDefaults } from './defaults';
import { Faults } from './faults';
import { DEFAULT_IDENTITY, Identities, newToken, type SandboxIdentity } from './identities';
import { clone, type Obj } from './json';
import { recordUpdate } from './patch/apply';
import { createUpgradeHandler, type ForwardTarget, type PortForwardResolver } from './portforward';
import { RequestLog } from './request-log';
import { ResourceRegistry, type ResourceDef } from './resources';
import { createHandler } from './server';
import { Store } from './store';
import { ApiError } from './status';

/** How to start a sandbox. */
export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Delay before every API answer. */
  latencyMs?: number;
  /** Time a new pod takes to become Ready (and so a Deployment Available). Default 0: at once. */
  deploymentReadyDelayMs?: number;
  /** Serve snapshot.storage.k8s.io/v1 VolumeSnapshots. */
  volumeSnapshots?: boolean;
  /** Permissions the sandbox user lacks: SelfSubjectAccessReview says no and requests get 403. */
  deniedPermissions?: DeniedPermission[];
  /**
   * More identities besides the default one (token `sandbox`, the service account
   * `system:serviceaccount:sandbox:k2h`, allowed everything not denied).
   */
  identities?: SandboxIdentity[];
  /**
   * uid of namespace kube-system, which clients take as the cluster's identity. Default: a new
   * one per started sandbox (two sandboxes are two clusters); a seed's kube-system Namespace with
   * a uid pins it too.
   */
  clusterUid?: string;
  /** What /version reports; default 1.23.17. */
  serverVersion?: { major: string; minor: string; gitVersion: string };
  /** Where `pods/portforward` leads for ports not set with `forwardPort` (undefined: nothing listens). */
  portForward?: PortForwardResolver;
}

/** An in-memory Kubernetes API server. */
export class Sandbox {
  /** Every API request served, in order. */
  readonly requests = new RequestLog();
  /** Injected faults; change them at any time. */
  readonly faults = new Faults();
  /** Names of PVs deleted because a Delete-policy PV's claim went away. */
  readonly lostVolumes: string[] = [];
  /** Pods held Running but not Ready (a crash-looping container), by `namespace/name-prefix`. */
  private readonly heldPods = new Set<string>();
  private readonly store = new Store();
  /** What the controllers have yet to see (they reconcile only what changed). */
  private readonly changes = new ChangeTracker(this.store);
  private readonly registry: ResourceRegistry;
  private readonly api: Api;
  private denied: DeniedPermission[];
  private readonly identities: Identities;
  private readonly open = new Set<() => void>();
  private readonly sockets = new Set<Socket>();
  private readonly readyAt = new Map<string, number>();
  private readonly forwards = new Map<string, ForwardTarget>();
  private builtinKinds: Map<string, ResourceDef> | undefined;
  private wakeTimer: NodeJS.Timeout | undefined;
  private wakeDue = Infinity;
  private ips = { cluster: 10, lb: 10 };
  private server: Server | undefined;
  /** Listeners of the added identities, by token. */
  private readonly extraServers = new Map<string, { server: Server; port: number }>();
  private port = 0;
  private stopped = false;
  /** Inside an HTTP write (its controllers wait for the turn's other writes), and whether a run is due. */
  private deferring = 0;
  private reconcileDue = false;
  /** The controllers as the HTTP server drives them (ServerState.controllers). */
  private readonly controllers = {
    defer: <T>(fn: () => T): T => {
      this.deferring++;
      try {
        return fn();
      } finally {
        this.deferring--;
      }
    },
    settle: (): void => {
      if (!this.reconcileDue) return;
      this.reconcileDue = false;
      this.reconcile();
    },
  };

  private constructor(private readonly options: SandboxOptions) {
    this.registry = new ResourceRegistry({ volumeSnapshots: options.volumeSnapshots });
    this.api = new Api(this.store, this.registry, () =>
      this.deferring ? this.reconcileSoon() : this.reconcile(),
    );
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
  static async start(opts: SandboxOptions = {}): Promise<Sandbox> {
    const sandbox = new Sandbox(opts);
    await sandbox.listen(opts.port ?? 0);
    for (const identity of opts.identities ?? []) await sandbox.listen(0, identity);
    return sandbox;
  }

  /** `http://127.0.0.1:PORT`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * A kubeconfig for this sandbox (context `sandbox` unless named otherwise). The cluster sets
   * `insecure-skip-tls-verify`, without which @kubernetes/client-node refuses plain http.
   */
  kubeconfig(contextName = 'sandbox', identity: SandboxIdentity = DEFAULT_IDENTITY): string {
    return yaml.dump({
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
  async writeKubeconfig(file: string, contextName?: string, identity?: SandboxIdentity): Promise<void> {
    await writeFile(file, this.kubeconfig(contextName, identity), { mode: 0o600 });
  }

  /**
   * Adds an identity (a random token when none is given) with a listener of its own; its
   * kubeconfig is `kubeconfig(name, identity)`. `authorization: 'rbac'` makes the stored RBAC
   * objects decide what it may do.
   */
  async addIdentity(identity: Omit<SandboxIdentity, 'token'> & { token?: string }): Promise<SandboxIdentity> {
    const added = this.identities.add({ ...identity, token: identity.token ?? newToken() });
    await this.listen(0, added);
    return added;
  }

  /** The URL an identity's clients use (`url` for the default one). */
  urlOf(identity: SandboxIdentity = DEFAULT_IDENTITY): string {
    const extra = this.extraServers.get(identity.token);
    return extra ? `http://127.0.0.1:${extra.port}` : this.url;
  }

  /**
   * Seeds plain Kubernetes objects as if they had been there all along: metadata is filled in,
   * status kept when given, namespaces created on demand, and the controllers reconcile them
   * (PV/PVC binding, Deployments → ReplicaSets → Pods, LoadBalancer IPs). `List` objects are
   * unpacked. Existing objects are replaced.
   */
  load(objects: object[]): void {
    const flat: Obj[] = [];
    const unpack = (o: Obj): void => {
      if (o && typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items))
        o.items.forEach(unpack);
      else if (o) flat.push(o);
    };
    (objects as Obj[]).forEach(unpack);
    const nsDef = this.def('v1', 'Namespace');
    const order = (o: Obj): number =>
      o.kind === 'Namespace' ? 0 : o.kind === 'StorageClass' ? 1 : o.kind === 'PersistentVolume' ? 2 : 3;
    for (const input of [...flat].sort((a, b) => order(a) - order(b))) {
      // A custom resource is served once its CRD (loaded first) has been reconciled.
      if (!this.registry.byKind(String(input.apiVersion), String(input.kind))) this.reconcile();
      const def = this.def(String(input.apiVersion), String(input.kind));
      const obj = clone(input);
      obj.metadata ??= {};
      const meta = obj.metadata;
      // managedFields stay: a capture's owners decide server-side apply conflicts as on the cluster.
      for (const k of ['resourceVersion', 'selfLink']) delete meta[k];
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
      if (
        !meta.managedFields?.length &&
        meta.annotations?.['kubectl.kubernetes.io/last-applied-configuration']
      ) {
        meta.managedFields = recordUpdate(undefined, obj, 'kubectl-client-side-apply');
      }
      const existing = this.store.peek(def, meta.namespace, meta.name);
      // Re-seeding kube-system keeps the cluster's identity unless the seed pins another uid.
      if (existing && def.kind === 'Namespace' && meta.name === 'kube-system' && !meta.uid)
        meta.uid = existing.metadata.uid;
      if (existing) this.store.remove(def, existing);
      this.store.create(def, obj);
    }
    this.reconcile(true);
  }

  /** One object, deep-copied, or undefined. */
  get(apiVersion: string, kind: string, name: string, namespace?: string): any | undefined {
    this.controllers.settle();
    const def = this.def(apiVersion, kind);
    const obj = this.store.peek(def, def.namespaced ? (namespace ?? 'default') : undefined, name);
    return obj ? clone(obj) : undefined;
  }

  /** Objects of a kind, deep-copied; all namespaces unless one is given. */
  list(apiVersion: string, kind: string, namespace?: string): any[] {
    this.controllers.settle();
    return this.store.peekAll(this.def(apiVersion, kind), namespace).map(clone);
  }

  /**
   * Every stored object (deep copies, CRDs first): `load()` it into another sandbox to start from
   * the same state, e.g. once per crash point of a test that reached it the long way.
   */
  snapshot(): object[] {
    this.controllers.settle();
    const defs = [...this.registry.defs].sort(
      (a, b) => Number(b.kind === 'CustomResourceDefinition') - Number(a.kind === 'CustomResourceDefinition'),
    );
    const seen = new Set<string>();
    const out: object[] = [];
    for (const def of defs) {
      const key = `${def.group}/${def.plural}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const o of this.store.peekAll(def)) out.push(clone(o));
    }
    return out;
  }

  /** The denied permissions now in force (a copy). */
  deniedPermissions(): DeniedPermission[] {
    return [...this.denied];
  }

  /**
   * Makes `pods/portforward` to `namespace/pod:port` lead to `target` (e.g. an in-memory MongoDB).
   * The pod must exist and run when a client connects; the sandbox does not check who listens.
   */
  forwardPort(namespace: string, pod: string, port: number, target: ForwardTarget): void {
    this.forwards.set(`${namespace}/${pod}:${port}`, { ...target });
  }

  /**
   * Keeps the pods of `namespace` whose name starts with `namePrefix` (e.g. a Deployment's name
   * and a dash) Running but never Ready, as a crash-looping container does; `release` lets them go.
   */
  holdPodsUnready(namespace: string, namePrefix: string): { release(): void } {
    const key = `${namespace}/${namePrefix}`;
    this.heldPods.add(key);
    // Pods already Ready become unready at the next reconcile, whatever it was asked for.
    this.changes.markAll();
    return {
      release: () => {
        this.heldPods.delete(key);
        this.reconcile(true);
      },
    };
  }

  /**
   * Calls `listener` for every data message a client sends into a port-forward (each is a request
   * to the pod, answered one `latencyMs` later); returns a function that removes it.
   */
  onTunnelData(listener: () => void): () => void {
    this.tunnelListeners.add(listener);
    return () => this.tunnelListeners.delete(listener);
  }
  private readonly tunnelListeners = new Set<() => void>();

  /** Replaces the denied permissions. */
  setDeniedPermissions(list: DeniedPermission[]): void {
    this.denied = [...list];
  }

  /** Closes watches and connections and stops listening. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    for (const close of [...this.open]) close();
    for (const s of this.sockets) s.destroy();
    const servers = [this.server, ...[...this.extraServers.values()].map((x) => x.server)];
    await Promise.all(
      servers.map((srv) => new Promise<void>((resolve) => (srv ? srv.close(() => resolve()) : resolve()))),
    );
  }

  private def(apiVersion: string, kind: string): ResourceDef {
    const def = this.registry.byKind(apiVersion, kind);
    if (!def) throw new ApiError(404, 'NotFound', `sandbox: no resource for ${apiVersion} ${kind}`);
    return def;
  }

  /**
   * Listens on `port`. `identity`: a listener of its own for that identity — kubectl sends no
   * credentials over plain http (client-go keeps auth info for TLS only), so a second user is told
   * apart by the address its kubeconfig points at; a bearer token, when sent, still decides.
   */
  private async listen(port: number, identity?: SandboxIdentity): Promise<number> {
    const server = createServer(
      createHandler(
        {
          registry: this.registry,
          store: this.store,
          api: this.api,
          faults: this.faults,
          requests: this.requests,
          denied: () => this.denied,
          identities: this.identities,
          serverVersion: this.options.serverVersion ?? { major: '1', minor: '23', gitVersion: 'v1.23.17' },
          open: this.open,
          controllers: this.controllers,
        },
        identity,
      ),
    );
    server.keepAliveTimeout = 30000;
    server.on(
      'upgrade',
      createUpgradeHandler({
        registry: this.registry,
        store: this.store,
        faults: this.faults,
        requests: this.requests,
        onClientData: () => {
          for (const f of this.tunnelListeners) f();
        },
        authorize: (_req, namespace) =>
          !isDenied(this.denied, {
            verb: 'create',
            resource: 'pods',
            group: '',
            namespace,
            subresource: 'portforward',
          }),
        resolve: (namespace, pod, port) =>
          this.forwards.get(`${namespace}/${pod}:${port}`) ??
          this.options.portForward?.(namespace, pod, port),
        open: this.open,
      }),
    );
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const bound = (server.address() as AddressInfo).port;
    if (identity) this.extraServers.set(identity.token, { server, port: bound });
    else {
      this.server = server;
      this.port = bound;
    }
    return bound;
  }

  /** Runs the controllers over what changed; `full`: over everything (time or outside state moved). */
  private reconcile(full = false): void {
    if (full) this.changes.markAll();
    // Built-in kinds only: a custom resource may reuse a built-in kind name in its own group.
    // (The built-in definitions never change: computed once.)
    const kinds = (this.builtinKinds ??= new Map(
      this.registry.defs.filter((d) => !d.custom).map((d) => [d.kind, d]),
    ));
    const ctx: ControllerContext = {
      store: this.store,
      api: this.api,
      def: (kind) => kinds.get(kind)!,
      readyDelayMs: this.options.deploymentReadyDelayMs ?? 0,
      wakeAt: (ms) => this.wakeAt(ms),
      lostVolumes: this.lostVolumes,
      readyAt: this.readyAt,
      heldUnready: (ns, name) => [...this.heldPods].some((k) => `${ns}/${name}`.startsWith(k)),
      nextIp: (k) =>
        k === 'cluster' ? `10.96.0.${this.ips.cluster++ % 250}` : `203.0.113.${this.ips.lb++ % 250}`,
    };
    this.changes.reconcile(ctx, this.registry);
  }

  /** The controllers run once the writes of this event-loop turn are answered (or a read comes first). */
  private reconcileSoon(): void {
    if (this.reconcileDue) return;
    this.reconcileDue = true;
    setImmediate(() => {
      if (this.stopped) return;
      try {
        this.controllers.settle();
      } catch (e) {
        // No caller to throw to; say it rather than take the process down.
        console.error('sandbox: reconcile failed', e);
      }
    });
  }

  private wakeAt(ms: number): void {
    const due = Date.now() + ms;
    if (this.stopped || due >= this.wakeDue) return;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeDue = due;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = undefined;
      this.wakeDue = Infinity;
      try {
        this.reconcile(true);
      } catch (e) {
        // A timer has no caller to throw to; say it rather than take the process down.
        console.error('sandbox: reconcile failed', e);
      }
    }, ms + 1);
    this.wakeTimer.unref();
  }
}
