import nock from 'nock';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { KubeApiError } from '../../../src/kube/errors';
import { backoffDelay, DEFAULT_RETRY, withRetry } from '../../../src/kube/retry';
import { ClusterUnreachableError } from '../../../src/core/errors';
import { MemoryLogger } from '../../support/memory-logger';

const SERVER = 'http://k8s.retry.test';
const kubeconfig = `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: '${SERVER}', insecure-skip-tls-verify: true } }]
users: [{ name: u, user: { token: abc } }]
contexts: [{ name: x, context: { cluster: c, user: u } }]
current-context: x
`;
const kube = (o: ConstructorParameters<typeof Kube>[2] = {}) =>
  new Kube(loadKubeConfig({ kubeconfig }), new MemoryLogger(), { retryDelayMs: 1, ...o });
const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'ns' } });
const status = (code: number, reason: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  code,
  reason,
  message: reason,
});
const PATH = '/api/v1/namespaces/ns/configmaps';
const netError = (code: string, message: string) => Object.assign(new Error(message), { code });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
// nock patches the http module every later test file in this worker shares: undone here.
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe('Kube retries (against nock)', () => {
  test('503 then 200: the GET is retried and succeeds', async () => {
    const scope = nock(SERVER)
      .get(`${PATH}/a`)
      .reply(503, status(503, 'ServiceUnavailable'))
      .get(`${PATH}/a`)
      .reply(200, cm('a'));
    expect((await kube().get('v1', 'ConfigMap', 'a', 'ns'))?.metadata.name).toBe('a');
    expect(scope.isDone()).toBe(true);
  });

  test('429 with Retry-After: the next attempt waits at least that long', async () => {
    const times: number[] = [];
    nock(SERVER)
      .get(`${PATH}/a`)
      .reply(() => {
        times.push(Date.now());
        return [429, status(429, 'TooManyRequests'), { 'Retry-After': '1' }];
      })
      .get(`${PATH}/a`)
      .reply(() => {
        times.push(Date.now());
        return [200, cm('a')];
      });
    await kube().get('v1', 'ConfigMap', 'a', 'ns');
    expect(times).toHaveLength(2);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
  });

  test('a reset connection is retried', async () => {
    const scope = nock(SERVER)
      .get(`${PATH}/a`)
      .replyWithError(netError('ECONNRESET', 'socket hang up'))
      .get(`${PATH}/a`)
      .reply(200, cm('a'));
    expect((await kube().get('v1', 'ConfigMap', 'a', 'ns'))?.metadata.name).toBe('a');
    expect(scope.isDone()).toBe(true);
  });

  test('an error the server means (422 Invalid) is not retried', async () => {
    const scope = nock(SERVER).patch(`${PATH}/a`).query(true).reply(422, status(422, 'Invalid'));
    await expect(kube().patch('v1', 'ConfigMap', 'a', 'ns', { data: { x: '1' } })).rejects.toMatchObject({
      code: 422,
    });
    expect(scope.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('attempts are bounded: after the retries the last error is thrown', async () => {
    const scope = nock(SERVER).get(`${PATH}/a`).times(3).reply(500, status(500, 'InternalError'));
    await expect(kube({ retries: 2 }).get('v1', 'ConfigMap', 'a', 'ns')).rejects.toBeInstanceOf(KubeApiError);
    expect(scope.isDone()).toBe(true);
  });

  test('the total deadline ends the retries even with attempts left', async () => {
    nock(SERVER).get(`${PATH}/a`).reply(503, status(503, 'ServiceUnavailable'), { 'Retry-After': '30' });
    const started = Date.now();
    await expect(
      kube({ retries: 10, retryDeadlineMs: 2_000 }).get('v1', 'ConfigMap', 'a', 'ns'),
    ).rejects.toMatchObject({ code: 503 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('a create retried after a lost answer that meets 409 AlreadyExists re-reads: its first attempt succeeded', async () => {
    const scope = nock(SERVER)
      .post(PATH)
      .query(true)
      .replyWithError(netError('ECONNRESET', 'socket hang up'))
      .post(PATH)
      .query(true)
      .reply(409, status(409, 'AlreadyExists'))
      .get(`${PATH}/a`)
      .reply(200, { ...cm('a'), data: { made: 'first attempt' } });
    const made = await kube().create({ ...cm('a'), data: { made: 'first attempt' } });
    expect(made.data).toEqual({ made: 'first attempt' });
    expect(scope.isDone()).toBe(true);
  });

  test('a first-attempt 409 is a real conflict, not retried nor re-read', async () => {
    const scope = nock(SERVER).post(PATH).query(true).reply(409, status(409, 'AlreadyExists'));
    await expect(kube().create(cm('a'))).rejects.toMatchObject({ code: 409 });
    expect(scope.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('retries 0: one attempt only; an unreachable server is a ClusterUnreachableError', async () => {
    nock(SERVER).get(`${PATH}/a`).replyWithError(netError('ECONNREFUSED', 'connect ECONNREFUSED'));
    await expect(kube({ retries: 0 }).get('v1', 'ConfigMap', 'a', 'ns')).rejects.toBeInstanceOf(
      ClusterUnreachableError,
    );
  });
});

describe('withRetry / backoffDelay', () => {
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000, retries: 5, deadlineMs: 10_000 };

  test('full jitter under a doubling ceiling, capped; Retry-After is a floor', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(policy, a, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect(backoffDelay(policy, 1, () => 0)).toBe(0);
    expect(backoffDelay(policy, 1, () => 0.5, 3)).toBe(3000);
  });

  test('waits between attempts and stops at the deadline with the last error', async () => {
    let clock = 0;
    const waits: number[] = [];
    const attempts: number[] = [];
    await expect(
      withRetry(
        { ...policy, deadlineMs: 1_000 },
        {
          retryable: () => true,
          random: () => 0.999999,
          now: () => clock,
          sleep: async (ms) => {
            waits.push(ms);
            clock += ms;
          },
        },
        async (n) => {
          attempts.push(n);
          throw new Error(`attempt ${n}`);
        },
      ),
    ).rejects.toThrow('attempt 4');
    // 100 + 200 + 400 = 700 ms; the next 800 would pass the 1 s deadline.
    expect(waits).toEqual([100, 200, 400]);
    expect(attempts).toEqual([1, 2, 3, 4]);
  });

  test('an abort ends the wait', async () => {
    const ac = new AbortController();
    const p = withRetry(
      { ...policy, baseDelayMs: 10_000, maxDelayMs: 10_000, deadlineMs: 60_000 },
      { retryable: () => true, random: () => 1 - 1e-9, signal: ac.signal },
      async () => {
        throw new Error('busy');
      },
    );
    setTimeout(() => ac.abort(new Error('SIGTERM')), 20);
    await expect(p).rejects.toThrow('SIGTERM');
  });
});
