/**
 * A local TCP port that reaches a pod's port through the Kubernetes API (pods/portforward over
 * WebSocket, as `kubectl port-forward` does), so k2h can talk to MongoDB from outside the cluster
 * with nothing but a kubeconfig.
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import type { KubeConfig } from '@kubernetes/client-node';
import { PortForward } from '@kubernetes/client-node/dist/portforward.js';
import type { Logger } from '../core/logger';

/** A listening local forward; close() stops it and every piped connection. */
export interface PortForwardHandle {
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (an ephemeral port) and pipes every accepted socket through one
 * PortForward WebSocket of its own to `namespace/pod:targetPort`. One WebSocket per TCP
 * connection keeps the driver's connection pool and the forward's lifetimes aligned.
 */
export async function forwardPort(
  config: KubeConfig,
  target: { namespace: string; pod: string; port: number },
  logger: Logger,
): Promise<PortForwardHandle> {
  const forward = new PortForward(config, true);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const errors: Buffer[] = [];
    const errStream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        errors.push(chunk);
        cb();
      },
    });
    forward
      .portForward(target.namespace, target.pod, [target.port], socket, errStream, socket)
      .then((ws) => {
        const w = typeof ws === 'function' ? ws() : ws;
        if (!w) {
          socket.destroy();
          return;
        }
        w.on('close', () => {
          if (Buffer.concat(errors).toString('utf8').trim())
            logger.debug(
              `port-forward ${target.namespace}/${target.pod}:${target.port}: ${Buffer.concat(errors).toString('utf8').slice(0, 300)}`,
            );
          socket.end();
        });
        w.on('error', () => socket.destroy());
        socket.on('close', () => w.close());
      })
      .catch((err: unknown) => {
        logger.debug(
          `port-forward ${target.namespace}/${target.pod}:${target.port} failed: ${(err as Error)?.message ?? err}`,
        );
        socket.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
