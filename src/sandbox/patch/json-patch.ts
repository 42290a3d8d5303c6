/** JSON patch (RFC 6902), `application/json-patch+json`: what `kubectl patch --type=json` sends. */
import { clone, deepEqual, isObj } from '../json';

/** A malformed or inapplicable JSON patch (the server answers 422/400). */
export class JsonPatchError extends Error {}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new JsonPatchError(`invalid JSON pointer "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: any, path: string[]): { parent: any; last: string } {
  let cur = doc;
  for (const seg of path.slice(0, -1)) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObj(cur) ? cur[seg] : undefined;
    if (cur === undefined) throw new JsonPatchError(`doc is missing path: "/${path.join('/')}"`);
  }
  return { parent: cur, last: path[path.length - 1] };
}

function read(doc: any, path: string[]): unknown {
  let cur = doc;
  for (const seg of path) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObj(cur) ? cur[seg] : undefined;
    if (cur === undefined) throw new JsonPatchError(`doc is missing path: "/${path.join('/')}"`);
  }
  return cur;
}

function add(doc: any, path: string[], value: unknown): any {
  if (path.length === 0) return clone(value);
  const { parent, last } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(i) || i < 0 || i > parent.length)
      throw new JsonPatchError(`index out of bounds: ${last}`);
    parent.splice(i, 0, clone(value));
  } else if (isObj(parent)) parent[last] = clone(value);
  else throw new JsonPatchError(`doc is missing path: "/${path.join('/')}"`);
  return doc;
}

function remove(doc: any, path: string[]): any {
  const { parent, last } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const i = Number(last);
    if (!(i >= 0 && i < parent.length)) throw new JsonPatchError(`index out of bounds: ${last}`);
    parent.splice(i, 1);
  } else if (isObj(parent) && last in parent) delete parent[last];
  else throw new JsonPatchError(`Unable to remove nonexistent key: ${last}: missing value`);
  return doc;
}

/** Applies the operations in order to a copy of `target`. */
export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new JsonPatchError('json patch must be a list of operations');
  let doc: any = clone(target);
  for (const op of ops) {
    if (!isObj(op) || typeof op.path !== 'string') throw new JsonPatchError('operation has no path');
    const path = parsePointer(op.path);
    switch (op.op) {
      case 'add':
        doc = add(doc, path, op.value);
        break;
      case 'remove':
        doc = remove(doc, path);
        break;
      case 'replace':
        read(doc, path);
        doc = path.length === 0 ? clone(op.value) : add(remove(doc, path), path, op.value);
        break;
      case 'move': {
        const from = parsePointer(String(op.from));
        const v = read(doc, from);
        doc = add(remove(doc, from), path, v);
        break;
      }
      case 'copy':
        doc = add(doc, path, read(doc, parsePointer(String(op.from))));
        break;
      case 'test':
        if (!deepEqual(read(doc, path), op.value))
          throw new JsonPatchError(`testing value /${path.join('/')} failed`);
        break;
      default:
        throw new JsonPatchError(`Unexpected kind: ${String(op.op)}`);
    }
  }
  return doc;
}
