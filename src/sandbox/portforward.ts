/**
 * `pods/portforward` over WebSockets, as @kubernetes/client-node's PortForward speaks it: the
 * `v4.channel.k8s.io` subprotocol, per requested port a data channel (2i) and an error channel
 * (2i+1), each opened by a frame carrying the port as two little-endian bytes. Where a pod's port
 * leads is up to the sandbox's owner (`Sandbox.forwardPort` or the `portForward` option): a test
 * points `mongodb-0:27017` at an in-memory MongoDB. SPDY (what kubectl uses) is not served.
 */
import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Faults } from './faults';
import type { RequestEntry, RequestLog } from './request-log';
import type { ResourceRegistry } from './resources';
import { ApiError, badRequest, forbidden, notFound } from './status';
import type { Store } from './store';

/** Where a forwarded pod port leads. */
export interface ForwardTarget {
  host: string;
  port: number;
}

/** Resolves a pod port to a local address; undefined when nothing listens there. */
export type PortForwardResolver = (namespace: string, pod: string, port: number) => ForwardTarget | undefined;

/** What the upgrade handler needs from the sandbox. */
export interface PortForwardState {
  registry: ResourceRegistry;
  store: Store;
  faults: Faults;
  requests: RequestLog;
  /** True when the request may `create pods/portforward` on the pod (the sandbox's authorisation). */
  authorize: (req: IncomingMessage, namespace: string, pod: string) => boolean;
  resolve: PortForwardResolver;
  /** Open forwards, closed on stop. */
  open: Set<() => void>;
  /** Called for every data message a client sends into a tunnel (the benchmarks count them). */
  onClientData?: () => void;
}

/**
 * Sends each frame `latency()` ms after it was given, in order (a round trip through the API
 * server, as `latencyMs` delays every HTTP answer): a request into the pod is answered one latency
 * later. drain() runs `then` once every frame is sent; cancel() drops what is left.
 */
function delayedSender(latency: () => number, send: (frame: Buffer) => void) {
  const queue: Array<{ due: number; frame: Buffer }> = [];
  let timer: NodeJS.Timeout | undefined;
  let drained: (() => void) | undefined;
  const flush = (): void => {
    timer = undefined;
    while (queue.length && queue[0].due <= Date.now()) send(queue.shift()!.frame);
    if (queue.length) timer = setTimeout(flush, queue[0].due - Date.now());
    else drained?.();
  };
  return {
    send(frame: Buffer): void {
      const ms = latency();
      if (ms <= 0 && !queue.length) return send(frame);
      // Never before a frame given earlier, whatever the latency is now.
      queue.push({ due: Math.max(Date.now() + ms, queue[queue.length - 1]?.due ?? 0), frame });
      timer ??= setTimeout(flush, Math.max(0, queue[0].due - Date.now()));
    },
    drain(then: () => void): void {
      if (!queue.length) then();
      else drained = then;
    },
    cancel(): void {
      if (timer) clearTimeout(timer);
      queue.length = 0;
    },
  };
}

const PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/portforward\/?$/;
/** The binary channel protocols, newest first; both frame data the same way. */
const PROTOCOLS = ['v4.channel.k8s.io', 'channel.k8s.io'];

function refuse(socket: Duplex, err: ApiError): void {
  const body = JSON.stringify(err.toStatus());
  const reason = err.code === 404 ? 'Not Found' : err.code === 403 ? 'Forbidden' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${err.code} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function channelFrame(channel: number, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([channel]), data]);
}

function portFrame(channel: number, port: number): Buffer {
  return Buffer.from([channel, port & 0xff, (port >> 8) & 0xff]);
}

/** The kubelet's wording when nothing listens on the pod port. */
function refusedMessage(port: number, uid: string): string {
  return (
    `an error occurred forwarding ${port} -> ${port}: error forwarding port ${port} to pod ${uid}, uid : ` +
    `failed to execute portforward in network namespace "/var/run/netns/cni-sandbox": failed to connect to ` +
    `localhost:${port} inside namespace "sandbox", IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused IPv6 dial tcp6 [::1]:${port}: connect: connection refused `
  );
}

