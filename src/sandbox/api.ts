/**
 * The API verbs over the store: what a request does once the server has parsed it. Every write
 * goes through defaulting, validation, optimistic concurrency and managedFields here, then the
 * controllers reconcile. `dryRun` answers as the write would and stores nothing. Answers are the
 * stored objects themselves (frozen): the server only serialises them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { applyDefaults, carryOverAllocated, defaultsCopyOnWrite } from './defaults';
import { clone, deepEqual, isObj, omit, type Obj } from './json';
import { jsonPatch, JsonPatchError } from './patch/json-patch';
import { mergePatch } from './patch/merge';
import { recordUpdate, serverSideApply } from './patch/apply';
import { strategicMergePatch } from './patch/strategic';
import { apiVersionOf, type ResourceDef, type ResourceRegistry } from './resources';
import {
  fromLabelSelector,
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
} from './selectors';
import {
  ApiError,
  alreadyExists,
  badRequest,
  conflict,
  invalid,
  notFound,
  unsupportedMediaType,
} from './status';
import { now, type Store } from './store';
import { validate } from './validation';

/** Options common to writes. */
export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
  subresource?: string;
}

/** Patch content types the sandbox understands. */
export type PatchType = 'merge' | 'json' | 'strategic' | 'apply';

const PATCH_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
  'application/apply-patch+json': 'apply',
};

/** Maps a Content-Type to a patch type; 415 otherwise. */
export function patchTypeOf(contentType: string): PatchType {
  const t = PATCH_TYPES[contentType.split(';')[0].trim()];
  if (!t) throw unsupportedMediaType(contentType);
  return t;
}

/** Kinds whose status is owned by the status subresource: main-resource writes leave it alone. */
function hasStatus(def: ResourceDef): boolean {
  return (def.subresources ?? []).includes('status');
}

