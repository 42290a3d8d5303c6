/**
 * Writes share the stored (frozen) parts of an object instead of copying them, and what is
 * computed from a stored part is cached by that part (field trees, canonical checks). These tests
 * prove the outcome is the one fully copied (unfrozen) objects give, and that a cache never
 * answers for a newer version.
 */
import { sameTemplateIgnoringHash } from '../../../src/sandbox/controllers/workloads';
import { applyDefaults } from '../../../src/sandbox/defaults';
import { clone, deepFreeze, type Obj } from '../../../src/sandbox/json';
import { recordUpdate, type ManagedFieldsEntry } from '../../../src/sandbox/patch/apply';
import type { ResourceDef } from '../../../src/sandbox/resources';

const deploymentDef: ResourceDef = {
  group: 'apps',
  version: 'v1',
  plural: 'deployments',
  kind: 'Deployment',
  namespaced: true,
};

const template = (env: Obj[], extra: Obj = {}): Obj => ({
  metadata: { labels: { app: 'd' } },
  spec: { containers: [{ name: 'app', image: 'a:1', env, ...extra }] },
});

const deployment = (tpl: Obj, managedFields?: ManagedFieldsEntry[]): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'd',
    namespace: 'n',
    labels: { app: 'd' },
    ...(managedFields ? { managedFields } : {}),
  },
  spec: { replicas: 2, selector: { matchLabels: { app: 'd' } }, template: tpl },
});

/** managedFields without their times (two computations may straddle a second). */
const fields = (list: ManagedFieldsEntry[]): Obj[] => list.map(({ time: _t, ...e }) => clone(e));

/** recordUpdate over the objects as given and over deep unfrozen copies: the same answer. */
function recordBoth(before: Obj | undefined, after: Obj, manager: string): Obj[] {
  const shared = fields(recordUpdate(before, after, manager));
  const copied = fields(recordUpdate(before && clone(before), clone(after), manager));
  expect(shared).toEqual(copied);
  return shared;
}

function owned(list: Obj[], manager: string): Obj {
  return list.find((e) => e.manager === manager)!.fieldsV1;
}

