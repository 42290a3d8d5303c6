/** The record of every API request, for tests to assert on (how many writes, which paths). */

/** Kubernetes API verbs as the request log names them. */
export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

/** One logged request. */
export interface RequestEntry {
  /** When the request arrived (ms since the epoch). */
  at?: number;
  /** When its answer was sent; unset for watches, held and reset requests. */
  doneAt?: number;
  method: string;
  path: string;
  /** The query string without `?` (fieldManager, force, dryRun, selectors...). */
  query: string;
  /** undefined for non-resource paths (discovery, /version, /openapi). */
  verb?: Verb;
  /** Plural resource, with `/subresource` appended for subresource requests. */
  resource?: string;
  group?: string;
  namespace?: string;
  name?: string;
  /** HTTP status; 0 when the connection was reset (dieAfterMutations), -1 while a timeout fault holds it. */
  status: number;
  /** create/update/patch/delete/deletecollection. */
  mutating: boolean;
  dryRun: boolean;
  /** The client's User-Agent header. */
  userAgent?: string;
  /** Username the request was authenticated as (undefined when the connection died first). */
  user?: string;
  /** Request body type (patch type, protobuf...), when there was a body. */
  contentType?: string;
  /** True for the first request on its connection (a new TCP connection was opened for it). */
  newConnection?: boolean;
}

/** Append-only request log. */
export class RequestLog {
  readonly entries: RequestEntry[] = [];

  /** @internal */
  add(entry: RequestEntry): void {
    this.entries.push(entry);
  }

  /** Requests that changed (or would have changed) state: mutating and not dry-run. */
  mutating(): RequestEntry[] {
    return this.entries.filter((e) => e.mutating && !e.dryRun && e.status < 400);
  }

  /** Entries matching every given property. */
  filter(match: Partial<RequestEntry>): RequestEntry[] {
    return this.entries.filter((e) => Object.entries(match).every(([k, v]) => (e as any)[k] === v));
  }

  /** Forgets everything logged so far. */
  clear(): void {
    this.entries.length = 0;
  }
}
