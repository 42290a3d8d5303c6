/**
 * Which permissions a SelfSubjectRulesReview proves: the rules an RBAC-style authorizer lists for
 * a namespace, matched as the RBAC authorizer matches them. Only `allowed` is ever read from the
 * rules; anything they do not grant is asked with a SelfSubjectAccessReview, the authoritative answer.
 */

/** A resource rule as a SelfSubjectRulesReview lists it. */
export interface ResourceRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
}

/** What is asked of one rule (AccessCheck's fields). */
export interface RuleQuestion {
  verb: string;
  resource: string;
  group?: string;
  subresource?: string;
  name?: string;
}

const ALL = '*';

/**
 * True when the rule grants the request, by the RBAC authorizer's matching: the verb and the API
 * group listed or `*`; the resource `*`, `resource` or `resource/subresource` exactly, or for a
 * subresource `*` and the same subresource; and no resourceNames, or the request's name among them (a
 * request without a name, such as `list`, never matches a rule with names).
 */
export function ruleGrants(rule: ResourceRule, q: RuleQuestion): boolean {
  const listed = (list: string[] | undefined, value: string) =>
    !!list && (list.includes(ALL) || list.includes(value));
  if (!listed(rule.verbs, q.verb) || !listed(rule.apiGroups, q.group ?? '')) return false;
  const combined = q.subresource ? `${q.resource}/${q.subresource}` : q.resource;
  const resourceOk = (rule.resources ?? []).some(
    (r) => r === ALL || r === combined || (!!q.subresource && r === `*/${q.subresource}`),
  );
  if (!resourceOk) return false;
  const names = rule.resourceNames ?? [];
  return names.length === 0 || (!!q.name && names.includes(q.name));
}