describe('stored parts shared between versions', () => {
  test('an update sharing the stored template records what a copied one does', () => {
    const created = deployment(template([{ name: 'A', value: '1' }]));
    const v1 = deepFreeze<Obj>({
      ...created,
      metadata: { ...created.metadata, managedFields: recordUpdate(undefined, created, 'helm') },
    });
    // kubectl scale: a new spec, everything else shared with v1.
    const scaled = { ...v1, metadata: { ...v1.metadata }, spec: { ...v1.spec, replicas: 0 } };
    const list = recordBoth(v1, scaled, 'k2h');
    expect(owned(list, 'k2h')).toEqual({ 'f:spec': { 'f:replicas': {} } });
    expect(owned(list, 'helm')['f:spec']['f:template']).toBeDefined();
    expect(owned(list, 'helm')['f:spec']['f:replicas']).toBeUndefined();
  });

  test('a new version of a stored part is not answered from the old one', () => {
    const created = deployment(template([{ name: 'A', value: '1' }]));
    const v1 = deepFreeze<Obj>({
      ...created,
      metadata: { ...created.metadata, managedFields: recordUpdate(undefined, created, 'helm') },
    });
    recordBoth(v1, { ...v1, metadata: { ...v1.metadata }, spec: { ...v1.spec, replicas: 0 } }, 'k2h');
    // The template replaced by a new stored one: a changed value and a new env var.
    const tpl2 = deepFreeze(
      template([
        { name: 'A', value: '2' },
        { name: 'B', value: '3' },
      ]),
    );
    const v2 = { ...v1, metadata: { ...v1.metadata }, spec: { ...v1.spec, template: tpl2 } };
    const list = recordBoth(v1, v2, 'kubectl');
    const env = owned(list, 'kubectl')['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"app"}'][
      'f:env'
    ];
    expect(env).toEqual({
      'k:{"name":"A"}': { '.': {}, 'f:value': {} },
      'k:{"name":"B"}': { '.': {}, 'f:name': {}, 'f:value': {} },
    });
    // helm no longer owns the value kubectl changed.
    const helmEnv = owned(list, 'helm')['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"app"}'][
      'f:env'
    ];
    expect(helmEnv).toEqual({ 'k:{"name":"A"}': { '.': {}, 'f:name': {} } });
    // And back to the first template: its own fields again, not the second one's.
    const v3 = { ...v1, metadata: { ...v1.metadata }, spec: { ...v1.spec } };
    const stored2 = deepFreeze<Obj>({ ...v2, metadata: { ...v2.metadata, managedFields: list } });
    const back = recordBoth(stored2, v3, 'kubectl');
    const backEnv = owned(back, 'kubectl')['f:spec']['f:template']['f:spec']['f:containers'][
      'k:{"name":"app"}'
    ]['f:env'];
    expect(Object.keys(backEnv)).toEqual(['k:{"name":"A"}']);
  });

  test('list items with equal keys merge without changing the stored subtree they share', () => {
    const env1 = deepFreeze([{ name: 'A', value: '1' }]);
    const first = deepFreeze({ name: 'app', image: 'a:1', env: env1 });
    const only = (containers: Obj[]): Obj =>
      deployment({ metadata: { labels: { app: 'd' } }, spec: { containers } });
    const envOf = (list: Obj[]): Obj =>
      owned(list, 'm')['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"app"}']['f:env'];
    expect(Object.keys(envOf(recordBoth(undefined, only([first]), 'm')))).toEqual(['k:{"name":"A"}']);
    // A second item named like the first: its env merges into the first one's.
    const second = deepFreeze({ name: 'app', env: [{ name: 'B', value: '2' }] });
    expect(Object.keys(envOf(recordBoth(undefined, only([first, second]), 'm')))).toEqual([
      'k:{"name":"A"}',
      'k:{"name":"B"}',
    ]);
    // The first item alone again: B was merged into a copy, not into the subtree cached for env1.
    expect(Object.keys(envOf(recordBoth(undefined, only([first]), 'm')))).toEqual(['k:{"name":"A"}']);
  });

  test('a leaf that a repeated list item gives fields stays a leaf elsewhere', () => {
    const only = (containers: Obj[]): Obj =>
      deployment({ metadata: { labels: { app: 'd' } }, spec: { containers } });
    const app = (list: Obj[]): Obj =>
      owned(list, 'm')['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"app"}'];
    const leafy = { name: 'app', image: 'a:1', resources: 'none' };
    const nested = { name: 'app', resources: { limits: { cpu: '1' } } };
    expect(app(recordBoth(undefined, only([leafy, nested]), 'm'))['f:resources']).toEqual({
      'f:limits': { 'f:cpu': {} },
    });
    expect(app(recordBoth(undefined, only([leafy]), 'm'))['f:resources']).toEqual({});
    expect(app(recordBoth(undefined, only([deepFreeze(leafy)]), 'm'))).toEqual({
      '.': {},
      'f:image': {},
      'f:name': {},
      'f:resources': {},
    });
  });

  test('a stored value under another field name is not given the first name’s subtree', () => {
    const ports = deepFreeze([{ containerPort: 80 }, { containerPort: 81, protocol: 'UDP' }]);
    const withPorts = (container: Obj, service: Obj): Obj => ({
      ...deployment(template([], container)),
      spec: { ...deployment(template([], container)).spec, extra: service },
    });
    // The same frozen list as container ports (keyed) and under an unknown field (atomic).
    const list = recordBoth(undefined, withPorts({ ports }, { items: ports }), 'm');
    const tree = owned(list, 'm')['f:spec'];
    expect(tree['f:extra']).toEqual({ 'f:items': {} });
    expect(Object.keys(tree['f:template']['f:spec']['f:containers']['k:{"name":"app"}']['f:ports'])).toEqual([
      'k:{"containerPort":80,"protocol":"TCP"}',
      'k:{"containerPort":81,"protocol":"UDP"}',
    ]);
  });

  test('stored managedFields, canonical or not, give what copies of them give', () => {
    const created = deployment(template([{ name: 'A', value: '1' }]));
    const canonical = recordUpdate(undefined, created, 'helm');
    // Not canonical: siblings out of order, a list item without its "." mark.
    const odd: ManagedFieldsEntry = {
      manager: 'other',
      operation: 'Update',
      apiVersion: 'apps/v1',
      time: '2024-01-01T00:00:00Z',
      fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:spec': { 'f:replicas': {}, 'f:minReadySeconds': {} },
        'f:metadata': { 'f:labels': { 'f:app': {} } },
      },
    };
    for (const managed of [canonical, [...canonical, odd]]) {
      const v1 = deepFreeze<Obj>({ ...created, metadata: { ...created.metadata, managedFields: managed } });
      const scaled = { ...v1, metadata: { ...v1.metadata }, spec: { ...v1.spec, replicas: 5 } };
      // Twice: the second time from what was cached for the stored list the first time.
      recordBoth(v1, scaled, 'k2h');
      const list = recordBoth(v1, scaled, 'k2h');
      expect(owned(list, 'k2h')).toEqual({ 'f:spec': { 'f:replicas': {} } });
      // The stored entries are not changed by the entries derived from them.
      expect(v1.metadata.managedFields).toBe(managed);
      expect(Object.isFrozen(managed[0].fieldsV1)).toBe(true);
    }
  });
});

