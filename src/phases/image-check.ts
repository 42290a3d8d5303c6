/**
 * "Same version as the chart": image tags are commit-like, so the version is checked by comparing
 * each running image with the image the chart renders for that version (`helm template`).
 */
import type { Helm } from '../helm/helm';
import { parseManifests, renderChart, type RenderCapabilities, type RenderedChart } from '../helm/render';
import type { KubeObject } from '../kube/client';

/** Deployment name -> container name -> image, from rendered manifests or live objects. */
export type ImageMap = Map<string, Map<string, string>>;

export function imagesOfDeployments(deployments: KubeObject[]): ImageMap {
  const out: ImageMap = new Map();
  for (const d of deployments) {
    const containers: Array<{ name: string; image: string }> = d.spec?.template?.spec?.containers ?? [];
    out.set(d.metadata.name, new Map(containers.map((c) => [c.name, c.image])));
  }
  return out;
}

/** Deployments in a multi-document YAML stream (helm template output). */
export function renderedDeployments(manifests: string): KubeObject[] {
  return parseManifests(manifests).filter((d) => d.kind === 'Deployment');
}

/** The images of the Deployments a rendered chart creates (hooks are not workloads). */
export function renderedImages(chart: RenderedChart): ImageMap {
  return imagesOfDeployments(chart.objects.filter((o) => o.kind === 'Deployment'));
}

export interface ImageComparison {
  compared: number;
  mismatches: string[];
  /** Running deployments the chart does not render (reported, not a mismatch). */
  notInChart: string[];
}

/** Compares every running deployment's containers with the rendered ones. */
export function compareImages(running: ImageMap, rendered: ImageMap): ImageComparison {
  const mismatches: string[] = [];
  const notInChart: string[] = [];
  let compared = 0;
  for (const [name, containers] of running) {
    const want = rendered.get(name);
    if (!want) {
      notInChart.push(name);
      continue;
    }
    compared++;
    for (const [container, image] of containers) {
      const expected = want.get(container) ?? (want.size === 1 ? [...want.values()][0] : undefined);
      if (expected && expected !== image)
        mismatches.push(`${name}/${container}: running ${image}, chart renders ${expected}`);
    }
  }
  return { compared, mismatches, notInChart };
}

/** Renders the chart for the version and returns its deployments' images. */
export async function chartImages(
  helm: Helm,
  o: {
    release: string;
    chart: string;
    version: string;
    namespace: string;
    values: string[];
    /** The cluster's version and API versions: the real chart renders only with them. */
    capabilities?: RenderCapabilities;
  },
): Promise<ImageMap> {
  return renderedImages(await renderChart(helm, o));
}
