/** Open cursors: the rest of a find or aggregate result, handed out by getMore. */
import { Long, type Document } from 'bson';
import { fail } from './errors';

interface Cursor {
  ns: string;
  docs: Document[];
  pos: number;
  /** `db.user` that opened it; other users may not continue it. */
  owner?: string;
}

/** The first batch of a result and the cursor id for the rest (0 when there is none). */
export interface Batch {
  docs: Document[];
  id: Long;
}

/** The default first batch, as the server's. */
export const DEFAULT_BATCH = 101;

/** The cursors of one server. */
export class Cursors {
  private readonly open = new Map<string, Cursor>();
  private next = 1000;

  /** Hands out the first batch; keeps a cursor when more is left and `single` is false. */
  start(ns: string, docs: Document[], batchSize: number | undefined, single: boolean, owner?: string): Batch {
    if (batchSize !== undefined && batchSize < 0)
      throw fail('BadValue', 'batchSize value must be non-negative');
    const n = batchSize === undefined ? DEFAULT_BATCH : batchSize;
    const first = docs.slice(0, n);
    if (single || docs.length <= n) return { docs: first, id: Long.ZERO };
    const id = Long.fromNumber(this.next++ * 7919);
    this.open.set(id.toString(), { ns, docs, pos: n, owner });
    return { docs: first, id };
  }

  /** The next batch of a cursor; the cursor closes when it runs out. */
  more(id: Long, ns: string, batchSize: number | undefined, user?: string): Batch {
    const c = this.open.get(id.toString());
    if (!c) throw fail('CursorNotFound', `cursor id ${id.toString()} not found`);
    if (c.ns !== ns)
      throw fail(
        'Unauthorized',
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${c.ns}`,
      );
    if (c.owner !== user)
      throw fail('Unauthorized', `cursor id ${id.toString()} was not created by the authenticated user`);
    const n = batchSize === undefined || batchSize <= 0 ? c.docs.length : batchSize;
    const docs = c.docs.slice(c.pos, c.pos + n);
    c.pos += docs.length;
    if (c.pos >= c.docs.length) {
      this.open.delete(id.toString());
      return { docs, id: Long.ZERO };
    }
    return { docs, id };
  }

  /** Kills cursors; returns which were found. */
  kill(ids: Long[]): { killed: Long[]; notFound: Long[] } {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const id of ids) (this.open.delete(id.toString()) ? killed : notFound).push(id);
    return { killed, notFound };
  }

  /** Number of open cursors (serverStatus). */
  get size(): number {
    return this.open.size;
  }

  /** Closes every cursor. */
  clear(): void {
    this.open.clear();
  }
}
