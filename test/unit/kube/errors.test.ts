import nock from 'nock';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { KubeApiError, toKubeError } from '../../../src/kube/errors';
import { ClusterUnreachableError, ConfigurationError } from '../../../src/core/errors';
import { MemoryLogger } from '../../support/memory-logger';

// The translation of what the API server answers into messages a person can act on.
const SERVER = 'http://k8s.errors.test';
const kubeconfig = `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: '${SERVER}', insecure-skip-tls-verify: true } }]
users: [{ name: u, user: { token: abc } }]
contexts: [{ name: x, context: { cluster: c, user: u } }]
current-context: x
`;
const kube = () =>
  new Kube(loadKubeConfig({ kubeconfig }), new MemoryLogger(), { retries: 0, retryDelayMs: 1 });
const status = (code: number, reason: string, message: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  code,
  reason,
  message,
});
const PATH = '/api/v1/namespaces/ns/configmaps';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
// nock patches the http module every later test file in this worker shares: undone here.
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('API answers become errors that name the operation, code, reason and message', () => {
  test.each([
    [403, 'Forbidden', 'configmaps "a" is forbidden: User "u" cannot get resource "configmaps"'],
    [409, 'Conflict', 'Operation cannot be fulfilled on configmaps "a": the object has been modified'],
    [429, 'TooManyRequests', 'too many requests'],
    [500, 'InternalError', 'etcdserver: request timed out'],
    [503, 'ServiceUnavailable', 'the server is currently unable to handle the request'],
  ])('%i %s', async (code, reason, message) => {
    nock(SERVER)
      .get(`${PATH}/a`)
      .reply(code, status(code, reason, message));
    const err = await failure(kube().get('v1', 'ConfigMap', 'a', 'ns'));
    expect(err).toBeInstanceOf(KubeApiError);
    expect((err as KubeApiError).code).toBe(code);
    expect(err.message).toBe(`get ConfigMap ns/a failed: ${code} ${reason}: ${message}`);
  });

  test('404 on a GET is "absent", not an error', async () => {
    nock(SERVER)
      .get(`${PATH}/a`)
      .reply(404, status(404, 'NotFound', 'configmaps "a" not found'));
    expect(await kube().get('v1', 'ConfigMap', 'a', 'ns')).toBeUndefined();
  });

  test('404 on a PATCH names what was missing', async () => {
    nock(SERVER)
      .patch(`${PATH}/a`)
      .query(true)
      .reply(404, status(404, 'NotFound', 'configmaps "a" not found'));
    const err = await failure(kube().patch('v1', 'ConfigMap', 'a', 'ns', { data: { k: 'v' } }));
    expect(err.message).toMatch(/404 NotFound: configmaps "a" not found/);
  });

  test('an answer without a Status body still gets its reason from the code', async () => {
    nock(SERVER).get(`${PATH}/a`).reply(502, 'Bad Gateway');
    const err = await failure(kube().get('v1', 'ConfigMap', 'a', 'ns'));
    expect(err.message).toMatch(/^get ConfigMap ns\/a failed: 502 InternalError/);
  });

  test('401 when connecting: the credentials are named as the problem, with server and context', async () => {
    nock(SERVER)
      .get('/version')
      .reply(401, status(401, 'Unauthorized', 'Unauthorized'));
    const err = await failure(Kube.connect({ kubeconfig }, new MemoryLogger(), { retries: 0 }));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toContain(
      `the API server ${SERVER} (context x) rejected the credentials (401 Unauthorized)`,
    );
    expect(err.message).toContain('refresh the kubeconfig');
  });

  test('403 when connecting: RBAC is named', async () => {
    nock(SERVER)
      .get('/version')
      .reply(403, status(403, 'Forbidden', 'forbidden'));
    const err = await failure(Kube.connect({ kubeconfig }, new MemoryLogger(), { retries: 0 }));
    expect(err.message).toMatch(/403 Forbidden to \/version.*check its RBAC/);
  });

  test('a refused connection names the server and what to check', async () => {
    nock(SERVER)
      .get('/version')
      .replyWithError(
        Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }),
      );
    const err = await failure(Kube.connect({ kubeconfig }, new MemoryLogger(), { retries: 0 }));
    expect(err).toBeInstanceOf(ClusterUnreachableError);
    expect(err.message).toContain(`cannot reach the Kubernetes API server at ${SERVER} (ECONNREFUSED)`);
  });
});

describe('TLS failures', () => {
  const server = 'https://k8s.example:6443';
  test('an unknown certificate authority', () => {
    const raw = Object.assign(new Error('unable to verify the first certificate'), {
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    const err = toKubeError(raw, 'get /version', server);
    expect(err).toBeInstanceOf(ClusterUnreachableError);
    expect(err.message).toContain(
      `TLS to the Kubernetes API server at ${server} failed (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`,
    );
    expect(err.message).toContain('certificate-authority does not match');
  });

  test('a self-signed certificate, nested in the cause chain', () => {
    const raw = new Error('request failed', {
      cause: Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
    });
    expect(toKubeError(raw, 'get /version', server).message).toMatch(/DEPTH_ZERO_SELF_SIGNED_CERT/);
  });

  test('https:// against a plain-HTTP server: says so, not the OpenSSL text', () => {
    const raw = Object.assign(
      new Error(
        'request to https://127.0.0.1:8001/version failed, reason: write EPROTO 80:error:0A00010B:SSL routines:ssl3_get_record:wrong version number',
      ),
      { code: 'EPROTO' },
    );
    const err = toKubeError(raw, 'get /version', 'https://127.0.0.1:8001');
    expect(err.message).toBe(
      "the server at https://127.0.0.1:8001 does not speak TLS (during get /version): the kubeconfig's server URL says https:// but the server answers plain HTTP. Use http:// in the server URL, or the server's TLS port.",
    );
    expect(err.message).not.toMatch(/ssl3_get_record/);
  });
});
