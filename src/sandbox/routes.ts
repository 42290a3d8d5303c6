/** Parses API paths into resource requests (`/apis/apps/v1/namespaces/x/deployments/y/scale`). */
import type { ResourceDef, ResourceRegistry } from './resources';

/** A request for a resource (or a collection of it). */
export interface ResourceRoute {
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** Legacy `/watch/` path prefix. */
  watchPrefix: boolean;
}

/** The resource a path names, or undefined for a path that is not a known resource. */
export function parseResourcePath(registry: ResourceRegistry, pathname: string): ResourceRoute | undefined {
  const segs = pathname
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (segs[0] === 'api' && segs.length >= 3) {
    group = '';
    version = segs[1];
    rest = segs.slice(2);
  } else if (segs[0] === 'apis' && segs.length >= 4) {
    group = segs[1];
    version = segs[2];
    rest = segs.slice(3);
  } else return undefined;
  let watchPrefix = false;
  if (rest[0] === 'watch') {
    watchPrefix = true;
    rest = rest.slice(1);
  }
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const inner = registry.byPath(group, version, rest[2]);
    if (inner?.namespaced) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
  }
  const def = registry.byPath(group, version, rest[0]);
  if (!def || rest.length > 3) return undefined;
  return { def, namespace, name: rest[1], subresource: rest[2], watchPrefix };
}