/** Pipes one WebSocket to one TCP connection per requested port. */
function forward(
  state: PortForwardState,
  ws: WebSocket,
  namespace: string,
  pod: string,
  uid: string,
  ports: number[],
): void {
  const conns: (Socket | undefined)[] = [];
  let closed = false;
  const toClient = delayedSender(
    () => state.faults.latencyMs,
    (frame) => {
      if (ws.readyState === ws.OPEN) ws.send(frame);
    },
  );
  const close = (): void => {
    if (closed) return;
    closed = true;
    state.open.delete(close);
    toClient.cancel();
    for (const c of conns) c?.destroy();
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
    const tcp = connect(target.port, target.host);
    conns[i] = tcp;
    tcp.on('data', (data: Buffer) => toClient.send(channelFrame(2 * i, data)));
    tcp.on('error', (e) => {
      if (ws.readyState === ws.OPEN)
        ws.send(channelFrame(2 * i + 1, Buffer.from(`${refusedMessage(port, uid)}(${e.message})`)));
      close();
    });
    // What the pod sent before it closed still reaches the client.
    tcp.on('close', () => toClient.drain(close));
  });
  ws.on('message', (raw: RawData) => {
    const data = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw as Buffer);
    // Only data channels (even) carry bytes for the pod; clients never write error channels.
    if (data.length === 0 || data[0] % 2 !== 0) return;
    state.onClientData?.();
    conns[data[0] / 2]?.write(data.subarray(1));
  });
  ws.on('close', close);
  ws.on('error', close);
}

/** The `upgrade` handler for the sandbox's HTTP server. */
export function createUpgradeHandler(state: PortForwardState) {
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (offered) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
  });
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = (req.method ?? 'GET').toUpperCase();
    const m = PATH.exec(url.pathname);
    const entry: RequestEntry = {
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
    const fail = (err: ApiError): void => {
      entry.status = err.code;
      refuse(socket, err);
    };
    if (!m) return fail(new ApiError(404, 'NotFound', 'the server could not find the requested resource'));
    const [namespace, name] = [entry.namespace!, entry.name!];
    const def = state.registry.byKind('v1', 'Pod')!;
    if (!state.authorize(req, namespace, name)) {
      return fail(forbidden(def, name, 'create', namespace, 'portforward'));
    }
    const pod = state.store.peek(def, namespace, name);
    if (!pod) return fail(notFound(def, name));
    if (!pod.spec?.nodeName) return fail(badRequest(`pod ${name} does not have a host assigned`));
    if (pod.status?.phase !== 'Running') {
      return fail(
        badRequest(
          `unable to upgrade connection: pod ${name} is not running (phase ${pod.status?.phase ?? 'Unknown'})`,
        ),
      );
    }
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((s) => s.trim());
    if (req.headers.upgrade?.toLowerCase() !== 'websocket' || !PROTOCOLS.some((p) => offered.includes(p))) {
      // SPDY/3.1 upgrades (kubectl) and SPDY-over-WebSocket tunnels are not served.
      return fail(
        badRequest(
          `unable to upgrade connection: the sandbox serves port-forward over WebSockets (${PROTOCOLS.join(', ')}) only`,
        ),
      );
    }
    const ports = url.searchParams
      .getAll('ports')
      .flatMap((p) => p.split(','))
      .map((p) => Number(p.trim()));
    if (ports.length === 0 || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
      return fail(badRequest(`invalid port value: "${url.searchParams.get('ports') ?? ''}"`));
    }
    const upgrade = (): void => {
      if (socket.destroyed) return;
      wss.handleUpgrade(req, socket, head, (ws) => {
        entry.status = 101;
        forward(state, ws, namespace, name, String(pod.metadata.uid), ports);
      });
    };
    // The upgrade is an API request like any other: answered one latency later.
    if (state.faults.latencyMs > 0) {
      const cancel = (): void => {
        clearTimeout(timer);
        socket.destroy();
      };
      const timer = setTimeout(() => {
        state.open.delete(cancel);
        upgrade();
      }, state.faults.latencyMs);
      state.open.add(cancel);
    } else upgrade();
  };
}
