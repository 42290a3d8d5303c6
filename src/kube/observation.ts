/**
 * One observation of the cluster: a LIST per kind and namespace (all in parallel), kept as a
 * snapshot that steps decide "done" from. Writes put their responses back into it, so a step
 * verifies itself from what the server answered instead of a GET per step.
 */
import type { Kube, KubeObject } from './client';

/** One LIST of an observation. `names` keeps only those objects (the LIST is still one request). */
export interface ObserveQuery {
  apiVersion: string;
  kind: string;
  /** Namespace of a namespaced kind; absent for cluster-scoped kinds (or all namespaces). */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  names?: string[];
}

const keyOf = (apiVersion: string, kind: string, namespace?: string) =>
  `${apiVersion}|${kind}|${namespace ?? ''}`;

/**
 * String#localeCompare's order (the default locale's collation), without its per-call set-up;
 * made on first use (loading ICU's collation data costs ~8 ms, which a phase that never lists
 * from an observation should not pay).
 */
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string) => (collator ??= new Intl.Collator()).compare(a, b);

export class Observation {
  private readonly sets = new Map<string, Map<string, KubeObject>>();
  private readonly versions = new Map<string, string>();
  /** list()'s answer per kind, sorted once until the kind's next write: steps list often. */
  private readonly sorted = new Map<string, KubeObject[]>();

  /** Lists every query at once: the round-trip depth of an observation is one. */
  static async of(kube: Kube, queries: ObserveQuery[]): Promise<Observation> {
    const obs = new Observation();
    const lists = await Promise.all(
      queries.map((q) =>
        kube.listWithVersion(q.apiVersion, q.kind, q.namespace, {
          labelSelector: q.labelSelector,
          fieldSelector: q.fieldSelector,
        }),
      ),
    );
    queries.forEach((q, n) => {
      const wanted = q.names && new Set(q.names);
      obs.add(
        q,
        lists[n].items.filter((o) => !wanted || wanted.has(o.metadata.name)),
        lists[n].resourceVersion,
      );
    });
    return obs;
  }

  /** Adds a listed collection (for callers that listed themselves, and tests). */
  add(q: Pick<ObserveQuery, 'apiVersion' | 'kind' | 'namespace'>, items: KubeObject[], rv = ''): this {
    const k = keyOf(q.apiVersion, q.kind, q.namespace);
    const set = this.sets.get(k) ?? new Map<string, KubeObject>();
    for (const o of items) set.set(o.metadata.name, o);
    this.sets.set(k, set);
    this.versions.set(k, rv);
    this.sorted.delete(k);
    return this;
  }

  /** True when this kind (in this namespace) was observed. */
  covers(apiVersion: string, kind: string, namespace?: string): boolean {
    return this.sets.has(keyOf(apiVersion, kind, namespace));
  }

  private set(apiVersion: string, kind: string, namespace?: string): Map<string, KubeObject> {
    const s = this.sets.get(keyOf(apiVersion, kind, namespace));
    // A step deciding from a kind nobody listed would silently see "absent": a programming error.
    if (!s) throw new Error(`not observed: ${kind} (${apiVersion})${namespace ? ` in ${namespace}` : ''}`);
    return s;
  }

  /** The object as observed (or as the last write answered); undefined when absent. */
  get<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): T | undefined {
    return this.set(apiVersion, kind, namespace).get(name) as T | undefined;
  }

  /** Every observed object of the kind (in the namespace), in name order. */
  list<T extends KubeObject = KubeObject>(apiVersion: string, kind: string, namespace?: string): T[] {
    const k = keyOf(apiVersion, kind, namespace);
    let all = this.sorted.get(k);
    if (!all) {
      all = [...this.set(apiVersion, kind, namespace).values()].sort((a, b) =>
        byName(a.metadata.name, b.metadata.name),
      );
      this.sorted.set(k, all);
    }
    return all.slice() as T[];
  }

  /** The LIST's resourceVersion: a watch from it misses no change since the observation. */
  resourceVersion(apiVersion: string, kind: string, namespace?: string): string {
    this.set(apiVersion, kind, namespace);
    return this.versions.get(keyOf(apiVersion, kind, namespace)) ?? '';
  }

  /** Records what a write answered (create/patch response). Its kind must have been observed. */
  put(obj: KubeObject): KubeObject {
    this.set(obj.apiVersion, obj.kind, obj.metadata.namespace).set(obj.metadata.name, obj);
    this.sorted.delete(keyOf(obj.apiVersion, obj.kind, obj.metadata.namespace));
    return obj;
  }

  /** Records a delete. */
  remove(apiVersion: string, kind: string, name: string, namespace?: string): void {
    this.set(apiVersion, kind, namespace).delete(name);
    this.sorted.delete(keyOf(apiVersion, kind, namespace));
  }
}
