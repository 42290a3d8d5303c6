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

/** Each group with its versions, the first listed in the resource table preferred. */
function groupsOf(registry: ResourceRegistry): Array<{ name: string; versions: string[] }> {
  const out = new Map<string, string[]>();
  for (const gv of registry.groupVersions()) {
    if (gv.group === '') continue;
    const versions = out.get(gv.group) ?? [];
    versions.push(gv.version);
    out.set(gv.group, versions);
  }
  return [...out].map(([name, versions]) => ({ name, versions }));
}

function apiGroup(g: { name: string; versions: string[] }) {
  const versions = g.versions.map((version) => ({ groupVersion: `${g.name}/${version}`, version }));
  return { name: g.name, versions, preferredVersion: versions[0] };
}

/** `GET /apis`. */
export function groupList(registry: ResourceRegistry): object {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groupsOf(registry).map(apiGroup) };
}

/** `GET /apis/<group>`. */
export function group(registry: ResourceRegistry, name: string): object | undefined {
  const g = groupsOf(registry).find((x) => x.name === name);
  if (!g) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(g) };
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