describe('defaults over stored parts', () => {
  test('a Deployment with a stored template is defaulted by copying what changes', () => {
    const tpl = deepFreeze({
      metadata: { labels: { app: 'd' } },
      spec: {
        containers: [
          { name: 'a', image: 'a:1', ports: [{ containerPort: 80 }, { containerPort: 81, protocol: 'UDP' }] },
          { name: 'b', image: 'b:1', ports: [{ containerPort: 90, protocol: 'TCP' }] },
        ],
      },
    });
    const strategy = deepFreeze({ type: 'RollingUpdate' });
    const obj: Obj = { ...deployment(tpl), spec: deepFreeze({ replicas: 1, template: tpl, strategy }) };
    const copied = clone(obj);
    applyDefaults(deploymentDef, obj);
    applyDefaults(deploymentDef, copied);
    expect(obj).toEqual(copied);
    expect(JSON.stringify(obj)).toBe(JSON.stringify(copied));
    expect(obj.spec.template.spec.containers[0].ports[0].protocol).toBe('TCP');
    // The stored parts are unchanged; what needed no default is still shared.
    expect(tpl.spec.containers[0].ports[0].protocol).toBeUndefined();
    expect(strategy).toEqual({ type: 'RollingUpdate' });
    expect(obj.spec.template.spec.containers[1]).toBe(tpl.spec.containers[1]);
    expect(obj.spec.template.metadata).toBe(tpl.metadata);
  });

  test('a stored template that needs no default stays shared', () => {
    const tpl = deepFreeze(
      template([{ name: 'A', value: '1' }], { ports: [{ containerPort: 80, protocol: 'TCP' }] }),
    );
    const obj: Obj = { ...deployment(tpl), spec: { replicas: 1, template: tpl } };
    applyDefaults(deploymentDef, obj);
    expect(obj.spec.template).toBe(tpl);
    expect(obj.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
    });
  });
});

describe('template comparison of stored templates', () => {
  test('is answered per pair of stored templates, never for another version', () => {
    const dep = deepFreeze(template([{ name: 'A', value: '1' }]));
    const rs = deepFreeze({
      ...template([{ name: 'A', value: '1' }]),
      metadata: { labels: { app: 'd', 'pod-template-hash': 'abc' } },
    });
    expect(sameTemplateIgnoringHash(rs, dep)).toBe(true);
    expect(sameTemplateIgnoringHash(rs, dep)).toBe(true);
    // The Deployment's next template (a new stored object) differs: not the cached answer.
    const dep2 = deepFreeze(template([{ name: 'A', value: '2' }]));
    expect(sameTemplateIgnoringHash(rs, dep2)).toBe(false);
    expect(sameTemplateIgnoringHash(rs, dep)).toBe(true);
    // Another ReplicaSet's template against the first Deployment template.
    const rs2 = deepFreeze({ ...dep2, metadata: { labels: { app: 'd', 'pod-template-hash': 'def' } } });
    expect(sameTemplateIgnoringHash(rs2, dep)).toBe(false);
    expect(sameTemplateIgnoringHash(rs2, dep2)).toBe(true);
    // Unstored (unfrozen) templates are compared as they are now.
    const loose: Obj = clone(dep);
    expect(sameTemplateIgnoringHash(rs, loose)).toBe(true);
    loose.spec.containers[0].image = 'a:2';
    expect(sameTemplateIgnoringHash(rs, loose)).toBe(false);
    // Only the hash label is ignored; an empty label set is no label set.
    const bare = deepFreeze({ ...dep, metadata: { labels: { 'pod-template-hash': 'x' } } });
    expect(sameTemplateIgnoringHash(bare, deepFreeze({ ...dep, metadata: {} }))).toBe(true);
    expect(sameTemplateIgnoringHash(bare, dep)).toBe(false);
  });
});
