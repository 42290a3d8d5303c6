/**
 * Turns what @kubernetes/client-node throws into errors a DevOps engineer can act on.
 */
import { ClusterUnreachableError } from '../core/errors';

/** An error answer of the API server, with the Status reason kept. */
export class KubeApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'KubeApiError';
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EPIPE',
]);

function networkCode(err: any): string | undefined {
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
    if (typeof e.errno === 'string' && NETWORK_CODES.has(e.errno)) return e.errno;
    if (typeof e.message === 'string') {
      const m =
        /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EAI_AGAIN|socket hang up)\b/.exec(
          e.message,
        );
      if (m) return m[1] === 'socket hang up' ? 'ECONNRESET' : m[1];
    }
  }
  return undefined;
}

function tlsCode(err: any): string | undefined {
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
    const c = typeof e.code === 'string' ? e.code : '';
    if (/^(CERT_|UNABLE_TO_VERIFY|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT|ERR_TLS_CERT|ERR_SSL)/.test(c))
      return c;
    const m =
      typeof e.message === 'string'
        ? /\b(CERT_\w+|UNABLE_TO_VERIFY_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\b/.exec(
            e.message,
          )
        : null;
    if (m) return m[1];
  }
  return undefined;
}

/** An https:// request answered by a plain-HTTP server: OpenSSL's "wrong version number". */
function speaksPlainHttp(err: any): boolean {
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++)
    if (
      typeof e.message === 'string' &&
      /wrong version number|WRONG_VERSION_NUMBER|http request to an https server/i.test(e.message)
    )
      return true;
  return false;
}

/** True when the error is a connection-level failure (no HTTP answer). */
export function isNetworkError(err: unknown): boolean {
  return networkCode(err) !== undefined;
}

/**
 * Normalises anything the client throws. `what` names the operation for the message,
 * e.g. `get persistentvolumeclaims default/flow-modules`.
 */
export function toKubeError(err: unknown, what: string, server: string): Error {
  if (err instanceof KubeApiError || err instanceof ClusterUnreachableError) return err;
  const e = err as any;
  if (e && typeof e.code === 'number') {
    let body = e.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        /* plain text body */
      }
    }
    const reason = (body && typeof body === 'object' && body.reason) || httpReason(e.code);
    const message =
      (body && typeof body === 'object' && body.message) || (typeof body === 'string' ? body : '');
    const ra = Number(e.headers?.['retry-after']);
    return new KubeApiError(
      e.code,
      reason,
      `${what} failed: ${e.code} ${reason}${message ? `: ${message}` : ''}`,
      Number.isFinite(ra) ? ra : undefined,
    );
  }
  if (speaksPlainHttp(err))
    return new ClusterUnreachableError(
      `the server at ${server} does not speak TLS (during ${what}): the kubeconfig's server URL says https:// but the server answers plain HTTP. Use http:// in the server URL, or the server's TLS port.`,
    );
  const tls = tlsCode(err);
  if (tls)
    return new ClusterUnreachableError(
      `TLS to the Kubernetes API server at ${server} failed (${tls}) during ${what}: the kubeconfig's certificate-authority does not match the server, or the server name differs from its certificate.`,
    );
  const net = networkCode(err);
  if (net)
    return new ClusterUnreachableError(
      `cannot reach the Kubernetes API server at ${server} (${net}) during ${what}. ` +
        'Check the kubeconfig/context, that the cluster is up, and the network path from this runner.',
    );
  return err instanceof Error ? err : new Error(String(err));
}

function httpReason(code: number): string {
  switch (code) {
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden';
    case 404:
      return 'NotFound';
    case 409:
      return 'Conflict';
    case 422:
      return 'Invalid';
    case 429:
      return 'TooManyRequests';
    case 503:
      return 'ServiceUnavailable';
    default:
      return code >= 500 ? 'InternalError' : 'BadRequest';
  }
}

/** Status codes worth retrying: the server may answer differently a moment later. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof KubeApiError) return [429, 500, 502, 503, 504].includes(err.code);
  return err instanceof ClusterUnreachableError && /ECONNRESET|ETIMEDOUT|EAI_AGAIN|EPIPE/.test(err.message);
}
