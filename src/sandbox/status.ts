/**
 * Kubernetes `Status` failures with the apiserver's own reasons and wording, so kubectl and helm
 * print and branch on them exactly as they do against a real cluster.
 */
import { qualifiedName, type ResourceDef } from './resources';

/** A failure to answer with a `Status` body. Thrown anywhere below the HTTP layer. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Extra response headers (Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The `Status` object the apiserver would send. */
  toStatus(): Record<string, unknown> {
    const status: Record<string, unknown> = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      code: this.code,
    };
    if (this.details) status.details = this.details;
    return status;
  }
}

type Def = Pick<ResourceDef, 'group' | 'plural' | 'kind'>;

function details(def: Def, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const d: Record<string, unknown> = { name, kind: def.plural, ...extra };
  if (def.group) d.group = def.group;
  return d;
}

/** `persistentvolumeclaims "x" not found`. */
export function notFound(def: Def, name: string): ApiError {
  return new ApiError(404, 'NotFound', `${qualifiedName(def)} "${name}" not found`, details(def, name));
}

/** `namespaces "x" already exists`. */
export function alreadyExists(def: Def, name: string): ApiError {
  return new ApiError(
    409,
    'AlreadyExists',
    `${qualifiedName(def)} "${name}" already exists`,
    details(def, name),
  );
}

/** The optimistic-concurrency failure kubectl replace / helm show on a stale resourceVersion. */
export function conflict(
  def: Def,
  name: string,
  why = 'the object has been modified; please apply your changes to the latest version and try again',
): ApiError {
  return new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedName(def)} "${name}": ${why}`,
    details(def, name),
  );
}

/** 422 with the `Kind.group "name" is invalid: field: ...` wording. */
export function invalid(
  def: Def,
  name: string,
  causes: Array<{ field: string; message: string; type?: string }>,
): ApiError {
  const qualifiedKind = def.group ? `${def.kind}.${def.group}` : def.kind;
  const text = causes.map((c) => `${c.field}: ${c.message}`).join(', ');
  const list = causes.length > 1 ? `[${text}]` : text;
  return new ApiError(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${list}`, {
    name,
    kind: def.kind,
    ...(def.group ? { group: def.group } : {}),
    causes: causes.map((c) => ({
      reason: c.type ?? 'FieldValueInvalid',
      message: c.message,
      field: c.field,
    })),
  });
}

/** RBAC denial, worded like the authorizer's. */
export function forbidden(
  def: Def,
  name: string | undefined,
  verb: string,
  namespace: string | undefined,
  subresource?: string,
  user = 'system:serviceaccount:sandbox:k2h',
): ApiError {
  const resource = subresource ? `${def.plural}/${subresource}` : def.plural;
  const subject = name ? `${qualifiedName(def)} "${name}"` : qualifiedName(def);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return new ApiError(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${def.group}" ${scope}`,
    details(def, name ?? ''),
  );
}

/** 400 BadRequest. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

/** 405 for verbs a resource does not serve. */
export function methodNotAllowed(): ApiError {
  return new ApiError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
  );
}

/** 415 for patch types the resource does not take. */
export function unsupportedMediaType(type: string): ApiError {
  return new ApiError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${type})`,
  );
}
