/**
 * Client-side rendering of a chart as the cluster would see it: `helm template` with the server's
 * version (`--kube-version`) and what discovery serves (`--api-versions`). Without them the real
 * Cognigy.AI chart refuses to render (its kubeVersion is `<1.24`, helm's default is its own client
 * version) and Traefik's IngressClass template fails ("You must have at least networking.k8s.io/v1beta1").
 * Knows nothing of Cognigy.
 */
import yaml from 'js-yaml';
import type { KubeObject } from '../kube/client';
import type { Helm } from './helm';

/** What the chart may ask the cluster, from `/version` and discovery (see kube/capabilities). */
export interface RenderCapabilities {
  kubeVersion: string;
  apiVersions: string[];
}

export interface RenderOptions {
  release: string;
  chart: string;
  namespace: string;
  version?: string;
  values?: string[];
  set?: Record<string, string>;
  capabilities?: RenderCapabilities;
}

/** A rendered chart: the release's objects and its hooks, List documents unpacked. */
export interface RenderedChart {
  /** Objects the release will own (not hooks), in document order. */
  objects: KubeObject[];
  /** Objects carrying `helm.sh/hook` (created before/after the release, not owned by it). */
  hooks: KubeObject[];
}

export const HOOK_ANNOTATION = 'helm.sh/hook';

/** Argv of the render (the exact `helm template` call; unit tests assert it). */
export function renderArgs(helm: Helm, o: RenderOptions): string[] {
  return helm.templateArgs(o.release, o.chart, renderOptions(o));
}

/** Renders the chart and parses the output. */
export async function renderChart(helm: Helm, o: RenderOptions): Promise<RenderedChart> {
  return splitHooks(parseManifests(await helm.template(o.release, o.chart, renderOptions(o))));
}

function renderOptions(o: RenderOptions) {
  return {
    namespace: o.namespace,
    version: o.version,
    values: o.values,
    set: o.set,
    kubeVersion: o.capabilities?.kubeVersion,
    apiVersions: o.capabilities?.apiVersions,
  };
}

/**
 * The objects of a multi-document YAML stream, `kind: List` documents replaced by their items
 * (helm applies the items; Traefik 10.x renders its Service inside one). The real chart leaves
 * trailing tabs after values (`name: cognigy-env\t\t\t`), which PyYAML refuses; js-yaml reads them
 * as Go's YAML does, and the text is parsed as it is so block scalars keep their exact content.
 */
export function parseManifests(text: string): KubeObject[] {
  const docs = yaml.loadAll(text);
  const out: KubeObject[] = [];
  const visit = (d: unknown) => {
    if (!d || typeof d !== 'object' || Array.isArray(d)) return;
    const o = d as KubeObject & { items?: unknown[] };
    if (o.kind === 'List' && Array.isArray(o.items)) o.items.forEach(visit);
    else if (typeof o.kind === 'string' && o.metadata?.name) out.push(o);
  };
  docs.forEach(visit);
  return out;
}

/** Separates hooks from the release's own objects. */
export function splitHooks(objects: KubeObject[]): RenderedChart {
  const isHook = (o: KubeObject) => !!o.metadata.annotations?.[HOOK_ANNOTATION];
  return { objects: objects.filter((o) => !isHook(o)), hooks: objects.filter(isHook) };
}

/** The rendered object of a kind and name, hooks included. */
export function findRendered(chart: RenderedChart, kind: string, name: string): KubeObject | undefined {
  return [...chart.objects, ...chart.hooks].find((o) => o.kind === kind && o.metadata.name === name);
}
