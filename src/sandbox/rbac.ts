/**
 * RBAC authorisation over the RBAC objects stored in the sandbox, as the apiserver's RBAC
 * authorizer decides: a request is allowed when a rule of a Role bound in the request's namespace,
 * or of a ClusterRole bound there or cluster-wide, matches it. Rules only add; nothing denies.
 */
import type { Obj } from './json';
import type { ResourceDef } from './resources';
import type { Store } from './store';

/** What is asked: the attributes of a resource request. */
export interface RequestAttributes {
  verb: string;
  group: string;
  /** Plural resource. */
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

/** Where the RBAC objects are. */
export interface RbacSource {
  store: Store;
  def(kind: string): ResourceDef | undefined;
}

function subjectMatches(subject: Obj, username: string, groups: string[], bindingNs?: string): boolean {
  switch (subject.kind) {
    case 'User':
      return subject.name === username;
    case 'Group':
      return groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace ?? bindingNs;
      return username === `system:serviceaccount:${ns}:${subject.name}`;
    }
    default:
      return false;
  }
}

function ruleMatches(rule: Obj, a: RequestAttributes): boolean {
  const has = (list: unknown, v: string) => Array.isArray(list) && (list.includes('*') || list.includes(v));
  if (!has(rule.verbs, a.verb)) return false;
  if (!has(rule.apiGroups, a.group)) return false;
  const resources: string[] = Array.isArray(rule.resources) ? rule.resources : [];
  const full = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const resourceOk =
    resources.includes('*') ||
    resources.includes(full) ||
    (!!a.subresource && resources.includes(`*/${a.subresource}`));
  if (!resourceOk) return false;
  const names: string[] = Array.isArray(rule.resourceNames) ? rule.resourceNames : [];
  return names.length === 0 || (!!a.name && names.includes(a.name));
}

function rulesOf(src: RbacSource, ref: Obj, bindingNs?: string): Obj[] {
  const kind = ref?.kind === 'Role' ? 'Role' : 'ClusterRole';
  const def = src.def(kind);
  if (!def) return [];
  const role = src.store.peek(def, kind === 'Role' ? bindingNs : undefined, ref?.name);
  return role?.rules ?? [];
}

/** The bindings that name the user (or a group of it): every ClusterRoleBinding, the RoleBindings of `namespace`. */
function bindingsOf(
  src: RbacSource,
  username: string,
  groups: string[],
  namespace?: string,
): Array<{ binding: Obj; ns?: string }> {
  const bindings: Array<{ binding: Obj; ns?: string }> = [];
  const crb = src.def('ClusterRoleBinding');
  if (crb) for (const b of src.store.peekAll(crb)) bindings.push({ binding: b });
  const rb = src.def('RoleBinding');
  if (rb && namespace)
    for (const b of src.store.peekAll(rb, namespace)) bindings.push({ binding: b, ns: namespace });
  return bindings.filter(
    ({ binding, ns }) =>
      !binding.metadata.deletionTimestamp &&
      (binding.subjects ?? []).some((s: Obj) => subjectMatches(s, username, groups, ns)),
  );
}

/**
 * The rules of the bootstrap ClusterRoles every authenticated user is bound to (system:basic-user,
 * system:discovery, system:public-info-viewer), as a rules review lists them.
 */
export const BOOTSTRAP_RULES: Obj[] = [
  {
    verbs: ['create'],
    apiGroups: ['authorization.k8s.io'],
    resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
  },
  { verbs: ['create'], apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'] },
  {
    verbs: ['get'],
    nonResourceURLs: [
      '/api',
      '/api/*',
      '/apis',
      '/apis/*',
      '/healthz',
      '/livez',
      '/openapi',
      '/openapi/*',
      '/readyz',
      '/version',
      '/version/',
    ],
  },
];

/**
 * Every rule the stored RBAC objects give the user in `namespace` (RoleBindings there and every
 * ClusterRoleBinding), bootstrap roles included: what a SelfSubjectRulesReview lists.
 */
export function rbacRulesFor(src: RbacSource, username: string, groups: string[], namespace: string): Obj[] {
  const rules = groups.includes('system:authenticated') ? [...BOOTSTRAP_RULES] : [];
  for (const { binding, ns } of bindingsOf(src, username, groups, namespace))
    rules.push(...rulesOf(src, binding.roleRef, ns));
  return rules;
}

/** True when the stored RBAC objects grant the request to the user. */
export function rbacAllows(
  src: RbacSource,
  username: string,
  groups: string[],
  a: RequestAttributes,
): boolean {
  // The bootstrap ClusterRole system:basic-user lets every authenticated user ask who it is and
  // what it may do.
  if (
    a.verb === 'create' &&
    ['selfsubjectreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews'].includes(a.resource) &&
    groups.includes('system:authenticated')
  )
    return true;
  return bindingsOf(src, username, groups, a.namespace).some(({ binding, ns }) =>
    rulesOf(src, binding.roleRef, ns).some((r) => ruleMatches(r, a)),
  );
}
