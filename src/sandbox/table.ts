/**
 * The minimal `meta.k8s.io/v1` Table kubectl asks for on `get` (`Accept: ...;as=Table`). Name and
 * Age columns are enough for the clients; tests read objects, not columns.
 */
import type { Obj } from './json';

function age(created: string | undefined): string {
  if (!created) return '<unknown>';
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(created)) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m`;
  if (s < 172800) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

/** A Table of `objects`; with `includeObject=None` rows carry no object. */
export function toTable(objects: Obj[], resourceVersion: string, includeObject: string | null): Obj {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: [
      {
        name: 'Name',
        type: 'string',
        format: 'name',
        description: 'Name must be unique within a namespace.',
        priority: 0,
      },
      { name: 'Age', type: 'string', format: '', description: 'Time since creation.', priority: 0 },
    ],
    rows: objects.map((o) => {
      const row: Obj = { cells: [o.metadata?.name, age(o.metadata?.creationTimestamp)] };
      if (includeObject === 'None') return row;
      row.object =
        includeObject === 'Object'
          ? o
          : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
      return row;
    }),
  };
}
