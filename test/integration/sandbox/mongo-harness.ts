/**
 * Helpers for the MongoDB sandbox tests: a local port that pipes each connection through
 * @kubernetes/client-node's PortForward (what a k2h run does to reach mongodb-0), and mongosh.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as k8s from '@kubernetes/client-node';

/** A listening local port forwarded to `namespace/pod:port` through the API server. */
export interface LocalForward {
  port: number;
  close(): Promise<void>;
}

/** Forwards a local port to a pod port with client-node's PortForward, one WebSocket per connection. */
export async function forwardLocally(
  kubeconfig: string,
  namespace: string,
  pod: string,
  podPort: number,
): Promise<LocalForward> {
  const kc = new k8s.KubeConfig();
  kc.loadFromString(kubeconfig);
  const forward = new k8s.PortForward(kc);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // mongosh may reset its connection as it exits (ECONNRESET): the end of that socket, not an
    // error of the test. Unhandled, the socket's 'error' failed the test under load.
    socket.on('error', () => socket.destroy());
    forward
      .portForward(namespace, pod, [podPort], socket, null, socket)
      .then((ws) => {
        // client-node does not end the local socket when the WebSocket closes; the caller must.
        const w = typeof ws === 'function' ? ws() : ws;
        w?.on('close', () => socket.destroy());
        w?.on('error', () => socket.destroy());
      })
      .catch(() => socket.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Result of one mongosh run. */
export interface ShellResult {
  code: number;
  stdout: string;
  stderr: string;
}

const MONGOSH = resolve(__dirname, '../../../node_modules/.bin/mongosh');

/** Runs the real mongosh (`--quiet --eval`) against a connection string, with a throw-away HOME. */
export function mongosh(uri: string, script: string): Promise<ShellResult> {
  const home = mkdtempSync(join(tmpdir(), 'k2h-mongosh-'));
  return new Promise((done) => {
    execFile(
      MONGOSH,
      [uri, '--quiet', '--norc', '--eval', script],
      { env: { PATH: process.env.PATH, HOME: home }, timeout: 60000 },
      (err, stdout, stderr) =>
        done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
