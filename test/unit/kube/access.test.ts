/** ruleGrants: the RBAC authorizer's matching of one listed rule against one request. */
import { ruleGrants, type ResourceRule } from '../../../src/kube/access';

const rule = (r: ResourceRule) => r;

describe('ruleGrants', () => {
  test('verb and group must be listed or *', () => {
    const r = rule({ verbs: ['get'], apiGroups: [''], resources: ['secrets'] });
    expect(ruleGrants(r, { verb: 'get', resource: 'secrets', group: '' })).toBe(true);
    expect(ruleGrants(r, { verb: 'get', resource: 'secrets' })).toBe(true);
    expect(ruleGrants(r, { verb: 'list', resource: 'secrets', group: '' })).toBe(false);
    expect(ruleGrants(r, { verb: 'get', resource: 'secrets', group: 'apps' })).toBe(false);
    const any = rule({ verbs: ['*'], apiGroups: ['*'], resources: ['secrets'] });
    expect(ruleGrants(any, { verb: 'deletecollection', resource: 'secrets', group: 'x.io' })).toBe(true);
  });

  test('a rule without verbs or groups grants nothing', () => {
    expect(ruleGrants({ resources: ['*'], apiGroups: ['*'] }, { verb: 'get', resource: 'pods' })).toBe(false);
    expect(ruleGrants({ resources: ['*'], verbs: ['*'] }, { verb: 'get', resource: 'pods' })).toBe(false);
  });

  test('subresources: exact, or */sub; the resource alone never grants its subresources', () => {
    const scale = rule({ verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments/scale'] });
    const q = { verb: 'patch', resource: 'deployments', group: 'apps' };
    expect(ruleGrants(scale, { ...q, subresource: 'scale' })).toBe(true);
    expect(ruleGrants(scale, q)).toBe(false);
    expect(ruleGrants(scale, { ...q, subresource: 'status' })).toBe(false);
    const plain = rule({ verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'] });
    expect(ruleGrants(plain, { ...q, subresource: 'scale' })).toBe(false);
    const anyScale = rule({ verbs: ['patch'], apiGroups: ['apps'], resources: ['*/scale'] });
    expect(ruleGrants(anyScale, { ...q, subresource: 'scale' })).toBe(true);
    expect(ruleGrants(anyScale, { ...q, resource: 'statefulsets', subresource: 'scale' })).toBe(true);
    expect(ruleGrants(anyScale, q)).toBe(false);
    // RBAC knows no `resource/*`.
    const star = rule({ verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments/*'] });
    expect(ruleGrants(star, { ...q, subresource: 'scale' })).toBe(false);
  });

  test('resourceNames: only named requests, only those names', () => {
    const r = rule({ verbs: ['get', 'list'], apiGroups: [''], resources: ['secrets'], resourceNames: ['a'] });
    expect(ruleGrants(r, { verb: 'get', resource: 'secrets', name: 'a' })).toBe(true);
    expect(ruleGrants(r, { verb: 'get', resource: 'secrets', name: 'b' })).toBe(false);
    expect(ruleGrants(r, { verb: 'list', resource: 'secrets' })).toBe(false);
    expect(ruleGrants(r, { verb: 'get', resource: 'secrets' })).toBe(false);
    const unnamed = rule({ verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: [] });
    expect(ruleGrants(unnamed, { verb: 'get', resource: 'secrets', name: 'b' })).toBe(true);
  });
});
