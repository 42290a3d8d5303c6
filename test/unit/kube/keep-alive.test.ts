/**
 * client-node builds a new agent, without keep-alive, for every request; k2h's client swaps it for
 * one keep-alive agent, so a phase's requests share connections instead of opening one (a TCP and
 * TLS handshake against a real API server) each.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { MemoryLogger } from '../../support/memory-logger';

let server: Server;
let connections = 0;
let requests = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/version') res.end(JSON.stringify({ major: '1', minor: '30', gitVersion: 'v1.30.0' }));
    else if (req.url?.split('?')[0] === '/api/v1/namespaces/default/configmaps')
      res.end(
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'ConfigMapList',
          metadata: { resourceVersion: '7' },
          items: [],
        }),
      );
    else {
      res.statusCode = 404;
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'NotFound',
          code: 404,
        }),
      );
    }
  });
  server.on('connection', () => connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const kubeconfig = () => {
  const { port } = server.address() as AddressInfo;
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters: [{name: c, cluster: {server: "http://127.0.0.1:' +
      port +
      '", insecure-skip-tls-verify: true}}]',
    'users: [{name: u, user: {token: t0ken-for-the-test}}]',
    'contexts: [{name: x, context: {cluster: c, user: u, namespace: default}}]',
    'current-context: x',
  ].join('\n');
};

test('sequential and concurrent requests reuse connections', async () => {
  const kube = new Kube(loadKubeConfig({ kubeconfig: kubeconfig() }), new MemoryLogger());
  connections = 0;
  requests = 0;
  await kube.serverVersion();
  for (let i = 0; i < 5; i++) await kube.list('v1', 'ConfigMap', 'default');
  // Five at once need up to five connections; the ones already open are used first.
  await Promise.all(Array.from({ length: 5 }, () => kube.list('v1', 'ConfigMap', 'default')));
  for (let i = 0; i < 5; i++)
    expect(await kube.get('v1', 'ConfigMap', `missing-${i}`, 'default')).toBeUndefined();
  expect(requests).toBe(16);
  expect(connections).toBeLessThanOrEqual(5);
});
