/**
 * CustomResourceDefinitions: each served version of a CRD becomes a resource the sandbox serves
 * (discovery, OpenAPI stub, CRUD, watch), and the CRD reports Established — helm waits for that
 * before installing a chart's custom resources. Deleting a CRD deletes its custom resources.
 */
import type { Obj } from '../json';
import type { ResourceDef, ResourceRegistry } from '../resources';
import { setCondition, writeStatus, type Controller } from './context';

/** The resources one CRD defines. */
function defsOf(crd: Obj): ResourceDef[] {
  const spec = crd.spec ?? {};
  const names = spec.names ?? {};
  return (spec.versions ?? [])
    .filter((v: Obj) => v.served !== false)
    .map((v: Obj) => ({
      group: spec.group,
      version: v.name,
      plural: names.plural,
      kind: names.kind,
      namespaced: spec.scope !== 'Cluster',
      ...(names.shortNames ? { shortNames: names.shortNames } : {}),
      ...(names.categories ? { categories: names.categories } : {}),
      subresources: [
        ...(v.subresources?.status ? (['status'] as const) : []),
        ...(v.subresources?.scale ? (['scale'] as const) : []),
      ],
    }));
}

/** Keeps the registry in step with the stored CRDs. */
export function crdController(registry: ResourceRegistry): Controller {
  return (ctx) => {
    const def = ctx.def('CustomResourceDefinition');
    const wanted = new Set<ResourceDef>();
    for (const crd of ctx.store.peekAll(def)) {
      if (crd.metadata.deletionTimestamp) continue;
      for (const d of defsOf(crd)) wanted.add(registry.addCustom(d));
      let conditions: Obj[] = crd.status?.conditions ?? [];
      conditions = setCondition(conditions, 'NamesAccepted', 'True', 'NoConflicts', 'no conflicts found');
      conditions = setCondition(
        conditions,
        'Established',
        'True',
        'InitialNamesAccepted',
        'the initial names have been accepted',
      );
      const storage = (crd.spec?.versions ?? []).find((v: Obj) => v.storage)?.name;
      writeStatus(ctx, def, crd, {
        acceptedNames: crd.spec?.names ?? {},
        conditions,
        storedVersions: storage ? [storage] : [],
      });
    }
    for (const d of [...registry.defs]) {
      if (!d.custom || wanted.has(d)) continue;
      for (const obj of ctx.store.peekAll(d)) ctx.store.remove(d, obj);
      registry.removeCustom(d);
    }
  };
}
