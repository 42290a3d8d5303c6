/**
 * A stub OpenAPI v3: without `/openapi/v3`, `kubectl apply`, `kubectl create -f` and both helms
 * fail with "failed to download openapi". Listing each resource's `patch` operation with its
 * group/version/kind and a `fieldValidation` parameter makes them leave validation to the server
 * and download no schemas.
 */
import { apiVersionOf, type ResourceRegistry } from './resources';

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

/** `GET /openapi/v3`. */
export function openapiRoot(registry: ResourceRegistry): object {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of registry.groupVersions()) {
    const p = gvPath(gv.group, gv.version);
    paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=sandbox` };
  }
  return { paths };
}

/** `GET /openapi/v3/<api|apis/group>/<version>`; undefined when not served. */
export function openapiGroupVersion(registry: ResourceRegistry, path: string): object | undefined {
  const gv = registry.groupVersions().find((g) => gvPath(g.group, g.version) === path);
  if (!gv) return undefined;
  const paths: Record<string, object> = {};
  for (const def of registry.defs.filter((d) => d.group === gv.group && d.version === gv.version)) {
    const base = `/${gvPath(def.group, def.version)}${def.namespaced ? '/namespaces/{namespace}' : ''}/${def.plural}/{name}`;
    const gvk = { group: def.group, version: def.version, kind: def.kind };
    paths[base] = {
      patch: {
        operationId: `patch${def.kind}`,
        parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } }],
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': gvk,
        responses: { '200': { description: 'OK' } },
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: apiVersionOf(gv) },
    paths,
    components: { schemas: {} },
  };
}
