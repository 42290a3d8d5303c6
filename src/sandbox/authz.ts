/**
 * Authorisation: the default identity is allowed everything except what the test denies; an
 * identity authorised by `rbac` gets what the stored RBAC objects grant it (never what is denied).
 * Both SelfSubjectAccessReview answers and the real requests (403) follow the same decision, so a
 * "missing permission" test exercises the same failure a real cluster gives.
 */
import { groupsOf, type SandboxIdentity } from './identities';
import { rbacAllows, rbacRulesFor, type RbacSource, type RequestAttributes } from './rbac';
import { badRequest } from './status';

export { SANDBOX_USER } from './identities';

/** One denied permission; omitted fields and `*` match anything. */
export interface DeniedPermission {
  verb: string;
  /** Plural resource, or `resource/subresource`. */
  resource: string;
  group?: string;
  namespace?: string;
  /** Only for this username; omitted: for every identity. */
  user?: string;
}

function matches(pattern: string | undefined, value: string | undefined): boolean {
  return pattern === undefined || pattern === '*' || pattern === (value ?? '');
}

/** True when the request attributes fall under a denied permission. */
export function isDenied(
  denied: DeniedPermission[],
  attrs: { verb: string; resource: string; group: string; namespace?: string; subresource?: string },
  username?: string,
): boolean {
  const full = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource;
  return denied.some(
    (d) =>
      matches(d.verb, attrs.verb) &&
      (d.resource === '*' || d.resource === full || d.resource === `${attrs.resource}/*`) &&
      matches(d.group, attrs.group) &&
      (d.user === undefined || d.user === username) &&
      (d.namespace === undefined || d.namespace === '*' || d.namespace === (attrs.namespace ?? '')),
  );
}

/** What an authorisation decision needs: the request's identity, the denials, the RBAC objects. */
export interface AuthzContext {
  identity: SandboxIdentity;
  denied: DeniedPermission[];
  rbac: RbacSource;
}

/** True when the identity may make the request. */
export function isAllowed(ctx: AuthzContext, attrs: RequestAttributes): boolean {
  if (isDenied(ctx.denied, attrs, ctx.identity.username)) return false;
  if ((ctx.identity.authorization ?? 'all') === 'all') return true;
  return rbacAllows(ctx.rbac, ctx.identity.username, groupsOf(ctx.identity), attrs);
}

/** Answers a SelfSubjectAccessReview body for the identity that sent it. */
export function reviewAccess(ctx: AuthzContext, review: Record<string, any>): Record<string, any> {
  const ra = review.spec?.resourceAttributes;
  const allowed = ra
    ? isAllowed(ctx, {
        verb: ra.verb ?? '',
        resource: ra.resource ?? '',
        group: ra.group ?? '',
        namespace: ra.namespace || undefined,
        subresource: ra.subresource || undefined,
        name: ra.name || undefined,
      })
    : (ctx.identity.authorization ?? 'all') === 'all';
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    metadata: { creationTimestamp: null },
    spec: review.spec ?? {},
    // RBAC gives no reason for a denial; kubectl auth can-i then prints a bare "no".
    status: allowed
      ? {
          allowed: true,
          reason: ctx.identity.authorization === 'rbac' ? 'RBAC: allowed' : 'sandbox: allowed',
        }
      : { allowed: false },
  };
}

/**
 * Answers a SelfSubjectRulesReview: the rules the identity has in `spec.namespace`, as the
 * apiserver's rule resolvers list them. The default identity is allowed everything (a wildcard
 * rule, as AlwaysAllow lists it); RBAC identities get their roles' rules. Denied permissions are
 * an authorizer that lists no rules: with any that applies to the identity the review is
 * `incomplete` (as with a webhook authorizer), so a client must ask SelfSubjectAccessReview.
 */
export function reviewRules(ctx: AuthzContext, review: Record<string, any>): Record<string, any> {
  const namespace = review.spec?.namespace;
  if (typeof namespace !== 'string' || !namespace) throw badRequest('no namespace on request');
  const username = ctx.identity.username;
  const rules =
    (ctx.identity.authorization ?? 'all') === 'all'
      ? [
          { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
          { verbs: ['*'], nonResourceURLs: ['*'] },
        ]
      : rbacRulesFor(ctx.rbac, username, groupsOf(ctx.identity), namespace);
  const denied = ctx.denied.some((d) => d.user === undefined || d.user === username);
  const copy = (list: unknown) => (Array.isArray(list) ? [...(list as string[])] : undefined);
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectRulesReview',
    metadata: { creationTimestamp: null },
    spec: { namespace },
    status: {
      resourceRules: rules
        .filter((r) => Array.isArray(r.resources) && r.resources.length)
        .map((r) => {
          const out: Record<string, string[]> = { verbs: copy(r.verbs) ?? [] };
          if (r.apiGroups) out.apiGroups = copy(r.apiGroups)!;
          out.resources = copy(r.resources)!;
          if (Array.isArray(r.resourceNames) && r.resourceNames.length)
            out.resourceNames = copy(r.resourceNames)!;
          return out;
        }),
      nonResourceRules: rules
        .filter((r) => Array.isArray(r.nonResourceURLs) && r.nonResourceURLs.length)
        .map((r) => ({ verbs: copy(r.verbs) ?? [], nonResourceURLs: copy(r.nonResourceURLs)! })),
      incomplete: denied,
      ...(denied ? { evaluationError: 'sandbox: denied permissions are not listed as rules' } : {}),
    },
  };
}
/** Answers a SelfSubjectReview: who the API server takes the caller for. */
export function reviewSelf(
  identity: SandboxIdentity,
  apiVersion = 'authentication.k8s.io/v1',
): Record<string, any> {
  return {
    apiVersion,
    kind: 'SelfSubjectReview',
    metadata: { creationTimestamp: null },
    status: { userInfo: { username: identity.username, groups: groupsOf(identity) } },
  };
}