function randomSuffix(n: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const bytes = randomBytes(n);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The verbs, bound to one store. */
export class Api {
  constructor(
    private readonly store: Store,
    readonly registry: ResourceRegistry,
    /** Runs the controllers after a write. */
    private readonly reconcile: () => void,
  ) {}

  /** Finds the resource for an object's apiVersion/kind, or 404s. */
  defFor(obj: Obj): ResourceDef {
    const def = this.registry.byKind(String(obj.apiVersion), String(obj.kind));
    if (!def)
      throw new ApiError(
        404,
        'NotFound',
        `the server could not find the requested resource (kind ${obj.kind} in ${obj.apiVersion})`,
      );
    return def;
  }

  /** GET of one object (the stored one: frozen). */
  get(def: ResourceDef, namespace: string | undefined, name: string, subresource?: string): Obj {
    const obj = this.store.peek(def, namespace, name);
    if (!obj) throw notFound(def, name);
    if (subresource === 'scale') return toScale(def, obj);
    return obj;
  }

  /** Objects matching the list query (the stored ones: frozen). */
  select(
    def: ResourceDef,
    namespace: string | undefined,
    labelSelector?: string | null,
    fieldSelector?: string | null,
  ): Obj[] {
    const labels = parseLabelSelector(labelSelector);
    const fields = parseFieldSelector(fieldSelector);
    return this.store
      .peekAll(def, namespace)
      .filter((o) => matchesLabels(labels, o.metadata.labels) && matchesFields(fields, o));
  }

  /** LIST: a `<Kind>List`. */
  list(
    def: ResourceDef,
    namespace: string | undefined,
    labelSelector?: string | null,
    fieldSelector?: string | null,
  ): Obj {
    return {
      apiVersion: apiVersionOf(def),
      kind: `${def.kind}List`,
      metadata: { resourceVersion: String(this.store.resourceVersion) },
      items: this.select(def, namespace, labelSelector, fieldSelector),
    };
  }

  /** POST. */
  create(def: ResourceDef, namespace: string | undefined, body: Obj, opts: WriteOptions = {}): Obj {
    if (!isObj(body)) throw badRequest('the request body is not an object');
    const obj = clone(body);
    this.checkKind(def, obj);
    const meta = (obj.metadata ??= {});
    if (def.namespaced) {
      if (meta.namespace && namespace && meta.namespace !== namespace) {
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      meta.namespace = namespace ?? meta.namespace;
      this.requireNamespace(meta.namespace);
    } else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = meta.generateName + randomSuffix(5);
    // Like etcd3's store: a resourceVersion on a new object means it was copied from somewhere.
    // kubectl clears it before creating; other clients must too.
    if (meta.resourceVersion !== undefined && meta.resourceVersion !== '' && meta.resourceVersion !== '0') {
      throw new ApiError(500, 'InternalError', 'resourceVersion should not be set on objects to be created');
    }
    for (const k of [
      'uid',
      'resourceVersion',
      'creationTimestamp',
      'deletionTimestamp',
      'generation',
      'selfLink',
    ])
      delete meta[k];
    if (hasStatus(def) && def.kind !== 'Namespace') delete obj.status;
    applyDefaults(def, obj);
    validate(def, obj);
    if (this.store.peek(def, meta.namespace, meta.name)) throw alreadyExists(def, meta.name);
    if (def.kind === 'Namespace') obj.status = { phase: 'Active' };
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    if (opts.fieldManager !== undefined || !meta.managedFields) {
      meta.managedFields = recordUpdate(undefined, obj, opts.fieldManager ?? 'unknown');
    }
    if (opts.dryRun) return preview(obj);
    const stored = this.store.create(def, obj);
    this.reconcile();
    return this.store.peek(def, meta.namespace, meta.name) ?? stored;
  }

  /** PUT (main resource, status or scale). */
  update(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    body: Obj,
    opts: WriteOptions = {},
  ): Obj {
    if (!isObj(body)) throw badRequest('the request body is not an object');
    const current = this.store.peek(def, namespace, name);
    if (!current) throw notFound(def, name);
    if (opts.subresource === 'scale') return this.writeScale(def, current, body, opts);
    const obj = clone(body);
    if (opts.subresource !== 'scale') this.checkKind(def, obj);
    const meta = (obj.metadata ??= {});
    if (meta.name !== undefined && meta.name !== name) {
      throw badRequest(`the name of the object (${meta.name}) does not match the name on the URL (${name})`);
    }
    const rv = meta.resourceVersion;
    if (rv !== undefined && rv !== '' && rv !== current.metadata.resourceVersion) throw conflict(def, name);
    return this.write(def, current, obj, opts);
  }

  /** PATCH of any type (main resource, status or scale). */
  patch(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    type: PatchType,
    body: unknown,
    opts: WriteOptions & { force?: boolean } = {},
  ): Obj {
    const current = this.store.peek(def, namespace, name);
    if (type === 'apply') return this.apply(def, namespace, name, current, body, opts);
    if (!current) throw notFound(def, name);
    // A merge patch copies what it changes and shares the rest with the stored object (frozen):
    // where defaulting copes with that, the patch works on the stored object itself, and the
    // untouched parts (a Deployment's template) stay shared down to the store.
    const base =
      opts.subresource === 'scale'
        ? toScale(def, current)
        : type === 'merge' && defaultsCopyOnWrite(def)
          ? current
          : clone(current);
    let patched: Obj;
    try {
      if (type === 'merge') patched = mergePatch(base, body) as Obj;
      else if (type === 'json') patched = jsonPatch(base, body) as Obj;
      else {
        if (!isObj(body)) throw badRequest('strategic merge patch must be an object');
        patched = strategicMergePatch(base, body);
      }
    } catch (e) {
      if (e instanceof JsonPatchError) throw new ApiError(422, 'Invalid', e.message);
      throw e;
    }
    if (!isObj(patched)) throw badRequest('the patch does not produce an object');
    const rv = isObj(body) && isObj(body.metadata) ? body.metadata.resourceVersion : undefined;
    if (typeof rv === 'string' && rv !== current.metadata.resourceVersion) throw conflict(def, name);
    if (opts.subresource === 'scale') return this.writeScale(def, current, patched, opts);
    patched.metadata = { ...(patched.metadata ?? {}), name, namespace: current.metadata.namespace };
    return this.write(def, current, patched, opts);
  }

  private apply(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    current: Obj | undefined,
    body: unknown,
    opts: WriteOptions & { force?: boolean },
  ): Obj {
    if (!isObj(body)) throw badRequest('apply configuration must be an object');
    if (!opts.fieldManager)
      throw badRequest('PATCH, fieldManager: Required value: is required for apply patch');
    if (opts.subresource === 'scale')
      throw new ApiError(
        415,
        'UnsupportedMediaType',
        'apply is not supported on the scale subresource by the sandbox',
      );
    this.checkKind(def, body);
    if (body.metadata?.name && body.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    const applied = clone(body);
    applied.metadata = { ...(applied.metadata ?? {}), name };
    if (def.namespaced) applied.metadata.namespace = namespace;
    if (!current) {
      delete applied.metadata.resourceVersion;
      const created = serverSideApply(undefined, applied, opts.fieldManager, true);
      return this.create(def, namespace, created, { ...opts, fieldManager: undefined });
    }
    // An apply configuration may pin a resourceVersion; a stale one conflicts like an update.
    const pinned = applied.metadata.resourceVersion;
    if (pinned && pinned !== current.metadata.resourceVersion) throw conflict(def, name);
    const merged = serverSideApply(current, applied, opts.fieldManager, opts.force ?? false);
    return this.write(def, current, merged, { ...opts, managedFieldsDone: true } as WriteOptions);
  }

  /** The common tail of update and patch: status handling, defaults, validation, store. */
  private write(
    def: ResourceDef,
    current: Obj,
    next: Obj,
    opts: WriteOptions & { managedFieldsDone?: boolean; recordSubresource?: string },
  ): Obj {
    // The status subresource changes status only; main-resource writes leave status alone.
    const obj: Obj = opts.subresource === 'status' ? { ...clone(current), status: next.status } : next;
    if (opts.subresource === 'status' && next.metadata?.managedFields)
      obj.metadata.managedFields = next.metadata.managedFields;
    if (opts.subresource !== 'status' && hasStatus(def)) {
      if (current.status === undefined) delete obj.status;
      else obj.status = current.status; // frozen; the store copies what it stores
    }
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    const meta = (obj.metadata ??= {});
    meta.name = current.metadata.name;
    if (def.namespaced) meta.namespace = current.metadata.namespace;
    for (const k of ['uid', 'creationTimestamp', 'generation', 'deletionTimestamp']) {
      if (current.metadata[k] !== undefined) meta[k] = current.metadata[k];
      else delete meta[k];
    }
    applyDefaults(def, obj);
    carryOverAllocated(def, current, obj);
    validate(def, obj, current);
    if (opts.managedFieldsDone) {
      // server-side apply computed them
    } else if (!current.metadata.managedFields?.length) {
      // Like the apiserver: updates to an object nobody tracks stay untracked (its first
      // server-side apply then finds every field owned by "before-first-apply").
      delete meta.managedFields;
    } else {
      meta.managedFields = recordUpdate(
        current,
        obj,
        opts.fieldManager ?? 'unknown',
        opts.subresource === 'status' ? 'status' : opts.recordSubresource,
      );
    }
    // A write that changes only bookkeeping is a no-op: same object, same resourceVersion.
    if (deepEqual(withoutManaged(obj), withoutManaged(current))) return current;
    if (opts.dryRun)
      return preview({ ...obj, metadata: { ...meta, resourceVersion: current.metadata.resourceVersion } });
    const stored = this.store.update(def, obj);
    this.reconcile();
    return this.store.peek(def, meta.namespace, meta.name) ?? stored;
  }

  private writeScale(def: ResourceDef, current: Obj, scale: Obj, opts: WriteOptions): Obj {
    const replicas = scale.spec?.replicas;
    if (typeof replicas !== 'number' || replicas < 0 || !Number.isInteger(replicas)) {
      throw invalid({ group: 'autoscaling', plural: 'scale', kind: 'Scale' }, current.metadata.name, [
        {
          field: 'spec.replicas',
          message: `Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
        },
      ]);
    }
    const rv = scale.metadata?.resourceVersion;
    if (rv && rv !== current.metadata.resourceVersion) throw conflict(def, current.metadata.name);
    let next: Obj;
    if (defaultsCopyOnWrite(def) && isObj(current.spec)) {
      // Only what changes is new; the rest is shared with the stored object (see patch).
      next = { ...current, metadata: { ...current.metadata }, spec: { ...current.spec, replicas } };
    } else {
      next = clone(current);
      next.spec.replicas = replicas;
    }
    const written = this.write(def, current, next, {
      ...opts,
      subresource: undefined,
      recordSubresource: 'scale',
    });
    return toScale(def, written);
  }

  /** DELETE of one object, honouring finalizers, preconditions and propagation. */
  delete(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    options: Obj = {},
    dryRun = false,
  ): Obj {
    const current = this.store.peek(def, namespace, name);
    if (!current) throw notFound(def, name);
    const pre = options.preconditions ?? {};
    if (pre.uid && pre.uid !== current.metadata.uid) {
      throw conflict(
        def,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`,
      );
    }
    if (pre.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
      throw conflict(
        def,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
      );
    }
    if (dryRun) return current;
    const orphan = options.propagationPolicy === 'Orphan' || options.orphanDependents === true;
    if (orphan) this.orphanDependents(current.metadata.uid);
    const result = this.deleteObject(def, current);
    this.reconcile();
    return result;
  }

  /** DELETE of a collection: every object the selectors match. */
  deleteCollection(
    def: ResourceDef,
    namespace: string | undefined,
    labelSelector: string | null,
    fieldSelector: string | null,
    options: Obj = {},
    dryRun = false,
  ): Obj {
    const items = this.select(def, namespace, labelSelector, fieldSelector);
    if (!dryRun) for (const o of items) this.delete(def, o.metadata.namespace, o.metadata.name, options);
    return {
      apiVersion: apiVersionOf(def),
      kind: `${def.kind}List`,
      metadata: { resourceVersion: String(this.store.resourceVersion) },
      items,
    };
  }

  /**
   * Starts deleting a stored object: marks it when finalizers hold it (a namespace's own
   * `spec.finalizers` make it wait for its contents), removes it otherwise. Controllers use it too;
   * it does not reconcile.
   */
  deleteObject(def: ResourceDef, current: Obj): Obj {
    const waits =
      (current.metadata.finalizers?.length ?? 0) > 0 ||
      (def.kind === 'Namespace' && (current.spec?.finalizers?.length ?? 0) > 0);
    if (waits) {
      if (current.metadata.deletionTimestamp) return current;
      const next = clone(current);
      next.metadata.deletionTimestamp = now();
      next.metadata.deletionGracePeriodSeconds = 0;
      if (def.kind === 'Namespace') next.status = { ...(next.status ?? {}), phase: 'Terminating' };
      return this.store.update(def, next);
    }
    this.store.remove(def, current);
    return current;
  }

  private orphanDependents(uid: string): void {
    for (const { def, obj } of this.store.entries()) {
      const refs: Obj[] = obj.metadata.ownerReferences ?? [];
      if (!refs.some((r) => r.uid === uid)) continue;
      const next = clone(obj);
      next.metadata.ownerReferences = refs.filter((r) => r.uid !== uid);
      if (!next.metadata.ownerReferences.length) delete next.metadata.ownerReferences;
      this.store.update(def, next);
    }
  }

  private checkKind(def: ResourceDef, obj: Obj): void {
    if (obj.kind !== undefined && obj.kind !== def.kind) {
      throw badRequest(
        `the API version in the data (${obj.apiVersion}) does not match the expected API version (${apiVersionOf(def)})`,
      );
    }
  }

  private requireNamespace(ns: string | undefined): void {
    if (!ns) throw badRequest('the server could not find the requested resource (namespace required)');
    const nsDef = this.registry.byKind('v1', 'Namespace')!;
    const found = this.store.peek(nsDef, undefined, ns);
    if (!found) throw notFound(nsDef, ns);
    if (found.metadata.deletionTimestamp) {
      throw new ApiError(
        403,
        'Forbidden',
        `unable to create new content in namespace ${ns} because it is being terminated`,
        {
          name: ns,
          kind: 'namespaces',
          causes: [
            {
              reason: 'NamespaceTerminating',
              message: `namespace ${ns} is being terminated`,
              field: 'metadata.namespace',
            },
          ],
        },
      );
    }
  }
}

function withoutManaged(obj: Obj): Obj {
  return { ...obj, metadata: omit(obj.metadata ?? {}, ['managedFields', 'resourceVersion']) };
}

/** What a dry-run create would have stored. */
function preview(obj: Obj): Obj {
  const out = clone(obj);
  out.metadata.uid ??= randomUUID();
  out.metadata.creationTimestamp ??= now();
  return out;
}

/** The autoscaling/v1 Scale view of a scalable object. */
export function toScale(_def: ResourceDef, obj: Obj): Obj {
  const sel = fromLabelSelector(obj.spec?.selector)
    .map((r) => (r.op === '=' ? `${r.key}=${r.values[0]}` : r.key))
    .join(',');
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, selector: sel },
  };
}
