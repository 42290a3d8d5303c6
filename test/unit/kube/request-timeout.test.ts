/**
 * A hung API server (the request is accepted and never answered) must not hang a phase: each
 * request has a timeout, after which it counts as a dropped connection and is retried.
 */
import { ClusterUnreachableError } from '../../../src/core/errors';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { Sandbox } from '../../../src/sandbox';
import { MemoryLogger } from '../../support/memory-logger';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await Sandbox.start();
});
afterAll(() => sandbox.stop());
afterEach(() => {
  sandbox.faults.errorRules = [];
  sandbox.requests.clear();
});

const client = (o: ConstructorParameters<typeof Kube>[2]) =>
  new Kube(loadKubeConfig({ kubeconfig: sandbox.kubeconfig() }), new MemoryLogger(), {
    retryDelayMs: 1,
    requestTimeoutMs: 300,
    ...o,
  });

describe('request timeout', () => {
  test('an unanswered request is retried, and the retry succeeds', async () => {
    // The first GET of the namespace is held forever (no holdMs): only the client can end it.
    sandbox.faults.errorRules = [
      { verb: 'get', resource: 'namespaces', rate: 1, status: 'timeout', times: 1 },
    ];
    const ns = await client({ retries: 2 }).get('v1', 'Namespace', 'default');
    expect(ns?.metadata.name).toBe('default');
    const gets = sandbox.requests.entries.filter((e) => e.path === '/api/v1/namespaces/default');
    expect(gets.map((e) => e.status)).toEqual([-1, 200]);
  });

  test('a server that never answers ends in a clear error, not a hang', async () => {
    sandbox.faults.errorRules = [{ verb: 'get', resource: 'namespaces', rate: 1, status: 'timeout' }];
    const err = await client({ retries: 1 })
      .get('v1', 'Namespace', 'default')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClusterUnreachableError);
    expect((err as Error).message).toMatch(
      /get Namespace default: no answer from http:\/\/127\.0\.0\.1:\d+ within 0\.3s/,
    );
    // Both attempts were sent and left unanswered: the client gave up, the server never did.
    expect(
      sandbox.requests.entries.filter((e) => e.path === '/api/v1/namespaces/default').map((e) => e.status),
    ).toEqual([-1, -1]);
  });
});
