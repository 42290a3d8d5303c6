/**
 * Discovery documents. Plain APIVersions / APIGroupList answers make kubectl and helm fall back
 * from aggregated discovery to one APIResourceList per group/version, which is all they need.
 */
import { apiVersionOf, singularOf, verbsOf, type ResourceDef, type ResourceRegistry } from './resources';

/** `GET /api`. */
export function coreVersions(): object {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
  };
}

/** `GET /apis`. */
export function groupList(registry: ResourceRegistry): object {
  const groups = registry
    .groupVersions()
    .filter((gv) => gv.group !== '')
    .map((gv) => {
      const v = { groupVersion: `${gv.group}/${gv.version}`, version: gv.version };
      return { name: gv.group, versions: [v], preferredVersion: v };
    });
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

/** `GET /apis/<group>`. */
export function group(registry: ResourceRegistry, name: string): object | undefined {
  const gv = registry.groupVersions().find((g) => g.group === name);
  if (!gv) return undefined;
  const v = { groupVersion: `${gv.group}/${gv.version}`, version: gv.version };
  return { kind: 'APIGroup', apiVersion: 'v1', name, versions: [v], preferredVersion: v };
}

function entry(def: ResourceDef): object {
  const e: Record<string, unknown> = {
    name: def.plural,
    singularName: singularOf(def),
    namespaced: def.namespaced,
    kind: def.kind,
    verbs: verbsOf(def),
  };
  if (def.shortNames) e.shortNames = def.shortNames;
  if (def.categories) e.categories = def.categories;
  return e;
}

function subresourceEntries(def: ResourceDef): object[] {
  return (def.subresources ?? []).map((sub) =>
    sub === 'scale'
      ? {
          name: `${def.plural}/scale`,
          singularName: '',
          namespaced: def.namespaced,
          group: 'autoscaling',
          version: 'v1',
          kind: 'Scale',
          verbs: ['get', 'patch', 'update'],
        }
      : {
          name: `${def.plural}/status`,
          singularName: '',
          namespaced: def.namespaced,
          kind: def.kind,
          verbs: ['get', 'patch', 'update'],
        },
  );
}

/** `GET /api/v1` or `/apis/<group>/<version>`; undefined for an unknown group/version. */
export function resourceList(registry: ResourceRegistry, group: string, version: string): object | undefined {
  const defs = registry.defs.filter((d) => d.group === group && d.version === version);
  if (!defs.length) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf({ group, version }),
    resources: defs.flatMap((d) => [entry(d), ...subresourceEntries(d)]),
  };
}
