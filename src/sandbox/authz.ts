/**
 * Denied permissions: the sandbox allows everything except what the test denies, both in
 * SelfSubjectAccessReview answers and by refusing the real requests with 403, so a "missing
 * permission" test exercises the same failure a real cluster gives.
 */

/** One denied permission; omitted fields and `*` match anything. */
export interface DeniedPermission {
  verb: string;
  /** Plural resource, or `resource/subresource`. */
  resource: string;
  group?: string;
  namespace?: string;
}

/** The user the sandbox authenticates every client as. */
export const SANDBOX_USER = 'system:serviceaccount:sandbox:k2h';

function matches(pattern: string | undefined, value: string | undefined): boolean {
  return pattern === undefined || pattern === '*' || pattern === (value ?? '');
}

/** True when the request attributes fall under a denied permission. */
export function isDenied(
  denied: DeniedPermission[],
  attrs: { verb: string; resource: string; group: string; namespace?: string; subresource?: string },
): boolean {
  const full = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource;
  return denied.some(
    (d) =>
      matches(d.verb, attrs.verb) &&
      (d.resource === '*' || d.resource === full || d.resource === `${attrs.resource}/*`) &&
      matches(d.group, attrs.group) &&
      (d.namespace === undefined || d.namespace === '*' || d.namespace === (attrs.namespace ?? '')),
  );
}

/** Answers a SelfSubjectAccessReview body. */
export function reviewAccess(denied: DeniedPermission[], review: Record<string, any>): Record<string, any> {
  const ra = review.spec?.resourceAttributes;
  const allowed = ra
    ? !isDenied(denied, {
        verb: ra.verb ?? '',
        resource: ra.resource ?? '',
        group: ra.group ?? '',
        namespace: ra.namespace || undefined,
        subresource: ra.subresource || undefined,
      })
    : true;
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    metadata: { creationTimestamp: null },
    spec: review.spec ?? {},
    // RBAC gives no reason for a denial; kubectl auth can-i then prints a bare "no".
    status: allowed ? { allowed: true, reason: 'sandbox: allowed' } : { allowed: false },
  };
}

/** Answers a SelfSubjectReview. */
export function reviewSelf(): Record<string, any> {
  return {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'SelfSubjectReview',
    metadata: { creationTimestamp: null },
    status: {
      userInfo: { username: SANDBOX_USER, groups: ['system:serviceaccounts', 'system:authenticated'] },
    },
  };
}
